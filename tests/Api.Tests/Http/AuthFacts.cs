using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Supervision.Api.Tests.Support;

namespace Supervision.Api.Tests.Http;

public class AuthFacts(SupervisionApiFactory factory) : IClassFixture<SupervisionApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Token_IsIssuedForADemoUser_WithRolesAndUnit()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName = "officer1", password = "demo" }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        body["accessToken"]!.GetValue<string>().Split('.').Length.ShouldBe(3);
        body["user"]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()).ShouldBe(["UnitOfficer"]);
        body["user"]!["unitId"]!.GetValue<string>().ShouldBe("DU-SYT");
        body["user"]!["unitName"]!.GetValue<string>().ShouldBe("Đảng ủy Sở Y tế");
        body["user"]!["unitNameEn"]!.GetValue<string>().ShouldBe("Party Committee of the Department of Health");
        var expires = body["expiresAt"]!.GetValue<DateTimeOffset>();
        (expires - factory.Clock.GetUtcNow()).ShouldBe(TimeSpan.FromMinutes(15));
    }

    [Fact]
    public async Task Token_ForAnAdministrator_ExpiresSooner()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = "demo" }, Ct);

        var body = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        (body["expiresAt"]!.GetValue<DateTimeOffset>() - factory.Clock.GetUtcNow()).ShouldBe(TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task Token_IsRefused_ForAWrongPassword_WithProblemDetails()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName = "viewer", password = "nope" }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Token_RequiresBothFields()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName = "" }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["errors"]!.AsObject();
        errors.Select(e => e.Key).ShouldBe(["userName", "password"], ignoreOrder: true);
    }

    [Fact]
    public async Task Account_LocksAfterFiveFailedSignIns_EvenWithTheRightPasswordAfterwards()
    {
        var client = factory.CreateClient();
        for (var i = 0; i < 5; i++)
            (await client.PostAsJsonAsync("/api/auth/token", new { userName = "designer", password = "wrong" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var locked = await client.PostAsJsonAsync("/api/auth/token", new { userName = "designer", password = "demo" }, Ct);
        locked.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await locked.Content.ReadFromJsonAsync<JsonObject>(Ct))!["title"]!.GetValue<string>().ShouldContain("locked");

        factory.Clock.Advance(TimeSpan.FromMinutes(16));
        (await client.PostAsJsonAsync("/api/auth/token", new { userName = "designer", password = "demo" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Endpoints_RefuseAnonymousCalls_AndTheWrongRole()
    {
        (await factory.CreateClient().GetAsync("/api/activity-descriptors", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await factory.CreateClient().GetAsync("/api/auth/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var officer = await factory.ClientForAsync("officer2");
        var validate = await officer.PostAsync("/api/workflow-definitions/validate", JsonContent.Create(new { definitionId = "x" }), Ct);
        validate.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Supervisors_SeeTheProblemsOfADefinition_ForTheyApproveVersionsInReview()
    {
        var supervisor = await factory.ClientForAsync("supervisor");

        var definition = new { definitionId = "x", root = new { type = "Elsa.Flowchart", id = "f", activities = Array.Empty<object>() } };

        var validate = await supervisor.PostAsync("/api/workflow-definitions/validate", JsonContent.Create(definition), Ct);

        validate.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await supervisor.PostAsync("/api/workflow-definitions", JsonContent.Create(definition), Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Me_DescribesTheSignedInUser()
    {
        var client = await factory.ClientForAsync("supervisor");

        var me = (await client.GetFromJsonAsync<JsonObject>("/api/auth/me", Ct))!;

        me["userName"]!.GetValue<string>().ShouldBe("supervisor");
        me["roles"]!.AsArray().Single()!.GetValue<string>().ShouldBe("Supervisor");
        me["hasDemoPassword"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task Password_CanBeChanged_AndTheOldOneStopsWorking()
    {
        var client = await factory.ClientForAsync("viewer");

        var weak = await client.PutAsJsonAsync("/api/auth/password", new { currentPassword = "demo", newPassword = "short" }, Ct);
        weak.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var elsewhere = await factory.ClientForAsync("viewer"); // the same user signed in on another device
        var changed = await client.PutAsJsonAsync("/api/auth/password", new { currentPassword = "demo", newPassword = "một mật khẩu dài" }, Ct);
        var fresh = (await changed.ReadObjectAsync(HttpStatusCode.OK))["accessToken"]!.GetValue<string>();

        (await factory.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName = "viewer", password = "demo" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await factory.ClientForAsync("viewer", "một mật khẩu dài")).ShouldNotBeNull();
        // Tokens issued before the change are refused, with the reason; the one the change returned works.
        (await (await client.GetAsync("/api/auth/me", Ct)).ReadProblemAsync(HttpStatusCode.Unauthorized))["detail"]!.GetValue<string>().ShouldContain("sign in again");
        await (await elsewhere.GetAsync("/api/auth/me", Ct)).ReadProblemAsync(HttpStatusCode.Unauthorized);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", fresh);
        (await (await client.GetAsync("/api/auth/me", Ct)).ReadObjectAsync(HttpStatusCode.OK))["userName"]!.GetValue<string>().ShouldBe("viewer");
    }
}
