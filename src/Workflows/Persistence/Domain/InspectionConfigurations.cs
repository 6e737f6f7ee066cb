using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Supervision.Domain.Inspections;

namespace Supervision.Workflows.Persistence.Domain;

/// <summary>
/// An inspection with its team and conclusion notice in its own row (owned: they have no identity of their own
/// and are read with it), and its findings and remediation actions in child tables (entities with ids, referred
/// to by each other and by other records).
/// </summary>
internal sealed class InspectionConfiguration : IEntityTypeConfiguration<Inspection>
{
    public void Configure(EntityTypeBuilder<Inspection> builder)
    {
        DomainMapping.Aggregate(builder, "inspections");
        DomainMapping.SoftDeletable(builder);
        DomainMapping.ProjectedFromWorkflows(builder);
        builder.Property(i => i.TopicVi).HasMaxLength(DomainMapping.Title);
        builder.Property(i => i.TopicEn).HasMaxLength(DomainMapping.Title);
        DomainMapping.IdList(builder, i => i.TargetOrgUnitIds, "_targetOrgUnitIds");
        DomainMapping.FieldList(builder, i => i.Fields, "_fields");
        builder.Ignore(i => i.AllowedDurationDays);
        builder.Ignore(i => i.EndsOn);

        builder.OwnsOne(i => i.Team, team =>
        {
            team.Property(t => t.HeadUserId).HasColumnName("team_head_user_id");
            team.Property(t => t.SecretaryUserId).HasColumnName("team_secretary_user_id");
            team.PrimitiveCollection(t => t.DeputyUserIds).HasField("_deputyUserIds").UsePropertyAccessMode(PropertyAccessMode.Field).HasColumnName("team_deputy_user_ids");
            team.PrimitiveCollection(t => t.MemberUserIds).HasField("_memberUserIds").UsePropertyAccessMode(PropertyAccessMode.Field).HasColumnName("team_member_user_ids");
        });

        builder.OwnsOne(i => i.Conclusion, conclusion =>
        {
            conclusion.Property(c => c.DocumentId).HasColumnName("conclusion_document_id");
            conclusion.Property(c => c.IssuedOn).HasColumnName("conclusion_issued_on");
            conclusion.PrimitiveCollection(c => c.FindingIds).HasField("_findingIds").UsePropertyAccessMode(PropertyAccessMode.Field).HasColumnName("conclusion_finding_ids");
            conclusion.PrimitiveCollection(c => c.Requirements).HasField("_requirements").UsePropertyAccessMode(PropertyAccessMode.Field).HasColumnName("conclusion_requirements");
        });

        builder.HasMany(i => i.Findings).WithOne().HasForeignKey(f => f.InspectionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Findings).HasField("_findings").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        builder.HasMany(i => i.RemediationActions).WithOne().HasForeignKey(a => a.InspectionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.RemediationActions).HasField("_remediationActions").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();

        builder.HasIndex(i => i.Status);
        builder.HasIndex(i => i.ConvertedFromId);
    }
}

internal sealed class FindingConfiguration : IEntityTypeConfiguration<Finding>
{
    public void Configure(EntityTypeBuilder<Finding> builder)
    {
        DomainMapping.Aggregate(builder, "inspection_findings");
        builder.Property(f => f.Description).HasMaxLength(DomainMapping.Text);
        builder.Ignore(f => f.CallsForRemediation);
        builder.HasIndex(f => new { f.TargetOrgUnitId, f.Type });
    }
}

internal sealed class RemediationActionConfiguration : IEntityTypeConfiguration<RemediationAction>
{
    public void Configure(EntityTypeBuilder<RemediationAction> builder)
    {
        DomainMapping.Aggregate(builder, "remediation_actions");
        builder.Property(a => a.Action).HasMaxLength(DomainMapping.Text);
        builder.Property(a => a.LastRejectionComment).HasMaxLength(DomainMapping.Text);
        // Restrict: a finding with a fix owed against it is not removed underneath it (the inspection's cascade
        // removes both together).
        builder.HasOne<Finding>().WithMany().HasForeignKey(a => a.FindingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.ResponsibleOrgUnitId, a.Status, a.DueOn });
    }
}
