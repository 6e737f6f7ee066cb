using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Security;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Runtime;

namespace Supervision.Api.Features.WorkflowDefinitions.ApproveReview;

/// <summary>A supervisor approves a version in review, which publishes it.</summary>
public sealed record ApproveReview(string DefinitionId, int Version, string? Comment) : IRequest<ReviewResponse>;

internal sealed class ApproveReviewHandler(SupervisionDbContext db, WorkflowDefinitionStore store, CurrentUserAccessor current, TimeProvider clock)
    : IRequestHandler<ApproveReview, ReviewResponse>
{
    public async ValueTask<ReviewResponse> Handle(ApproveReview request, CancellationToken cancellationToken)
    {
        var review = await ReviewSteps.OpenReviewAsync(db, request.DefinitionId, request.Version, cancellationToken);
        var comment = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim();
        await ReviewSteps.DecideAsync(db, review, ReviewStatuses.Approved, current.User.UserName, clock.GetUtcNow(), comment, cancellationToken);
        try
        {
            await store.PublishAsync(request.DefinitionId, request.Version, current.User.UserName, cancellationToken);
        }
        catch
        {
            // The store publishes in its own transaction: when it refuses (invalid, a concurrent publish), the review
            // goes back to InReview so that no approval stands for a version that is not published.
            await ReopenAsync(review.Id);
            throw;
        }
        return await ReviewSteps.ReloadAsync(db, review.Id, cancellationToken);
    }

    private Task ReopenAsync(string reviewId) =>
        db.DefinitionReviews.Where(r => r.Id == reviewId && r.Status == ReviewStatuses.Approved).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Status, ReviewStatuses.InReview)
            .SetProperty(r => r.DecidedBy, (string?)null)
            .SetProperty(r => r.DecidedAt, (DateTimeOffset?)null)
            .SetProperty(r => r.DecisionComment, (string?)null), CancellationToken.None);
}
