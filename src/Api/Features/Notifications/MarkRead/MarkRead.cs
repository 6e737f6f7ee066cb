using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Infrastructure;
using Supervision.Api.Security;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Notifications.MarkRead;

/// <summary>Marks one of the user's notifications read (again is harmless; another user's is not found).</summary>
public sealed record MarkRead(string Id) : IRequest<bool>;

internal sealed class MarkReadHandler(SupervisionDbContext db, CurrentUserAccessor current, TimeProvider clock) : IRequestHandler<MarkRead, bool>
{
    public async ValueTask<bool> Handle(MarkRead request, CancellationToken cancellationToken)
    {
        var userName = current.User.UserName;
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == request.Id && n.UserName == userName, cancellationToken)
            ?? throw new NotFoundException("Notification", request.Id);
        if (notification.ReadAt is null)
        {
            notification.ReadAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
        }
        return true;
    }
}
