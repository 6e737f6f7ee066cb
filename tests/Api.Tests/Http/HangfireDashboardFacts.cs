using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Supervision.Api.Tests.Support;

namespace Supervision.Api.Tests.Http;

public class HangfireDashboardFacts(SupervisionApiFactory factory) : IClassFixture<SupervisionApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Browser() => factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });

    private async Task<HttpStatusCode> OpenDashboardAsync(string? cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/hangfire");
        if (cookie is not null)
            request.Headers.Add("Cookie", cookie);
        return (await Browser().SendAsync(request, Ct)).StatusCode;
    }

    [Fact]
    public async Task AnAdministratorsBrowser_OpensTheDashboard_WithTheSessionCookie_AndNobodyElseDoes()
    {
        var admin = await factory.As("admin");
        var officer = await factory.As("officer1");

        var session = await admin.PostAsync("/api/auth/dashboard-session", null, Ct);
        var officerSession = await officer.PostAsync("/api/auth/dashboard-session", null, Ct);

        session.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var setCookie = session.Headers.GetValues("Set-Cookie").ShouldHaveSingleItem();
        setCookie.ShouldStartWith("supervision_dashboard=");
        setCookie.ToLowerInvariant().ShouldContain("path=/hangfire");
        setCookie.ToLowerInvariant().ShouldContain("httponly");
        setCookie.ToLowerInvariant().ShouldContain("samesite=strict");
        setCookie.ToLowerInvariant().ShouldContain("expires=");
        await officerSession.ReadProblemAsync(HttpStatusCode.Forbidden);

        var cookie = setCookie.Split(';')[0];
        (await OpenDashboardAsync(cookie)).ShouldBe(HttpStatusCode.OK);
        (await OpenDashboardAsync(null)).ShouldBe(HttpStatusCode.Unauthorized);
        (await OpenDashboardAsync("supervision_dashboard=not-a-token")).ShouldBe(HttpStatusCode.Unauthorized);

        // The cookie is for the dashboard only: the API does not take it in place of a bearer token.
        using var api = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
        api.Headers.Add("Cookie", cookie);
        (await Browser().SendAsync(api, Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
