using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Supervision.Domain.Planning;

namespace Supervision.Workflows.Persistence.Domain;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> builder)
    {
        DomainMapping.Aggregate(builder, "plans");
        DomainMapping.SoftDeletable(builder);
        builder.Property(p => p.TitleVi).HasMaxLength(DomainMapping.Title);
        builder.Property(p => p.TitleEn).HasMaxLength(DomainMapping.Title);
        DomainMapping.IdList(builder, p => p.SourceDocumentIds, "_sourceDocumentIds");
        DomainMapping.ProjectedFromWorkflows(builder);
        builder.HasIndex(p => new { p.OwnerOrgUnitId, p.Year });
    }
}

internal sealed class WorkTaskConfiguration : IEntityTypeConfiguration<WorkTask>
{
    public void Configure(EntityTypeBuilder<WorkTask> builder)
    {
        DomainMapping.Aggregate(builder, "work_tasks");
        DomainMapping.SoftDeletable(builder);
        builder.Property(t => t.Code).HasMaxLength(DomainMapping.Code);
        builder.Property(t => t.TitleVi).HasMaxLength(DomainMapping.Title);
        builder.Property(t => t.TitleEn).HasMaxLength(DomainMapping.Title);
        builder.Property(t => t.SourceClause).HasMaxLength(Lengths.Name);
        builder.Property(t => t.ExpectedOutput).HasMaxLength(DomainMapping.Text);
        builder.Property(t => t.LastDecisionComment).HasMaxLength(DomainMapping.Text);
        builder.Property(t => t.StatusReason).HasMaxLength(DomainMapping.Text);
        DomainMapping.IdList(builder, t => t.SupportOrgUnitIds, "_supportOrgUnitIds");
        DomainMapping.ProjectedFromWorkflows(builder);
        builder.HasOne<Plan>().WithMany().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WorkTask>().WithMany().HasForeignKey(t => t.ParentTaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.LeadOrgUnitId, t.Status, t.DueOn });
        builder.HasIndex(t => new { t.AssignerOrgUnitId, t.Status });
    }
}

internal sealed class MilestoneConfiguration : IEntityTypeConfiguration<Milestone>
{
    public void Configure(EntityTypeBuilder<Milestone> builder)
    {
        DomainMapping.Aggregate(builder, "milestones");
        builder.Property(m => m.Name).HasMaxLength(DomainMapping.Title);
        builder.Property(m => m.Comment).HasMaxLength(DomainMapping.Text);
        // The owner is a task, a plan, an inspection or a workflow step: no single foreign key fits.
        builder.HasIndex(m => new { m.OwnerType, m.OwnerId });
        builder.HasIndex(m => new { m.Status, m.DueOn });
    }
}

internal sealed class ProgressUpdateConfiguration : IEntityTypeConfiguration<ProgressUpdate>
{
    public void Configure(EntityTypeBuilder<ProgressUpdate> builder)
    {
        DomainMapping.Aggregate(builder, "progress_updates");
        builder.Property(p => p.Narrative).HasMaxLength(DomainMapping.Text);
        builder.Property(p => p.Obstacles).HasMaxLength(DomainMapping.Text);
        builder.Property(p => p.Proposals).HasMaxLength(DomainMapping.Text);
        builder.HasOne<WorkTask>().WithMany().HasForeignKey(p => p.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.TaskId, p.AsOf });
    }
}

internal sealed class ExtensionRequestConfiguration : IEntityTypeConfiguration<ExtensionRequest>
{
    public void Configure(EntityTypeBuilder<ExtensionRequest> builder)
    {
        DomainMapping.Aggregate(builder, "extension_requests");
        builder.Property(e => e.Reason).HasMaxLength(DomainMapping.Text);
        builder.Property(e => e.DecisionComment).HasMaxLength(DomainMapping.Text);
        builder.HasOne<WorkTask>().WithMany().HasForeignKey(e => e.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.TaskId, e.Status });
    }
}

internal sealed class ReportingObligationConfiguration : IEntityTypeConfiguration<ReportingObligation>
{
    public void Configure(EntityTypeBuilder<ReportingObligation> builder)
    {
        DomainMapping.Aggregate(builder, "reporting_obligations");
        DomainMapping.ProjectedFromWorkflows(builder);
        builder.Property(o => o.TitleVi).HasMaxLength(DomainMapping.Title);
        builder.Property(o => o.TitleEn).HasMaxLength(DomainMapping.Title);
        DomainMapping.IdList(builder, o => o.RequiredFromOrgUnitIds, "_requiredFromOrgUnitIds");
        builder.HasIndex(o => new { o.RecipientOrgUnitId, o.DueOn });
    }
}

internal sealed class ReportSubmissionConfiguration : IEntityTypeConfiguration<ReportSubmission>
{
    public void Configure(EntityTypeBuilder<ReportSubmission> builder)
    {
        DomainMapping.Aggregate(builder, "report_submissions");
        DomainMapping.ProjectedFromWorkflows(builder);
        builder.Property(s => s.ReviewNotes).HasMaxLength(DomainMapping.Text);
        builder.HasOne<ReportingObligation>().WithMany().HasForeignKey(s => s.ObligationId).OnDelete(DeleteBehavior.Restrict);
        // One report per unit and obligation: a correction is a resubmission of the same row.
        builder.HasIndex(s => new { s.ObligationId, s.SubmitterOrgUnitId }).IsUnique();
        builder.HasIndex(s => new { s.SubmitterOrgUnitId, s.Status });
    }
}
