using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Security;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Notifications.MarkAllRead;

/// <summary>Marks every unread notification of the user read, in one statement.</summary>
public sealed record MarkAllRead : IRequest<MarkedRead>;

public sealed record MarkedRead(int Marked);

internal sealed class MarkAllReadHandler(SupervisionDbContext db, CurrentUserAccessor current, TimeProvider clock) : IRequestHandler<MarkAllRead, MarkedRead>
{
    public async ValueTask<MarkedRead> Handle(MarkAllRead request, CancellationToken cancellationToken)
    {
        var userName = current.User.UserName;
        var now = clock.GetUtcNow();
        var marked = await db.Notifications.Where(n => n.UserName == userName && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
        return new MarkedRead(marked);
    }
}
