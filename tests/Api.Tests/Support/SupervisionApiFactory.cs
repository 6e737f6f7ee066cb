using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Supervision.Api.Tests.Cli;

namespace Supervision.Api.Tests.Support;

/// <summary>
/// The real server on a fresh SQLite file of its own, with the shipped workflows imported and the demo users
/// seeded. One instance per test class.
/// </summary>
public class SupervisionApiFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "supervision-api-" + Guid.NewGuid().ToString("N"));

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));

    public string DatabasePath => Path.Combine(_folder, "supervision.db");

    /// <summary>
    /// Settings of the class's server. The token endpoint's rate limit counts real minutes, so a class that signs in
    /// often would hit it; <see cref="Http.RateLimitFacts"/> tests the limit on a server of its own.
    /// </summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Auth:TokenRequestsPerMinute"] = "1000" };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Supervision", $"Data Source={DatabasePath}");
        builder.UseSetting("Auth:SigningKey", "test-signing-key-that-is-long-enough-for-hmac-sha256");
        builder.UseSetting("Workflows:Folder", RepositoryPaths.Workflows);
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton(Clock);
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <summary>A client signed in as one of the demo users.</summary>
    public async Task<HttpClient> ClientForAsync(string userName, string password = "demo")
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // The SQLite file may still be closing; the temp folder is cleaned by the system.
            }
        }
    }
}
