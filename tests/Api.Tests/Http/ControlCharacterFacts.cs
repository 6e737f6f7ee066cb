using System.Net;
using System.Net.Http.Json;
using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Http.Definitions;

namespace Supervision.Api.Tests.Http;

/// <summary>Free text is stored as people can read it: no control characters, but tabs and line breaks where text has lines.</summary>
public class ControlCharacterFacts(SupervisionApiFactory factory) : IClassFixture<SupervisionApiFactory>
{
    private const string SingleLine = "Control characters are not allowed here";
    private const string MultiLine = "Control characters other than tab and line breaks are not allowed here";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UserDisplayNames_AreRefused_WithAControlCharacter_OnCreateAndUpdate()
    {
        var admin = await factory.As("admin");

        var created = await (await admin.PostJsonAsync("/api/admin/users",
            new { userName = "ctl-user", displayName = "a\u0000b", password = "mật khẩu dài", roles = new[] { "Viewer" } })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var updated = await (await admin.PutAsJsonAsync("/api/admin/users/officer2",
            new { displayName = "Phạm\u001b[31m Thị Hai", roles = new[] { "UnitOfficer" }, unitId = "DU-SGDDT" }, Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        created.ErrorsOf("displayName").Single().ShouldBe("Control characters are not allowed here (U+0000 at position 2).");
        updated.ErrorsOf("displayName").Single().ShouldBe("Control characters are not allowed here (U+001B at position 5).");
        await (await admin.GetAsync("/api/admin/users/ctl-user", Ct)).ReadProblemAsync(HttpStatusCode.NotFound);
        (await (await admin.GetAsync("/api/admin/users/officer2", Ct)).ReadObjectAsync(HttpStatusCode.OK))["displayName"]!.GetValue<string>().ShouldBe("Phạm Thị Hai");
    }

    [Theory]
    [InlineData("Đơn vị\u0085mới", "U+0085")] // C1 (next line)
    [InlineData("Đơn vị\tmới", "U+0009")] // a name is one line: not even a tab
    [InlineData("Đơn vị\u007f", "U+007F")]
    public async Task UnitNames_AreSingleLineText(string nameVi, string code)
    {
        var admin = await factory.As("admin");

        var problem = await (await admin.PostJsonAsync("/api/admin/units", new { code = "DU-CTL", nameVi, kind = "PartyCommittee", parentId = "TU-DEMO" })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var renamed = await (await admin.PutAsJsonAsync("/api/admin/units/DU-SYT/name", new { nameVi }, Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorsOf("nameVi").Single().ShouldStartWith(SingleLine);
        problem.ErrorsOf("nameVi").Single().ShouldContain(code);
        renamed.ErrorsOf("nameVi").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task ANewPassword_WithAControlCharacter_IsRefused_AndTheOldOneStays()
    {
        var client = await factory.ClientForAsync("designer");

        var problem = await (await client.PutAsJsonAsync("/api/auth/password", new { currentPassword = "demo", newPassword = "mật khẩu\u0000dài hơn" }, Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorsOf("newPassword").ShouldContain(m => m.StartsWith(SingleLine, StringComparison.Ordinal));
        (await factory.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName = "designer", password = "demo" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AReason_KeepsItsLinesAndTabs_ButNoOtherControlCharacter()
    {
        var designer = await factory.As("designer");
        (await designer.PostJsonAsync("/api/workflow-definitions", OneTask("ctl-task"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await designer.PostAsync("/api/workflow-definitions/ctl-task/versions/1/publish", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var supervisor = await factory.As("supervisor");
        var started = await (await supervisor.PostJsonAsync("/api/workflow-instances", new { definitionId = "ctl-task" })).ReadObjectAsync(HttpStatusCode.Created);
        var instanceId = started["summary"]!["id"]!.GetValue<string>();
        var inbox = await (await supervisor.GetAsync("/api/tasks?mine=false&pageSize=200", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var task = inbox["items"]!.AsArray().Single(t => t!["instanceId"]!.GetValue<string>() == instanceId)!["id"]!.GetValue<string>();

        var refused = await (await supervisor.PostJsonAsync($"/api/tasks/{task}/reassign", new { userName = "supervisor", reason = "Chuyển\u0007 người" })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var badUser = await (await supervisor.PostJsonAsync($"/api/tasks/{task}/reassign", new { userName = "super\u0000visor", reason = "x" })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var kept = await supervisor.PostJsonAsync($"/api/tasks/{task}/reassign", new { userName = "supervisor", reason = "Đơn vị đề nghị:\r\n\t- chuyển người" });

        refused.ErrorsOf("reason").Single().ShouldBe($"{MultiLine} (U+0007 at position 7).");
        badUser.ErrorsOf("userName").Single().ShouldStartWith(SingleLine);
        kept.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task SavedFilterNames_AndReviewComments_AreChecked()
    {
        var supervisor = await factory.As("supervisor");

        var filter = await (await supervisor.PostJsonAsync("/api/tasks/filters", new { name = "Quá\u0000hạn", query = new { deadlineState = "OverdueOpen" } })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var comment = await (await supervisor.PostJsonAsync("/api/workflow-definitions/hello-world/versions/1/request-changes", new { comment = "Sửa\u001b lại" })).ReadProblemAsync(HttpStatusCode.BadRequest);

        filter.ErrorsOf("name").Single().ShouldStartWith(SingleLine);
        comment.ErrorsOf("comment").Single().ShouldStartWith(MultiLine);
    }

    [Fact]
    public async Task TaskCommentsAndReasons_RefuseControlCharacters_ButKeepLineBreaks()
    {
        var supervisor = await factory.As("supervisor");

        // Refused by the rule before the task is looked up: nothing is read or written.
        var complete = await (await supervisor.PostJsonAsync("/api/tasks/any-task/complete", new { action = "Approve", comment = "Đạt\u0000" })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var bulk = await (await supervisor.PostJsonAsync("/api/tasks/bulk-approve", new { taskIds = new[] { "any-task" }, comment = "Đạt\u001b" })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var dueDate = await (await supervisor.PostJsonAsync("/api/tasks/any-task/due-date", new { dueOn = "2187-01-05", reason = "Gia hạn\u0000" })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var twoLines = await supervisor.PostJsonAsync("/api/tasks/any-task/complete", new { action = "Approve", comment = "Đạt.\r\n\tGhi chú" });

        complete.ErrorsOf("comment").Single().ShouldStartWith(MultiLine);
        bulk.ErrorsOf("comment").Single().ShouldStartWith(MultiLine);
        dueDate.ErrorsOf("reason").Single().ShouldStartWith(MultiLine);
        twoLines.StatusCode.ShouldBe(HttpStatusCode.NotFound); // past the rule, to the unknown task
    }

    [Theory]
    [InlineData("/api/plans?q=k%00h")]
    [InlineData("/api/admin/role-assignments?unitId=DU%1BSYT")]
    [InlineData("/api/admin/users?search=%C2%9B")]
    [InlineData("/api/tasks?q=k%07h")]
    [InlineData("/api/workflow-instances?correlationId=a%00b")]
    public async Task QueryFilters_RefuseControlCharacters_Too(string url)
    {
        var admin = await factory.As("admin");

        var problem = await (await admin.GetAsync(url, Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        problem["errors"]!.AsObject().Single().Value!.AsArray().Single()!.GetValue<string>().ShouldStartWith(SingleLine);
    }

    [Fact]
    public async Task TheReason_IsGivenInVietnamese_WhenAskedFor()
    {
        var client = await factory.ClientForAsync("admin");
        client.DefaultRequestHeaders.Add("Accept-Language", "vi");

        var problem = await (await client.PutAsJsonAsync("/api/admin/units/DU-SYT/name", new { nameVi = "Đảng ủy\u0000" }, Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorsOf("nameVi").Single().ShouldBe("Không được dùng ký tự điều khiển ở đây (U+0000 tại vị trí 8).");
    }
}
