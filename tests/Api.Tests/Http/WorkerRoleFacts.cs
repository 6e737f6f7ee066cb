using System.Net;
using Supervision.Api.Tests.Support;

namespace Supervision.Api.Tests.Http;

/// <summary>A server started as <c>--role worker</c>.</summary>
public sealed class WorkerFactory : SupervisionApiFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Scheduling:Role"] = "worker" };
}

public class WorkerRoleFacts(WorkerFactory factory) : IClassFixture<WorkerFactory>
{
    [Fact]
    public async Task AWorker_AnswersHealthChecks_ButServesNeitherTheApiNorTheWebApp()
    {
        var client = factory.CreateClient();
        var ct = TestContext.Current.CancellationToken;

        (await client.GetAsync("/health", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/health/ready", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.PostAsync("/api/auth/token", new StringContent("""{"userName":"admin","password":"demo"}""", System.Text.Encoding.UTF8, "application/json"), ct))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/api/tasks", ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/docs", ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/inbox", ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
