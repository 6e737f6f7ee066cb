using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Features.Common;
using Supervision.Api.Security;
using Supervision.Domain.Calendar;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Persistence.Domain;

namespace Supervision.Api.Features.UrgeNotices.ListUrgeNotices;

/// <summary>
/// Urge notices, newest first, filtered by addressee unit (with the units under it), level and issue date (Hà Nội
/// dates, inclusive). An officer sees the notices addressed to their units.
/// </summary>
public sealed record ListUrgeNotices(string? UnitId, int? Level, DateOnly? IssuedFrom, DateOnly? IssuedTo, int? Page, int? PageSize)
    : IRequest<PageOf<UrgeNoticeResponse>>;

/// <summary>
/// A notice as issued: whom it presses, about which tasks (in the form the task list's ids take) and which notice it
/// follows up; the workflow instance that issued it, if one did. <paramref name="TargetTasks"/> names those of the
/// tasks that are still in the task list (title, unit, due date, status).
/// </summary>
public sealed record UrgeNoticeResponse(
    Guid Id,
    int Level,
    DateTimeOffset IssuedAt,
    string? Message,
    string? MessageEn,
    IReadOnlyList<UnitRef> Addressees,
    IReadOnlyList<string> TargetTaskIds,
    Guid? PreviousNoticeId,
    Guid? DocumentId,
    string? WorkflowInstanceId,
    IReadOnlyList<UrgedTask> TargetTasks);

/// <summary>A task an urge notice presses about, as the task list has it.</summary>
public sealed record UrgedTask(string Id, string Title, string? UnitId, DateOnly? DueOn, string Status);

internal sealed class ListUrgeNoticesHandler(SupervisionDbContext db, CurrentUserAccessor current, DbOrgDirectory directory)
    : IRequestHandler<ListUrgeNotices, PageOf<UrgeNoticeResponse>>
{
    public async ValueTask<PageOf<UrgeNoticeResponse>> Handle(ListUrgeNotices request, CancellationToken cancellationToken)
    {
        var notices = db.UrgeNotices.AsNoTracking();
        if (UnitScope.For(current.User, directory).OrgUnitKeys(directory, request.UnitId) is { } units)
            notices = notices.Where(n => n.AddresseeOrgUnitIds.Any(u => units.Contains(u)));
        if (request.Level is { } level)
            notices = notices.Where(n => n.Level == level);
        if (request.IssuedFrom is { } from)
        {
            var start = WorkCalendar.StartOfDay(from);
            notices = notices.Where(n => n.IssuedAt >= start);
        }
        if (request.IssuedTo is { } to)
        {
            var end = WorkCalendar.EndOfDay(to);
            notices = notices.Where(n => n.IssuedAt < end);
        }

        var total = await notices.CountAsync(cancellationToken);
        var page = await notices.OrderByDescending(n => n.IssuedAt).ThenByDescending(n => n.Id)
            .Skip(Paging.Skip(request.Page, request.PageSize)).Take(Paging.Size(request.PageSize))
            .Select(n => new { Notice = n, InstanceId = EF.Property<string?>(n, ProjectionColumns.WorkflowInstanceId) })
            .ToListAsync(cancellationToken);
        var taskIds = page.SelectMany(p => p.Notice.TargetTaskIds).Select(t => t.ToString("N")).Distinct().ToList();
        var tasks = await db.Tasks.AsNoTracking().Where(t => taskIds.Contains(t.Id))
            .Select(t => new UrgedTask(t.Id, t.Title, t.UnitId, t.DueOn, t.Status)).ToDictionaryAsync(t => t.Id, cancellationToken);
        var items = page.Select(p => new UrgeNoticeResponse(
            p.Notice.Id,
            p.Notice.Level,
            p.Notice.IssuedAt,
            p.Notice.Message,
            p.Notice.MessageEn,
            p.Notice.AddresseeOrgUnitIds.Select(u => UnitRef.Of(u, directory)).ToList(),
            // Task list ids are bookmark ids, Guids written without hyphens; DomainKeys.Task keeps their value.
            p.Notice.TargetTaskIds.Select(t => t.ToString("N")).ToList(),
            p.Notice.PreviousNoticeId,
            p.Notice.DocumentId,
            p.InstanceId,
            [.. p.Notice.TargetTaskIds.Select(t => tasks.GetValueOrDefault(t.ToString("N"))).OfType<UrgedTask>()])).ToList();
        return new PageOf<UrgeNoticeResponse>(items, total, Paging.Page(request.Page), Paging.Size(request.PageSize));
    }
}
