using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Supervision.Api.Infrastructure.Localization;
using Supervision.Api.Tests.Support;

namespace Supervision.Api.Tests.Http;

/// <summary>Messages in the language the request asks for: English by default, Vietnamese on <c>Accept-Language: vi</c>.</summary>
public class LocalizationFacts(SupervisionApiFactory factory) : IClassFixture<SupervisionApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpClient> ClientAsync(string userName, string? language)
    {
        var client = await factory.ClientForAsync(userName);
        if (language is not null)
            client.DefaultRequestHeaders.Add("Accept-Language", language);
        return client;
    }

    [Fact]
    public async Task InvalidFields_AreExplainedInVietnamese_WhenAskedFor_AndInEnglishOtherwise()
    {
        var vietnamese = await ClientAsync("supervisor", "vi-VN,vi;q=0.9,en;q=0.5");
        var english = await ClientAsync("supervisor", null);
        const string bad = "/api/tasks?pageSize=5000&sort=colour&page=0";

        var vi = await (await vietnamese.GetAsync(bad, Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
        var en = await (await english.GetAsync(bad, Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        vi["title"]!.GetValue<string>().ShouldBe("Một hoặc nhiều trường không hợp lệ.");
        vi.ErrorsOf("pageSize").ShouldBe(["Kích thước trang phải từ 1 đến 200."]);
        vi.ErrorsOf("sort").Single().ShouldStartWith("Sắp xếp theo một trong: dueOn"); // the values stay as they are
        vi.ErrorsOf("page").ShouldBe(["Trang được đánh số từ 1."]);
        en["title"]!.GetValue<string>().ShouldBe("One or more fields are invalid.");
        en.ErrorsOf("pageSize").ShouldBe(["The page size must be between 1 and 200."]);
    }

    [Fact]
    public async Task TheValidationLibrarysOwnMessages_FollowTheLanguageToo()
    {
        var vietnamese = await ClientAsync("admin", "vi");
        var english = await ClientAsync("admin", "en-US");
        var body = new { code = new string('x', 65), nameVi = new string('n', 300), kind = "PartyCommittee", validFrom = "2026-01-01" };

        var vi = await (await vietnamese.PostJsonAsync("/api/admin/units", body)).ReadProblemAsync(HttpStatusCode.BadRequest);
        var en = await (await english.PostJsonAsync("/api/admin/units", body)).ReadProblemAsync(HttpStatusCode.BadRequest);

        vi.ErrorsOf("nameVi").ShouldContain(m => m.Contains("256") && !m.Contains("must"));
        en.ErrorsOf("nameVi").ShouldContain(m => m.Contains("256") && m.Contains("must"));
    }

    [Fact]
    public async Task RuleConflictsAndMissingThings_AreTranslated_WithTheirValuesKept()
    {
        var vietnamese = await ClientAsync("officer1", "vi");

        var missing = await (await vietnamese.GetAsync("/api/tasks/no-such-task", Ct)).ReadProblemAsync(HttpStatusCode.NotFound);
        var unauthorized = await (await factory.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/tasks") { Headers = { { "Accept-Language", "vi" } } }, Ct))
            .ReadProblemAsync(HttpStatusCode.Unauthorized);
        var signIn = await (await factory.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/auth/token")
        {
            Headers = { { "Accept-Language", "vi" } },
            Content = new StringContent("""{"userName": "officer1", "password": "wrong"}""", Encoding.UTF8, "application/json"),
        }, Ct)).ReadProblemAsync(HttpStatusCode.Unauthorized);

        missing["title"]!.GetValue<string>().ShouldBe("Không tìm thấy nhiệm vụ 'no-such-task'.");
        unauthorized["title"]!.GetValue<string>().ShouldBe("Chưa đăng nhập");
        signIn["title"]!.GetValue<string>().ShouldBe("Tên đăng nhập hoặc mật khẩu không đúng.");
    }

    [Fact]
    public async Task DefinitionProblems_ComeInTheDesignersLanguage()
    {
        var vietnamese = await ClientAsync("designer", "vi");
        var definition = """
            {"definitionId": "x", "root": {"type": "Elsa.Flowchart", "id": "f", "activities": [
              {"id": "start", "type": "Elsa.Start"}, {"id": "lost", "type": "Elsa.WriteLine", "text": "?"}, {"id": "odd", "type": "No.Such"}]}}
            """;

        var response = await vietnamese.PostAsync("/api/workflow-definitions/validate", new StringContent(definition, Encoding.UTF8, "application/json"), Ct);
        var problems = (await response.ReadObjectAsync(HttpStatusCode.OK))["problems"]!.AsArray().Select(p => p!["message"]!.GetValue<string>()).ToList();

        problems.ShouldContain("Bước 'odd' có loại không xác định 'No.Such'.");
        problems.ShouldContain(m => m.StartsWith("Không thể đi tới bước 'lost'", StringComparison.Ordinal));
    }

    /// <summary>A published one-task workflow for the supervisor: Submit or Return (with a comment), and a form field labelled in both languages.</summary>
    private async Task<(string InstanceId, string TaskId)> StartFormTaskAsync()
    {
        var definitionId = "l10n-" + Guid.NewGuid().ToString("N")[..8];
        var definition = Definitions.Sequence(definitionId, "Một việc có biểu mẫu",
            Definitions.Activity("start", "Elsa.Start"),
            Definitions.Activity("task", "Supervision.UserTask",
                ("title", Definitions.Literal("Ban hành kế hoạch")),
                ("assignee", Definitions.Object("""{"userName": "supervisor"}""")),
                ("actions", Definitions.Object("""["Submit", "Return"]""")),
                ("commentRequiredFor", Definitions.Object("""["Return"]""")),
                ("form", Definitions.Object("""[{"name": "symbol", "labelVi": "Số, ký hiệu", "labelEn": "Number and symbol"}]"""))));
        var designer = await factory.As("designer");
        var saved = await (await designer.PostAsync("/api/workflow-definitions", ApiClients.Json(definition), Ct)).ReadObjectAsync(HttpStatusCode.Created);
        await (await designer.PostAsync($"/api/workflow-definitions/{definitionId}/versions/{saved["version"]}/publish", null, Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var supervisor = await factory.As("supervisor");
        var instanceId = (await (await supervisor.PostJsonAsync("/api/workflow-instances", new { definitionId })).ReadObjectAsync(HttpStatusCode.Created))["summary"]!["id"]!.GetValue<string>();
        var tasks = await (await supervisor.GetAsync("/api/tasks?pageSize=200", Ct)).ReadItemsAsync();
        return (instanceId, tasks.First(t => t!["instanceId"]!.GetValue<string>() == instanceId)!["id"]!.GetValue<string>());
    }

    private static async Task<JsonObject> SendAsync(HttpClient client, HttpMethod method, string url, string? json, string language, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(method, url) { Headers = { { "Accept-Language", language } } };
        if (json is not null)
            request.Content = ApiClients.Json(json);
        return await (await client.SendAsync(request, Ct)).ReadProblemAsync(expected);
    }

    [Fact]
    public async Task TheEnginesRefusals_OfATasksActionAndComment_ComeInVietnamese()
    {
        var supervisor = await factory.As("supervisor");
        var (_, taskId) = await StartFormTaskAsync();

        var action = await SendAsync(supervisor, HttpMethod.Post, $"/api/tasks/{taskId}/complete", """{"action": "Foo"}""", "vi", HttpStatusCode.BadRequest);
        var comment = await SendAsync(supervisor, HttpMethod.Post, $"/api/tasks/{taskId}/complete", """{"action": "Return"}""", "vi", HttpStatusCode.BadRequest);
        var english = await SendAsync(supervisor, HttpMethod.Post, $"/api/tasks/{taskId}/complete", """{"action": "Foo"}""", "en", HttpStatusCode.BadRequest);

        action.ErrorsOf("action").ShouldBe(["Thao tác 'Foo' không phải một trong: Submit, Return."]);
        comment.ErrorsOf("comment").ShouldBe(["Cần có ý kiến khi trả lại."]);
        english.ErrorsOf("action").ShouldBe(["Action 'Foo' is not one of Submit, Return."]);
    }

    [Fact]
    public async Task AFormFieldIsNamedByItsLabel_InTheRequestsLanguage()
    {
        var supervisor = await factory.As("supervisor");
        var (_, taskId) = await StartFormTaskAsync();

        var vi = await SendAsync(supervisor, HttpMethod.Post, $"/api/tasks/{taskId}/complete", """{"action": "Submit", "form": {"symbol": 5}}""", "vi", HttpStatusCode.BadRequest);
        var en = await SendAsync(supervisor, HttpMethod.Post, $"/api/tasks/{taskId}/complete", """{"action": "Submit", "form": {"symbol": 5}}""", "en", HttpStatusCode.BadRequest);

        vi.ErrorsOf("form.symbol").ShouldBe(["'Số, ký hiệu' phải là văn bản."]);
        en.ErrorsOf("form.symbol").ShouldBe(["'Number and symbol' takes text."]);
    }

    [Fact]
    public async Task InstanceStatesThatRefuseAnAction_AreExplainedInVietnamese()
    {
        var supervisor = await factory.As("supervisor");
        var (instanceId, _) = await StartFormTaskAsync();

        var missing = await SendAsync(supervisor, HttpMethod.Post, "/api/workflow-instances", """{"definitionId": "nope"}""", "vi", HttpStatusCode.NotFound);
        var retry = await SendAsync(supervisor, HttpMethod.Post, $"/api/workflow-instances/{instanceId}/retry", null, "vi", HttpStatusCode.Conflict);
        (await supervisor.PostAsync($"/api/workflow-instances/{instanceId}/cancel", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var cancel = await SendAsync(supervisor, HttpMethod.Post, $"/api/workflow-instances/{instanceId}/cancel", null, "vi", HttpStatusCode.Conflict);

        missing["title"]!.GetValue<string>().ShouldBe("Quy trình 'nope' chưa có phiên bản ban hành.");
        retry["title"]!.GetValue<string>().ShouldBe($"Lượt chạy '{instanceId}' đang ở trạng thái Suspended; chỉ chạy lại được lượt chạy bị lỗi.");
        cancel["title"]!.GetValue<string>().ShouldBe($"Lượt chạy '{instanceId}' đã ở trạng thái Cancelled.");
    }

    [Fact]
    public async Task ADecidedReview_IsExplainedInVietnamese()
    {
        var designer = await factory.As("designer");
        var supervisor = await factory.As("supervisor");
        var definitionId = "l10n-review-" + Guid.NewGuid().ToString("N")[..8];
        await (await designer.PostAsync("/api/workflow-definitions", ApiClients.Json(Definitions.Hello(definitionId)), Ct)).ReadObjectAsync(HttpStatusCode.Created);
        await (await designer.PostJsonAsync($"/api/workflow-definitions/{definitionId}/versions/1/submit-for-review", new { comment = "Xin duyệt" })).ReadObjectAsync(HttpStatusCode.Created);
        await (await supervisor.PostJsonAsync($"/api/workflow-definitions/{definitionId}/versions/1/approve", new { comment = "Đồng ý" })).ReadObjectAsync(HttpStatusCode.OK);

        var again = await SendAsync(supervisor, HttpMethod.Post, $"/api/workflow-definitions/{definitionId}/versions/1/approve", """{"comment": "Lần nữa"}""", "vi", HttpStatusCode.Conflict);

        again["title"]!.GetValue<string>().ShouldBe($"Phiên bản 1 của '{definitionId}' không ở trạng thái chờ duyệt (kết quả duyệt: Approved).");
    }

    [Fact]
    public async Task BulkApprovalReasons_FollowTheRequestsLanguage()
    {
        var supervisor = await factory.As("supervisor");

        using var vi = new HttpRequestMessage(HttpMethod.Post, "/api/tasks/bulk-approve") { Headers = { { "Accept-Language", "vi" } }, Content = ApiClients.Json("""{"taskIds": ["nope"]}""") };
        using var en = new HttpRequestMessage(HttpMethod.Post, "/api/tasks/bulk-approve") { Content = ApiClients.Json("""{"taskIds": ["nope"]}""") };
        var inVietnamese = await (await supervisor.SendAsync(vi, Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var inEnglish = await (await supervisor.SendAsync(en, Ct)).ReadObjectAsync(HttpStatusCode.OK);

        inVietnamese["failed"]!["nope"]!.GetValue<string>().ShouldBe("Không tìm thấy nhiệm vụ 'nope'.");
        inEnglish["failed"]!["nope"]!.GetValue<string>().ShouldBe("Task 'nope' was not found.");
    }

    [Fact]
    public async Task ABodyTooLargeAndACorruptArchive_AreRefusedInVietnamese()
    {
        var designer = await factory.As("designer");
        var huge = "{\"definitionId\": \"" + new string('x', 2 * 1024 * 1024) + "\"}";

        var tooLarge = await SendAsync(await factory.As("supervisor"), HttpMethod.Post, "/api/tasks/filters", huge, "vi", HttpStatusCode.RequestEntityTooLarge);
        using var form = new MultipartFormDataContent { { new ByteArrayContent("PK\u0003\u0004 not really a zip"u8.ToArray()), "file", "broken.zip" } };
        using var import = new HttpRequestMessage(HttpMethod.Post, "/api/workflow-definitions/import") { Headers = { { "Accept-Language", "vi" } }, Content = form };
        var corrupt = await (await designer.SendAsync(import, Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        tooLarge.ErrorsOf("body").ShouldBe(["Nội dung yêu cầu lớn hơn giới hạn 1048576 byte của địa chỉ này."]);
        corrupt.ErrorsOf("file").ShouldBe(["'broken.zip' không phải tệp .zip đọc được; tệp có thể đã hỏng hoặc bị cắt ngắn."]);
    }

    [Fact]
    public async Task TheImportReport_GivesEachFilesProblemInVietnamese()
    {
        var designer = await factory.As("designer");
        var archive = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(archive, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in new[] { ("good.json", Definitions.Hello("l10n-import-" + Guid.NewGuid().ToString("N")[..8]).ToJsonString()), ("notes.txt", "hello") })
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), Encoding.UTF8);
                writer.Write(content);
            }
        }
        using var form = new MultipartFormDataContent { { new ByteArrayContent(archive.ToArray()), "file", "batch.zip" } };
        using var import = new HttpRequestMessage(HttpMethod.Post, "/api/workflow-definitions/import") { Headers = { { "Accept-Language", "vi" } }, Content = form };

        var report = await (await designer.SendAsync(import, Ct)).ReadObjectAsync(HttpStatusCode.OK);

        var notes = report["files"]!.AsArray().Single(f => f!["file"]!.GetValue<string>() == "batch.zip/notes.txt")!;
        notes["problems"]!.AsArray().Select(p => p!.GetValue<string>()).ShouldBe(["'batch.zip/notes.txt' không phải tệp .json."]);
    }

    [Fact]
    public async Task AValueThatCannotBeBound_IsExplainedInVietnamese()
    {
        var supervisor = await factory.As("supervisor");

        var query = await SendAsync(supervisor, HttpMethod.Get, "/api/tasks?dueFrom=26/11/2026", null, "vi", HttpStatusCode.BadRequest);
        var body = await SendAsync(supervisor, HttpMethod.Post, "/api/tasks/any/complete", """{"action": 5}""", "vi", HttpStatusCode.BadRequest);
        var syntax = await SendAsync(supervisor, HttpMethod.Post, "/api/tasks/any/complete", "{\n  \"action\": ?}", "vi", HttpStatusCode.BadRequest);

        query.ErrorsOf("dueFrom").ShouldBe(["'26/11/2026' không phải một ngày viết theo dạng yyyy-MM-dd, ví dụ 2026-06-10."]);
        body.ErrorsOf("action").ShouldBe(["Giá trị phải là văn bản."]);
        syntax.ErrorsOf("body").ShouldBe(["Nội dung yêu cầu không phải JSON hợp lệ.", "Lỗi ở dòng 2, vị trí 13."]);
    }

    [Fact]
    public async Task TheValidationLibrarysMessages_NameAFieldInWordsOfTheRequestsLanguage()
    {
        var vietnamese = await factory.As("supervisor");
        var longText = new string('x', 201);

        var vi = await SendAsync(vietnamese, HttpMethod.Get, $"/api/tasks?q={longText}", null, "vi", HttpStatusCode.BadRequest);
        var en = await SendAsync(vietnamese, HttpMethod.Get, $"/api/tasks?q={longText}", null, "en", HttpStatusCode.BadRequest);
        var comment = await SendAsync(vietnamese, HttpMethod.Post, "/api/tasks/any/complete", $$"""{"action": "Submit", "comment": "{{new string('x', 4001)}}"}""", "vi", HttpStatusCode.BadRequest);

        vi.ErrorsOf("q").Single().ShouldContain("'Từ khóa tìm kiếm'");
        en.ErrorsOf("q").Single().ShouldContain("'Search text'");
        comment.ErrorsOf("comment").Single().ShouldContain("'Ý kiến'");
    }

    [Fact]
    public void EveryValidatedProperty_HasANameInBothLanguages()
    {
        var properties = new[] { "src/Api", "src/Workflows/Validation" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Cli.RepositoryPaths.Root, folder), "*Validator.cs", SearchOption.AllDirectories))
            .SelectMany(file => Regex.Matches(File.ReadAllText(file), @"RuleFor(?:Each)?\(\w+ => \w+\.(\w+)\)").Select(m => m.Groups[1].Value))
            .Distinct().ToList();

        properties.ShouldContain("Q");
        properties.Where(p => !PropertyNames.All.ContainsKey(p)).ShouldBeEmpty();
    }

    [Fact]
    public void EveryFixedMessageInTheSources_HasAVietnameseWording()
    {
        var messages = FixedMessages().ToList();

        messages.Count.ShouldBeGreaterThan(300);
        messages.ShouldContain(m => m.Message == "Instance '{0}' is already {1}.");
        messages.ShouldContain(m => m.Message == "'{0}' takes text.");
        messages.Where(m => MessageTranslator.ToVietnamese(m.Message) == m.Message).Select(m => $"{m.File}: {m.Message}").ShouldBeEmpty();
    }

    /// <summary>
    /// The fixed English messages a request can be answered with, as their table keys ("{0}" for each interpolated
    /// part): the string literals given to FluentValidation (<c>WithMessage</c>, a <c>ValidationFailure</c>), to the
    /// exceptions that become problem details, to the engine's refusals of an action or a definition, and every
    /// sentence of the files that word a form's or an input's problems.
    /// </summary>
    private static IEnumerable<(string File, string Message)> FixedMessages()
    {
        var sinks = new Regex(@"(?<!\w)(WithMessage|ValidationFailure|AddFailure|Invalid|NodeProblem|DefinitionProblem|problems\.Add|Add(?=\(""[\w.]+"",)"
            + @"|(Conflict|Domain|Forbidden|NotFound|WorkflowConflict|WorkflowNotFound|InvalidWorkflowState|BookmarkNotFound|TaskAction|Unprocessable|BadHttpRequest|SignInFailed|TokenRevoked|DefinitionFormat|UnauthorizedAccess)Exception)\(");
        string[] messageFiles = ["src/Workflows/Human/TaskForm.cs", "src/Workflows/Execution/WorkflowInputs.cs"];
        var sources = new[] { "src/Api", "src/Workflows", "src/Domain" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Cli.RepositoryPaths.Root, folder), "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains("Localization", StringComparison.Ordinal));
        foreach (var file in sources)
        {
            var source = File.ReadAllText(file);
            var relative = Path.GetRelativePath(Cli.RepositoryPaths.Root, file).Replace('\\', '/');
            var literals = CSharpStrings.Literals(source);
            IEnumerable<(int Start, string Text)> found = messageFiles.Contains(relative)
                ? literals
                : sinks.Matches(source).SelectMany(sink =>
                {
                    var open = sink.Index + sink.Length - 1;
                    var close = CSharpStrings.ClosingParenthesis(source, open);
                    return literals.Where(l => l.Start > open && l.Start < close);
                });
            foreach (var (_, text) in found.Where(l => l.Text.Contains(' ', StringComparison.Ordinal) && l.Text.Any(char.IsLetter)).Distinct())
                yield return (relative, text);
        }
    }

    [Fact]
    public void EveryTranslation_KeepsTheValuesOfItsMessage_AndNoMessageIsTranslatedTwice()
    {
        var placeholders = new Regex(@"\{\d\}");
        foreach (var (english, vietnamese) in VietnameseMessages.All)
        {
            var wanted = placeholders.Matches(english).Select(m => m.Value).Order().ToList();
            placeholders.Matches(vietnamese).Select(m => m.Value).Order().ToList().ShouldBe(wanted, $"'{english}'");
            vietnamese.ShouldNotBe(english);
        }
        VietnameseMessages.All.GroupBy(m => m.English).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty();
        MessageTranslator.ToVietnamese("Version 3 of workflow definition 'annual' was not found.").ShouldBe("Không tìm thấy phiên bản 3 của quy trình 'annual'.");
        MessageTranslator.ToVietnamese("A message nobody translated.").ShouldBe("A message nobody translated.");
    }
}
