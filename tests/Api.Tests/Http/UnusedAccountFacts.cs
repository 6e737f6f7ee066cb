using System.Net;
using System.Net.Http.Json;
using Supervision.Api.Tests.Support;

namespace Supervision.Api.Tests.Http;

/// <summary>
/// Accounts unused for 45 days are disabled at their next sign-in, counting from the last sign-in, or from the creation or
/// the last enabling when the account has not signed in since; the last sign-in shows only sign-ins. A server of its own:
/// these facts move its clock by months.
/// </summary>
public class UnusedAccountFacts(SupervisionApiFactory factory) : IClassFixture<SupervisionApiFactory>
{
    private const string Base = "/api/admin";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpResponseMessage> SignInAsync(string userName, string password) =>
        await factory.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName, password }, Ct);

    [Fact]
    public async Task ANewAccount_HasNoSignInYet_AndIsDisabledOnlyAfter45DaysUnused_CountedAgainFromItsEnabling()
    {
        var admin = await factory.ClientForAsync("admin");
        var created = await (await admin.PostJsonAsync($"{Base}/users", new
        {
            userName = "newcomer", displayName = "Người mới", password = "mật-khẩu-dài-đủ", roles = new[] { "UnitOfficer" }, unitId = "DU-SYT",
        })).ReadObjectAsync(HttpStatusCode.Created);
        created["lastLoginAt"].ShouldBeNull();

        factory.Clock.Advance(TimeSpan.FromDays(44));
        (await SignInAsync("newcomer", "mật-khẩu-dài-đủ")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var signedIn = factory.Clock.GetUtcNow();
        // The administrator keeps signing in, so stays in use.
        await factory.ClientForAsync("admin");
        factory.Clock.Advance(TimeSpan.FromDays(44));
        await factory.ClientForAsync("admin");

        factory.Clock.Advance(TimeSpan.FromDays(2));
        var refused = await (await SignInAsync("newcomer", "mật-khẩu-dài-đủ")).ReadProblemAsync(HttpStatusCode.Unauthorized);
        refused["title"]!.GetValue<string>().ShouldContain("unused for more than 45 days");

        admin = await factory.ClientForAsync("admin");
        var enabled = await (await admin.PostAsync($"{Base}/users/newcomer/enable", null, Ct)).ReadObjectAsync(HttpStatusCode.OK);
        // Enabling starts the clock again without pretending to be a sign-in.
        enabled["lastLoginAt"]!.GetValue<DateTimeOffset>().ShouldBe(signedIn);
        factory.Clock.Advance(TimeSpan.FromDays(30));
        (await SignInAsync("newcomer", "mật-khẩu-dài-đủ")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
