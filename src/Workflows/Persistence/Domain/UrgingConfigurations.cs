using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Supervision.Domain.Documents;
using Supervision.Domain.Urging;

namespace Supervision.Workflows.Persistence.Domain;

internal sealed class UrgeNoticeConfiguration : IEntityTypeConfiguration<UrgeNotice>
{
    public void Configure(EntityTypeBuilder<UrgeNotice> builder)
    {
        DomainMapping.Aggregate(builder, "urge_notices");
        DomainMapping.ProjectedFromWorkflows(builder);
        builder.Property(n => n.Message).HasMaxLength(DomainMapping.Text);
        builder.Property(n => n.MessageEn).HasMaxLength(DomainMapping.Text);
        DomainMapping.IdList(builder, n => n.TargetTaskIds, "_targetTaskIds");
        DomainMapping.IdList(builder, n => n.AddresseeOrgUnitIds, "_addresseeOrgUnitIds");
        builder.HasOne<UrgeNotice>().WithMany().HasForeignKey(n => n.PreviousNoticeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Document>().WithMany().HasForeignKey(n => n.DocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => n.IssuedAt);
    }
}

internal sealed class ExplanationRequestConfiguration : IEntityTypeConfiguration<ExplanationRequest>
{
    public void Configure(EntityTypeBuilder<ExplanationRequest> builder)
    {
        DomainMapping.Aggregate(builder, "explanation_requests");
        builder.Property(r => r.Question).HasMaxLength(DomainMapping.Text);
        builder.Property(r => r.Response).HasMaxLength(DomainMapping.Text);
        builder.Property(r => r.ReviewComment).HasMaxLength(DomainMapping.Text);
        // The target is a task, an obligation or a remediation action: an index, not a foreign key.
        builder.HasIndex(r => r.TargetId);
        builder.HasIndex(r => new { r.AddresseeOrgUnitId, r.Status });
    }
}

internal sealed class EscalationConfiguration : IEntityTypeConfiguration<Escalation>
{
    public void Configure(EntityTypeBuilder<Escalation> builder)
    {
        DomainMapping.Aggregate(builder, "escalations");
        builder.Property(e => e.RuleKey).HasMaxLength(DomainMapping.Code);
        builder.Property(e => e.Resolution).HasMaxLength(DomainMapping.Text);
        builder.HasIndex(e => new { e.TargetId, e.RuleKey });
        builder.HasIndex(e => e.ResolvedAt);
    }
}
