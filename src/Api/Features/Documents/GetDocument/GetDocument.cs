using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Features.Common;
using Supervision.Api.Infrastructure;
using Supervision.Api.Security;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Documents.GetDocument;

/// <summary>One document's metadata; for an officer, only one issued by or sent to their units.</summary>
public sealed record GetDocument(string Id) : IRequest<DocumentResponse>;

internal sealed class GetDocumentHandler(SupervisionDbContext db, CurrentUserAccessor current, DbOrgDirectory directory) : IRequestHandler<GetDocument, DocumentResponse>
{
    public async ValueTask<DocumentResponse> Handle(GetDocument request, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(request.Id, out var id))
            throw new NotFoundException("Document", request.Id);
        var one = db.Documents.AsNoTracking().Where(d => d.Id == id);
        var document = await one.FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Document", request.Id);
        if (UnitScope.For(current.User, directory).OrgUnitKeys(directory) is { } units && !await DocumentViews.Concerning(db, one, units).AnyAsync(cancellationToken))
            throw new ForbiddenException("This document was neither issued by nor sent to your unit.");
        return DocumentViews.View(document, directory, await DocumentViews.PeopleAsync(db, [document], cancellationToken));
    }
}
