using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Features.Common;
using Supervision.Api.Security;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Persistence.Domain;

namespace Supervision.Api.Features.Reports.ListReports;

/// <summary>
/// Reporting obligations, latest due date first, each with the submissions of the units the request is about:
/// filtered by submitting unit (with the units under it), submission status (or <c>Outstanding</c> for units that
/// have not handed in) and due range. An officer sees the obligations their units owe, with only their units'
/// submissions.
/// </summary>
public sealed record ListReports(string? UnitId, string? Status, DateOnly? DueFrom, DateOnly? DueTo, int? Page, int? PageSize) : IRequest<PageOf<ReportResponse>>;

internal sealed class ListReportsHandler(SupervisionDbContext db, CurrentUserAccessor current, DbOrgDirectory directory, Tasks.TaskAccess access) : IRequestHandler<ListReports, PageOf<ReportResponse>>
{
    public async ValueTask<PageOf<ReportResponse>> Handle(ListReports request, CancellationToken cancellationToken)
    {
        var units = UnitScope.For(current.User, directory).OrgUnitKeys(directory, request.UnitId);
        var status = string.IsNullOrEmpty(request.Status) ? null : request.Status;
        var obligations = ReportViews.Owed(db.ReportingObligations.AsNoTracking(), units);
        if (request.DueFrom is { } from)
            obligations = obligations.Where(o => o.DueOn >= from);
        if (request.DueTo is { } to)
            obligations = obligations.Where(o => o.DueOn <= to);
        if (ReportViews.SubmissionStatus(status) is { } wanted)
        {
            var submissions = db.ReportSubmissions.Where(s => s.Status == wanted);
            if (units is not null)
                submissions = submissions.Where(s => units.Contains(s.SubmitterOrgUnitId));
            obligations = obligations.Where(o => submissions.Any(s => s.ObligationId == o.Id));
        }
        else if (status is not null)
        {
            // Outstanding: a unit of the request owes the report and has no submission for it.
            obligations = units is null
                ? obligations.Where(o => o.RequiredFromOrgUnitIds.Any(u => !db.ReportSubmissions.Any(s => s.ObligationId == o.Id && s.SubmitterOrgUnitId == u)))
                : obligations.Where(o => o.RequiredFromOrgUnitIds.Any(u => units.Contains(u) && !db.ReportSubmissions.Any(s => s.ObligationId == o.Id && s.SubmitterOrgUnitId == u)));
        }

        var total = await obligations.CountAsync(cancellationToken);
        var page = await obligations.OrderByDescending(o => o.DueOn).ThenByDescending(o => o.Id)
            .Skip(Paging.Skip(request.Page, request.PageSize)).Take(Paging.Size(request.PageSize))
            .Select(o => new { Obligation = o, InstanceId = EF.Property<string?>(o, ProjectionColumns.WorkflowInstanceId), EventKey = EF.Property<string?>(o, ProjectionColumns.WorkflowEventKey) })
            .ToListAsync(cancellationToken);
        var scope = await access.ScopeOfAsync(current.User, cancellationToken);
        var items = await ReportViews.ReadAsync(db, page.Select(p => (p.Obligation, p.InstanceId, p.EventKey)).ToList(), units, status, directory, scope, cancellationToken);
        return new PageOf<ReportResponse>(items, total, Paging.Page(request.Page), Paging.Size(request.PageSize));
    }
}
