using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Supervision.Domain.Coordination;

namespace Supervision.Workflows.Persistence.Domain;

internal sealed class CoordinationProgrammeConfiguration : IEntityTypeConfiguration<CoordinationProgramme>
{
    public void Configure(EntityTypeBuilder<CoordinationProgramme> builder)
    {
        DomainMapping.Aggregate(builder, "coordination_programmes");
        builder.Property(p => p.TitleVi).HasMaxLength(DomainMapping.Title);
        builder.Property(p => p.ReturnComment).HasMaxLength(DomainMapping.Text);
        builder.Property(p => p.EndReason).HasMaxLength(DomainMapping.Text);
        builder.HasIndex(p => new { p.PartyOrgUnitId, p.StateOrgUnitId, p.Status });
    }
}

internal sealed class HotIssueConfiguration : IEntityTypeConfiguration<HotIssue>
{
    public void Configure(EntityTypeBuilder<HotIssue> builder)
    {
        DomainMapping.Aggregate(builder, "hot_issues");
        builder.Property(i => i.Summary).HasMaxLength(DomainMapping.Text);
        builder.Property(i => i.ClosingNote).HasMaxLength(DomainMapping.Text);
        builder.HasOne<CoordinationProgramme>().WithMany().HasForeignKey(i => i.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.Status, i.InfoDueAt });
    }
}
