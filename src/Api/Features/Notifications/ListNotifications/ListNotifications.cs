using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Features.Common;
using Supervision.Api.Security;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Notifications.ListNotifications;

/// <summary>The signed-in user's in-app notifications: unread first, newest first within each.</summary>
public sealed record ListNotifications(bool? UnreadOnly, int? Page, int? PageSize) : IRequest<NotificationsPage>;

public sealed record NotificationResponse(string Id, string Title, string Body, string? Link, string? TaskId, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

public sealed record NotificationsPage(IReadOnlyList<NotificationResponse> Items, int Total, int Unread, int Page, int PageSize);

internal sealed class ListNotificationsHandler(SupervisionDbContext db, CurrentUserAccessor current) : IRequestHandler<ListNotifications, NotificationsPage>
{
    public async ValueTask<NotificationsPage> Handle(ListNotifications request, CancellationToken cancellationToken)
    {
        var userName = current.User.UserName;
        var mine = db.Notifications.AsNoTracking().Where(n => n.UserName == userName);
        var unread = await mine.CountAsync(n => n.ReadAt == null, cancellationToken);
        var rows = request.UnreadOnly == true ? mine.Where(n => n.ReadAt == null) : mine;
        var total = request.UnreadOnly == true ? unread : await rows.CountAsync(cancellationToken);
        var items = await rows
            .OrderBy(n => n.ReadAt == null ? 0 : 1).ThenByDescending(n => n.CreatedAt).ThenBy(n => n.Id)
            .Skip(Paging.Skip(request.Page, request.PageSize)).Take(Paging.Size(request.PageSize))
            .Select(n => new NotificationResponse(n.Id, n.Title, n.Body, n.Link, n.TaskId, n.CreatedAt, n.ReadAt))
            .ToListAsync(cancellationToken);
        return new NotificationsPage(items, total, unread, Paging.Page(request.Page), Paging.Size(request.PageSize));
    }
}
