using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Features.Common;
using Supervision.Api.Infrastructure;
using Supervision.Api.Security;
using Supervision.Domain.Evaluations;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Persistence.Domain;

namespace Supervision.Api.Features.Evaluations.ListEvaluations;

/// <summary>
/// Evaluations and ratings, latest period first. Filters: the subject unit (or a unit under it), the period key
/// ("2026"), ratings as they stand (member names or abbreviations, e.g. <c>HTTNV</c>) and statuses. An officer sees
/// the evaluations of their units.
/// </summary>
public sealed record ListEvaluations(string? UnitId, string? PeriodKey, string? Rating, string? Status, int? Page, int? PageSize)
    : IRequest<PageOf<EvaluationSummary>>;

internal sealed class ListEvaluationsHandler(SupervisionDbContext db, CurrentUserAccessor current, DbOrgDirectory directory, TimeProvider clock)
    : IRequestHandler<ListEvaluations, PageOf<EvaluationSummary>>
{
    public async ValueTask<PageOf<EvaluationSummary>> Handle(ListEvaluations request, CancellationToken cancellationToken)
    {
        var scope = UnitScope.For(current.User, directory);
        var rows = db.Evaluations.AsNoTracking();
        if (scope.OrgUnitKeys(directory) is { } visible)
            rows = rows.Where(e => e.SubjectType == EvaluationSubjectType.OrgUnit && visible.Contains(e.SubjectId));
        if (!string.IsNullOrEmpty(request.UnitId))
        {
            var units = scope.OrgUnitKeys(directory, request.UnitId)!;
            rows = rows.Where(e => e.SubjectType == EvaluationSubjectType.OrgUnit && units.Contains(e.SubjectId));
        }
        if (!string.IsNullOrWhiteSpace(request.PeriodKey))
        {
            var periodKey = request.PeriodKey.Trim();
            rows = rows.Where(e => e.PeriodKey == periodKey);
        }
        if (RatingFilter.Parse(request.Rating) is { } ratings)
            rows = rows.Where(e => ratings.Contains(e.FinalRating ?? e.ProposedRating ?? e.SelfRating));
        if (EnumFilter.Parse<EvaluationStatus>(request.Status) is { } statuses)
            rows = rows.Where(e => statuses.Contains(e.Status));

        var total = await rows.CountAsync(cancellationToken);
        var page = await rows.OrderByDescending(e => e.PeriodKey).ThenByDescending(e => e.SelfAssessedAt).ThenBy(e => e.Id)
            .Skip(Paging.Skip(request.Page, request.PageSize)).Take(Paging.Size(request.PageSize))
            .Select(e => new { Evaluation = e, InstanceId = EF.Property<string?>(e, ProjectionColumns.WorkflowInstanceId) })
            .ToListAsync(cancellationToken);
        await CadreRatingReads.RecordAsync(db, current.User, clock, page.Select(e => e.Evaluation), cancellationToken);
        var people = await EvaluationViews.PeopleAsync(db, page.Select(e => e.Evaluation), cancellationToken);
        var items = page.Select(e => EvaluationViews.Summary(e.Evaluation, e.InstanceId, directory, people)).ToList();
        return new PageOf<EvaluationSummary>(items, total, Paging.Page(request.Page), Paging.Size(request.PageSize));
    }
}
