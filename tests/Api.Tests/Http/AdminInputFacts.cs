using System.Net;
using System.Text.Json.Nodes;
using Supervision.Api.Tests.Support;

namespace Supervision.Api.Tests.Http;

/// <summary>Administration refuses input that would leave the organisation ambiguous or a record meaningless.</summary>
public class AdminInputFacts(SupervisionApiFactory factory) : IClassFixture<SupervisionApiFactory>
{
    private const string Base = "/api/admin";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object Unit(string code, string? parentId = "TU-DEMO", string? id = null) =>
        new { id, code, nameVi = $"Đơn vị {code}", kind = "PartyCommittee", parentId, validFrom = "2026-01-01" };

    private async Task<JsonArray> UnitsAsync() => await (await (await factory.As("admin")).GetAsync($"{Base}/units?includeClosed=true", Ct)).ReadArrayAsync();

    private static IEnumerable<JsonObject> Flatten(JsonArray tree) =>
        tree.Select(n => n!.AsObject()).SelectMany(n => Flatten(n["children"]!.AsArray()).Prepend(n));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task CreateUnit_RefusesABlankParent_WhereNullMeansTheTop(string parentId)
    {
        var admin = await factory.As("admin");

        var problem = await (await admin.PostJsonAsync($"{Base}/units", Unit("DU-BLANK-PARENT", parentId))).ReadProblemAsync(HttpStatusCode.BadRequest);
        var top = await (await admin.PostJsonAsync($"{Base}/units", Unit("DU-TOP-" + parentId.Length, parentId: null))).ReadObjectAsync(HttpStatusCode.Created);

        problem.ErrorsOf("parentId").Single().ShouldBe("Name the parent unit, or leave parentId out (null) for a unit at the top.");
        Flatten(await UnitsAsync()).ShouldNotContain(u => u["id"]!.GetValue<string>() == "DU-BLANK-PARENT");
        top["parentId"].ShouldBeNull();
    }

    [Theory]
    [InlineData("du-syt", null)] // a code in another case
    [InlineData("DU-NEW-CASE", "du-syt")] // an id in another case
    [InlineData("DU-NEW-TAKEN", "DU-SGDDT")] // an id taken already: the answer names it, not the new code
    public async Task CreateUnit_RefusesAnIdOrCodeThatDiffersFromAnExistingOneOnlyInCase(string code, string? id)
    {
        var admin = await factory.As("admin");

        var problem = await (await admin.PostJsonAsync($"{Base}/units", Unit(code, id: id))).ReadProblemAsync(HttpStatusCode.Conflict);

        problem["title"]!.GetValue<string>().ShouldBe($"A unit with id or code '{id ?? code}' exists already (units are never deleted; a closed one keeps its code).");
        Flatten(await UnitsAsync()).Count(u => string.Equals(u["id"]!.GetValue<string>(), "DU-SYT", StringComparison.OrdinalIgnoreCase)).ShouldBe(1);
    }

    [Fact]
    public async Task CreateUnit_RefusesAnIdThatIsAnotherUnitsCode_InAnyCase()
    {
        var admin = await factory.As("admin");
        await (await admin.PostJsonAsync($"{Base}/units", Unit("C-CROSS", id: "U-CROSS"))).ReadObjectAsync(HttpStatusCode.Created);

        var idIsCode = await (await admin.PostJsonAsync($"{Base}/units", Unit("C-OTHER", id: "c-cross"))).ReadProblemAsync(HttpStatusCode.Conflict);
        var codeIsId = await (await admin.PostJsonAsync($"{Base}/units", Unit("u-cross"))).ReadProblemAsync(HttpStatusCode.Conflict);

        idIsCode["title"]!.GetValue<string>().ShouldContain("'c-cross'");
        codeIsId["title"]!.GetValue<string>().ShouldContain("'u-cross'");
    }

    [Fact]
    public async Task AddRoleAssignment_RefusesADelegationFromTheUserToThemselves()
    {
        var admin = await factory.As("admin");

        var same = await (await admin.PostJsonAsync($"{Base}/role-assignments",
            new { userName = "officer1", unitId = "DU-SYT", role = "Clerk", delegatedFromUserName = "officer1" })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var otherCase = await (await admin.PostJsonAsync($"{Base}/role-assignments",
            new { userName = "officer1", unitId = "DU-SYT", role = "Clerk", delegatedFromUserName = "OFFICER1" })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var assignments = await (await admin.GetAsync($"{Base}/role-assignments?userName=officer1&role=Clerk", Ct)).ReadItemsAsync();

        same.ErrorsOf("delegatedFromUserName").Single().ShouldStartWith("A user cannot delegate a role to themselves");
        otherCase.ErrorsOf("delegatedFromUserName").ShouldNotBeEmpty();
        assignments.ShouldBeEmpty();
    }

    [Fact]
    public async Task ADelegatedAssignment_NamesItsDelegatorByUserName_WhereverItIsRead()
    {
        var admin = await factory.As("admin");

        var added = await (await admin.PostJsonAsync($"{Base}/role-assignments",
            new { userName = "officer2", unitId = "DU-SYT", role = "Secretary", delegatedFromUserName = "officer1" })).ReadObjectAsync(HttpStatusCode.Created);
        var listed = await (await admin.GetAsync($"{Base}/role-assignments?userName=officer2&role=Secretary", Ct)).ReadItemsAsync();
        var user = await (await admin.GetAsync($"{Base}/users/officer2", Ct)).ReadObjectAsync(HttpStatusCode.OK);

        added["delegatedFromUserName"]!.GetValue<string>().ShouldBe("officer1");
        added["userName"]!.GetValue<string>().ShouldBe("officer2");
        listed.Single()!["delegatedFromUserName"]!.GetValue<string>().ShouldBe("officer1");
        user["assignments"]!.AsArray().Single(a => a!["role"]!.GetValue<string>() == "Secretary")!["delegatedFromUserName"]!.GetValue<string>().ShouldBe("officer1");
    }

    [Theory]
    [InlineData("/audit?since=1800-01-01", "since", "The date must fall in 1901–2187.")]
    [InlineData("/audit?until=2200-01-01T00:00:00Z", "until", "The date must fall in 1901–2187.")]
    [InlineData("/audit?since=2027-01-01&until=2026-01-01", "until", "until is not after since.")]
    [InlineData("/role-assignments?activeOn=1800-01-01", "activeOn", "The date must fall in 1901–2187.")]
    public async Task DateFilters_OutsideTheCalendarOrOutOfOrder_AreRefused_NamingTheFilter(string query, string field, string message)
    {
        var admin = await factory.As("admin");

        var problem = await (await admin.GetAsync(Base + query, Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorsOf(field).ShouldBe([message]);
    }

    [Fact]
    public async Task DateFilters_WithinTheCalendar_AreServed()
    {
        var admin = await factory.As("admin");

        (await admin.GetAsync($"{Base}/audit?since=2026-01-01&until=2027-01-01", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.GetAsync($"{Base}/role-assignments?activeOn=2026-03-02", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ListRoleAssignments_RefusesARoleThatIsNone_AsListUsersDoes()
    {
        var admin = await factory.As("admin");

        var assignments = await (await admin.GetAsync($"{Base}/role-assignments?role=Bogus", Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
        var users = await (await admin.GetAsync($"{Base}/users?role=Bogus", Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
        var leaders = await (await admin.GetAsync($"{Base}/role-assignments?role=Leader", Ct)).ReadItemsAsync();

        assignments.ErrorsOf("role").Single().ShouldStartWith("The role is one of Leader, DeputyLeader");
        users.ErrorsOf("role").ShouldNotBeEmpty();
        leaders.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task ListRoleAssignments_IsServedAPageAtATime_InAStableOrder_WithTheTotal()
    {
        var admin = await factory.As("admin");

        var all = await (await admin.GetAsync($"{Base}/role-assignments?pageSize=100", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var first = await (await admin.GetAsync($"{Base}/role-assignments?pageSize=2", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var second = await (await admin.GetAsync($"{Base}/role-assignments?pageSize=2&page=2", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var capped = await (await admin.GetAsync($"{Base}/role-assignments?pageSize=5000", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var zero = await (await admin.GetAsync($"{Base}/role-assignments?pageSize=0", Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        static List<string> Ids(JsonObject page) => page["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()).ToList();
        var total = all["total"]!.GetValue<int>();
        total.ShouldBeGreaterThan(4);
        Ids(all).Count.ShouldBe(Math.Min(total, 100));
        first["total"]!.GetValue<int>().ShouldBe(total);
        Ids(first).ShouldBe(Ids(all).Take(2));
        Ids(second).ShouldBe(Ids(all).Skip(2).Take(2));
        second["page"]!.GetValue<int>().ShouldBe(2);
        capped["pageSize"]!.GetValue<int>().ShouldBe(100);
        zero.ErrorsOf("pageSize").ShouldNotBeEmpty();
    }
}
