using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Http.Definitions;

namespace Supervision.Api.Tests.Http;

public class AdminFacts(SupervisionApiFactory factory) : IClassFixture<SupervisionApiFactory>
{
    private const string Base = "/api/admin";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<HttpClient> Admin() => factory.As("admin");

    private static JsonObject? FindUnit(JsonArray tree, string id)
    {
        foreach (var node in tree)
        {
            if (node!["id"]!.GetValue<string>() == id)
                return node.AsObject();
            if (FindUnit(node["children"]!.AsArray(), id) is { } found)
                return found;
        }
        return null;
    }

    private async Task<JsonObject> CreateUnitAsync(string code, string? parentId = "TU-DEMO", string kind = "PartyCommittee")
    {
        var admin = await Admin();
        return await (await admin.PostJsonAsync($"{Base}/units", new { code, nameVi = $"Đơn vị {code}", nameEn = $"Unit {code}", kind, parentId, validFrom = "2026-01-01" }))
            .ReadObjectAsync(HttpStatusCode.Created);
    }

    private async Task<HttpStatusCode> SignInStatusAsync(string userName, string password) =>
        (await factory.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName, password }, Ct)).StatusCode;

    // ---- policy -------------------------------------------------------------------------------

    [Fact]
    public async Task Administration_IsForbidden_ToEveryoneButAdministrators()
    {
        (await (await factory.As("supervisor")).GetAsync($"{Base}/users", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await factory.As("designer")).PostJsonAsync($"{Base}/units", new { code = "X" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await factory.As("viewer")).GetAsync($"{Base}/calendar", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.CreateClient().GetAsync($"{Base}/units", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    // ---- units --------------------------------------------------------------------------------

    [Fact]
    public async Task Units_AreListedAsATree()
    {
        var tree = await (await (await Admin()).GetAsync($"{Base}/units", Ct)).ReadArrayAsync();

        var committee = FindUnit(tree, "TU-DEMO")!;
        committee["parentId"].ShouldBeNull();
        tree.ShouldContain(n => n!["id"]!.GetValue<string>() == "SYT");
        var board = committee["children"]!.AsArray().Single(c => c!["id"]!.GetValue<string>() == "BTGDV-TU")!;
        board["children"]!.AsArray().Single()!["id"]!.GetValue<string>().ShouldBe("BTGDV-KG");
        board["isOpen"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task CreateUnit_AddsItUnderItsParent_AndRefusesADuplicateCode()
    {
        var admin = await Admin();

        var created = await CreateUnitAsync("DU-CREATED");
        var duplicate = await (await admin.PostJsonAsync($"{Base}/units", new { code = "DU-CREATED", nameVi = "Trùng", kind = "PartyCommittee" })).ReadProblemAsync(HttpStatusCode.Conflict);
        var tree = await (await admin.GetAsync($"{Base}/units", Ct)).ReadArrayAsync();

        created["id"]!.GetValue<string>().ShouldBe("DU-CREATED");
        FindUnit(tree, "TU-DEMO")!["children"]!.AsArray().ShouldContain(c => c!["id"]!.GetValue<string>() == "DU-CREATED");
        duplicate["title"]!.GetValue<string>().ShouldContain("DU-CREATED");
    }

    [Fact]
    public async Task CreateUnit_AnswersMissingAndWrongFields_AndAnUnknownParent()
    {
        var admin = await Admin();

        var missing = await (await admin.PostJsonAsync($"{Base}/units", new { level = "Galaxy" })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var parent = await (await admin.PostJsonAsync($"{Base}/units", new { code = "DU-ORPHAN", nameVi = "Mồ côi", kind = "PartyCommittee", parentId = "NOWHERE" })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var wrongType = await (await admin.PostAsync($"{Base}/units", ApiClients.Json("""{"code": "DU-X", "nameVi": "X", "kind": "Section", "validFrom": 20260101}"""), Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        missing.ErrorsOf("code").ShouldNotBeEmpty();
        missing.ErrorsOf("nameVi").ShouldNotBeEmpty();
        missing.ErrorsOf("kind").ShouldNotBeEmpty();
        missing.ErrorsOf("level").Single().ShouldContain("Province");
        parent.ErrorsOf("parentId").Single().ShouldContain("NOWHERE");
        wrongType.ErrorsOf("validFrom").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task CreateUser_AnswersMalformedJson_WithProblemDetails()
    {
        var admin = await Admin();

        var problem = await (await admin.PostAsync($"{Base}/users", ApiClients.Json("""{"userName": "x", roles: ["Viewer"]}"""), Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorsOf("body").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task RenameUnit_KeepsItsIdAndCode()
    {
        await CreateUnitAsync("DU-RENAME");
        var admin = await Admin();

        var renamed = await (await admin.PutAsJsonAsync($"{Base}/units/DU-RENAME/name", new { nameVi = "Đảng ủy mới", nameEn = "New committee" }, Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var missing = await (await admin.PutAsJsonAsync($"{Base}/units/DU-RENAME/name", new { nameEn = "x" }, Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        renamed["nameVi"]!.GetValue<string>().ShouldBe("Đảng ủy mới");
        renamed["code"]!.GetValue<string>().ShouldBe("DU-RENAME");
        missing.ErrorsOf("nameVi").ShouldNotBeEmpty();
        await (await admin.PutAsJsonAsync($"{Base}/units/NOWHERE/name", new { nameVi = "x" }, Ct)).ReadProblemAsync(HttpStatusCode.NotFound);
        // Left out, the English name stays; sent blank, it goes.
        var kept = await (await admin.PutAsJsonAsync($"{Base}/units/DU-RENAME/name", new { nameVi = "Đảng ủy mới hơn" }, Ct)).ReadObjectAsync(HttpStatusCode.OK);
        kept["nameEn"]!.GetValue<string>().ShouldBe("New committee");
        var cleared = await (await admin.PutAsJsonAsync($"{Base}/units/DU-RENAME/name", new { nameVi = "Đảng ủy mới hơn", nameEn = "" }, Ct)).ReadObjectAsync(HttpStatusCode.OK);
        cleared["nameEn"].ShouldBeNull();
    }

    [Fact]
    public async Task CloseUnit_IsRefusedWhileSubUnitsAreOpen_AndHidesTheClosedUnit()
    {
        await CreateUnitAsync("DU-CLOSE");
        await CreateUnitAsync("CB-CLOSE", parentId: "DU-CLOSE", kind: "Section");
        var admin = await Admin();

        var blocked = await (await admin.PostJsonAsync($"{Base}/units/DU-CLOSE/close", new { on = "2026-03-01" })).ReadProblemAsync(HttpStatusCode.Conflict);
        var child = await (await admin.PostJsonAsync($"{Base}/units/CB-CLOSE/close", new { on = "2026-03-01" })).ReadObjectAsync(HttpStatusCode.OK);
        var parent = await (await admin.PostJsonAsync($"{Base}/units/DU-CLOSE/close", new { on = "2026-03-01" })).ReadObjectAsync(HttpStatusCode.OK);
        var again = await (await admin.PostJsonAsync($"{Base}/units/DU-CLOSE/close", new { on = "2026-03-01" })).ReadProblemAsync(HttpStatusCode.Conflict);
        var noDate = await (await admin.PostJsonAsync($"{Base}/units/DU-CLOSE/close", new { })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var open = await (await admin.GetAsync($"{Base}/units", Ct)).ReadArrayAsync();
        var all = await (await admin.GetAsync($"{Base}/units?includeClosed=true", Ct)).ReadArrayAsync();

        blocked["title"]!.GetValue<string>().ShouldContain("CB-CLOSE");
        child["isOpen"]!.GetValue<bool>().ShouldBeFalse();
        parent["validTo"]!.GetValue<string>().ShouldBe("2026-03-01");
        again["title"]!.GetValue<string>().ShouldContain("closed already");
        noDate.ErrorsOf("on").ShouldNotBeEmpty();
        FindUnit(open, "DU-CLOSE").ShouldBeNull();
        FindUnit(all, "DU-CLOSE")!["children"]!.AsArray().Single()!["id"]!.GetValue<string>().ShouldBe("CB-CLOSE");
    }

    [Fact]
    public async Task SupersedeUnit_ClosesItAndMovesItsSubUnitsToTheSuccessor()
    {
        await CreateUnitAsync("DU-OLD");
        await CreateUnitAsync("CB-OLD", parentId: "DU-OLD", kind: "Section");
        await CreateUnitAsync("DU-NEW");
        var admin = await Admin();

        var itself = await (await admin.PostJsonAsync($"{Base}/units/DU-OLD/supersede", new { byUnitId = "CB-OLD", on = "2026-03-01" })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var unknown = await (await admin.PostJsonAsync($"{Base}/units/DU-OLD/supersede", new { byUnitId = "NOWHERE", on = "2026-03-01" })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var superseded = await (await admin.PostJsonAsync($"{Base}/units/DU-OLD/supersede", new { byUnitId = "DU-NEW", on = "2026-03-01" })).ReadObjectAsync(HttpStatusCode.OK);
        var tree = await (await admin.GetAsync($"{Base}/units", Ct)).ReadArrayAsync();

        itself.ErrorsOf("byUnitId").ShouldNotBeEmpty();
        unknown.ErrorsOf("byUnitId").Single().ShouldContain("NOWHERE");
        superseded["supersededById"]!.GetValue<string>().ShouldBe("DU-NEW");
        superseded["isOpen"]!.GetValue<bool>().ShouldBeFalse();
        FindUnit(tree, "DU-NEW")!["children"]!.AsArray().Single()!["id"]!.GetValue<string>().ShouldBe("CB-OLD");
        FindUnit(tree, "DU-OLD").ShouldBeNull();
    }

    // ---- users --------------------------------------------------------------------------------

    [Fact]
    public async Task CreateUser_WithAProfilePassword_CanSignIn()
    {
        var admin = await Admin();

        var response = await admin.PostJsonAsync($"{Base}/users", new
        {
            userName = "officer3", displayName = "Võ Thị Ba", email = "officer3@syt.example", password = "mật-khẩu-dài", roles = new[] { "UnitOfficer" }, unitId = "DU-SYT", locale = "en-US",
        });

        var user = await response.ReadObjectAsync(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"{Base}/users/officer3");
        user["roles"]!.AsArray().Single()!.GetValue<string>().ShouldBe("UnitOfficer");
        user["unitName"]!.GetValue<string>().ShouldBe("Đảng ủy Sở Y tế");
        user["unitNameEn"]!.GetValue<string>().ShouldBe("Party Committee of the Department of Health");
        user["locale"]!.GetValue<string>().ShouldBe("en-US");
        user.ContainsKey("passwordHash").ShouldBeFalse();
        (await SignInStatusAsync("officer3", "mật-khẩu-dài")).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task CreateUser_AnswersEachBadField_AndADuplicate()
    {
        var admin = await Admin();

        var bad = await (await admin.PostJsonAsync($"{Base}/users", new { userName = "Bad Name", displayName = "", password = "short", roles = new[] { "UnitOfficer", "Boss" }, locale = "fr-FR" }))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        var duplicate = await (await admin.PostJsonAsync($"{Base}/users", new { userName = "viewer", displayName = "Trùng", password = "long-enough", roles = new[] { "Viewer" } }))
            .ReadProblemAsync(HttpStatusCode.Conflict);
        var closedUnit = await (await admin.PostJsonAsync($"{Base}/users", new { userName = "nobody", displayName = "X", password = "long-enough", roles = new[] { "UnitOfficer" }, unitId = "NOWHERE" }))
            .ReadProblemAsync(HttpStatusCode.BadRequest);

        bad.ErrorsOf("userName").ShouldNotBeEmpty();
        bad.ErrorsOf("displayName").ShouldNotBeEmpty();
        bad.ErrorsOf("password").Single().ShouldContain("8");
        bad.ErrorsOf("roles[1]").Single().ShouldContain("Boss");
        bad.ErrorsOf("unitId").Single().ShouldContain("unit officer");
        bad.ErrorsOf("locale").ShouldNotBeEmpty();
        duplicate["title"]!.GetValue<string>().ShouldContain("viewer");
        closedUnit.ErrorsOf("unitId").Single().ShouldContain("NOWHERE");
    }

    [Fact]
    public async Task UpdateUser_SetsRolesUnitAndLocale_ButNotTheAdminRoleOfYourself()
    {
        var admin = await Admin();
        await (await admin.PostJsonAsync($"{Base}/users", new { userName = "mover", displayName = "Người chuyển", password = "long-enough", roles = new[] { "Viewer" } })).ReadObjectAsync(HttpStatusCode.Created);

        var updated = await (await admin.PutAsJsonAsync($"{Base}/users/mover", new { roles = new[] { "UnitOfficer", "Viewer" }, unitId = "DU-SGDDT", locale = "en-US" }, Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var self = await (await admin.PutAsJsonAsync($"{Base}/users/admin", new { roles = new[] { "Viewer" } }, Ct)).ReadProblemAsync(HttpStatusCode.Conflict);
        var noRoles = await (await admin.PutAsJsonAsync($"{Base}/users/mover", new { roles = Array.Empty<string>() }, Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        updated["roles"]!.AsArray().Select(r => r!.GetValue<string>()).ShouldBe(["UnitOfficer", "Viewer"]);
        updated["unitId"]!.GetValue<string>().ShouldBe("DU-SGDDT");
        updated["locale"]!.GetValue<string>().ShouldBe("en-US");
        self["title"]!.GetValue<string>().ShouldContain("yourself");
        noRoles.ErrorsOf("roles").ShouldNotBeEmpty();
        await (await admin.PutAsJsonAsync($"{Base}/users/ghost", new { roles = new[] { "Viewer" } }, Ct)).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task DisableAndEnable_ControlSignInAndTokensAlreadyIssued_AndAnAdministratorCannotDisableThemselves()
    {
        var admin = await Admin();
        await (await admin.PostJsonAsync($"{Base}/users", new { userName = "leaver", displayName = "Người nghỉ", password = "long-enough", roles = new[] { "Viewer" } })).ReadObjectAsync(HttpStatusCode.Created);
        var leaver = await factory.ClientForAsync("leaver", "long-enough");
        var before = (await leaver.GetAsync("/api/tasks?mine=false", Ct)).StatusCode;

        var disabled = await (await admin.PostAsync($"{Base}/users/leaver/disable", null, Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var refused = await SignInStatusAsync("leaver", "long-enough");
        var oldToken = await leaver.GetAsync("/api/tasks?mine=false", Ct); // issued before, not yet expired
        var enabled = await (await admin.PostAsync($"{Base}/users/leaver/enable", null, Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var allowed = await SignInStatusAsync("leaver", "long-enough");
        var oldTokenAgain = (await leaver.GetAsync("/api/tasks?mine=false", Ct)).StatusCode;
        var self = await (await admin.PostAsync($"{Base}/users/admin/disable", null, Ct)).ReadProblemAsync(HttpStatusCode.Conflict);

        before.ShouldBe(HttpStatusCode.OK);
        disabled["isDisabled"]!.GetValue<bool>().ShouldBeTrue();
        refused.ShouldBe(HttpStatusCode.Unauthorized);
        await oldToken.ReadProblemAsync(HttpStatusCode.Unauthorized);
        oldTokenAgain.ShouldBe(HttpStatusCode.OK);
        enabled["isDisabled"]!.GetValue<bool>().ShouldBeFalse();
        allowed.ShouldBe(HttpStatusCode.OK);
        self["title"]!.GetValue<string>().ShouldContain("your own");
    }

    [Fact]
    public async Task ChangingRolesOrUnit_OrResettingThePassword_RefusesTokensIssuedBefore_ButOtherSettingsDoNot()
    {
        var admin = await Admin();
        await (await admin.PostJsonAsync($"{Base}/users", new { userName = "transferee", displayName = "Người được điều chuyển", password = "long-enough", roles = new[] { "Viewer" } }))
            .ReadObjectAsync(HttpStatusCode.Created);
        var mover = await factory.ClientForAsync("transferee", "long-enough");

        await (await admin.PutAsJsonAsync($"{Base}/users/transferee", new { displayName = "Người chuyển công tác", roles = new[] { "Viewer" }, locale = "en-US" }, Ct))
            .ReadObjectAsync(HttpStatusCode.OK);
        var afterRename = (await mover.GetAsync("/api/auth/me", Ct)).StatusCode;
        await (await admin.PutAsJsonAsync($"{Base}/users/transferee", new { roles = new[] { "Viewer", "Supervisor" } }, Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var afterRoles = await (await mover.GetAsync("/api/auth/me", Ct)).ReadProblemAsync(HttpStatusCode.Unauthorized);
        var again = await factory.ClientForAsync("transferee", "long-enough");
        var me = await (await again.GetAsync("/api/auth/me", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        await (await admin.PutAsJsonAsync($"{Base}/users/transferee", new { roles = new[] { "Viewer", "Supervisor" }, unitId = "TU-DEMO" }, Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var afterUnit = (await again.GetAsync("/api/auth/me", Ct)).StatusCode;
        var third = await factory.ClientForAsync("transferee", "long-enough");
        (await admin.PostJsonAsync($"{Base}/users/transferee/reset-password", new { newPassword = "another-long-one" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var afterReset = (await third.GetAsync("/api/auth/me", Ct)).StatusCode;

        afterRename.ShouldBe(HttpStatusCode.OK);
        afterRoles["detail"]!.GetValue<string>().ShouldContain("sign in again");
        me["roles"]!.AsArray().Select(r => r!.GetValue<string>()).ShouldBe(["Viewer", "Supervisor"], ignoreOrder: true);
        afterUnit.ShouldBe(HttpStatusCode.Unauthorized);
        afterReset.ShouldBe(HttpStatusCode.Unauthorized);
        (await SignInStatusAsync("transferee", "another-long-one")).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AnotherServerProcess_RefusesAnOldToken_WithinTheRefreshInterval_AndAcceptsATokenIssuedAfterTheChange_AtOnce()
    {
        var admin = await Admin();
        await (await admin.PostJsonAsync($"{Base}/users", new { userName = "remote", displayName = "Người ở xa", password = "long-enough", roles = new[] { "Viewer" } }))
            .ReadObjectAsync(HttpStatusCode.Created);
        // A second process: its own cache of the accounts over the same database.
        var other = new Supervision.Api.Security.TokenRevocations(
            factory.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Supervision.Workflows.Persistence.SupervisionDbContext>>(), factory.Clock);
        var issuedBefore = factory.Clock.GetUtcNow() - TimeSpan.FromMinutes(2);
        (await other.RefusalAsync("remote", null, issuedHere: true, issuedBefore, Ct)).ShouldBeNull();

        await (await admin.PutAsJsonAsync($"{Base}/users/remote", new { roles = new[] { "Supervisor" } }, Ct)).ReadObjectAsync(HttpStatusCode.OK);
        string? stamp;
        using (var scope = factory.Services.CreateScope())
            stamp = scope.ServiceProvider.GetRequiredService<Supervision.Workflows.Persistence.SupervisionDbContext>().Users.Single(u => u.UserName == "remote").SecurityStamp;
        var oldTokenAtOnce = await other.RefusalAsync("remote", null, issuedHere: true, issuedBefore, Ct);
        factory.Clock.Advance(Supervision.Api.Security.TokenRevocations.RefreshInterval);
        var oldTokenLater = await other.RefusalAsync("remote", null, issuedHere: true, issuedBefore, Ct);
        var third = new Supervision.Api.Security.TokenRevocations(
            factory.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Supervision.Workflows.Persistence.SupervisionDbContext>>(), factory.Clock);
        (await third.RefusalAsync("someone-else", null, issuedHere: true, factory.Clock.GetUtcNow(), Ct)).ShouldBeNull(); // fills its cache
        await (await admin.PutAsJsonAsync($"{Base}/users/remote", new { roles = new[] { "Viewer" } }, Ct)).ReadObjectAsync(HttpStatusCode.OK);
        string? newest;
        using (var scope = factory.Services.CreateScope())
            newest = scope.ServiceProvider.GetRequiredService<Supervision.Workflows.Persistence.SupervisionDbContext>().Users.Single(u => u.UserName == "remote").SecurityStamp;
        var newTokenAtOnce = await third.RefusalAsync("remote", newest, issuedHere: true, factory.Clock.GetUtcNow(), Ct);
        var externalToken = await third.RefusalAsync("remote", null, issuedHere: false, issuedBefore, Ct);

        stamp.ShouldNotBeNull();
        newest.ShouldNotBe(stamp);
        oldTokenAtOnce.ShouldBeNull(); // the other process has not read the change yet
        oldTokenLater.ShouldNotBeNull();
        newTokenAtOnce.ShouldBeNull();
        externalToken.ShouldBeNull(); // an external authority's token carries no stamp of ours
    }

    [Fact]
    public async Task DisablingOrEnabling_KeepsTheReasonGiven_InTheAudit()
    {
        var admin = await Admin();
        await (await admin.PostJsonAsync($"{Base}/users", new { userName = "transferred", displayName = "Người chuyển công tác", password = "long-enough-secret", roles = new[] { "Viewer" } }))
            .ReadObjectAsync(HttpStatusCode.Created);

        (await (await admin.PostJsonAsync($"{Base}/users/transferred/disable", new { reason = "Chuyển công tác sang Sở Nội vụ" })).ReadObjectAsync(HttpStatusCode.OK))["isDisabled"]!
            .GetValue<bool>().ShouldBeTrue();
        (await (await admin.PostAsync($"{Base}/users/transferred/enable", null, Ct)).ReadObjectAsync(HttpStatusCode.OK))["isDisabled"]!.GetValue<bool>().ShouldBeFalse();
        var tooLong = await (await admin.PostJsonAsync($"{Base}/users/transferred/disable", new { reason = new string('x', 1001) })).ReadProblemAsync(HttpStatusCode.BadRequest);

        tooLong.ErrorsOf("reason").ShouldNotBeEmpty();
        var entries = (await (await admin.GetAsync($"{Base}/audit?actor=admin&action=SetUserEnabled&pageSize=100", Ct)).ReadObjectAsync(HttpStatusCode.OK))["items"]!.AsArray()
            .Select(e => e!.AsObject()).Where(e => e["details"]!["userName"]?.GetValue<string>() == "transferred").ToList();
        entries.ShouldContain(e => e["details"]!["enabled"]!.GetValue<bool>() == false && e["details"]!["reason"]!.GetValue<string>() == "Chuyển công tác sang Sở Nội vụ"
            && e["outcome"]!.GetValue<string>() == "Done");
        entries.ShouldContain(e => e["details"]!["enabled"]!.GetValue<bool>() == true && e["outcome"]!.GetValue<string>() == "Done");
    }

    [Fact]
    public async Task Audit_KeepsEachChangeAndEachRefusedAttempt_WithoutPasswords()
    {
        var admin = await Admin();
        await (await admin.PostJsonAsync($"{Base}/users", new { userName = "audited", displayName = "Người được ghi", password = "long-enough-secret", roles = new[] { "Viewer" } }))
            .ReadObjectAsync(HttpStatusCode.Created);
        await (await admin.PostAsync($"{Base}/users/admin/disable", null, Ct)).ReadProblemAsync(HttpStatusCode.Conflict);
        await (await admin.PostAsync($"{Base}/users/no-such-user/disable", null, Ct)).ReadProblemAsync(HttpStatusCode.NotFound);

        var audit = await (await admin.GetAsync($"{Base}/audit?actor=admin&pageSize=200", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var entries = audit["items"]!.AsArray().Select(e => e!.AsObject()).ToList();
        var created = entries.Single(e => e["action"]!.GetValue<string>() == "CreateUser" && e["details"]!["userName"]!.GetValue<string>() == "audited");
        created["outcome"]!.GetValue<string>().ShouldBe("Done");
        created["actor"]!.GetValue<string>().ShouldBe("admin");
        created["details"]!["password"]!.GetValue<string>().ShouldBe("(hidden)");
        created.ToJsonString().ShouldNotContain("long-enough-secret");
        // Other tests of this class try the same: every such attempt is there, refused.
        var selfDisables = entries.Where(e => e["action"]!.GetValue<string>() == "SetUserEnabled" && e["details"]!["userName"]!.GetValue<string>() == "admin").ToList();
        selfDisables.ShouldNotBeEmpty();
        selfDisables.ShouldAllBe(e => e["outcome"]!.GetValue<string>() == "Refused" && e["reason"]!.GetValue<string>().Contains("your own"));
        entries.Single(e => e["details"]!["userName"]?.GetValue<string>() == "no-such-user")["outcome"]!.GetValue<string>().ShouldBe("Refused");
        // Newest first.
        var times = entries.Select(e => e["at"]!.GetValue<DateTimeOffset>()).ToList();
        times.ShouldBe(times.OrderByDescending(t => t).ToList());

        // A period runs from its start up to, not including, its end.
        var first = factory.Clock.GetUtcNow();
        await (await admin.PostJsonAsync($"{Base}/users/audited/disable", new { reason = "before the end" })).ReadObjectAsync(HttpStatusCode.OK);
        factory.Clock.Advance(TimeSpan.FromSeconds(40));
        await (await admin.PostJsonAsync($"{Base}/users/audited/enable", new { reason = "at the end" })).ReadObjectAsync(HttpStatusCode.OK);
        string Period(DateTimeOffset since, DateTimeOffset until) =>
            $"{Base}/audit?action=SetUserEnabled&since={Uri.EscapeDataString(since.ToString("O"))}&until={Uri.EscapeDataString(until.ToString("O"))}";
        var within = await (await admin.GetAsync(Period(first, first.AddSeconds(40)), Ct)).ReadObjectAsync(HttpStatusCode.OK);
        within["items"]!.AsArray().Where(e => e!["details"]!["userName"]?.GetValue<string>() == "audited").Select(e => e!["details"]!["reason"]!.GetValue<string>())
            .ShouldBe(["before the end"]);

        (await (await factory.As("supervisor")).GetAsync($"{Base}/audit", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await admin.GetAsync($"{Base}/audit?pageSize=5000", Ct)).ReadObjectAsync(HttpStatusCode.OK))["pageSize"]!.GetValue<int>().ShouldBe(100);
        await (await admin.GetAsync($"{Base}/audit?pageSize=0", Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Audit_KeepsAttemptsByNonAdministrators_AndCommandsRefusedAsInvalid()
    {
        var admin = await Admin();
        await (await admin.PostJsonAsync($"{Base}/users", new { userName = "curious", displayName = "Người tò mò", password = "long-enough", roles = new[] { "UnitOfficer" }, unitId = "DU-SGDDT" }))
            .ReadObjectAsync(HttpStatusCode.Created);
        var officer = await factory.ClientForAsync("curious", "long-enough");
        (await officer.PostJsonAsync($"{Base}/users/officer2/disable", new { })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await officer.GetAsync($"{Base}/users", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var invalid = await (await admin.PostJsonAsync($"{Base}/users", new { userName = "X", displayName = "", password = "short-secret-x", roles = new[] { "Viewer" } }))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        (await officer.GetAsync("/api/tasks", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK); // no admin policy: not an administrative attempt

        var entries = (await (await admin.GetAsync($"{Base}/audit?pageSize=100", Ct)).ReadObjectAsync(HttpStatusCode.OK))["items"]!.AsArray().Select(e => e!.AsObject()).ToList();
        var byOfficer = entries.Where(e => e["actor"]!.GetValue<string>() == "curious").ToList();
        var refusedCreate = entries.Single(e => e["action"]!.GetValue<string>() == "CreateUser" && e["details"]!["userName"]?.GetValue<string>() == "X");

        invalid.ErrorsOf("userName").ShouldNotBeEmpty();
        byOfficer.Select(e => e["action"]!.GetValue<string>()).ShouldBe(["GET /api/admin/users", "POST /api/admin/users/{userName}/disable"], ignoreOrder: true);
        byOfficer.ShouldAllBe(e => e["outcome"]!.GetValue<string>() == "Refused" && e["reason"]!.GetValue<string>().Contains("administrators"));
        refusedCreate["outcome"]!.GetValue<string>().ShouldBe("Refused");
        refusedCreate["reason"]!.GetValue<string>().ShouldContain("user name");
        refusedCreate.ToJsonString().ShouldNotContain("short-secret-x");
    }

    [Fact]
    public async Task ResetPassword_SetsANewPassword_FollowingTheProfile()
    {
        var admin = await Admin();
        await (await admin.PostJsonAsync($"{Base}/users", new { userName = "forgetful", displayName = "Hay quên", password = "first-password", roles = new[] { "Viewer" } })).ReadObjectAsync(HttpStatusCode.Created);

        var weak = await (await admin.PostJsonAsync($"{Base}/users/forgetful/reset-password", new { newPassword = "1234" })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var reset = await admin.PostJsonAsync($"{Base}/users/forgetful/reset-password", new { newPassword = "second-password" });

        weak.ErrorsOf("newPassword").ShouldNotBeEmpty();
        reset.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await SignInStatusAsync("forgetful", "second-password")).ShouldBe(HttpStatusCode.OK);
        (await SignInStatusAsync("forgetful", "first-password")).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ListUsers_SearchesIgnoringMarks_AndFiltersByRole()
    {
        var admin = await Admin();

        var found = await (await admin.GetAsync($"{Base}/users?search=pham thi hai", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var officers = await (await admin.GetAsync($"{Base}/users?role=UnitOfficer&pageSize=500", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var badRole = await (await admin.GetAsync($"{Base}/users?role=King", Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        found["items"]!.AsArray().Single()!["userName"]!.GetValue<string>().ShouldBe("officer2");
        found["items"]![0]!["unitName"]!.GetValue<string>().ShouldBe("Đảng ủy Sở Giáo dục và Đào tạo");
        found["items"]![0]!["unitNameEn"]!.GetValue<string>().ShouldBe("Party Committee of the Department of Education and Training");
        officers["pageSize"]!.GetValue<int>().ShouldBe(100);
        officers["items"]!.AsArray().ShouldAllBe(u => u!["roles"]!.AsArray().Any(r => r!.GetValue<string>() == "UnitOfficer"));
        officers["items"]!.AsArray().ShouldContain(u => u!["userName"]!.GetValue<string>() == "officer1");
        badRole.ErrorsOf("role").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task GetUser_ShowsTheirRoleAssignments()
    {
        var user = await (await (await Admin()).GetAsync($"{Base}/users/officer1", Ct)).ReadObjectAsync(HttpStatusCode.OK);

        user["assignments"]!.AsArray().Select(a => a!["role"]!.GetValue<string>()).ShouldBe(["FocalPoint", "Leader"], ignoreOrder: true);
        await (await (await Admin()).GetAsync($"{Base}/users/ghost", Ct)).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    // ---- role assignments ---------------------------------------------------------------------

    [Fact]
    public async Task RoleAssignments_AreAddedAndEnded_NeverDeleted()
    {
        var admin = await Admin();

        var added = await (await admin.PostJsonAsync($"{Base}/role-assignments", new { userName = "officer2", unitId = "DU-SGDDT", role = "Specialist", validFrom = "2026-01-01" })).ReadObjectAsync(HttpStatusCode.Created);
        var overlapping = await (await admin.PostJsonAsync($"{Base}/role-assignments", new { userName = "officer2", unitId = "DU-SGDDT", role = "Specialist", validFrom = "2026-02-01" })).ReadProblemAsync(HttpStatusCode.Conflict);
        var id = added["id"]!.GetValue<string>();
        var ended = await (await admin.PostJsonAsync($"{Base}/role-assignments/{id}/end", new { on = "2026-03-01" })).ReadObjectAsync(HttpStatusCode.OK);
        var again = await (await admin.PostJsonAsync($"{Base}/role-assignments/{id}/end", new { on = "2026-03-01" })).ReadProblemAsync(HttpStatusCode.Conflict);
        var activeNow = await (await admin.GetAsync($"{Base}/role-assignments?userName=officer2&role=Specialist&activeOn=2026-03-02", Ct)).ReadItemsAsync();
        var history = await (await admin.GetAsync($"{Base}/role-assignments?userName=officer2&role=Specialist", Ct)).ReadItemsAsync();

        added["isActive"]!.GetValue<bool>().ShouldBeTrue();
        overlapping["title"]!.GetValue<string>().ShouldContain("Specialist");
        ended["validTo"]!.GetValue<string>().ShouldBe("2026-03-01");
        ended["isActive"]!.GetValue<bool>().ShouldBeFalse();
        again["title"]!.GetValue<string>().ShouldContain("ended already");
        activeNow.ShouldBeEmpty();
        history.Single()!["id"]!.GetValue<string>().ShouldBe(id);
        await (await admin.PostJsonAsync($"{Base}/role-assignments/nothing/end", new { })).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task RoleAssignments_AnswerUnknownUsersUnitsAndRoles()
    {
        var admin = await Admin();

        var missing = await (await admin.PostJsonAsync($"{Base}/role-assignments", new { role = "Emperor", validFrom = "2026-05-01", validTo = "2026-04-01" })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var unknownUser = await (await admin.PostJsonAsync($"{Base}/role-assignments", new { userName = "ghost", unitId = "DU-SYT", role = "Clerk" })).ReadProblemAsync(HttpStatusCode.BadRequest);

        missing.ErrorsOf("userName").ShouldNotBeEmpty();
        missing.ErrorsOf("unitId").ShouldNotBeEmpty();
        missing.ErrorsOf("role").Single().ShouldContain("FocalPoint");
        missing.ErrorsOf("validTo").ShouldNotBeEmpty();
        unknownUser.ErrorsOf("userName").Single().ShouldContain("ghost");
    }

    // ---- work calendar ------------------------------------------------------------------------

    [Fact]
    public async Task Calendar_ShowsTheCatalogue_ForAYearNobodyEdited()
    {
        var year = await (await (await Admin()).GetAsync($"{Base}/calendar?year=2028", Ct)).ReadObjectAsync(HttpStatusCode.OK);

        year["origin"]!.GetValue<string>().ShouldBe("Catalogue");
        var labourDay = year["days"]!.AsArray().Single(d => d!["date"]!.GetValue<string>() == "2028-05-01")!;
        labourDay["type"]!.GetValue<string>().ShouldBe("Holiday");
        labourDay["isDayOff"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task Calendar_AnAddedHoliday_MovesDeadlines()
    {
        var admin = await Admin();
        var designer = await factory.As("designer");
        var timeline = new { definition = OneTask("calendar-deadline", deadline: "WorkingDays:1"), startDate = "2026-03-09" };
        var before = await (await designer.PostJsonAsync("/api/workflow-definitions/timeline", timeline)).ReadObjectAsync(HttpStatusCode.OK);

        var set = await (await admin.PutAsJsonAsync($"{Base}/calendar/2026-03-10", new { type = "Holiday", nameVi = "Nghỉ đặc biệt", nameEn = "Special day off", status = "Official", source = "QĐ 1/2026" }, Ct))
            .ReadObjectAsync(HttpStatusCode.OK);
        var after = await (await designer.PostJsonAsync("/api/workflow-definitions/timeline", timeline)).ReadObjectAsync(HttpStatusCode.OK);
        var year = await (await admin.GetAsync($"{Base}/calendar?year=2026", Ct)).ReadObjectAsync(HttpStatusCode.OK);

        Deadline(before).ShouldBe("2026-03-10");
        set["origin"]!.GetValue<string>().ShouldBe("Stored");
        Deadline(after).ShouldBe("2026-03-11");
        year["origin"]!.GetValue<string>().ShouldBe("Stored");
        var dates = year["days"]!.AsArray().Select(d => d!["date"]!.GetValue<string>()).ToList();
        dates.ShouldContain("2026-03-10");
        // The rest of the year came over from the catalogue with the first edit.
        dates.ShouldContain("2026-04-30");
        // The engine and the scheduler read the same calendar, already changed.
        var engineCalendar = factory.Services.GetRequiredService<Supervision.Workflows.Human.IWorkCalendarProvider>();
        engineCalendar.ShouldBeSameAs(factory.Services.GetRequiredService<Supervision.Workflows.Scheduling.DatabaseWorkCalendarProvider>());
        engineCalendar.GetCalendar().IsWorkingDay(new DateOnly(2026, 3, 10)).ShouldBeFalse();

        static string Deadline(JsonObject timeline) =>
            timeline["items"]!.AsArray().Single(i => i!["kind"]!.GetValue<string>() == "Deadline")!["date"]!.GetValue<string>();
    }

    [Fact]
    public async Task Calendar_RemovesAnEntry_AndAnswers404ForADateWithout()
    {
        var admin = await Admin();

        var removed = await admin.DeleteAsync($"{Base}/calendar/2027-04-30", Ct);
        var none = await (await admin.DeleteAsync($"{Base}/calendar/2027-03-03", Ct)).ReadProblemAsync(HttpStatusCode.NotFound);
        var year = await (await admin.GetAsync($"{Base}/calendar?year=2027", Ct)).ReadObjectAsync(HttpStatusCode.OK);

        removed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        none["title"]!.GetValue<string>().ShouldContain("2027-03-03");
        year["origin"]!.GetValue<string>().ShouldBe("Stored");
        year["days"]!.AsArray().ShouldNotContain(d => d!["date"]!.GetValue<string>() == "2027-04-30");
        year["days"]!.AsArray().ShouldContain(d => d!["date"]!.GetValue<string>() == "2027-05-01");
    }

    [Fact]
    public async Task Calendar_AnswersBadEntries_WithEachField()
    {
        var admin = await Admin();

        var bad = await (await admin.PutAsJsonAsync($"{Base}/calendar/2026-03-11", new { type = "Party", status = "Maybe" }, Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
        var makeUp = await (await admin.PutAsJsonAsync($"{Base}/calendar/2026-03-11", new { type = "MakeUpWorkday", nameVi = "Làm bù" }, Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
        var badDate = await (await admin.PutAsJsonAsync($"{Base}/calendar/2026-02-30", new { type = "Holiday", nameVi = "X" }, Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
        var badYear = await (await admin.GetAsync($"{Base}/calendar?year=3000", Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        bad.ErrorsOf("type").Single().ShouldContain("CompensatoryOff");
        bad.ErrorsOf("status").ShouldNotBeEmpty();
        bad.ErrorsOf("nameVi").ShouldNotBeEmpty();
        makeUp.ErrorsOf("type").Single().ShouldContain("Saturday");
        badDate.ErrorsOf("date").ShouldNotBeEmpty();
        badYear.ErrorsOf("year").ShouldNotBeEmpty();
    }
}
