using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Supervision.Domain.Coordination;
using Supervision.Domain.Documents;
using Supervision.Domain.Evaluations;
using Supervision.Domain.Inspections;
using Supervision.Domain.Organisation;
using Supervision.Domain.Planning;
using Supervision.Domain.Urging;

namespace Supervision.Workflows.Persistence;

/// <summary>
/// The one EF Core model of the application. Each database provider has a subclass
/// (<see cref="SqliteSupervisionDbContext"/>, <see cref="SqlServerSupervisionDbContext"/>,
/// <see cref="PostgreSqlSupervisionDbContext"/>) that owns that provider's migrations; code depends on this
/// type only. Other areas add their tables here (a <c>DbSet</c> plus an <c>IEntityTypeConfiguration</c>
/// in this assembly), then add a migration for each provider.
/// </summary>
public abstract class SupervisionDbContext : DbContext
{
    protected SupervisionDbContext(DbContextOptions options)
        : base(options)
    {
        // Derived columns that SQL cannot compute (folding Vietnamese diacritics) are set on every save.
        SavingChanges += (_, _) => Domain.DocumentSearch.Stamp(this);
    }

    public DbSet<DefinitionRecord> Definitions => Set<DefinitionRecord>();
    public DbSet<InstanceRecord> Instances => Set<InstanceRecord>();
    public DbSet<BookmarkRecord> Bookmarks => Set<BookmarkRecord>();
    public DbSet<TriggerRecord> Triggers => Set<TriggerRecord>();
    public DbSet<JournalRecord> Journal => Set<JournalRecord>();
    public DbSet<IncidentRecord> Incidents => Set<IncidentRecord>();
    public DbSet<UserRecord> Users => Set<UserRecord>();
    public DbSet<RoleAssignmentRecord> RoleAssignments => Set<RoleAssignmentRecord>();
    public DbSet<OrgUnitRecord> OrgUnits => Set<OrgUnitRecord>();
    public DbSet<TaskRecord> Tasks => Set<TaskRecord>();
    public DbSet<OutboxRecord> Outbox => Set<OutboxRecord>();
    public DbSet<NotificationRecord> Notifications => Set<NotificationRecord>();
    public DbSet<CalendarDayRecord> CalendarDays => Set<CalendarDayRecord>();
    public DbSet<SavedFilterRecord> SavedFilters => Set<SavedFilterRecord>();
    public DbSet<DefinitionReviewRecord> DefinitionReviews => Set<DefinitionReviewRecord>();
    public DbSet<AdminAuditRecord> AdminAudit => Set<AdminAuditRecord>();

    // The domain's aggregates (configurations in Persistence/Domain). Org units, people and their roles are
    // the application's org_units, users and role_assignments rows above.
    public DbSet<PartyTerm> PartyTerms => Set<PartyTerm>();
    public DbSet<Document> Documents => Set<Document>();
    public DbSet<NumberingSequence> NumberingSequences => Set<NumberingSequence>();
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<WorkTask> WorkTasks => Set<WorkTask>();
    public DbSet<Milestone> Milestones => Set<Milestone>();
    public DbSet<ProgressUpdate> ProgressUpdates => Set<ProgressUpdate>();
    public DbSet<ExtensionRequest> ExtensionRequests => Set<ExtensionRequest>();
    public DbSet<ReportingObligation> ReportingObligations => Set<ReportingObligation>();
    public DbSet<ReportSubmission> ReportSubmissions => Set<ReportSubmission>();
    public DbSet<UrgeNotice> UrgeNotices => Set<UrgeNotice>();
    public DbSet<ExplanationRequest> ExplanationRequests => Set<ExplanationRequest>();
    public DbSet<Escalation> Escalations => Set<Escalation>();
    public DbSet<Inspection> Inspections => Set<Inspection>();
    public DbSet<Finding> InspectionFindings => Set<Finding>();
    public DbSet<RemediationAction> RemediationActions => Set<RemediationAction>();
    public DbSet<Evaluation> Evaluations => Set<Evaluation>();
    public DbSet<CoordinationProgramme> CoordinationProgrammes => Set<CoordinationProgramme>();
    public DbSet<HotIssue> HotIssues => Set<HotIssue>();

    /// <summary>Which provider this context is for.</summary>
    public abstract DatabaseProvider Provider { get; }

    /// <summary>An index filter that keeps rows whose boolean column is true, in this provider's SQL.</summary>
    protected internal abstract string IsTrueFilter(string column);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new DefinitionRecordConfiguration(this));
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SupervisionDbContext).Assembly,
            type => type != typeof(DefinitionRecordConfiguration));
        UseSnakeCaseNames(modelBuilder);
    }

    /// <summary>
    /// Table, column, key and index names in snake_case, so that raw SQL reads the same on every provider
    /// (PostgreSQL folds unquoted names to lower case).
    /// </summary>
    private static void UseSnakeCaseNames(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            var table = entity.GetTableName();
            if (table is null)
                continue;
            if (entity.IsMappedToJson())
            {
                // Stored inside a JSON column of its owner: its names are JSON property names, set where it is configured.
                continue;
            }
            entity.SetTableName(SnakeCase(table));
            var identifier = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            foreach (var property in entity.GetProperties())
                property.SetColumnName(SnakeCase(property.GetColumnName(identifier) ?? property.Name));
            foreach (var complex in entity.GetComplexProperties())
            {
                foreach (var property in complex.ComplexType.GetProperties())
                    property.SetColumnName(SnakeCase(property.GetColumnName(identifier) ?? property.Name));
            }
            foreach (var key in entity.GetKeys())
                key.SetName(SnakeCase(key.GetName()!));
            foreach (var foreignKey in entity.GetForeignKeys())
                foreignKey.SetConstraintName(SnakeCase(foreignKey.GetConstraintName()!));
            foreach (var index in entity.GetIndexes())
                index.SetDatabaseName(SnakeCase(index.GetDatabaseName()!));
        }
    }

    internal static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && name[i - 1] != '_' && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
                    builder.Append('_');
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}

/// <summary>The embedded default: one file, one server process.</summary>
public sealed class SqliteSupervisionDbContext(DbContextOptions<SqliteSupervisionDbContext> options) : SupervisionDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected internal override string IsTrueFilter(string column) => $"\"{column}\" = 1";

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date type and EF cannot compare or order DateTimeOffset text there; UTC ticks
        // keep ordering and range queries (bookmarks due before a time) in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }

    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        value => value.UtcTicks,
        ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
}

/// <summary>Production as the customer runs it.</summary>
public sealed class SqlServerSupervisionDbContext(DbContextOptions<SqlServerSupervisionDbContext> options) : SupervisionDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.SqlServer;

    protected internal override string IsTrueFilter(string column) => $"[{column}] = CAST(1 AS bit)";
}

/// <summary>The server database that runs here for real.</summary>
public sealed class PostgreSqlSupervisionDbContext(DbContextOptions<PostgreSqlSupervisionDbContext> options) : SupervisionDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    protected internal override string IsTrueFilter(string column) => $"\"{column}\"";
}
