using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OtpNet;
using Supervision.Api.Tests.Support;

namespace Supervision.Api.Tests.Http;

/// <summary>A server on which administrators must sign in with a one-time code.</summary>
public sealed class CodeRequiredFactory : SupervisionApiFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Auth:RequireTotpForAdmins"] = "true", ["Auth:TokenRequestsPerMinute"] = "1000" };
}

public class TwoStepFacts(CodeRequiredFactory factory) : IClassFixture<CodeRequiredFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string CodeFor(string secret) => new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp(factory.Clock.GetUtcNow().UtcDateTime);

    private async Task<HttpResponseMessage> SignInAsync(string userName, string password, string? totp = null) =>
        await factory.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName, password, totp }, Ct);

    private HttpClient ClientWith(string token)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    // The demo administrator sets up two-step sign-in once per server; the tests of the class share it.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<CodeRequiredFactory, string> AdminSecrets = [];
    private static readonly SemaphoreSlim AdminGate = new(1, 1);

    /// <summary>The demo administrator, signed in with a code (setting it up the first time).</summary>
    private async Task<(HttpClient Client, string Secret)> AdministratorAsync()
    {
        await AdminGate.WaitAsync(Ct);
        try
        {
            if (!AdminSecrets.TryGetValue(factory, out var secret))
            {
                var (enrolled, token) = await EnrolAsync(await factory.ClientForAsync("admin"));
                AdminSecrets.Add(factory, enrolled);
                return (ClientWith(token), enrolled);
            }
            factory.Clock.Advance(TimeSpan.FromSeconds(30)); // a code is good once: the next one
            var signedIn = await (await SignInAsync("admin", "demo", CodeFor(secret))).ReadObjectAsync(HttpStatusCode.OK);
            return (ClientWith(signedIn["accessToken"]!.GetValue<string>()), secret);
        }
        finally
        {
            AdminGate.Release();
        }
    }

    /// <summary>Sets up two-step sign-in for a signed-in client; returns the secret and the fresh token.</summary>
    private async Task<(string Secret, string Token)> EnrolAsync(HttpClient client)
    {
        var setup = await (await client.PostAsync("/api/auth/totp/setup", null, Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var secret = setup["secret"]!.GetValue<string>();
        var confirmed = await (await client.PostJsonAsync("/api/auth/totp/confirm", new { code = CodeFor(secret) })).ReadObjectAsync(HttpStatusCode.OK);
        return (secret, confirmed["accessToken"]!.GetValue<string>());
    }

    [Fact]
    public async Task AUser_SetsUpTwoStepSignIn_ThenSignsInOnlyWithACode_EachCodeOnce()
    {
        var (admin, _) = await AdministratorAsync();
        await (await admin.PostJsonAsync("/api/admin/users", new { userName = "careful", displayName = "Người cẩn thận", password = "long-enough", roles = new[] { "Viewer" } }))
            .ReadObjectAsync(HttpStatusCode.Created);
        var careful = await factory.ClientForAsync("careful", "long-enough");

        var setup = await (await careful.PostAsync("/api/auth/totp/setup", null, Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var secret = setup["secret"]!.GetValue<string>();
        var wrong = await (await careful.PostJsonAsync("/api/auth/totp/confirm", new { code = "000000" == CodeFor(secret) ? "111111" : "000000" })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var confirmed = await (await careful.PostJsonAsync("/api/auth/totp/confirm", new { code = CodeFor(secret) })).ReadObjectAsync(HttpStatusCode.OK);
        var oldSession = (await careful.GetAsync("/api/auth/me", Ct)).StatusCode;
        var withoutCode = await (await SignInAsync("careful", "long-enough")).ReadProblemAsync(HttpStatusCode.Unauthorized);
        var wrongCode = await (await SignInAsync("careful", "long-enough", "123")).ReadProblemAsync(HttpStatusCode.Unauthorized);
        var reused = await (await SignInAsync("careful", "long-enough", CodeFor(secret))).ReadProblemAsync(HttpStatusCode.Unauthorized); // the code that confirmed
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        var withCode = await (await SignInAsync("careful", "long-enough", CodeFor(secret))).ReadObjectAsync(HttpStatusCode.OK);
        var replayed = await (await SignInAsync("careful", "long-enough", CodeFor(secret))).ReadProblemAsync(HttpStatusCode.Unauthorized);
        var me = await (await ClientWith(withCode["accessToken"]!.GetValue<string>()).GetAsync("/api/auth/me", Ct)).ReadObjectAsync(HttpStatusCode.OK);

        setup["otpauthUri"]!.GetValue<string>().ShouldStartWith("otpauth://totp/Supervision:careful?secret=" + secret);
        wrong.ErrorsOf("code").ShouldNotBeEmpty();
        confirmed["user"]!["totpEnrolled"]!.GetValue<bool>().ShouldBeTrue();
        oldSession.ShouldBe(HttpStatusCode.Unauthorized); // the other sessions ended
        withoutCode.ErrorsOf("totp").Single().ShouldContain("one-time code");
        wrongCode.ErrorsOf("totp").Single().ShouldContain("wrong");
        reused.ErrorsOf("totp").ShouldNotBeEmpty();
        replayed.ErrorsOf("totp").ShouldNotBeEmpty();
        new JwtSecurityTokenHandler().ReadJwtToken(withCode["accessToken"]!.GetValue<string>()).Claims.Where(c => c.Type == "amr").Select(c => c.Value).ShouldBe(["pwd", "otp"]);
        (me["totpEnrolled"]!.GetValue<bool>(), me["totpRequired"]!.GetValue<bool>()).ShouldBe((true, false));
    }

    [Fact]
    public async Task AMissingCode_DoesNotCountAsAFailedSignIn_ButWrongCodesLockTheAccountOut()
    {
        var (admin, _) = await AdministratorAsync();
        await (await admin.PostJsonAsync("/api/admin/users", new { userName = "forgetful2", displayName = "Hay quên", password = "long-enough", roles = new[] { "Viewer" } }))
            .ReadObjectAsync(HttpStatusCode.Created);
        var (secret, _) = await EnrolAsync(await factory.ClientForAsync("forgetful2", "long-enough"));

        for (var i = 0; i < 6; i++)
            (await SignInAsync("forgetful2", "long-enough")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        var afterMissingCodes = (await SignInAsync("forgetful2", "long-enough", CodeFor(secret))).StatusCode;
        for (var i = 0; i < 5; i++)
            await SignInAsync("forgetful2", "long-enough", "999999" == CodeFor(secret) ? "888888" : "999999");
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        var locked = await (await SignInAsync("forgetful2", "long-enough", CodeFor(secret))).ReadProblemAsync(HttpStatusCode.Unauthorized);

        afterMissingCodes.ShouldBe(HttpStatusCode.OK);
        locked["title"]!.GetValue<string>().ShouldContain("locked");
    }

    [Fact]
    public async Task Administrators_MustKeepIt_AndAnotherAdministratorResetsALostOne()
    {
        var (admin, adminSecret) = await AdministratorAsync();
        await (await admin.PostJsonAsync("/api/admin/users", new { userName = "phone-lost", displayName = "Mất điện thoại", password = "long-enough", roles = new[] { "Viewer" } }))
            .ReadObjectAsync(HttpStatusCode.Created);
        var (_, userToken) = await EnrolAsync(await factory.ClientForAsync("phone-lost", "long-enough"));

        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        var keep = await (await admin.PostJsonAsync("/api/auth/totp/disable", new { code = CodeFor(adminSecret) })).ReadProblemAsync(HttpStatusCode.Conflict);
        var self = await (await admin.PostAsync("/api/admin/users/admin/reset-totp", null, Ct)).ReadProblemAsync(HttpStatusCode.Conflict);
        (await admin.PostAsync("/api/admin/users/phone-lost/reset-totp", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var oldToken = (await ClientWith(userToken).GetAsync("/api/auth/me", Ct)).StatusCode;
        var passwordAlone = (await SignInAsync("phone-lost", "long-enough")).StatusCode;
        var audit = await (await admin.GetAsync("/api/admin/audit?actor=admin&pageSize=100", Ct)).ReadObjectAsync(HttpStatusCode.OK);

        keep["title"]!.GetValue<string>().ShouldContain("must keep");
        self["title"]!.GetValue<string>().ShouldContain("another administrator");
        oldToken.ShouldBe(HttpStatusCode.Unauthorized);
        passwordAlone.ShouldBe(HttpStatusCode.OK);
        audit["items"]!.AsArray().ShouldContain(e => e!["action"]!.GetValue<string>() == "ResetTwoStep" && e["details"]!["userName"]!.GetValue<string>() == "phone-lost"
            && e["outcome"]!.GetValue<string>() == "Done");
    }

    [Fact]
    public async Task AnAdministratorWithoutACode_IsToldWhyAdministrationIsRefused_AndMaySetItUp()
    {
        var (administrator, _) = await AdministratorAsync();
        await (await administrator.PostJsonAsync("/api/admin/users", new { userName = "new-admin", displayName = "Quản trị mới", password = "long-enough", roles = new[] { "Admin" } }))
            .ReadObjectAsync(HttpStatusCode.Created);
        var admin = await factory.ClientForAsync("new-admin", "long-enough");

        var refused = await (await admin.GetAsync("/api/admin/users", Ct)).ReadProblemAsync(HttpStatusCode.Forbidden);
        var me = await (await admin.GetAsync("/api/auth/me", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var tasks = (await admin.GetAsync("/api/tasks?mine=false", Ct)).StatusCode;

        refused["detail"]!.GetValue<string>().ShouldContain("one-time code");
        me["totpRequired"]!.GetValue<bool>().ShouldBeTrue();
        tasks.ShouldBe(HttpStatusCode.OK); // only administering needs the code
        var (_, token) = await EnrolAsync(admin);
        (await ClientWith(token).GetAsync("/api/admin/users", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
