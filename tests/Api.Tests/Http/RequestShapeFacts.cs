using System.Net;
using System.Text.Json.Nodes;
using Supervision.Api.Tests.Support;

namespace Supervision.Api.Tests.Http;

/// <summary>Requests the server cannot use are answered with problem details that name what is wrong, never a 500 or the web app's page.</summary>
public class RequestShapeFacts(SupervisionApiFactory factory) : IClassFixture<SupervisionApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ABodyCutShort_IsTheBodysFault_NotTheFieldTheReaderHadReached()
    {
        var supervisor = await factory.ClientForAsync("supervisor");

        var cut = await (await supervisor.PostAsync("/api/tasks/filters", ApiClients.Json("""{"name": """), Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
        var wrongType = await (await supervisor.PostAsync("/api/tasks/filters", ApiClients.Json("""{"name": 5}"""), Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
        var none = await (await supervisor.PostAsync("/api/tasks/filters", ApiClients.Json(""), Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        cut["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["body"]);
        cut["errors"]!["body"]![0]!.GetValue<string>().ShouldBe("The body is not valid JSON.");
        wrongType["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["name"]);
        none["errors"]!["body"]![0]!.GetValue<string>().ShouldBe("A JSON body is required.");
    }

    [Fact]
    public async Task AQueryValueOfTheWrongType_IsNamedAsTheQueryNamesIt()
    {
        var supervisor = await factory.ClientForAsync("supervisor");

        var problem = await (await supervisor.GetAsync("/api/tasks?pageSize=many", Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["pageSize"]);
    }

    [Theory]
    [InlineData("GET", "/api/tasks?dueFrom=26/11/2026", null, "dueFrom", "'26/11/2026' is not a date written yyyy-MM-dd, e.g. 2026-06-10.")]
    [InlineData("GET", "/api/tasks?page=abc", null, "page", "'abc' is not a whole number.")]
    [InlineData("GET", "/api/tasks?mine=maybe", null, "mine", "'maybe' is not true or false.")]
    [InlineData("GET", "/api/admin/audit?since=notadate", null, "since", "'notadate' is not a date-time in ISO 8601, e.g. 2026-06-10T08:00:00+07:00.")]
    [InlineData("PUT", "/api/admin/calendar/2026-13-01", """{"type": "Holiday", "nameVi": "Nghỉ"}""", "date", "'2026-13-01' is not a date written yyyy-MM-dd, e.g. 2026-06-10.")]
    [InlineData("POST", "/api/workflow-definitions/import?publish=maybe", null, "publish", "'maybe' is not true or false.")]
    [InlineData("POST", "/api/tasks/any/complete", """{"action": 5}""", "action", "The value must be a text.")]
    [InlineData("POST", "/api/tasks/any/due-date", """{"dueOn": "2026-02-30", "reason": "r"}""", "dueOn", "The value must be a date written yyyy-MM-dd, e.g. 2026-06-10.")]
    [InlineData("POST", "/api/admin/units", """{"code": "X", "nameVi": "X", "kind": "PartyCommittee", "validFrom": "2026-13-01"}""", "validFrom", "The value must be a date written yyyy-MM-dd, e.g. 2026-06-10.")]
    [InlineData("POST", "/api/admin/users", """{"userName": "x", "roles": "Viewer"}""", "roles", "The value must be a list of texts.")]
    public async Task AValueThatCannotBeBound_IsNamedAsTheClientNamesIt_WithTheFormItTakes_AndNoTypeName(string method, string url, string? body, string field, string reason)
    {
        var admin = await factory.As("admin");
        using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = body is null ? null : ApiClients.Json(body) };

        var response = await admin.SendAsync(request, Ct);
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);

        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe([field]);
        problem.ErrorsOf(field).ShouldBe([reason]);
        problem.ToJsonString().ShouldNotContain("System.");
        problem.ToJsonString().ShouldNotContain("Nullable");
    }

    [Theory]
    [InlineData("/api/tasks?mine=false&page=2147483647", "page")]
    [InlineData("/api/tasks?mine=false&dueFrom=0001-01-01", "dueFrom")]
    [InlineData("/api/tasks?mine=false&dueTo=9999-12-31", "dueTo")]
    [InlineData("/api/urge-notices?issuedFrom=0001-01-01", "issuedFrom")]
    [InlineData("/api/urge-notices?issuedTo=9999-12-31", "issuedTo")]
    [InlineData("/api/workflow-instances?createdFrom=0001-01-01", "createdFrom")]
    [InlineData("/api/workflow-instances?createdTo=9999-12-31", "createdTo")]
    [InlineData("/api/documents?issuedTo=9999-12-31", "issuedTo")]
    [InlineData("/api/inspections?to=9999-12-31", "to")]
    [InlineData("/api/dashboard?dueFrom=0001-01-01", "dueFrom")]
    [InlineData("/api/dashboard/export?format=csv&dueTo=9999-12-31", "dueTo")]
    [InlineData("/api/work-tasks?dueTo=9999-12-31", "dueTo")]
    [InlineData("/api/reports?dueFrom=0001-01-01", "dueFrom")]
    public async Task AFilterOutsideTheCalendarsReach_IsRefusedByName(string query, string field)
    {
        var admin = await factory.ClientForAsync("admin");

        var problem = await (await admin.GetAsync(query, Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe([field]);
    }

    [Theory]
    [InlineData("/api")]
    [InlineData("/api/")]
    [InlineData("/api/no-such-thing")]
    public async Task AnUnknownApiPath_IsNotFound_NotTheWebAppsPage(string path)
    {
        var admin = await factory.ClientForAsync("admin");

        var response = await admin.GetAsync(path, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Theory]
    [InlineData("POST", "/api/no-such-thing")]
    [InlineData("PUT", "/api/no-such-thing/deeper")]
    [InlineData("DELETE", "/api/")]
    [InlineData("POST", "/no-such-page")]
    public async Task AnyMethodOnAnUnknownPath_IsNotFound(string method, string path)
    {
        var admin = await factory.ClientForAsync("admin");

        var response = await admin.SendAsync(new HttpRequestMessage(new HttpMethod(method), path), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Theory]
    [InlineData("/api/tasks")]
    [InlineData("/health")]
    [InlineData("/api/activity-descriptors")]
    public async Task Head_OnAGetEndpoint_AnswersAsGetWouldWithoutABody(string path)
    {
        var admin = await factory.ClientForAsync("admin");
        var get = await admin.GetAsync(path, Ct);

        var head = await admin.SendAsync(new HttpRequestMessage(HttpMethod.Head, path), Ct);

        head.StatusCode.ShouldBe(get.StatusCode);
        head.Content.Headers.ContentType?.MediaType.ShouldBe(get.Content.Headers.ContentType?.MediaType);
        (await head.Content.ReadAsByteArrayAsync(Ct)).ShouldBeEmpty();
    }

    [Fact]
    public async Task AKnownPathWithAnotherMethod_IsMethodNotAllowed()
    {
        var admin = await factory.ClientForAsync("admin");

        var response = await admin.DeleteAsync("/api/tasks", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
    }
}
