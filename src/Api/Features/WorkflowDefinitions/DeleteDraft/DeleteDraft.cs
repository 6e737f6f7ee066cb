using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Infrastructure;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Runtime;

namespace Supervision.Api.Features.WorkflowDefinitions.DeleteDraft;

/// <summary>Deletes an unpublished version that no instance runs on, with its reviews.</summary>
public sealed record DeleteDraft(string DefinitionId, int Version) : IRequest<bool>;

internal sealed class DeleteDraftHandler(SupervisionDbContext db, WorkflowDefinitionStore store) : IRequestHandler<DeleteDraft, bool>
{
    public async ValueTask<bool> Handle(DeleteDraft request, CancellationToken cancellationToken)
    {
        var row = await db.Definitions.AsNoTracking().Where(d => d.DefinitionId == request.DefinitionId && d.Version == request.Version)
            .Select(d => new { d.Id, d.IsPublished }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"Version {request.Version} of workflow definition", request.DefinitionId);
        if (row.IsPublished)
            throw new ConflictException($"Version {request.Version} of '{request.DefinitionId}' is published; unpublish it before deleting it.");
        if (await db.Instances.AnyAsync(i => i.DefinitionVersionId == row.Id, cancellationToken))
            throw new ConflictException($"Version {request.Version} of '{request.DefinitionId}' has instances and cannot be deleted.");
        try
        {
            await store.DeleteDraftAsync(request.DefinitionId, request.Version, cancellationToken);
        }
        catch (InvalidOperationException ex)
        {
            // Published or started by someone else between the checks above and the delete.
            throw new ConflictException(ex.Message);
        }
        // The version number can come back with the next save; its old reviews must not. (Reviews older than a
        // version are ignored anyway, should this second statement not run.)
        await db.DefinitionReviews.Where(r => r.DefinitionId == request.DefinitionId && r.Version == request.Version).ExecuteDeleteAsync(cancellationToken);
        return true;
    }
}
