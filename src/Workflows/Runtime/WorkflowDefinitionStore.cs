using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Supervision.Workflows.Activities;
using Supervision.Workflows.Definitions;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Persistence;

namespace Supervision.Workflows.Runtime;

/// <summary>What importing one definition did.</summary>
public enum ImportOutcome
{
    /// <summary>A version with the same content already exists; nothing was written.</summary>
    Unchanged,

    /// <summary>A new version was saved and published.</summary>
    Published,
}

/// <summary>
/// Versioned definitions: every save is a new version row (latest + 1); publishing flips <c>isPublished</c>
/// so that exactly one version of a definition is published, and indexes that version's triggers.
/// </summary>
public sealed class WorkflowDefinitionStore(
    IDbContextFactory<SupervisionDbContext> contexts,
    IDefinitionValidator validator,
    ActivityRegistry registry,
    IBookmarkScheduler scheduler,
    TimeProvider clock,
    ILogger<WorkflowDefinitionStore>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<WorkflowDefinitionStore>.Instance;

    /// <summary>Saves a new draft version: version = latest + 1 (1 for a new definition). The draft need not be valid.</summary>
    public Task<StoredDefinition> SaveDraftAsync(WorkflowDefinition definition, CancellationToken cancellationToken = default) =>
        SaveDraftAsync(definition, actor: null, cancellationToken);

    /// <inheritdoc cref="SaveDraftAsync(WorkflowDefinition, CancellationToken)"/>
    /// <param name="actor">Who saves it (kept on the version).</param>
    public async Task<StoredDefinition> SaveDraftAsync(WorkflowDefinition definition, string? actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        RequireId(definition);
        var hash = DefinitionContentHash.Compute(definition);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var row = await InsertVersionAsync(db, definition, hash, actor, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ToStored(row);
    }

    /// <summary>Publishes a version (the latest when <paramref name="version"/> is null) after validating it.</summary>
    public Task<StoredDefinition> PublishAsync(string definitionId, int? version = null, CancellationToken cancellationToken = default) =>
        PublishAsync(definitionId, version, actor: null, cancellationToken);

    /// <inheritdoc cref="PublishAsync(string, int?, CancellationToken)"/>
    /// <param name="actor">Who publishes it (kept on the version).</param>
    public async Task<StoredDefinition> PublishAsync(string definitionId, int? version, string? actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(definitionId);
        TriggerChanges changes;
        DefinitionRecord row;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            row = await FindVersion(db, definitionId, version).FirstOrDefaultAsync(cancellationToken)
                ?? throw new WorkflowNotFoundException(version is null ? $"Definition '{definitionId}' does not exist." : $"Definition '{definitionId}' has no version {version}.");
            if (row.IsPublished)
                return ToStored(row);
            var definition = Parse(row);
            ThrowIfInvalid(definition);
            changes = await PublishAsync(db, row, definition, actor, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        RuntimeLog.Published(_logger, definitionId, row.Version);
        await NotifyAsync(changes, cancellationToken);
        return ToStored(row);
    }

    /// <summary>Unpublishes the published version, if any, and removes its triggers. Returns whether one was published.</summary>
    public async Task<bool> UnpublishAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(definitionId);
        List<WorkflowTrigger> removed;
        int version;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var published = await db.Definitions.FirstOrDefaultAsync(d => d.DefinitionId == definitionId && d.IsPublished, cancellationToken);
            if (published is null)
                return false;
            removed = await RemoveTriggersAsync(db, definitionId, cancellationToken);
            published.IsPublished = false;
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            version = published.Version;
        }
        RuntimeLog.Unpublished(_logger, definitionId, version);
        await NotifyAsync(new TriggerChanges(definitionId, [], removed), cancellationToken);
        return true;
    }

    /// <summary>
    /// Saves and publishes a definition in one transaction unless a version with the same content exists.
    /// Throws <see cref="DefinitionValidationException"/> (nothing written) when it has errors.
    /// </summary>
    public Task<(ImportOutcome Outcome, StoredDefinition? Stored)> ImportAsync(WorkflowDefinition definition, CancellationToken cancellationToken = default) =>
        ImportAsync(definition, actor: null, cancellationToken);

    /// <inheritdoc cref="ImportAsync(WorkflowDefinition, CancellationToken)"/>
    /// <param name="actor">Who imports it (kept on the version as its author and publisher).</param>
    public async Task<(ImportOutcome Outcome, StoredDefinition? Stored)> ImportAsync(WorkflowDefinition definition, string? actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        RequireId(definition);
        ThrowIfInvalid(definition);
        var hash = DefinitionContentHash.Compute(definition);
        TriggerChanges changes;
        DefinitionRecord row;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (await db.Definitions.AnyAsync(d => d.DefinitionId == definition.DefinitionId && d.ContentHash == hash, cancellationToken))
                return (ImportOutcome.Unchanged, null);
            row = await InsertVersionAsync(db, definition, hash, actor, cancellationToken);
            changes = await PublishAsync(db, row, Parse(row), actor, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        RuntimeLog.Published(_logger, row.DefinitionId, row.Version);
        await NotifyAsync(changes, cancellationToken);
        return (ImportOutcome.Published, ToStored(row));
    }

    /// <summary>Deletes an unpublished version that no instance runs on.</summary>
    public async Task DeleteDraftAsync(string definitionId, int version, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(definitionId);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var row = await db.Definitions.FirstOrDefaultAsync(d => d.DefinitionId == definitionId && d.Version == version, cancellationToken)
            ?? throw new WorkflowNotFoundException($"Definition '{definitionId}' has no version {version}.");
        if (row.IsPublished)
            throw new InvalidOperationException($"Version {version} of '{definitionId}' is published; unpublish it before deleting it.");
        if (await db.Instances.AnyAsync(i => i.DefinitionVersionId == row.Id, cancellationToken))
            throw new InvalidOperationException($"Version {version} of '{definitionId}' has instances and cannot be deleted.");
        db.Definitions.Remove(row);
        await db.SaveChangesAsync(cancellationToken);
        if (row.IsLatest)
        {
            var previous = await db.Definitions.Where(d => d.DefinitionId == definitionId).OrderByDescending(d => d.Version).FirstOrDefaultAsync(cancellationToken);
            if (previous is not null)
            {
                previous.IsLatest = true;
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<DefinitionVersionSummary>> ListVersionsAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Summaries(db.Definitions.AsNoTracking().Where(d => d.DefinitionId == definitionId).OrderBy(d => d.Version)).ToListAsync(cancellationToken);
    }

    /// <summary>The latest version of every definition.</summary>
    public async Task<IReadOnlyList<DefinitionVersionSummary>> ListDefinitionsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Summaries(db.Definitions.AsNoTracking().Where(d => d.IsLatest).OrderBy(d => d.DefinitionId)).ToListAsync(cancellationToken);
    }

    public Task<StoredDefinition?> GetLatestAsync(string definitionId, CancellationToken cancellationToken = default) =>
        GetAsync(q => q.Where(d => d.DefinitionId == definitionId && d.IsLatest), cancellationToken);

    public Task<StoredDefinition?> GetPublishedAsync(string definitionId, CancellationToken cancellationToken = default) =>
        GetAsync(q => q.Where(d => d.DefinitionId == definitionId && d.IsPublished), cancellationToken);

    public Task<StoredDefinition?> GetVersionAsync(string definitionId, int version, CancellationToken cancellationToken = default) =>
        GetAsync(q => q.Where(d => d.DefinitionId == definitionId && d.Version == version), cancellationToken);

    public Task<StoredDefinition?> GetByVersionIdAsync(string versionId, CancellationToken cancellationToken = default) =>
        GetAsync(q => q.Where(d => d.Id == versionId), cancellationToken);

    /// <summary>The indexed triggers of a definition's published version.</summary>
    public async Task<IReadOnlyList<WorkflowTrigger>> ListTriggersAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Triggers.AsNoTracking().Where(t => t.DefinitionId == definitionId).OrderBy(t => t.ActivityId).ToListAsync(cancellationToken);
        return rows.Select(ToTrigger).ToList();
    }

    // ---- inside a transaction -----------------------------------------------------------------

    private async Task<DefinitionRecord> InsertVersionAsync(SupervisionDbContext db, WorkflowDefinition definition, string hash, string? actor, CancellationToken cancellationToken)
    {
        var latest = await db.Definitions.Where(d => d.DefinitionId == definition.DefinitionId).OrderByDescending(d => d.Version).FirstOrDefaultAsync(cancellationToken);
        if (latest is not null && latest.IsLatest)
        {
            // Two statements: the unique "one latest per definition" index must never see two.
            latest.IsLatest = false;
            await db.SaveChangesAsync(cancellationToken);
        }
        var copy = WorkflowDefinitionReader.Read(WorkflowDefinitionWriter.Write(definition)).Definition;
        copy.Id = NewVersionId();
        copy.Version = (latest?.Version ?? 0) + 1;
        copy.IsLatest = true;
        copy.IsPublished = false;
        var row = new DefinitionRecord
        {
            Id = copy.Id,
            DefinitionId = copy.DefinitionId,
            Version = copy.Version,
            Name = copy.Name,
            NameEn = copy.NameEn,
            Description = copy.Description,
            DescriptionEn = copy.DescriptionEn,
            IsLatest = true,
            IsPublished = false,
            Json = WorkflowDefinitionWriter.Write(copy),
            ContentHash = hash,
            CreatedAt = JournalChain.Normalize(clock.GetUtcNow()),
            CreatedBy = actor,
        };
        db.Definitions.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            throw new WorkflowConflictException(ConflictReason.DefinitionChanged,
                $"Definition '{definition.DefinitionId}' got a new version at the same time; reload and save again.", inner: ex);
        }
        return row;
    }

    private async Task<TriggerChanges> PublishAsync(SupervisionDbContext db, DefinitionRecord row, WorkflowDefinition definition, string? actor, CancellationToken cancellationToken)
    {
        var removed = await RemoveTriggersAsync(db, row.DefinitionId, cancellationToken);
        var previous = await db.Definitions.Where(d => d.DefinitionId == row.DefinitionId && d.IsPublished && d.Id != row.Id).ToListAsync(cancellationToken);
        foreach (var old in previous)
            old.IsPublished = false;
        // Unpublish first, in its own statement: the unique "one published per definition" index must never see two.
        await db.SaveChangesAsync(cancellationToken);

        row.IsPublished = true;
        row.PublishedAt = JournalChain.Normalize(clock.GetUtcNow());
        row.PublishedBy = actor;
        var added = TriggersOf(row, definition).ToList();
        db.Triggers.AddRange(added);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            throw new WorkflowConflictException(ConflictReason.DefinitionChanged,
                $"Definition '{row.DefinitionId}' was published by someone else at the same time.", inner: ex);
        }
        return new TriggerChanges(row.DefinitionId, added.Select(ToTrigger).ToList(), removed);
    }

    private static async Task<List<WorkflowTrigger>> RemoveTriggersAsync(SupervisionDbContext db, string definitionId, CancellationToken cancellationToken)
    {
        var rows = await db.Triggers.Where(t => t.DefinitionId == definitionId).ToListAsync(cancellationToken);
        db.Triggers.RemoveRange(rows);
        return rows.Select(ToTrigger).ToList();
    }

    private IEnumerable<TriggerRecord> TriggersOf(DefinitionRecord row, WorkflowDefinition definition)
    {
        foreach (var node in definition.AllActivities())
        {
            if (node.IsFlowchart || !node.CanStartWorkflow || !registry.TryGet(node.Type, out var activity))
                continue;
            var stimulus = activity.GetTriggerStimulus(node);
            if (stimulus is null)
                continue;
            yield return new TriggerRecord
            {
                Id = row.Id + ":" + node.Id,
                DefinitionId = row.DefinitionId,
                DefinitionVersionId = row.Id,
                DefinitionVersion = row.Version,
                ActivityId = node.Id,
                ActivityType = node.Type,
                Name = stimulus.Name,
                Hash = BookmarkHash.Compute(stimulus.Name, stimulus.Stimulus),
                Stimulus = stimulus.Stimulus is null ? null : BookmarkHash.Canonical(stimulus.Stimulus),
            };
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    private void ThrowIfInvalid(WorkflowDefinition definition)
    {
        var problems = validator.Validate(definition);
        if (problems.Any(p => !p.IsWarning))
            throw new DefinitionValidationException(definition.DefinitionId, problems);
    }

    private async ValueTask NotifyAsync(TriggerChanges changes, CancellationToken cancellationToken)
    {
        if (changes.Added.Count == 0 && changes.Removed.Count == 0)
            return;
        try
        {
            await scheduler.TriggersChangedAsync(changes, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            RuntimeLog.TriggerSchedulerFailed(_logger, changes.DefinitionId, ex);
        }
    }

    private async Task<StoredDefinition?> GetAsync(Func<IQueryable<DefinitionRecord>, IQueryable<DefinitionRecord>> filter, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await filter(db.Definitions.AsNoTracking()).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : ToStored(row);
    }

    private static IQueryable<DefinitionRecord> FindVersion(SupervisionDbContext db, string definitionId, int? version) =>
        version is null
            ? db.Definitions.Where(d => d.DefinitionId == definitionId && d.IsLatest)
            : db.Definitions.Where(d => d.DefinitionId == definitionId && d.Version == version);

    private static IQueryable<DefinitionVersionSummary> Summaries(IQueryable<DefinitionRecord> rows) =>
        rows.Select(d => new DefinitionVersionSummary(d.Id, d.DefinitionId, d.Version, d.Name, d.IsLatest, d.IsPublished, d.ContentHash, d.CreatedAt, d.PublishedAt));

    private static WorkflowDefinition Parse(DefinitionRecord row)
    {
        var definition = WorkflowDefinitionReader.Read(row.Json).Definition;
        definition.Id = row.Id;
        definition.Version = row.Version;
        definition.IsLatest = row.IsLatest;
        definition.IsPublished = row.IsPublished;
        return definition;
    }

    private static StoredDefinition ToStored(DefinitionRecord row) =>
        new(row.Id, row.DefinitionId, row.Version, row.Name, row.IsLatest, row.IsPublished, row.ContentHash, row.CreatedAt, row.PublishedAt, Parse(row));

    private static WorkflowTrigger ToTrigger(TriggerRecord t) =>
        new(t.DefinitionId, t.DefinitionVersionId, t.DefinitionVersion, t.ActivityId, t.ActivityType, t.Name, t.Hash, t.Stimulus);

    private static void RequireId(WorkflowDefinition definition)
    {
        if (string.IsNullOrWhiteSpace(definition.DefinitionId))
            throw new ArgumentException("The definition has no definitionId.", nameof(definition));
    }

    /// <summary>16 hex characters, like Elsa's ids.</summary>
    internal static string NewVersionId() => Guid.NewGuid().ToString("N")[..16];
}
