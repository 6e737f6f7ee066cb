using FluentValidation;

namespace Supervision.Api.Features.Dashboard.ExportStatistics;

internal sealed class ExportStatisticsValidator : AbstractValidator<ExportStatistics>
{
    public ExportStatisticsValidator()
    {
        RuleFor(r => r.Format).Must(f => string.IsNullOrEmpty(f) || ExportStatistics.Formats.Contains(f, StringComparer.OrdinalIgnoreCase))
            .WithMessage("The format is csv or xlsx.");
        StatisticsFilterRules.Apply(this);
    }
}
