using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Supervision.Workflows.Activities;
using Supervision.Workflows.Definitions;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Persistence;

namespace Supervision.Workflows.Runtime;

/// <summary>
/// Compiled versions by version id. A version row never changes once written (saving makes a new version),
/// so an entry never goes stale; it is only dropped to bound memory.
/// </summary>
public sealed class CompiledWorkflowCache(ActivityRegistry registry, ExecutorOptions? options = null)
{
    private const int MaxEntries = 2_000;

    private readonly WorkflowCompiler _compiler = new(registry, (options ?? new ExecutorOptions()).JavaScript);
    private readonly ConcurrentDictionary<string, CompiledWorkflow> _compiled = new(StringComparer.Ordinal);

    public int Count => _compiled.Count;

    public async ValueTask<CompiledWorkflow> GetAsync(SupervisionDbContext db, string versionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (_compiled.TryGetValue(versionId, out var compiled))
            return compiled;
        var row = await db.Definitions.AsNoTracking().Where(d => d.Id == versionId)
            .Select(d => new { d.Json, d.Version, d.IsLatest, d.IsPublished })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new WorkflowNotFoundException($"Definition version '{versionId}' does not exist.");
        var definition = WorkflowDefinitionReader.Read(row.Json).Definition;
        definition.Id = versionId;
        definition.Version = row.Version;
        compiled = _compiler.Compile(definition);
        if (_compiled.Count >= MaxEntries)
            _compiled.Clear();
        return _compiled.GetOrAdd(versionId, compiled);
    }

    /// <summary>Compiles a definition that is not stored (validation, tests).</summary>
    public CompiledWorkflow Compile(WorkflowDefinition definition) => _compiler.Compile(definition);
}
