using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Supervision.Workflows.Activities;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Runtime;

namespace Supervision.Workflows.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Registers the database (<c>Database:*</c>, <c>ConnectionStrings:Supervision</c>), the definition store,
    /// the workflow runtime and the startup service that locks a SQLite file, applies migrations and imports
    /// <c>Workflows:Folder</c>. Replace <see cref="IDefinitionValidator"/> or <see cref="IBookmarkScheduler"/>
    /// by registering another implementation (before or after this call).
    /// </summary>
    public static IServiceCollection AddSupervisionPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DatabaseOptions>()
            .Bind(configuration.GetSection(DatabaseOptions.SectionName))
            .PostConfigure(o => o.ConnectionString ??= configuration.GetConnectionString(DatabaseOptions.ConnectionStringName));
        services.AddOptions<WorkflowImportOptions>().Bind(configuration.GetSection(WorkflowImportOptions.SectionName));
        services.AddOptions<WorkflowRuntimeOptions>().Bind(configuration.GetSection("Workflows:Runtime"));

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => ActivityRegistry.CreateDefault());
        services.TryAddSingleton(_ => new ExecutorOptions());
        services.TryAddSingleton(sp => new WorkflowExecutor(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ExecutorOptions>(), sp));
        services.TryAddSingleton(sp => new CompiledWorkflowCache(sp.GetRequiredService<ActivityRegistry>(), sp.GetRequiredService<ExecutorOptions>()));
        services.TryAddSingleton<IDefinitionValidator>(sp => new CompilingDefinitionValidator(sp.GetRequiredService<ActivityRegistry>()));
        services.TryAddSingleton<IBookmarkScheduler, NoOpBookmarkScheduler>();

        services.TryAddSingleton<IDbContextFactory<SupervisionDbContext>>(sp => new SupervisionDbContextFactory(
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value,
            sp.GetService<ILoggerFactory>(),
            sp.GetServices<IInterceptor>()));
        services.TryAddScoped(sp => sp.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContext());

        // One gate per process, shared by every writer of the SQLite file (the runtime and the scheduler).
        services.TryAddSingleton(sp => WriteGate.For(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider, sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<WorkflowDefinitionStore>();
        services.TryAddSingleton<DefinitionImporter>();
        services.TryAddSingleton<IWorkflowRuntime>(sp => new WorkflowRuntime(
            sp.GetRequiredService<IDbContextFactory<SupervisionDbContext>>(),
            sp.GetRequiredService<CompiledWorkflowCache>(),
            sp.GetRequiredService<WorkflowExecutor>(),
            sp.GetRequiredService<IBookmarkScheduler>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<WorkflowRuntimeOptions>>().Value,
            sp.GetService<ILogger<WorkflowRuntime>>(),
            sp.GetRequiredService<WriteGate>(),
            sp.GetServices<IBurstProjector>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBurstProjector, HumanTaskProjector>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBurstProjector, NotificationProjector>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBurstProjector, DomainProjector>());

        services.TryAddSingleton<DatabaseInitializer>();
        services.AddHostedService(sp => sp.GetRequiredService<DatabaseInitializer>());
        return services;
    }
}
