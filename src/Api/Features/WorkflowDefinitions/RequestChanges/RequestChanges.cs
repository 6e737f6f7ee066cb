using Mediator;
using Supervision.Api.Security;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.WorkflowDefinitions.RequestChanges;

/// <summary>A supervisor sends a version in review back to the designer, saying what to change.</summary>
public sealed record RequestChanges(string DefinitionId, int Version, string? Comment) : IRequest<ReviewResponse>;

internal sealed class RequestChangesHandler(SupervisionDbContext db, CurrentUserAccessor current, TimeProvider clock) : IRequestHandler<RequestChanges, ReviewResponse>
{
    public async ValueTask<ReviewResponse> Handle(RequestChanges request, CancellationToken cancellationToken)
    {
        var review = await ReviewSteps.OpenReviewAsync(db, request.DefinitionId, request.Version, cancellationToken);
        await ReviewSteps.DecideAsync(db, review, ReviewStatuses.ChangesRequested, current.User.UserName, clock.GetUtcNow(), request.Comment!.Trim(), cancellationToken);
        return await ReviewSteps.ReloadAsync(db, review.Id, cancellationToken);
    }
}
