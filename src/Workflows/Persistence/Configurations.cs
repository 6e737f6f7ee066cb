using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Supervision.Workflows.Persistence;

internal static class Lengths
{
    public const int Id = 128;
    public const int Name = 256;
    public const int Hash = 64;
    public const int Status = 16;
    public const int Actor = 256;
}

internal sealed class DefinitionRecordConfiguration(SupervisionDbContext context) : IEntityTypeConfiguration<DefinitionRecord>
{
    public void Configure(EntityTypeBuilder<DefinitionRecord> builder)
    {
        builder.ToTable("workflow_definitions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).HasMaxLength(Lengths.Id);
        builder.Property(d => d.DefinitionId).HasMaxLength(Lengths.Id);
        builder.Property(d => d.Name).HasMaxLength(Lengths.Name);
        builder.Property(d => d.NameEn).HasMaxLength(Lengths.Name);
        builder.Property(d => d.ContentHash).HasMaxLength(Lengths.Hash);
        builder.Property(d => d.CreatedBy).HasMaxLength(Lengths.Actor);
        builder.Property(d => d.PublishedBy).HasMaxLength(Lengths.Actor);
        builder.HasIndex(d => new { d.DefinitionId, d.Version }).IsUnique();
        // At most one published and one latest version per definition, enforced by the database.
        builder.HasIndex(d => d.DefinitionId, "ix_workflow_definitions_published").IsUnique().HasFilter(context.IsTrueFilter("is_published"));
        builder.HasIndex(d => d.DefinitionId, "ix_workflow_definitions_latest").IsUnique().HasFilter(context.IsTrueFilter("is_latest"));
        builder.HasIndex(d => d.ContentHash);
    }
}

internal sealed class InstanceRecordConfiguration : IEntityTypeConfiguration<InstanceRecord>
{
    public void Configure(EntityTypeBuilder<InstanceRecord> builder)
    {
        builder.ToTable("workflow_instances");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).HasMaxLength(Lengths.Id);
        builder.Property(i => i.DefinitionId).HasMaxLength(Lengths.Id);
        builder.Property(i => i.DefinitionVersionId).HasMaxLength(Lengths.Id);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(Lengths.Status);
        builder.Property(i => i.CorrelationId).HasMaxLength(Lengths.Name);
        builder.Property(i => i.Revision).IsConcurrencyToken();
        builder.Property(i => i.JournalHash).HasMaxLength(Lengths.Hash);
        builder.HasOne<DefinitionRecord>().WithMany().HasForeignKey(i => i.DefinitionVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.Status, i.CreatedAt });
        builder.HasIndex(i => new { i.DefinitionId, i.CreatedAt });
        builder.HasIndex(i => i.CorrelationId);
    }
}

internal sealed class BookmarkRecordConfiguration : IEntityTypeConfiguration<BookmarkRecord>
{
    public void Configure(EntityTypeBuilder<BookmarkRecord> builder)
    {
        builder.ToTable("workflow_bookmarks");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).HasMaxLength(Lengths.Id);
        builder.Property(b => b.InstanceId).HasMaxLength(Lengths.Id);
        builder.Property(b => b.Name).HasMaxLength(Lengths.Name);
        builder.Property(b => b.Hash).HasMaxLength(Lengths.Hash);
        builder.Property(b => b.ActivityId).HasMaxLength(Lengths.Id);
        builder.Property(b => b.ActivityType).HasMaxLength(Lengths.Name);
        builder.Property(b => b.CorrelationId).HasMaxLength(Lengths.Name);
        builder.Property(b => b.JobId).HasMaxLength(Lengths.Name);
        builder.HasOne<InstanceRecord>().WithMany().HasForeignKey(b => b.InstanceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => new { b.Name, b.Hash });
        builder.HasIndex(b => b.DueAt);
        builder.HasIndex(b => b.InstanceId);
    }
}

internal sealed class TriggerRecordConfiguration : IEntityTypeConfiguration<TriggerRecord>
{
    public void Configure(EntityTypeBuilder<TriggerRecord> builder)
    {
        builder.ToTable("workflow_triggers");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).HasMaxLength(Lengths.Id * 2 + 1);
        builder.Property(t => t.DefinitionId).HasMaxLength(Lengths.Id);
        builder.Property(t => t.DefinitionVersionId).HasMaxLength(Lengths.Id);
        builder.Property(t => t.ActivityId).HasMaxLength(Lengths.Id);
        builder.Property(t => t.ActivityType).HasMaxLength(Lengths.Name);
        builder.Property(t => t.Name).HasMaxLength(Lengths.Name);
        builder.Property(t => t.Hash).HasMaxLength(Lengths.Hash);
        builder.HasOne<DefinitionRecord>().WithMany().HasForeignKey(t => t.DefinitionVersionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.Name, t.Hash });
        builder.HasIndex(t => t.DefinitionId);
        builder.HasIndex(t => t.DefinitionVersionId);
    }
}

internal sealed class JournalRecordConfiguration : IEntityTypeConfiguration<JournalRecord>
{
    public void Configure(EntityTypeBuilder<JournalRecord> builder)
    {
        builder.ToTable("workflow_journal");
        builder.HasKey(j => new { j.InstanceId, j.Sequence });
        builder.Property(j => j.InstanceId).HasMaxLength(Lengths.Id);
        builder.Property(j => j.Event).HasMaxLength(64);
        builder.Property(j => j.ActivityId).HasMaxLength(Lengths.Id);
        builder.Property(j => j.ActivityType).HasMaxLength(Lengths.Name);
        builder.Property(j => j.Actor).HasMaxLength(Lengths.Actor);
        builder.Property(j => j.PreviousHash).HasMaxLength(Lengths.Hash);
        builder.Property(j => j.Hash).HasMaxLength(Lengths.Hash);
        builder.HasOne<InstanceRecord>().WithMany().HasForeignKey(j => j.InstanceId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class IncidentRecordConfiguration : IEntityTypeConfiguration<IncidentRecord>
{
    public void Configure(EntityTypeBuilder<IncidentRecord> builder)
    {
        builder.ToTable("workflow_incidents");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).HasMaxLength(Lengths.Id);
        builder.Property(i => i.InstanceId).HasMaxLength(Lengths.Id);
        builder.Property(i => i.ActivityId).HasMaxLength(Lengths.Id);
        builder.Property(i => i.ActivityType).HasMaxLength(Lengths.Name);
        builder.Property(i => i.ExceptionType).HasMaxLength(Lengths.Name);
        builder.HasOne<InstanceRecord>().WithMany().HasForeignKey(i => i.InstanceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => i.InstanceId);
    }
}
