using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Features.Common;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.WorkflowDefinitions.ListDefinitions;

/// <summary>
/// Definitions with their latest and published versions. <see cref="Search"/> ignores Vietnamese marks and case
/// and looks in the name, description and definition id; <see cref="Status"/> is one of <see cref="Statuses"/>.
/// </summary>
public sealed record ListDefinitions(string? Search, string? Status, int? Page, int? PageSize) : IRequest<PageOf<DefinitionListItem>>
{
    /// <summary><c>Published</c>: has a published version; <c>Draft</c>: has none; the others: the latest version's review.</summary>
    public static readonly string[] Statuses = ["Published", "Draft", ReviewStatuses.InReview, ReviewStatuses.ChangesRequested, ReviewStatuses.Approved];
}

/// <param name="NameEn">The latest version's name in English (<c>customProperties.nameEn</c>), when it has one.</param>
/// <param name="DescriptionEn">Its description in English (<c>customProperties.descriptionEn</c>), when it has one.</param>
public sealed record DefinitionListItem(
    string DefinitionId,
    string? Name,
    string? Description,
    int LatestVersion,
    int? PublishedVersion,
    DateTimeOffset UpdatedAt,
    string? ReviewStatus,
    string? NameEn = null,
    string? DescriptionEn = null);

internal sealed class ListDefinitionsHandler(SupervisionDbContext db) : IRequestHandler<ListDefinitions, PageOf<DefinitionListItem>>
{
    public async ValueTask<PageOf<DefinitionListItem>> Handle(ListDefinitions request, CancellationToken cancellationToken)
    {
        // Definitions number in the hundreds: folding Vietnamese text is done here rather than in SQL, which
        // cannot do it the same way on SQLite, SQL Server and PostgreSQL.
        var versions = await db.Definitions.AsNoTracking()
            .Select(d => new { d.DefinitionId, d.Version, d.Name, d.NameEn, d.Description, d.DescriptionEn, d.IsLatest, d.IsPublished, d.CreatedAt, d.PublishedAt })
            .ToListAsync(cancellationToken);
        var reviews = await DefinitionReviewQueries.LatestAsync(db, null, cancellationToken);

        var items = versions
            .GroupBy(v => v.DefinitionId, StringComparer.Ordinal)
            .Select(g =>
            {
                var latest = g.FirstOrDefault(v => v.IsLatest) ?? g.MaxBy(v => v.Version)!;
                var published = g.FirstOrDefault(v => v.IsPublished);
                var updated = g.Max(v => v.PublishedAt is { } p && p > v.CreatedAt ? p : v.CreatedAt);
                return new DefinitionListItem(g.Key, latest.Name, latest.Description, latest.Version, published?.Version, updated,
                    reviews.GetValueOrDefault((g.Key, latest.Version))?.Status, latest.NameEn, latest.DescriptionEn);
            })
            .Where(d => VietnameseText.Matches(request.Search, d.Name, d.NameEn, d.Description, d.DescriptionEn, d.DefinitionId))
            .Where(d => request.Status switch
            {
                null or "" => true,
                "Published" => d.PublishedVersion is not null,
                "Draft" => d.PublishedVersion is null,
                var review => d.ReviewStatus == review,
            })
            .OrderByDescending(d => d.UpdatedAt)
            .ThenBy(d => d.DefinitionId, StringComparer.Ordinal)
            .ToList();

        var page = items.Skip(Paging.Skip(request.Page, request.PageSize)).Take(Paging.Size(request.PageSize)).ToList();
        return new PageOf<DefinitionListItem>(page, items.Count, Paging.Page(request.Page), Paging.Size(request.PageSize));
    }
}
