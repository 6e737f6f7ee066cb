using Mediator;

namespace Supervision.Api.Features.Dashboard.GetStatistics;

/// <summary>Task statistics per unit, plan or source document, with totals; an officer's are limited to their units.</summary>
public sealed record GetStatistics(string? GroupBy, string? UnitId, string? DefinitionId, DateOnly? DueFrom, DateOnly? DueTo, string? PlanId = null)
    : IRequest<StatisticsResponse>, IStatisticsFilter;

internal sealed class GetStatisticsHandler(DashboardStatistics statistics) : IRequestHandler<GetStatistics, StatisticsResponse>
{
    public async ValueTask<StatisticsResponse> Handle(GetStatistics request, CancellationToken cancellationToken) =>
        await statistics.ComputeAsync(request, cancellationToken);
}
