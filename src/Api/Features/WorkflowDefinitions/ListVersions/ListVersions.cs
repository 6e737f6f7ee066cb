using Mediator;
using Supervision.Api.Security;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Infrastructure;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.WorkflowDefinitions.ListVersions;

/// <summary>Every stored version of a definition, oldest first, with its review.</summary>
public sealed record ListVersions(string DefinitionId) : IRequest<IReadOnlyList<VersionItem>>;

/// <param name="CreatedBy">Who saved the version; null: imported from the definitions folder at start-up (or saved before authors were recorded).</param>
/// <param name="PublishedBy">Who published it: a designer, or the reviewer whose approval published it.</param>
public sealed record VersionItem(
    string Id,
    int Version,
    bool IsLatest,
    bool IsPublished,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PublishedAt,
    string? CreatedBy,
    string? PublishedBy,
    string? ReviewStatus,
    string? ReviewComment);

internal sealed class ListVersionsHandler(SupervisionDbContext db) : IRequestHandler<ListVersions, IReadOnlyList<VersionItem>>
{
    public async ValueTask<IReadOnlyList<VersionItem>> Handle(ListVersions request, CancellationToken cancellationToken)
    {
        var versions = await db.Definitions.AsNoTracking().Where(d => d.DefinitionId == request.DefinitionId).OrderBy(d => d.Version)
            .Select(d => new { d.Id, d.Version, d.IsLatest, d.IsPublished, d.CreatedAt, d.PublishedAt, d.CreatedBy, d.PublishedBy })
            .ToListAsync(cancellationToken);
        if (versions.Count == 0)
            throw new NotFoundException("Workflow definition", request.DefinitionId);
        var reviews = await DefinitionReviewQueries.LatestAsync(db, request.DefinitionId, cancellationToken);
        return versions.Select(v =>
        {
            var review = reviews.GetValueOrDefault((request.DefinitionId, v.Version));
            return new VersionItem(v.Id, v.Version, v.IsLatest, v.IsPublished, v.CreatedAt, v.PublishedAt, v.CreatedBy, v.PublishedBy,
                review?.Status, review is null ? null : review.DecisionComment ?? review.Comment);
        }).ToList();
    }
}
