using Mediator;
using Supervision.Api.Security;
using Supervision.Domain.Calendar;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Admin.GetUser;

/// <summary>A user with their role assignments.</summary>
public sealed record GetUser(string UserName) : IRequest<AdminUserResponse>;

internal sealed class GetUserHandler(SupervisionDbContext db, DbOrgDirectory directory, TimeProvider clock) : IRequestHandler<GetUser, AdminUserResponse>
{
    public async ValueTask<AdminUserResponse> Handle(GetUser request, CancellationToken cancellationToken)
    {
        var user = await Users.FindAsync(db, request.UserName, cancellationToken);
        return await Users.ToResponseAsync(db, directory, user, WorkCalendar.ToLocalDate(clock.GetUtcNow()), withAssignments: true, cancellationToken);
    }
}
