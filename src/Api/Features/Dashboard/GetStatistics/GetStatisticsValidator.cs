using FluentValidation;

namespace Supervision.Api.Features.Dashboard.GetStatistics;

internal sealed class GetStatisticsValidator : AbstractValidator<GetStatistics>
{
    public GetStatisticsValidator() => StatisticsFilterRules.Apply(this);
}
