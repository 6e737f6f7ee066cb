using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Features.Common;
using Supervision.Api.Security;
using Supervision.Domain.Documents;
using Supervision.Workflows.Human;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Persistence.Domain;

namespace Supervision.Api.Features.Documents.ListDocuments;

/// <summary>
/// Documents, latest issued first (unissued drafts last), filtered by type, issuing unit (with the units under it),
/// issue date and text in the subject line. An officer sees the documents issued by or sent to their units.
/// </summary>
public sealed record ListDocuments(string? DocType, string? IssuerUnitId, DateOnly? IssuedFrom, DateOnly? IssuedTo, string? Q, int? Page, int? PageSize)
    : IRequest<PageOf<DocumentResponse>>;

internal sealed class ListDocumentsHandler(SupervisionDbContext db, CurrentUserAccessor current, DbOrgDirectory directory)
    : IRequestHandler<ListDocuments, PageOf<DocumentResponse>>
{
    public async ValueTask<PageOf<DocumentResponse>> Handle(ListDocuments request, CancellationToken cancellationToken)
    {
        var documents = db.Documents.AsNoTracking();
        if (UnitScope.For(current.User, directory).OrgUnitKeys(directory) is { } visible)
            documents = DocumentViews.Concerning(db, documents, visible);
        if (!string.IsNullOrEmpty(request.DocType))
        {
            var type = Enum.Parse<DocType>(request.DocType, ignoreCase: true);
            documents = documents.Where(d => d.DocType == type);
        }
        // Issued by the unit: an officer asking for the board's documents gets those the board sent to their units.
        if (!string.IsNullOrEmpty(request.IssuerUnitId))
        {
            var issuers = directory.Subtree(request.IssuerUnitId).Select(DomainKeys.OrgUnit).ToList();
            documents = documents.Where(d => d.IssuerOrgUnitIds.Any(u => issuers.Contains(u)));
        }
        if (request.IssuedFrom is { } from)
            documents = documents.Where(d => d.IssuedOn >= from);
        if (request.IssuedTo is { } to)
            documents = documents.Where(d => d.IssuedOn <= to);
        if (request.Q?.Trim() is { Length: > 0 } text)
        {
            // Accent- and case-insensitive, as the inbox: "ke hoach" finds "Kế hoạch".
            var folded = SearchText.Fold(text);
            documents = documents.Where(d => EF.Property<string?>(d, DocumentSearch.Column)!.Contains(folded));
        }

        var total = await documents.CountAsync(cancellationToken);
        // Providers disagree on where NULL sorts; drafts without an issue date go last on all of them.
        var page = await documents.OrderBy(d => d.IssuedOn == null).ThenByDescending(d => d.IssuedOn).ThenByDescending(d => d.Id)
            .Skip(Paging.Skip(request.Page, request.PageSize)).Take(Paging.Size(request.PageSize))
            .ToListAsync(cancellationToken);
        var people = await DocumentViews.PeopleAsync(db, page, cancellationToken);
        var items = page.Select(d => DocumentViews.View(d, directory, people)).ToList();
        return new PageOf<DocumentResponse>(items, total, Paging.Page(request.Page), Paging.Size(request.PageSize));
    }
}
