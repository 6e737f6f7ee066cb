using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Supervision.Domain.Evaluations;

namespace Supervision.Workflows.Persistence.Domain;

internal sealed class EvaluationConfiguration : IEntityTypeConfiguration<Evaluation>
{
    public void Configure(EntityTypeBuilder<Evaluation> builder)
    {
        DomainMapping.Aggregate(builder, "evaluations");
        DomainMapping.ProjectedFromWorkflows(builder);
        builder.Property(e => e.PeriodKey).HasMaxLength(DomainMapping.Code);
        builder.Property(e => e.ReviewComment).HasMaxLength(DomainMapping.Text);
        builder.Property(e => e.DecisionReason).HasMaxLength(DomainMapping.Text);
        foreach (var score in new[] { nameof(Evaluation.SelfScore), nameof(Evaluation.ReviewedScore), nameof(Evaluation.FinalScore) })
            builder.Property(score).HasPrecision(5, 2);

        // The criteria's points at each stage, as one JSON document: read and written only with their evaluation.
        builder.OwnsMany(e => e.Criteria, criteria =>
        {
            criteria.ToJson("criteria_scores");
            criteria.Property(c => c.Code).HasJsonPropertyName("code");
            criteria.Property(c => c.MaxPoints).HasJsonPropertyName("max_points");
            criteria.Property(c => c.SelfPoints).HasJsonPropertyName("self_points");
            criteria.Property(c => c.ReviewedPoints).HasJsonPropertyName("reviewed_points");
        });
        builder.Navigation(e => e.Criteria).HasField("_criteria").UsePropertyAccessMode(PropertyAccessMode.Field);

        // The task figures the rating was decided on: a value, kept in columns of the row.
        builder.ComplexProperty(e => e.TaskStats, stats =>
        {
            stats.Property(s => s.Assigned).HasColumnName("task_stats_assigned");
            stats.Property(s => s.DoneOnTime).HasColumnName("task_stats_done_on_time");
            stats.Property(s => s.DoneLate).HasColumnName("task_stats_done_late");
            stats.Property(s => s.OpenOverdue).HasColumnName("task_stats_open_overdue");
            stats.Property(s => s.Exceeded).HasColumnName("task_stats_exceeded");
        });

        builder.HasIndex(e => new { e.SubjectType, e.SubjectId, e.Period, e.PeriodKey });
        builder.HasIndex(e => e.Status);
    }
}
