using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Api.Tests.Support;

namespace Supervision.Api.Tests.Http;

public class ApiFacts(SupervisionApiFactory factory) : IClassFixture<SupervisionApiFactory>, IAsyncLifetime
{
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync() => _client = await factory.ClientForAsync("designer");

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task ActivityDescriptors_ListThePaletteInBothLanguages()
    {
        var descriptors = await _client.GetFromJsonAsync<JsonArray>("/api/activity-descriptors", TestContext.Current.CancellationToken);

        var decision = descriptors!.Single(d => d!["typeName"]!.GetValue<string>() == "Elsa.FlowDecision")!;
        decision["displayName"]!["vi"]!.GetValue<string>().ShouldBe("Rẽ nhánh theo điều kiện");
        decision["outcomes"]!.AsArray().Count.ShouldBe(2);
        decision["kind"]!.GetValue<string>().ShouldBe("Flow");
    }

    [Fact]
    public async Task Validate_ReturnsProblemsPerActivityAndField()
    {
        var definition = """
            {"definitionId": "x", "root": {"type": "Elsa.Flowchart", "id": "f", "activities": [{"id": "e", "type": "Elsa.Event"}]}}
            """;

        var response = await _client.PostAsync("/api/workflow-definitions/validate", new StringContent(definition, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken);
        body!["isValid"]!.GetValue<bool>().ShouldBeFalse();
        var problem = body["problems"]!.AsArray().Single()!;
        problem["activityId"]!.GetValue<string>().ShouldBe("e");
        problem["field"]!.GetValue<string>().ShouldBe("eventName");
        problem["severity"]!.GetValue<string>().ShouldBe("Error");
    }

    [Fact]
    public async Task Validate_AnswersAMissingBodyWithProblemDetails()
    {
        var response = await _client.PostAsync("/api/workflow-definitions/validate", new StringContent("null", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var body = await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken);
        body!["errors"]!["definition"]![0]!.GetValue<string>().ShouldContain("required");
    }

    [Fact]
    public async Task Validate_AnswersMalformedJsonWithProblemDetails()
    {
        var response = await _client.PostAsync("/api/workflow-definitions/validate", new StringContent("{not json", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task OpenApi_DescribesEveryEndpoint_AndDocsAreServed()
    {
        var document = await _client.GetFromJsonAsync<JsonObject>("/openapi/v1.json", TestContext.Current.CancellationToken);
        var paths = document!["paths"]!.AsObject().Select(p => p.Key).ToList();

        paths.ShouldContain("/api/activity-descriptors");
        paths.ShouldContain("/api/workflow-definitions/validate");
        foreach (var (_, path) in document["paths"]!.AsObject())
        foreach (var (_, operation) in path!.AsObject())
            operation!["summary"].ShouldNotBeNull();

        var docs = await _client.GetAsync("/docs", TestContext.Current.CancellationToken);
        docs.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await docs.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("Supervision API");
    }

    [Fact]
    public void SettingsFiles_AreReadOnce_NotWatched()
    {
        // Watching them would watch the content root with the database files under it, and wake on every write.
        var configuration = (IConfigurationRoot)factory.Services.GetRequiredService<IConfiguration>();
        var files = configuration.Providers.OfType<FileConfigurationProvider>().ToList();
        files.ShouldNotBeEmpty();
        files.ShouldAllBe(file => !file.Source.ReloadOnChange);
    }

    [Fact]
    public async Task Health_IsHealthy_AndReadiness_ChecksTheDatabaseAndHangfiresStorage()
    {
        var anonymous = factory.CreateClient();
        var live = await anonymous.GetAsync("/health", TestContext.Current.CancellationToken);
        var ready = await anonymous.GetAsync("/health/ready", TestContext.Current.CancellationToken);

        live.StatusCode.ShouldBe(HttpStatusCode.OK);
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = (await ready.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!;
        body["status"]!.GetValue<string>().ShouldBe("Healthy");
        body["checks"]!["database"]!["status"]!.GetValue<string>().ShouldBe("Healthy");
        body["checks"]!["hangfire"]!["status"]!.GetValue<string>().ShouldBe("Healthy");
    }
}
