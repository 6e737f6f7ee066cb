using System.Net;
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
    public async Task AnEmptyFlowchart_IsStillADefinition_AsElsaCreatesOne()
    {
        var designer = await factory.As("designer");
        var definition = new JsonObject { ["definitionId"] = "empty-chart", ["root"] = new JsonObject { ["type"] = "Elsa.Flowchart", ["id"] = "flow" } };

        var saved = await (await designer.PostAsync(Base, ApiClients.Json(definition), Ct)).ReadObjectAsync(HttpStatusCode.Created);

        saved["definitionId"]!.GetValue<string>().ShouldBe("empty-chart");
    }
}
