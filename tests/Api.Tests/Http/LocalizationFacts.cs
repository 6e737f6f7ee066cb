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

    [Fact]
    public void EveryFixedValidationMessageInTheSources_HasAVietnameseWording()
    {
        var sources = new[] { "src/Api", "src/Workflows/Validation" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Cli.RepositoryPaths.Root, folder), "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var messages = sources.SelectMany(file => Regex.Matches(File.ReadAllText(file), "WithMessage\\(\"((?:[^\"\\\\]|\\\\.)+)\"\\)").Select(m => m.Groups[1].Value)).Distinct().ToList();

        messages.Count.ShouldBeGreaterThan(50);
        messages.Where(m => MessageTranslator.ToVietnamese(m) == m).ShouldBeEmpty();
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
