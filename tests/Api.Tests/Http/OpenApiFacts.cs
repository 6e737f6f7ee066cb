using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Supervision.Api.Tests.Support;

namespace Supervision.Api.Tests.Http;

/// <summary>What the OpenAPI document at /openapi/v1.json says, held against what the server does.</summary>
public class OpenApiFacts(SupervisionApiFactory factory) : IClassFixture<SupervisionApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The operations anyone may call; every other one needs a signed-in user.</summary>
    private static readonly string[] Anonymous = ["POST /api/auth/token"];

    private async Task<JsonObject> DocumentAsync() =>
        await (await factory.CreateClient().GetAsync("/openapi/v1.json", Ct)).ReadObjectAsync(HttpStatusCode.OK);

    private static IEnumerable<(string Name, JsonObject Operation)> Operations(JsonObject document) =>
        from path in document["paths"]!.AsObject()
        from operation in path.Value!.AsObject()
        select ($"{operation.Key.ToUpperInvariant()} {path.Key}", operation.Value!.AsObject());

    private static IEnumerable<string> Statuses(JsonObject operation) => operation["responses"]!.AsObject().Select(r => r.Key);

    private static void ShouldBeProblem(JsonObject operation, string status, string name)
    {
        var response = operation["responses"]![status].ShouldNotBeNull($"{name} does not declare {status}");
        response["content"]!["application/problem+json"]!["schema"]!["$ref"]!.GetValue<string>()
            .ShouldBe("#/components/schemas/ProblemDetails", $"{name} {status}");
    }

    [Fact]
    public async Task EveryOperation_ButTheAnonymousOnes_NeedsTheBearerToken_AndMayAnswer401()
    {
        var document = await DocumentAsync();

        var scheme = document["components"]!["securitySchemes"]!["Bearer"].ShouldNotBeNull();
        scheme["type"]!.GetValue<string>().ShouldBe("http");
        scheme["scheme"]!.GetValue<string>().ShouldBe("bearer");
        foreach (var (name, operation) in Operations(document))
        {
            if (Anonymous.Contains(name))
            {
                operation["security"].ShouldBeNull(name);
                continue;
            }
            operation["security"]!.AsArray().Select(r => r!.AsObject().Select(s => s.Key).Single()).ShouldBe(["Bearer"], name);
            ShouldBeProblem(operation, "401", name);
        }
    }

    [Fact]
    public async Task OperationsBehindARolePolicy_MayAnswer403_AndThoseForAnySignedInUserDoNot()
    {
        var operations = Operations(await DocumentAsync()).ToDictionary(o => o.Name, o => o.Operation);

        foreach (var name in new[] { "POST /api/admin/users", "GET /api/tasks", "POST /api/workflow-instances", "POST /api/tasks/{taskId}/claim", "DELETE /api/tasks/filters/{id}" })
            ShouldBeProblem(operations[name], "403", name);
        foreach (var name in new[] { "GET /api/auth/me", "GET /api/notifications", "GET /api/activity-descriptors" })
            Statuses(operations[name]).ShouldNotContain("403", name);
    }

    [Fact]
    public async Task EveryOperationThatReadsABody_MayAnswer413And415()
    {
        var withBody = Operations(await DocumentAsync()).Where(o => o.Operation["requestBody"] is not null).ToList();

        withBody.Count(o => o.Operation["requestBody"]!["content"]!["application/json"] is not null).ShouldBeGreaterThan(30);
        foreach (var (name, operation) in withBody)
        {
            ShouldBeProblem(operation, "413", name);
            ShouldBeProblem(operation, "415", name);
        }
    }

    [Fact]
    public async Task TheDeclaredAnswers_AreWhatTheServerSends()
    {
        var anonymous = factory.CreateClient();
        var signedOut = await anonymous.GetAsync("/api/tasks", Ct);
        var client = await factory.As("admin");
        var notJson = await client.PostAsync("/api/tasks/filters", new StringContent("name=x", Encoding.UTF8, "text/plain"), Ct);

        (await signedOut.ReadProblemAsync(HttpStatusCode.Unauthorized)).ShouldNotBeNull();
        (await notJson.ReadProblemAsync(HttpStatusCode.UnsupportedMediaType)).ShouldNotBeNull();
    }

    [Fact]
    public async Task EveryReference_NamesAComponent()
    {
        var document = await DocumentAsync();
        var schemas = document["components"]!["schemas"]!.AsObject().Select(s => "#/components/schemas/" + s.Key).ToHashSet();

        var references = document.ToJsonString().Split("\"$ref\":\"").Skip(1).Select(r => r[..r.IndexOf('"', StringComparison.Ordinal)]).Distinct();
        references.ShouldAllBe(r => schemas.Contains(r));
    }

    [Fact]
    public async Task TheReference_OffersTheBearerScheme()
    {
        var page = await (await factory.CreateClient().GetAsync("/docs", Ct)).Content.ReadAsStringAsync(Ct);

        page.ShouldContain("\"preferredSecurityScheme\":[\"Bearer\"]");
    }

    [Theory]
    // What the handlers throw: NotFoundException (404), ForbiddenException (403), ConflictException (409).
    [InlineData("POST /api/tasks/{taskId}/claim", "403,404,409")]
    [InlineData("POST /api/tasks/{taskId}/release", "403,404,409")]
    [InlineData("POST /api/tasks/{taskId}/complete", "403,404,409")]
    [InlineData("POST /api/tasks/{taskId}/reassign", "403,404,409")]
    [InlineData("POST /api/tasks/{taskId}/due-date", "403,404,409")]
    [InlineData("DELETE /api/tasks/filters/{id}", "403,404")]
    [InlineData("POST /api/workflow-instances", "403,404,409")]
    public async Task WhatAHandlerRefusesWith_IsDeclared(string name, string statuses)
    {
        var operation = Operations(await DocumentAsync()).Single(o => o.Name == name).Operation;

        foreach (var status in statuses.Split(','))
            ShouldBeProblem(operation, status, name);
    }

    [Theory]
    [InlineData("GET /api/dashboard/export", "text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("GET /api/workflow-definitions/{definitionId}/export", "application/json")]
    public async Task AnExport_DeclaresItsFile(string name, string contentTypes)
    {
        var operation = Operations(await DocumentAsync()).Single(o => o.Name == name).Operation;

        operation["responses"]!["200"]!["content"]!.AsObject().Select(c => c.Key).ShouldBe(contentTypes.Split(','), ignoreOrder: true);
    }

    [Fact]
    public async Task TheInboxQuery_IsDescribedInCamelCase_AndReadWhateverTheCase()
    {
        var operation = Operations(await DocumentAsync()).Single(o => o.Name == "GET /api/tasks").Operation;
        var client = await factory.As("supervisor");

        operation["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>())
            .ShouldBe(["mine", "status", "deadlineState", "unitId", "planId", "dueFrom", "dueTo", "q", "sort", "page", "pageSize", "kind"], ignoreOrder: true);
        var camel = await (await client.GetAsync("/api/tasks?mine=false&pageSize=1", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var pascal = await (await client.GetAsync("/api/tasks?Mine=false&PageSize=1", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        camel["pageSize"]!.GetValue<int>().ShouldBe(1);
        pascal["pageSize"]!.GetValue<int>().ShouldBe(1);
        pascal["total"]!.GetValue<int>().ShouldBe(camel["total"]!.GetValue<int>());
        (await client.GetAsync("/api/tasks?Mine=maybe", Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task CreateUser_RequiresInTheDocument_ExactlyWhatTheServerRefusesToGoWithout()
    {
        var schema = (await DocumentAsync())["components"]!["schemas"]!["CreateUser"]!;
        var required = schema["required"]!.AsArray().Select(r => r!.GetValue<string>()).ToList();
        var admin = await factory.As("admin");

        required.ShouldBe(["userName", "displayName", "password", "roles"], ignoreOrder: true);
        foreach (var (field, _) in schema["properties"]!.AsObject())
        {
            var body = new JsonObject
            {
                ["userName"] = $"oas-{field.ToLowerInvariant()}", ["displayName"] = "Người thử", ["email"] = "oas@syt.example",
                ["password"] = "mật-khẩu-dài", ["roles"] = new JsonArray("Viewer"), ["unitId"] = "DU-SYT", ["locale"] = "en-US",
            };
            body.Remove(field);
            var response = await admin.PostAsync("/api/admin/users", ApiClients.Json(body), Ct);
            if (required.Contains(field))
                (await response.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]![field].ShouldNotBeNull(field);
            else
                response.StatusCode.ShouldBe(HttpStatusCode.Created, field);
        }
    }

    [Theory]
    [InlineData("CreateUnit", "code,nameVi,kind")]
    [InlineData("CalendarDayBody", "type,nameVi")]
    [InlineData("ReassignBody", "reason")]
    [InlineData("IssueToken", "userName,password")]
    public async Task ARequestBody_RequiresWhatItsValidatorRefusesToGoWithout(string schema, string required)
    {
        var document = await DocumentAsync();

        document["components"]!["schemas"]![schema]!["required"]!.AsArray().Select(r => r!.GetValue<string>()).ShouldBe(required.Split(','), ignoreOrder: true);
    }

    [Theory]
    [InlineData("GET /api/tasks", "status,deadlineState,kind,sort")]
    [InlineData("GET /api/dashboard", "groupBy")]
    [InlineData("GET /api/dashboard/export", "format,groupBy")]
    [InlineData("GET /api/documents", "docType")]
    [InlineData("GET /api/admin/users", "role")]
    [InlineData("GET /api/inspections", "kind,status")]
    [InlineData("GET /api/workflow-instances", "status")]
    public async Task AParameterWithAFixedSetOfValues_ListsThem_AndTheServerTakesEach(string name, string parameters)
    {
        var operation = Operations(await DocumentAsync()).Single(o => o.Name == name).Operation;
        var client = await factory.As("admin");

        foreach (var parameterName in parameters.Split(','))
        {
            var parameter = operation["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == parameterName)!;
            var schema = parameter["schema"]!["items"] ?? parameter["schema"]!;
            var values = schema["enum"].ShouldNotBeNull($"{name} {parameterName}").AsArray().Select(v => v!.GetValue<string>()).ToList();
            values.ShouldNotBeEmpty();
            foreach (var value in values)
            {
                var path = name["GET ".Length..];
                var response = await client.GetAsync($"{path}?{parameterName}={Uri.EscapeDataString(value)}", Ct);
                response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{path}?{parameterName}={value}");
            }
        }
    }

    [Fact]
    public async Task TheCommonParameters_AreDescribed()
    {
        var operations = Operations(await DocumentAsync()).ToDictionary(o => o.Name, o => o.Operation);

        foreach (var (name, parameter) in new[] { ("GET /api/tasks", "page"), ("GET /api/tasks", "pageSize"), ("GET /api/tasks", "q"), ("GET /api/tasks", "dueFrom"),
                     ("GET /api/reports", "dueTo"), ("GET /api/documents", "issuedFrom"), ("GET /api/work-tasks", "q"), ("GET /api/admin/audit", "since") })
        {
            operations[name]["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == parameter)!["description"]!.GetValue<string>()
                .ShouldNotBeNullOrWhiteSpace($"{name} {parameter}");
        }
        var status = operations["GET /api/tasks"]["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "status")!;
        status["explode"]!.GetValue<bool>().ShouldBeFalse();
        status["schema"]!["type"]!.GetValue<string>().ShouldBe("array");
    }
}
