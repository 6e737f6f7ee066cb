using System.Net;
using Microsoft.AspNetCore.Hosting;
using Supervision.Api.Tests.Support;

namespace Supervision.Api.Tests.Http;

/// <summary>A server whose web root holds a stand-in for the built web app: a page and one script.</summary>
public sealed class WebAppPagesFactory : SupervisionApiFactory
{
    public const string Marker = "<!-- the web app -->";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "supervision-webroot-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(Path.Combine(_root, "assets"));
        File.WriteAllText(Path.Combine(_root, "index.html"), $"<!doctype html><html>{Marker}</html>");
        File.WriteAllText(Path.Combine(_root, "assets", "app.js"), "console.log('app');");
        base.ConfigureWebHost(builder);
        builder.UseWebRoot(_root);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_root))
            Directory.Delete(_root, recursive: true);
    }
}

/// <summary>
/// Which requests get the web app's page, which get files and which are problems: page addresses route on the
/// client; unknown API paths and other methods on page addresses are 404 problems; HEAD answers as GET, bodiless.
/// </summary>
public class WebAppPagesFacts(WebAppPagesFactory factory) : IClassFixture<WebAppPagesFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/")]
    [InlineData("/inbox")]
    [InlineData("/workflows/annual-cycle")]
    [InlineData("/records/plans/KH-2026")]
    public async Task APageAddress_GetsTheWebAppsPage(string path)
    {
        var response = await factory.CreateClient().GetAsync(path, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain(WebAppPagesFactory.Marker);
    }

    [Fact]
    public async Task AFile_IsServed_AndAMissingFileIsNotFound_NotThePage()
    {
        var client = factory.CreateClient();

        (await client.GetStringAsync("/assets/app.js", Ct)).ShouldBe("console.log('app');");
        var missing = await client.GetAsync("/assets/gone.js", Ct);
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await missing.Content.ReadAsStringAsync(Ct)).ShouldNotContain(WebAppPagesFactory.Marker);
    }

    [Theory]
    [InlineData("GET", "/api/nothing-here")]
    [InlineData("GET", "/API/Nothing-Here")]
    [InlineData("POST", "/api/nothing-here")]
    [InlineData("POST", "/inbox")]
    [InlineData("DELETE", "/workflows/annual-cycle")]
    public async Task WhatNoEndpointAnswers_IsANotFoundProblem(string method, string path)
    {
        var response = await factory.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), path), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Theory]
    [InlineData("/inbox", "text/html")]
    [InlineData("/assets/app.js", "text/javascript")]
    [InlineData("/health", "application/json")]
    public async Task Head_AnswersLikeGet_WithoutTheBody(string path, string mediaType)
    {
        var response = await factory.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Head, path), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(mediaType);
        (await response.Content.ReadAsByteArrayAsync(Ct)).ShouldBeEmpty();
    }
}
