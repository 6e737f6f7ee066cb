using Mediator;
using Supervision.Api.Infrastructure;
using Supervision.Api.Security;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Admin.ResetTwoStep;

/// <summary>
/// Turns a user's two-step sign-in off (a lost phone): the user signs in with the password alone and sets it up again;
/// the tokens the user holds are refused from then on.
/// </summary>
public sealed record ResetTwoStep(string UserName) : IRequest<bool>, IAuditedCommand;

internal sealed class ResetTwoStepHandler(SupervisionDbContext db, CurrentUserAccessor current, TokenRevocations revocations) : IRequestHandler<ResetTwoStep, bool>
{
    public async ValueTask<bool> Handle(ResetTwoStep request, CancellationToken cancellationToken)
    {
        if (request.UserName == current.User.UserName)
            throw new ConflictException("You cannot reset your own two-step sign-in; ask another administrator.");
        var user = await Users.FindAsync(db, request.UserName, cancellationToken);
        user.TotpSecret = null;
        user.TotpPendingSecret = null;
        user.TotpLastStep = null;
        user.SecurityStamp = UserRecord.NewSecurityStamp();
        await db.SaveChangesAsync(cancellationToken);
        revocations.Invalidate();
        return true;
    }
}
