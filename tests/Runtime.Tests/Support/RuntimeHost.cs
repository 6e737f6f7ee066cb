using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Microsoft.EntityFrameworkCore;
using Supervision.Workflows.Activities;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Runtime;

namespace Supervision.Runtime.Tests.Support;

/// <summary>
/// The runtime's services as the server registers them, on a fake clock. Disposing it and creating another on
/// the same database is a restart: nothing survives but the database.
/// </summary>
public sealed class RuntimeHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Epoch = new(2026, 2, 10, 1, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;

    public RuntimeHost(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? configure)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Information).AddProvider(Logs));
        services.AddSingleton(Clock);
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(Scheduler);
        services.AddSingleton<IBookmarkScheduler>(Scheduler);
        services.AddSingleton(_ => ActivityRegistry.CreateDefault().Register<FlakyActivity>());
        services.AddSingleton<FlakySwitch>();
        configure?.Invoke(services);
        services.AddSupervisionPersistence(configuration);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public FakeTimeProvider Clock { get; } = new(Epoch);
    public CapturingLoggerProvider Logs { get; } = new();
    public RecordingScheduler Scheduler { get; } = new();
    public IServiceProvider Services => _services;
    public IWorkflowRuntime Runtime => _services.GetRequiredService<IWorkflowRuntime>();
    public WorkflowDefinitionStore Store => _services.GetRequiredService<WorkflowDefinitionStore>();
    public DefinitionImporter Importer => _services.GetRequiredService<DefinitionImporter>();
    public FlakySwitch Flaky => _services.GetRequiredService<FlakySwitch>();

    public SupervisionDbContext CreateDbContext() => _services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContext();

    /// <summary>Saves and publishes a definition built in the test.</summary>
    public async Task<StoredDefinition> PublishAsync(DefinitionBuilder builder)
    {
        var definition = Supervision.Workflows.Definitions.WorkflowDefinitionReader.Read(builder.Json()).Definition;
        var draft = await Store.SaveDraftAsync(definition, TestContext.Current.CancellationToken);
        return await Store.PublishAsync(draft.DefinitionId, draft.Version, TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
