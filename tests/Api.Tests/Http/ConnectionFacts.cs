using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Api.Tests.Support;

namespace Supervision.Api.Tests.Http;

/// <summary>The server with a count of the database connections its contexts open.</summary>
public sealed class CountingConnectionsApiFactory : SupervisionApiFactory
{
    public OpenedConnections Opened { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(Opened));
    }

    /// <summary>Counts the connections contexts open.</summary>
    public sealed class OpenedConnections : DbConnectionInterceptor
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Interlocked.Increment(ref _count);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return Task.CompletedTask;
        }
    }
}

public class ConnectionFacts(CountingConnectionsApiFactory factory) : IClassFixture<CountingConnectionsApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_use_case_opens_no_connection_of_its_own()
    {
        var officer = await factory.ClientForAsync("officer1");
        (await officer.GetAsync("/api/tasks", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // The inbox reads the officer's roles, counts by deadline state, pages the ids and reads the rows, all on the
        // connection its pooled context keeps open (SQLite), so that their statements are prepared once.
        var before = factory.Opened.Count;
        var page = await officer.GetFromJsonAsync<JsonObject>("/api/tasks?pageSize=5", Ct);
        var after = factory.Opened.Count;

        page!["total"].ShouldNotBeNull();
        (after - before).ShouldBe(0);
    }
}
