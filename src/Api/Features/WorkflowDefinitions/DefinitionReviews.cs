using Microsoft.EntityFrameworkCore;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.WorkflowDefinitions;

/// <summary>The states of a review before publish (table <c>definition_reviews</c>).</summary>
public static class ReviewStatuses
{
    public const string InReview = "InReview";
    public const string ChangesRequested = "ChangesRequested";
    public const string Approved = "Approved";
}

/// <summary>A review of one version: who submitted it, who decided, and what they said.</summary>
public sealed record ReviewResponse(
    string Id,
    string DefinitionId,
    int Version,
    string Status,
    string SubmittedBy,
    DateTimeOffset SubmittedAt,
    string? Comment,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? DecisionComment)
{
    public static ReviewResponse From(DefinitionReviewRecord r) =>
        new(r.Id, r.DefinitionId, r.Version, r.Status, r.SubmittedBy, r.SubmittedAt, r.Comment, r.DecidedBy, r.DecidedAt, r.DecisionComment);
}

internal static class DefinitionReviewQueries
{
    /// <summary>
    /// The latest review of each version. A review older than its version's row belongs to a deleted draft whose
    /// version number was used again, so it does not count.
    /// </summary>
    public static async Task<Dictionary<(string DefinitionId, int Version), DefinitionReviewRecord>> LatestAsync(
        SupervisionDbContext db, string? definitionId, CancellationToken cancellationToken)
    {
        var reviews = db.DefinitionReviews.AsNoTracking();
        var versions = db.Definitions.AsNoTracking();
        if (definitionId is not null)
        {
            reviews = reviews.Where(r => r.DefinitionId == definitionId);
            versions = versions.Where(d => d.DefinitionId == definitionId);
        }
        var rows = await reviews.ToListAsync(cancellationToken);
        var created = await versions.Select(d => new { d.DefinitionId, d.Version, d.CreatedAt }).ToListAsync(cancellationToken);
        var createdAt = created.ToDictionary(d => (d.DefinitionId, d.Version), d => d.CreatedAt);
        return rows
            .Where(r => createdAt.TryGetValue((r.DefinitionId, r.Version), out var at) && r.SubmittedAt >= at)
            .GroupBy(r => (r.DefinitionId, r.Version))
            // On a tie (a resubmission within the same tick) the undecided review is the newer one.
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.SubmittedAt).ThenBy(r => r.DecidedAt is null ? 0 : 1).First());
    }
}
