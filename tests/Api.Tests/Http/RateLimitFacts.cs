using System.Net;
using System.Net.Http.Json;
using Supervision.Api.Tests.Support;

namespace Supervision.Api.Tests.Http;

public class RateLimitFacts(RateLimitFacts.StrictFactory factory) : IClassFixture<RateLimitFacts.StrictFactory>
{
    public sealed class StrictFactory : SupervisionApiFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Auth:TokenRequestsPerMinute"] = "3" };
    }

    [Fact]
    public async Task TokenEndpoint_RefusesSignInsBeyondTheLimit_WithProblemDetails()
    {
        var client = factory.CreateClient();
        for (var i = 0; i < 3; i++)
            (await client.PostAsJsonAsync("/api/auth/token", new { userName = "viewer", password = "demo" }, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var refused = await client.PostAsJsonAsync("/api/auth/token", new { userName = "viewer", password = "demo" }, TestContext.Current.CancellationToken);

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }
}
