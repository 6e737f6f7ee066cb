using Microsoft.EntityFrameworkCore;
using Supervision.Api.Infrastructure;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.WorkflowDefinitions;

/// <summary>The checks and the one-statement state change shared by the review decisions.</summary>
internal static class ReviewSteps
{
    public const int MaxCommentLength = 4000;

    /// <summary>The version's row, or 404.</summary>
    public static async Task<(string Id, bool IsPublished, DateTimeOffset CreatedAt)> FindVersionAsync(
        SupervisionDbContext db, string definitionId, int version, CancellationToken cancellationToken)
    {
        var row = await db.Definitions.AsNoTracking().Where(d => d.DefinitionId == definitionId && d.Version == version)
            .Select(d => new { d.Id, d.IsPublished, d.CreatedAt }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"Version {version} of workflow definition", definitionId);
        return (row.Id, row.IsPublished, row.CreatedAt);
    }

    /// <summary>The version's latest review, if any (reviews older than the version belong to a deleted draft).</summary>
    public static Task<DefinitionReviewRecord?> LatestReviewAsync(SupervisionDbContext db, string definitionId, int version, DateTimeOffset versionCreatedAt, CancellationToken cancellationToken) =>
        db.DefinitionReviews.AsNoTracking()
            .Where(r => r.DefinitionId == definitionId && r.Version == version && r.SubmittedAt >= versionCreatedAt)
            .OrderByDescending(r => r.SubmittedAt).ThenBy(r => r.DecidedAt == null ? 0 : 1)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The open review of a version, or 409 saying where the version stands.</summary>
    public static async Task<DefinitionReviewRecord> OpenReviewAsync(SupervisionDbContext db, string definitionId, int version, CancellationToken cancellationToken)
    {
        var (_, _, createdAt) = await FindVersionAsync(db, definitionId, version, cancellationToken);
        var review = await LatestReviewAsync(db, definitionId, version, createdAt, cancellationToken);
        if (review is not { Status: ReviewStatuses.InReview })
        {
            throw new ConflictException(review is null
                ? $"Version {version} of '{definitionId}' has not been submitted for review."
                : $"Version {version} of '{definitionId}' is not in review (its review is {review.Status}).");
        }
        return review;
    }

    /// <summary>Decides an open review in one conditional statement, so two reviewers cannot both decide it.</summary>
    public static async Task DecideAsync(SupervisionDbContext db, DefinitionReviewRecord review, string status, string decidedBy, DateTimeOffset at, string? comment, CancellationToken cancellationToken)
    {
        var changed = await db.DefinitionReviews
            .Where(r => r.Id == review.Id && r.Status == ReviewStatuses.InReview)
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Status, status)
                .SetProperty(r => r.DecidedBy, decidedBy)
                .SetProperty(r => r.DecidedAt, at)
                .SetProperty(r => r.DecisionComment, comment), cancellationToken);
        if (changed == 0)
            throw new ConflictException($"The review of version {review.Version} of '{review.DefinitionId}' was decided by someone else meanwhile.");
    }

    public static async Task<ReviewResponse> ReloadAsync(SupervisionDbContext db, string reviewId, CancellationToken cancellationToken) =>
        ReviewResponse.From(await db.DefinitionReviews.AsNoTracking().FirstAsync(r => r.Id == reviewId, cancellationToken));
}
