using Mediator;
using Supervision.Api.Infrastructure;
using Supervision.Api.Security;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Runtime;

namespace Supervision.Api.Features.WorkflowDefinitions.SubmitForReview;

/// <summary>
/// A designer asks a supervisor to approve a version for publishing. The version must be valid (422 otherwise,
/// listing each problem) and not published or already in review (409).
/// </summary>
public sealed record SubmitForReview(string DefinitionId, int Version, string? Comment) : IRequest<ReviewResponse>;

internal sealed class SubmitForReviewHandler(
    SupervisionDbContext db,
    WorkflowDefinitionStore store,
    IDefinitionValidator validator,
    CurrentUserAccessor current,
    TimeProvider clock) : IRequestHandler<SubmitForReview, ReviewResponse>
{
    public async ValueTask<ReviewResponse> Handle(SubmitForReview request, CancellationToken cancellationToken)
    {
        var (_, isPublished, createdAt) = await ReviewSteps.FindVersionAsync(db, request.DefinitionId, request.Version, cancellationToken);
        if (isPublished)
            throw new ConflictException($"Version {request.Version} of '{request.DefinitionId}' is already published.");
        var latest = await ReviewSteps.LatestReviewAsync(db, request.DefinitionId, request.Version, createdAt, cancellationToken);
        if (latest is { Status: ReviewStatuses.InReview })
            throw new ConflictException($"Version {request.Version} of '{request.DefinitionId}' is already in review since {latest.SubmittedAt:u}.");

        var stored = await store.GetVersionAsync(request.DefinitionId, request.Version, cancellationToken)
            ?? throw new NotFoundException($"Version {request.Version} of workflow definition", request.DefinitionId);
        var problems = validator.Validate(stored.Definition);
        if (problems.Any(p => !p.IsWarning))
            throw new DefinitionValidationException(request.DefinitionId, problems);

        var review = new DefinitionReviewRecord
        {
            Id = Guid.NewGuid().ToString("N"),
            DefinitionId = request.DefinitionId,
            Version = request.Version,
            Status = ReviewStatuses.InReview,
            SubmittedBy = current.User.UserName,
            SubmittedAt = clock.GetUtcNow(),
            Comment = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim(),
        };
        db.DefinitionReviews.Add(review);
        await db.SaveChangesAsync(cancellationToken);
        return ReviewResponse.From(review);
    }
}
