using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Http.Definitions;

namespace Supervision.Api.Tests.Http;

public class WorkflowDefinitionsFacts(SupervisionApiFactory factory) : IClassFixture<SupervisionApiFactory>
{
    private const string Base = "/api/workflow-definitions";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<JsonObject> SaveAsync(JsonObject definition, string user = "designer")
    {
        var client = await factory.As(user);
        return await (await client.PostAsync(Base, ApiClients.Json(definition), Ct)).ReadObjectAsync(HttpStatusCode.Created);
    }

    // ---- list, get, versions ------------------------------------------------------------------

    [Fact]
    public async Task List_FindsADefinition_IgnoringVietnameseMarksAndCase()
    {
        var client = await factory.As("viewer");

        var page = await (await client.GetAsync($"{Base}?search=CHU TRINH ke hoach cong tac KHOA GIAO", Ct)).ReadObjectAsync(HttpStatusCode.OK);

        var item = page["items"]!.AsArray().Single()!;
        item["definitionId"]!.GetValue<string>().ShouldBe("template-annual-plan-cycle");
        item["publishedVersion"]!.GetValue<int>().ShouldBe(1);
        item["latestVersion"]!.GetValue<int>().ShouldBe(1);
        page["total"]!.GetValue<int>().ShouldBe(1);
        // Named in Vietnamese, with the English name beside it; either finds it.
        item["name"]!.GetValue<string>().ShouldBe("Chu trình kế hoạch công tác khoa giáo năm");
        item["nameEn"]!.GetValue<string>().ShouldBe("Annual science-and-education work-plan cycle");
        item["description"]!.GetValue<string>().ShouldStartWith("Hướng dẫn → đôn đốc");
        item["descriptionEn"]!.GetValue<string>().ShouldStartWith("Guide → urge");
        var english = await (await client.GetAsync($"{Base}?search=work-plan cycle", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        english["items"]!.AsArray().Single()!["definitionId"]!.GetValue<string>().ShouldBe("template-annual-plan-cycle");
    }

    [Fact]
    public async Task Save_RefusesANameLongerThanItsColumn_InEitherLanguage()
    {
        var client = await factory.As("designer");
        var longVi = Hello("long-name", new string('t', 257));
        var longEn = Hello("long-name-en");
        longEn["customProperties"] = new JsonObject { ["nameEn"] = new string('n', 257) };

        var vi = await (await client.PostAsync(Base, ApiClients.Json(longVi), Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
        var en = await (await client.PostAsync(Base, ApiClients.Json(longEn), Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        vi.ErrorsOf("name").Single().ShouldBe("A name has at most 256 characters.");
        en.ErrorsOf("customProperties.nameEn").Single().ShouldBe("A name has at most 256 characters.");
    }

    [Fact]
    public async Task List_CapsThePageSize_AndPages()
    {
        var client = await factory.As("viewer");

        var all = await (await client.GetAsync($"{Base}?pageSize=5000", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var second = await (await client.GetAsync($"{Base}?page=2&pageSize=2", Ct)).ReadObjectAsync(HttpStatusCode.OK);

        all["pageSize"]!.GetValue<int>().ShouldBe(100);
        all["total"]!.GetValue<int>().ShouldBeGreaterThanOrEqualTo(9);
        second["items"]!.AsArray().Count.ShouldBe(2);
        second["page"]!.GetValue<int>().ShouldBe(2);
    }

    [Fact]
    public async Task List_FiltersByStatus_Draft()
    {
        await SaveAsync(Hello("list-draft-only", "Bản nháp riêng"));
        var client = await factory.As("viewer");

        var drafts = await (await client.GetAsync($"{Base}?status=Draft&pageSize=100", Ct)).ReadObjectAsync(HttpStatusCode.OK);

        var ids = drafts["items"]!.AsArray().Select(i => i!["definitionId"]!.GetValue<string>()).ToList();
        ids.ShouldContain("list-draft-only");
        ids.ShouldNotContain("template-annual-plan-cycle");
        drafts["items"]!.AsArray().ShouldAllBe(i => i!["publishedVersion"] == null);
    }

    [Fact]
    public async Task List_AnswersBadPagingAndStatus_WithEachField()
    {
        var client = await factory.As("viewer");

        var problem = await (await client.GetAsync($"{Base}?page=0&pageSize=0&status=Bogus", Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorsOf("page").ShouldNotBeEmpty();
        problem.ErrorsOf("pageSize").ShouldNotBeEmpty();
        problem.ErrorsOf("status").Single().ShouldContain("Published");
    }

    [Fact]
    public async Task List_AnswersAQueryValueOfTheWrongType_NamingTheParameter()
    {
        var client = await factory.As("viewer");

        var problem = await (await client.GetAsync($"{Base}?page=first", Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorsOf("page").Single().ShouldContain("first");
    }

    [Fact]
    public async Task Get_ReturnsElsaJson_OfTheLatestOrOfAVersion()
    {
        await SaveAsync(Hello("get-two-versions", "Phiên bản một"));
        await SaveAsync(Hello("get-two-versions", "Phiên bản hai"));
        var client = await factory.As("viewer");

        var latest = await (await client.GetAsync($"{Base}/get-two-versions", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var first = await (await client.GetAsync($"{Base}/get-two-versions?version=1", Ct)).ReadObjectAsync(HttpStatusCode.OK);

        latest["$schema"]!.GetValue<string>().ShouldContain("elsaworkflows.io");
        latest["version"]!.GetValue<int>().ShouldBe(2);
        latest["isLatest"]!.GetValue<bool>().ShouldBeTrue();
        latest["name"]!.GetValue<string>().ShouldBe("Phiên bản hai");
        first["version"]!.GetValue<int>().ShouldBe(1);
        first["isLatest"]!.GetValue<bool>().ShouldBeFalse();
        first["root"]!["activities"]!.AsArray().Count.ShouldBe(3);
    }

    [Fact]
    public async Task Get_Returns404ProblemDetails_ForAnUnknownDefinitionOrVersion()
    {
        var client = await factory.As("viewer");

        (await (await client.GetAsync($"{Base}/no-such-definition", Ct)).ReadProblemAsync(HttpStatusCode.NotFound))["title"]!.GetValue<string>().ShouldContain("no-such-definition");
        await (await client.GetAsync($"{Base}/hello-world?version=99", Ct)).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync($"{Base}/hello-world?published=true&version=1", Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Versions_ListEveryVersion_WithPublishState()
    {
        var client = await factory.As("viewer");

        var versions = await (await client.GetAsync($"{Base}/hello-world/versions", Ct)).ReadArrayAsync();

        var only = versions.Single()!;
        only["version"]!.GetValue<int>().ShouldBe(1);
        only["isPublished"]!.GetValue<bool>().ShouldBeTrue();
        only["isLatest"]!.GetValue<bool>().ShouldBeTrue();
        only["id"]!.GetValue<string>().ShouldNotBeNullOrEmpty();
        only["createdBy"].ShouldBeNull(); // imported from the definitions folder at start-up
        await (await client.GetAsync($"{Base}/no-such-definition/versions", Ct)).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    // ---- save ---------------------------------------------------------------------------------

    [Fact]
    public async Task SaveDraft_Returns201_WithValidationProblemsAsWarnings()
    {
        var saved = await SaveAsync(Invalid("save-invalid-draft"));

        saved["definitionId"]!.GetValue<string>().ShouldBe("save-invalid-draft");
        saved["version"]!.GetValue<int>().ShouldBe(1);
        saved["id"]!.GetValue<string>().Length.ShouldBe(16);
        saved["isValid"]!.GetValue<bool>().ShouldBeFalse();
        var warnings = saved["warnings"]!.AsArray();
        warnings.ShouldContain(w => w!["activityId"]!.GetValue<string>() == "ghost" && w["field"]!.GetValue<string>() == "type");
        warnings.ShouldContain(w => w!["activityId"]!.GetValue<string>() == "wait" && w["field"]!.GetValue<string>() == "eventName");
    }

    [Fact]
    public async Task SaveDraft_SavesAgain_AsTheNextVersion()
    {
        var first = await SaveAsync(Hello("save-twice"));
        var second = await SaveAsync(Hello("save-twice", "Đổi tên"));

        first["version"]!.GetValue<int>().ShouldBe(1);
        second["version"]!.GetValue<int>().ShouldBe(2);
        second["isValid"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task SaveDraft_GivesANewDefinitionAnId_WhenItHasNone()
    {
        var definition = Hello("x");
        definition.Remove("definitionId");

        var saved = await SaveAsync(definition);

        saved["definitionId"]!.GetValue<string>().Length.ShouldBe(32);
        saved["version"]!.GetValue<int>().ShouldBe(1);
    }

    [Fact]
    public async Task SaveDraft_IsRefused_WithoutABody()
    {
        var client = await factory.As("designer");

        var problem = await (await client.PostAsync(Base, ApiClients.Json("null"), Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorsOf("definition").Single().ShouldContain("required");
    }

    [Fact]
    public async Task SaveDraft_IsRefused_ForAReservedOrMalformedId()
    {
        var client = await factory.As("designer");

        var reserved = await (await client.PostAsync(Base, ApiClients.Json(Hello("reviews")), Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
        var slash = await (await client.PostAsync(Base, ApiClients.Json(Hello("a/b")), Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        reserved.ErrorsOf("definitionId").Single().ShouldContain("reserved");
        slash.ErrorsOf("definitionId").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task SaveDraft_AnswersMalformedJson_WithProblemDetails()
    {
        var client = await factory.As("designer");

        var problem = await (await client.PostAsync(Base, ApiClients.Json("{\"definitionId\": \"x\", "), Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorsOf("body").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task SaveDraft_AnswersAnArrayBody_WithProblemDetails()
    {
        var client = await factory.As("designer");

        var problem = await (await client.PostAsync(Base, ApiClients.Json("[1, 2, 3]"), Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        problem["errors"].ShouldNotBeNull();
    }

    [Fact]
    public async Task SaveDraft_AnswersAnUnreadableDefinition_WithTheReadersReason()
    {
        var client = await factory.As("designer");

        var problem = await (await client.PostAsync(Base, ApiClients.Json("""{"definitionId": "bad-root", "root": "not an activity"}"""), Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorsOf("definition").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task SaveDraft_Answers413_ForAnOversizedBody_AndSavesNothing()
    {
        var client = await factory.As("designer");
        var definition = Hello("too-big");
        definition["description"] = new string('x', 5 * 1024 * 1024);

        var problem = await (await client.PostAsync(Base, ApiClients.Json(definition), Ct)).ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);

        problem.ErrorsOf("body").Single().ShouldContain("limit");
        await (await client.GetAsync($"{Base}/too-big", Ct)).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task SaveDraft_Answers413_ForAnOversizedBodySentWithoutALength()
    {
        var client = await factory.As("designer");
        var definition = Hello("too-big-chunked");
        definition["description"] = new string('x', 5 * 1024 * 1024);
        using var content = new UnknownLengthContent(Encoding.UTF8.GetBytes(definition.ToJsonString()));
        using var request = new HttpRequestMessage(HttpMethod.Post, Base) { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var problem = await (await client.SendAsync(request, Ct)).ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);

        problem.ErrorsOf("body").Single().ShouldContain("limit");
        await (await client.GetAsync($"{Base}/too-big-chunked", Ct)).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task SaveDraft_IsRefused_WithMoreActivitiesThanTheLimit()
    {
        var client = await factory.As("designer");
        var activities = Enumerable.Range(0, 2001).Select(i => Activity($"w{i}", "Elsa.WriteLine", ("text", Literal("x")))).ToArray();

        var problem = await (await client.PostAsync(Base, ApiClients.Json(Sequence("too-many-nodes", "Quá nhiều", activities)), Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorsOf("root.activities").Single().ShouldContain("2000");
    }

    [Fact]
    public async Task SaveDraft_IsForbidden_ForAViewer_AndNeedsASignIn()
    {
        var viewer = await factory.As("viewer");

        (await viewer.PostAsync(Base, ApiClients.Json(Hello("viewer-save")), Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.CreateClient().PostAsync(Base, ApiClients.Json(Hello("anonymous-save")), Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    // ---- publish, unpublish, delete -----------------------------------------------------------

    [Fact]
    public async Task Publish_Returns422_ListingEachActivityAndField()
    {
        await SaveAsync(Invalid("publish-invalid"));
        var client = await factory.As("designer");

        var problem = await (await client.PostAsync($"{Base}/publish-invalid/versions/1/publish", null, Ct)).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem.ErrorsOf("activities[ghost].type").Single().ShouldContain("Acme.DoesNotExist");
        problem.ErrorsOf("activities[wait].eventName").ShouldNotBeEmpty();
        (await (await client.GetAsync($"{Base}/publish-invalid/versions", Ct)).ReadArrayAsync()).Single()!["isPublished"]!.GetValue<bool>().ShouldBeFalse();
    }

    [Fact]
    public async Task Publish_PublishesAVersion_AndUnpublishTakesItBack()
    {
        await SaveAsync(Hello("publish-then-unpublish"));
        var client = await factory.As("designer");

        var published = await (await client.PostAsync($"{Base}/publish-then-unpublish/versions/1/publish", null, Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var unpublished = await (await client.PostAsync($"{Base}/publish-then-unpublish/unpublish", null, Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var again = await (await client.PostAsync($"{Base}/publish-then-unpublish/unpublish", null, Ct)).ReadProblemAsync(HttpStatusCode.Conflict);

        published["isPublished"]!.GetValue<bool>().ShouldBeTrue();
        unpublished["unpublishedVersion"]!.GetValue<int>().ShouldBe(1);
        again["title"]!.GetValue<string>().ShouldContain("no published version");
    }

    [Fact]
    public async Task Publish_IsForbidden_ForASupervisor_WhoApprovesReviewsInstead()
    {
        await SaveAsync(Hello("supervisor-direct-publish"));
        var supervisor = await factory.As("supervisor");

        (await supervisor.PostAsync($"{Base}/supervisor-direct-publish/versions/1/publish", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Publish_AnswersAVersionThatIsNotANumber_NamingTheParameter()
    {
        var client = await factory.As("designer");

        var problem = await (await client.PostAsync($"{Base}/hello-world/versions/latest/publish", null, Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorsOf("version").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task DeleteDraft_Returns409_ForAPublishedVersion_And204ForADraft()
    {
        await SaveAsync(Hello("delete-me"));
        var client = await factory.As("designer");
        await client.PostAsync($"{Base}/delete-me/versions/1/publish", null, Ct);
        await SaveAsync(Hello("delete-me", "Bản nháp 2"));

        var published = await (await client.DeleteAsync($"{Base}/delete-me/versions/1", Ct)).ReadProblemAsync(HttpStatusCode.Conflict);
        var draft = await client.DeleteAsync($"{Base}/delete-me/versions/2", Ct);
        var gone = await client.DeleteAsync($"{Base}/delete-me/versions/2", Ct);

        published["title"]!.GetValue<string>().ShouldContain("published");
        draft.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await gone.ReadProblemAsync(HttpStatusCode.NotFound);
        var versions = await (await client.GetAsync($"{Base}/delete-me/versions", Ct)).ReadArrayAsync();
        versions.Single()!["isLatest"]!.GetValue<bool>().ShouldBeTrue();
    }

    // ---- import, export -----------------------------------------------------------------------

    [Fact]
    public async Task Import_ReportsEachFileOfAZip()
    {
        var client = await factory.As("designer");
        using var archive = new MemoryStream();
        using (var zip = new ZipArchive(archive, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "good.json", Hello("import-good").ToJsonString());
            Add(zip, "broken.json", "{ not json");
            Add(zip, "notes.txt", "hello");
        }
        using var form = new MultipartFormDataContent { { new ByteArrayContent(archive.ToArray()), "file", "batch.zip" } };

        var report = await (await client.PostAsync($"{Base}/import", form, Ct)).ReadObjectAsync(HttpStatusCode.OK);

        var files = report["files"]!.AsArray().ToDictionary(f => f!["file"]!.GetValue<string>(), f => f!);
        files["batch.zip/good.json"]["outcome"]!.GetValue<string>().ShouldBe("Saved");
        files["batch.zip/good.json"]["version"]!.GetValue<int>().ShouldBe(1);
        files["batch.zip/broken.json"]["outcome"]!.GetValue<string>().ShouldBe("Skipped");
        files["batch.zip/broken.json"]["problems"]!.AsArray().ShouldNotBeEmpty();
        files["batch.zip/notes.txt"]["outcome"]!.GetValue<string>().ShouldBe("Skipped");
        report["saved"]!.GetValue<int>().ShouldBe(1);
        report["skipped"]!.GetValue<int>().ShouldBe(2);

        static void Add(ZipArchive zip, string name, string content)
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open(), Encoding.UTF8);
            writer.Write(content);
        }
    }

    [Fact]
    public async Task Import_PublishesValidFiles_WhenAsked_AndLeavesTheSameContentAlone()
    {
        var client = await factory.As("designer");

        var first = await (await client.PostAsync($"{Base}/import?publish=true", Upload("one.json", Hello("import-publish")), Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var second = await (await client.PostAsync($"{Base}/import?publish=true", Upload("one.json", Hello("import-publish")), Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var invalid = await (await client.PostAsync($"{Base}/import?publish=true", Upload("bad.json", Invalid("import-invalid")), Ct)).ReadObjectAsync(HttpStatusCode.OK);

        first["files"]![0]!["outcome"]!.GetValue<string>().ShouldBe("Published");
        second["files"]![0]!["outcome"]!.GetValue<string>().ShouldBe("Unchanged");
        invalid["files"]![0]!["outcome"]!.GetValue<string>().ShouldBe("Skipped");
        invalid["files"]![0]!["problems"]!.AsArray().ShouldContain(p => p!.GetValue<string>().Contains("ghost"));
    }

    [Fact]
    public async Task Import_OfAFileWithoutAnId_NamesTheDefinitionAfterTheFile_SoImportingItAgainChangesNothing()
    {
        var client = await factory.As("designer");
        var definition = Hello("unused");
        definition.Remove("definitionId");
        definition.Remove("id");

        var first = await (await client.PostAsync($"{Base}/import", Upload("Kế hoạch đôn đốc 2027.json", definition), Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var second = await (await client.PostAsync($"{Base}/import", Upload("Kế hoạch đôn đốc 2027.json", definition), Ct)).ReadObjectAsync(HttpStatusCode.OK);

        first["files"]![0]!["outcome"]!.GetValue<string>().ShouldBe("Saved");
        first["files"]![0]!["definitionId"]!.GetValue<string>().ShouldBe("Ke-hoach-don-doc-2027");
        second["files"]![0]!["outcome"]!.GetValue<string>().ShouldBe("Unchanged");
        second["files"]![0]!["definitionId"]!.GetValue<string>().ShouldBe("Ke-hoach-don-doc-2027");
        (await (await client.GetAsync($"{Base}/Ke-hoach-don-doc-2027/versions", Ct)).ReadArrayAsync()).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Import_IsRefused_WithoutAFile_OrWithAnotherKindOfFile()
    {
        var client = await factory.As("designer");
        using var empty = new MultipartFormDataContent { { new StringContent("x"), "comment" } };
        using var text = new MultipartFormDataContent { { new StringContent("hello"), "file", "notes.txt" } };

        (await (await client.PostAsync($"{Base}/import", empty, Ct)).ReadProblemAsync(HttpStatusCode.BadRequest)).ErrorsOf("file").ShouldNotBeEmpty();
        (await (await client.PostAsync($"{Base}/import", text, Ct)).ReadProblemAsync(HttpStatusCode.BadRequest)).ErrorsOf("file[0]").Single().ShouldContain("notes.txt");
    }

    [Fact]
    public async Task Import_IsForbidden_ForAnOfficer()
    {
        var officer = await factory.As("officer1");

        (await officer.PostAsync($"{Base}/import", Upload("one.json", Hello("officer-import")), Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Export_DownloadsTheVersionAsAJsonFile()
    {
        var client = await factory.As("viewer");

        var response = await client.GetAsync($"{Base}/hello-world/export?version=1", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        response.Content.Headers.ContentDisposition!.FileName.ShouldBe("hello-world-v1.json");
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!;
        json["definitionId"]!.GetValue<string>().ShouldBe("hello-world");
        await (await client.GetAsync($"{Base}/hello-world/export?version=7", Ct)).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    private static MultipartFormDataContent Upload(string fileName, JsonObject definition)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(definition.ToJsonString()));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return new MultipartFormDataContent { { content, "file", fileName } };
    }

    // ---- review before publish ----------------------------------------------------------------

    [Fact]
    public async Task Review_ChangesRequestedThenApproved_PublishesTheResubmittedVersion()
    {
        var designer = await factory.As("designer");
        var supervisor = await factory.As("supervisor");
        await SaveAsync(OneTask("review-cycle"));

        var submitted = await (await designer.PostJsonAsync($"{Base}/review-cycle/versions/1/submit-for-review", new { comment = "Xin duyệt" })).ReadObjectAsync(HttpStatusCode.Created);
        var queue = await (await supervisor.GetAsync($"{Base}/reviews?status=InReview&definitionId=review-cycle", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var returned = await (await supervisor.PostJsonAsync($"{Base}/review-cycle/versions/1/request-changes", new { comment = "Thời hạn 15 ngày làm việc" })).ReadObjectAsync(HttpStatusCode.OK);
        await SaveAsync(OneTask("review-cycle", deadline: "WorkingDays:15"));
        await (await designer.PostJsonAsync($"{Base}/review-cycle/versions/2/submit-for-review", new { comment = "Đã sửa" })).ReadObjectAsync(HttpStatusCode.Created);
        var approved = await (await supervisor.PostJsonAsync($"{Base}/review-cycle/versions/2/approve", new { comment = "Đồng ý" })).ReadObjectAsync(HttpStatusCode.OK);

        submitted["status"]!.GetValue<string>().ShouldBe("InReview");
        submitted["submittedBy"]!.GetValue<string>().ShouldBe("designer");
        queue["items"]!.AsArray().Single()!["version"]!.GetValue<int>().ShouldBe(1);
        returned["status"]!.GetValue<string>().ShouldBe("ChangesRequested");
        returned["decidedBy"]!.GetValue<string>().ShouldBe("supervisor");
        approved["status"]!.GetValue<string>().ShouldBe("Approved");
        var versions = await (await designer.GetAsync($"{Base}/review-cycle/versions", Ct)).ReadArrayAsync();
        versions[0]!["reviewStatus"]!.GetValue<string>().ShouldBe("ChangesRequested");
        versions[0]!["reviewComment"]!.GetValue<string>().ShouldBe("Thời hạn 15 ngày làm việc");
        versions[0]!["isPublished"]!.GetValue<bool>().ShouldBeFalse();
        versions[1]!["reviewStatus"]!.GetValue<string>().ShouldBe("Approved");
        versions[1]!["isPublished"]!.GetValue<bool>().ShouldBeTrue();
        // Each version keeps its author; the approval that published it keeps the reviewer's name.
        versions[1]!["createdBy"]!.GetValue<string>().ShouldBe("designer");
        versions[1]!["publishedBy"]!.GetValue<string>().ShouldBe("supervisor");
        versions[0]!["publishedBy"].ShouldBeNull();
        var published = await (await designer.GetAsync($"{Base}/review-cycle?published=true", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        published["version"]!.GetValue<int>().ShouldBe(2);
    }

    [Fact]
    public async Task Approve_IsForbidden_ForADesigner()
    {
        await SaveAsync(Hello("designer-approves"));
        var designer = await factory.As("designer");
        await designer.PostJsonAsync($"{Base}/designer-approves/versions/1/submit-for-review", new { comment = "?" });

        (await designer.PostJsonAsync($"{Base}/designer-approves/versions/1/approve", new { comment = "tự duyệt" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await designer.PostJsonAsync($"{Base}/designer-approves/versions/1/request-changes", new { comment = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task SubmitForReview_IsForbidden_ForAnOfficer()
    {
        var officer = await factory.As("officer2");

        (await officer.PostJsonAsync($"{Base}/hello-world/versions/1/submit-for-review", new { comment = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task RequestChanges_RequiresAComment()
    {
        await SaveAsync(Hello("changes-without-comment"));
        var designer = await factory.As("designer");
        var supervisor = await factory.As("supervisor");
        await designer.PostJsonAsync($"{Base}/changes-without-comment/versions/1/submit-for-review", new { });

        var problem = await (await supervisor.PostJsonAsync($"{Base}/changes-without-comment/versions/1/request-changes", new { comment = " " })).ReadProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorsOf("comment").Single().ShouldContain("required");
    }

    [Fact]
    public async Task Approve_Returns409_WhenTheVersionIsNotInReview_And404ForAnUnknownVersion()
    {
        await SaveAsync(Hello("approve-not-submitted"));
        var supervisor = await factory.As("supervisor");

        var conflict = await (await supervisor.PostAsync($"{Base}/approve-not-submitted/versions/1/approve", null, Ct)).ReadProblemAsync(HttpStatusCode.Conflict);
        await (await supervisor.PostAsync($"{Base}/approve-not-submitted/versions/9/approve", null, Ct)).ReadProblemAsync(HttpStatusCode.NotFound);

        conflict["title"]!.GetValue<string>().ShouldContain("not been submitted");
    }

    [Fact]
    public async Task SubmitForReview_Returns422ForAnInvalidVersion_And409WhenAlreadyInReview()
    {
        await SaveAsync(Invalid("submit-invalid"));
        await SaveAsync(Hello("submit-twice"));
        var designer = await factory.As("designer");

        var invalid = await (await designer.PostJsonAsync($"{Base}/submit-invalid/versions/1/submit-for-review", new { })).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await designer.PostJsonAsync($"{Base}/submit-twice/versions/1/submit-for-review", new { })).ReadObjectAsync(HttpStatusCode.Created);
        var twice = await (await designer.PostJsonAsync($"{Base}/submit-twice/versions/1/submit-for-review", new { })).ReadProblemAsync(HttpStatusCode.Conflict);

        invalid.ErrorsOf("activities[ghost].type").ShouldNotBeEmpty();
        twice["title"]!.GetValue<string>().ShouldContain("already in review");
    }

    // ---- timeline -----------------------------------------------------------------------------

    [Fact]
    public async Task Timeline_ComputesTheDueDateRemindersAndEscalations_OnTheWorkCalendar()
    {
        var client = await factory.As("designer");

        var timeline = await (await client.PostJsonAsync($"{Base}/timeline", new { definition = OneTask("timeline-one"), startDate = "2026-04-20" })).ReadObjectAsync(HttpStatusCode.OK);

        var items = timeline["items"]!.AsArray().Select(i => i!.AsObject()).ToList();
        // 10 working days from Monday 20/4/2026 skip the Hùng Kings day in lieu (27/4), 30/4 and 1/5.
        var deadline = items.Single(i => i["kind"]!.GetValue<string>() == "Deadline");
        deadline["date"]!.GetValue<string>().ShouldBe("2026-05-07");
        deadline["activityId"]!.GetValue<string>().ShouldBe("report");
        deadline["label"]!.GetValue<string>().ShouldContain("WorkingDays:10");
        items.Where(i => i["kind"]!.GetValue<string>() == "Reminder").Select(i => i["date"]!.GetValue<string>())
            .ShouldBe(["2026-04-28", "2026-05-05", "2026-05-06", "2026-05-07", "2026-05-08", "2026-05-12", "2026-05-18"]);
        items.Where(i => i["kind"]!.GetValue<string>() == "Escalation").Select(i => i["date"]!.GetValue<string>())
            .ShouldBe(["2026-05-12", "2026-05-14", "2026-05-18", "2026-05-28"]);
        items.First(i => i["kind"]!.GetValue<string>() == "Reminder")["at"]!.GetValue<DateTimeOffset>()
            .ShouldBe(new DateTimeOffset(2026, 4, 28, 8, 0, 0, TimeSpan.FromHours(7)));
        var holidays = timeline["holidays"]!.AsArray().Select(h => h!["date"]!.GetValue<string>()).ToList();
        holidays.ShouldContain("2026-04-27");
        holidays.ShouldContain("2026-04-30");
        holidays.ShouldContain("2026-05-01");
    }

    [Fact]
    public async Task Timeline_FollowsATasksOwnReminderPolicyAndLadder_AndRollsALiteralDueDateToAWorkingDay()
    {
        var client = await factory.As("designer");
        var definition = Sequence("timeline-literals", "Chính sách riêng",
            Activity("start", "Elsa.Start"),
            Activity("own", "Supervision.UserTask",
                ("title", Literal("Việc có chính sách riêng")),
                ("assignee", Object("""{"userName": "officer1"}""")),
                ("deadline", Literal("CalendarDays:3")),
                ("reminderPolicy", Object("""{"offsetsBefore": [1], "onDueAt": null, "overdueAfter": [], "sendAt": "09:30:00"}""")),
                ("escalations", Object("""[{"afterWorkingDaysOverdue": 2, "action": "IssueUrgeNotice", "urgeLevel": 1}]"""))),
            Activity("fixed", "Supervision.UserTask",
                ("title", Literal("Việc có hạn cụ thể")),
                ("assignee", Object("""{"userName": "officer2"}""")),
                ("dueDate", Literal("2026-05-02"))));

        var timeline = await (await client.PostJsonAsync($"{Base}/timeline", new { definition, startDate = "2026-04-20" })).ReadObjectAsync(HttpStatusCode.OK);

        var own = timeline["items"]!.AsArray().Where(i => i!["activityId"]!.GetValue<string>() == "own").Select(i => i!.AsObject()).ToList();
        own.Select(i => (i["kind"]!.GetValue<string>(), i["date"]!.GetValue<string>())).ShouldBe(
            [("Reminder", "2026-04-22"), ("Deadline", "2026-04-23"), ("Escalation", "2026-04-28")]);
        own[0]["at"]!.GetValue<DateTimeOffset>().ShouldBe(new DateTimeOffset(2026, 4, 22, 9, 30, 0, TimeSpan.FromHours(7)));
        own[2]["label"]!.GetValue<string>().ShouldContain("cấp 1");
        // The same items as parts, for a client that words them itself.
        own[0]["what"]!["reminder"]!.GetValue<string>().ShouldBe("Upcoming");
        own[0]["workingDaysFromDue"]!.GetValue<int>().ShouldBe(-1);
        own[1]["what"]!["rule"]!.GetValue<string>().ShouldBe("CalendarDays:3");
        own[2]["what"]!["action"]!.GetValue<string>().ShouldBe("IssueUrgeNotice");
        own[2]["what"]!["urgeLevel"]!.GetValue<int>().ShouldBe(1);
        timeline["items"]!.AsArray().Single(i => i!["activityId"]!.GetValue<string>() == "fixed" && i["kind"]!.GetValue<string>() == "Deadline")!["what"]!["fixedDue"]!
            .GetValue<string>().ShouldBe("2026-05-02");
        // Saturday 2 May 2026 is in the 30/4–3/5 break: the task is due on Monday 4 May.
        timeline["items"]!.AsArray().Single(i => i!["activityId"]!.GetValue<string>() == "fixed" && i["kind"]!.GetValue<string>() == "Deadline")!["date"]!
            .GetValue<string>().ShouldBe("2026-05-04");
    }

    [Fact]
    public async Task Timeline_ListsADeadlineComputedByAScript_AsUnresolved()
    {
        var client = await factory.As("supervisor");
        var definition = Sequence("timeline-script", "Hạn tính bằng mã",
            Activity("start", "Elsa.Start"),
            Activity("task", "Supervision.UserTask", ("title", Literal("Việc")), ("assignee", Object("""{"userName": "officer1"}""")), ("deadline", Script("'WorkingDays:' + 3"))));

        var timeline = await (await client.PostJsonAsync($"{Base}/timeline", new { definition, startDate = "2026-03-02" })).ReadObjectAsync(HttpStatusCode.OK);

        timeline["items"]!.AsArray().ShouldBeEmpty();
        timeline["unresolved"]!.AsArray().Single()!["activityId"]!.GetValue<string>().ShouldBe("task");
    }

    [Fact]
    public async Task Timeline_RequiresADefinitionAndAStartDate()
    {
        var client = await factory.As("designer");

        var missing = await (await client.PostJsonAsync($"{Base}/timeline", new { })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var wrongType = await (await client.PostJsonAsync($"{Base}/timeline", new { definition = Hello("t"), startDate = "next monday" })).ReadProblemAsync(HttpStatusCode.BadRequest);

        missing.ErrorsOf("definition").ShouldNotBeEmpty();
        missing.ErrorsOf("startDate").ShouldNotBeEmpty();
        wrongType.ErrorsOf("startDate").ShouldNotBeEmpty();
    }

    /// <summary>A body whose length is not known in advance, so no Content-Length header is sent.</summary>
    private sealed class UnknownLengthContent : HttpContent
    {
        private readonly byte[] _bytes;

        public UnknownLengthContent(byte[] bytes)
        {
            _bytes = bytes;
            Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(_bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
