using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Http.Definitions;

namespace Supervision.Api.Tests.Http;

/// <summary>What the definition endpoints take as a workflow definition, and what they refuse.</summary>
public class DefinitionInputFacts(SupervisionApiFactory factory) : IClassFixture<SupervisionApiFactory>
{
    private const string Base = "/api/workflow-definitions";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<int> DefinitionCountAsync() =>
        (await (await (await factory.As("designer")).GetAsync($"{Base}?pageSize=100", Ct)).ReadObjectAsync(HttpStatusCode.OK))["total"]!.GetValue<int>();

    [Theory]
    [InlineData("""{"comment": "not a definition"}""")]
    [InlineData("""{}""")]
    [InlineData("""{"definitionId": "no-root", "name": "Không có lưu đồ"}""")]
    public async Task AnObjectWithoutARootActivity_IsNoDefinition_ToSaveOrValidate(string body)
    {
        var designer = await factory.As("designer");
        var before = await DefinitionCountAsync();

        var saved = await (await designer.PostAsync(Base, ApiClients.Json(body), Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
        var validated = await (await designer.PostAsync($"{Base}/validate", ApiClients.Json(body), Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        saved.ErrorsOf("definition").Single().ShouldStartWith("$.root: a workflow definition needs a root activity");
        validated.ErrorsOf("definition").Single().ShouldStartWith("$.root:");
        (await DefinitionCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task ADefinitionIdThatIsANumber_IsRefused_NotReadAsText()
    {
        var designer = await factory.As("designer");
        var definition = Hello("numbered");
        definition["definitionId"] = 123;

        var saved = await (await designer.PostAsync(Base, ApiClients.Json(definition), Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
        var validated = await (await designer.PostAsync($"{Base}/validate", ApiClients.Json(definition), Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        saved.ErrorsOf("definition").Single().ShouldBe("$.definitionId: must be a string");
        validated.ErrorsOf("definition").Single().ShouldBe("$.definitionId: must be a string");
        await (await designer.GetAsync($"{Base}/123", Ct)).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AnEmptyFlowchart_IsADraft_AsElsaCreatesOne_ButNotAPublishableWorkflow()
    {
        var designer = await factory.As("designer");
        var definition = new JsonObject { ["definitionId"] = "empty-chart", ["root"] = new JsonObject { ["type"] = "Elsa.Flowchart", ["id"] = "flow" } };

        var saved = await (await designer.PostAsync(Base, ApiClients.Json(definition), Ct)).ReadObjectAsync(HttpStatusCode.Created);
        var published = await (await designer.PostAsync($"{Base}/empty-chart/versions/1/publish", null, Ct)).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);

        saved["definitionId"]!.GetValue<string>().ShouldBe("empty-chart");
        published.ErrorsOf("root").Single().ShouldBe("The workflow has no activities: add at least a start.");
        (await (await designer.GetAsync($"{Base}/empty-chart/versions", Ct)).ReadArrayAsync()).Single()!["isPublished"]!.GetValue<bool>().ShouldBeFalse();
    }

    // ---- import -------------------------------------------------------------------------------

    private static ByteArrayContent Part(string content) => new(Encoding.UTF8.GetBytes(content));

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var archive = new MemoryStream();
        using (var zip = new ZipArchive(archive, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), Encoding.UTF8);
                writer.Write(content);
            }
        }
        return archive.ToArray();
    }

    private async Task<HttpResponseMessage> ImportAsync(HttpContent body, HttpClient? client = null) =>
        await (client ?? await factory.As("designer")).PostAsync($"{Base}/import", body, Ct);

    [Theory]
    [InlineData("bad.json", "{not json", "'bad.json' cannot be read as a workflow definition: not valid JSON")]
    [InlineData("list.json", "[1, 2]", "'list.json' cannot be read as a workflow definition: a workflow definition must be a JSON object")]
    [InlineData("comment.json", """{"comment": "not a definition"}""", "'comment.json' cannot be read as a workflow definition: $.root:")]
    public async Task Import_RefusesAFileThatIsNoDefinition_WithItsNameAndTheReason(string name, string content, string reason)
    {
        var before = await DefinitionCountAsync();
        using var form = new MultipartFormDataContent { { Part(content), "file", name } };

        var problem = await (await ImportAsync(form)).ReadProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorsOf("file").Single().ShouldStartWith(reason);
        (await DefinitionCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Import_ImportsNothing_WhenOneOfTheFilesIsNoDefinition()
    {
        using var form = new MultipartFormDataContent
        {
            { Part(Hello("import-beside-bad").ToJsonString()), "file", "good.json" },
            { Part("{not json"), "file", "bad.json" },
        };

        var problem = await (await ImportAsync(form)).ReadProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorsOf("file").Single().ShouldStartWith("'bad.json' cannot be read");
        await (await (await factory.As("designer")).GetAsync($"{Base}/import-beside-bad", Ct)).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Import_RefusesACorruptZip_AndAZipWithoutADefinitionThatCanBeRead()
    {
        using var corrupt = new MultipartFormDataContent { { Part("PK\u0003\u0004 not really a zip"), "file", "broken.zip" } };
        using var nothing = new MultipartFormDataContent { { new ByteArrayContent(Zip(("a.json", "{not json"), ("notes.txt", "hello"))), "file", "none.zip" } };
        using var empty = new MultipartFormDataContent { { new ByteArrayContent(Zip()), "file", "empty.zip" } };

        var corruptProblem = await (await ImportAsync(corrupt)).ReadProblemAsync(HttpStatusCode.BadRequest);
        var nothingProblem = await (await ImportAsync(nothing)).ReadProblemAsync(HttpStatusCode.BadRequest);
        var emptyProblem = await (await ImportAsync(empty)).ReadProblemAsync(HttpStatusCode.BadRequest);

        corruptProblem.ErrorsOf("file").Single().ShouldStartWith("'broken.zip' is not a readable zip archive;");
        nothingProblem.ErrorsOf("file").ShouldBe([
            "'none.zip' holds no workflow definition that can be read.",
            nothingProblem.ErrorsOf("file")[1],
            "'none.zip/notes.txt' is not a .json file.",
        ]);
        nothingProblem.ErrorsOf("file")[1].ShouldStartWith("'none.zip/a.json' cannot be read as a workflow definition: not valid JSON");
        emptyProblem.ErrorsOf("file").ShouldBe(["'empty.zip' holds no workflow definition that can be read."]);
    }

    [Fact]
    public async Task Import_ReportsWhyAnEntryOfAZipWasSkipped_BesideTheDefinitionsItHolds()
    {
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Zip(("good.json", Hello("import-zip-good").ToJsonString()), ("broken.json", "{not json"), ("root-less.json", "{}"))), "file", "batch.zip" },
        };

        var report = await (await ImportAsync(form)).ReadObjectAsync(HttpStatusCode.OK);

        var files = report["files"]!.AsArray().ToDictionary(f => f!["file"]!.GetValue<string>(), f => f!);
        files["batch.zip/good.json"]["outcome"]!.GetValue<string>().ShouldBe("Saved");
        files["batch.zip/broken.json"]["problems"]!.AsArray().Single()!.GetValue<string>().ShouldStartWith("'batch.zip/broken.json' cannot be read as a workflow definition: not valid JSON");
        files["batch.zip/root-less.json"]["problems"]!.AsArray().Single()!.GetValue<string>().ShouldContain("$.root: a workflow definition needs a root activity");
        (report["saved"]!.GetValue<int>(), report["skipped"]!.GetValue<int>()).ShouldBe((1, 2));
    }

    [Fact]
    public async Task Import_RefusesFilesSentUnderAnotherFormField()
    {
        using var form = new MultipartFormDataContent { { Part(Hello("import-other-field").ToJsonString()), "upload", "other.json" } };

        var problem = await (await ImportAsync(form)).ReadProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorsOf("upload").Single().ShouldBe("Send files in the form field 'file'; 'other.json' came in 'upload'.");
        await (await (await factory.As("designer")).GetAsync($"{Base}/import-other-field", Ct)).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Import_ExplainsABrokenMultipartBody_AndABodyThatIsNoForm()
    {
        var client = await factory.ClientForAsync("designer");
        client.DefaultRequestHeaders.Add("Accept-Language", "vi");
        var cutOff = Part("--abc\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.json\"\r\n\r\n{}");
        cutOff.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=abc");
        var noBoundary = Part("x");
        noBoundary.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data");

        var broken = await (await ImportAsync(cutOff)).ReadProblemAsync(HttpStatusCode.BadRequest);
        var unbounded = await (await ImportAsync(noBoundary)).ReadProblemAsync(HttpStatusCode.BadRequest);
        await (await ImportAsync(ApiClients.Json(Hello("import-as-json")))).ReadProblemAsync(HttpStatusCode.UnsupportedMediaType);
        var noBody = await (await (await factory.As("designer")).PostAsync($"{Base}/import", null, Ct)).ReadProblemAsync(HttpStatusCode.UnsupportedMediaType);
        var noBoundaryInVietnamese = Part("x");
        noBoundaryInVietnamese.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data");
        var inVietnamese = await (await ImportAsync(noBoundaryInVietnamese, client)).ReadProblemAsync(HttpStatusCode.BadRequest);

        broken["detail"]!.GetValue<string>().ShouldBe("The body is not a complete multipart/form-data message; send the definitions in the form field 'file'.");
        broken.ErrorsOf("body").ShouldNotBeEmpty();
        unbounded["detail"]!.GetValue<string>().ShouldStartWith("The body is not a complete multipart/form-data message");
        noBody["detail"]!.GetValue<string>().ShouldBe("Send the definitions as multipart/form-data, each file in the form field 'file'.");
        inVietnamese["detail"]!.GetValue<string>().ShouldStartWith("Nội dung không phải một biểu mẫu multipart/form-data");
    }
}
