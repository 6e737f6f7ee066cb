using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Features.Common;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.WorkflowDefinitions.ListReviews;

/// <summary>Reviews, newest first: the supervisor's queue with <c>status=InReview</c>.</summary>
public sealed record ListReviews(string? Status, string? DefinitionId, int? Page, int? PageSize) : IRequest<PageOf<ReviewResponse>>
{
    public static readonly string[] Statuses = [ReviewStatuses.InReview, ReviewStatuses.ChangesRequested, ReviewStatuses.Approved];
}

internal sealed class ListReviewsHandler(SupervisionDbContext db) : IRequestHandler<ListReviews, PageOf<ReviewResponse>>
{
    public async ValueTask<PageOf<ReviewResponse>> Handle(ListReviews request, CancellationToken cancellationToken)
    {
        var rows = db.DefinitionReviews.AsNoTracking();
        if (!string.IsNullOrEmpty(request.Status))
            rows = rows.Where(r => r.Status == request.Status);
        if (!string.IsNullOrEmpty(request.DefinitionId))
            rows = rows.Where(r => r.DefinitionId == request.DefinitionId);
        var total = await rows.CountAsync(cancellationToken);
        var items = await rows.OrderByDescending(r => r.SubmittedAt).ThenBy(r => r.Id)
            .Skip(Paging.Skip(request.Page, request.PageSize)).Take(Paging.Size(request.PageSize))
            .ToListAsync(cancellationToken);
        return new PageOf<ReviewResponse>(items.Select(ReviewResponse.From).ToList(), total, Paging.Page(request.Page), Paging.Size(request.PageSize));
    }
}
