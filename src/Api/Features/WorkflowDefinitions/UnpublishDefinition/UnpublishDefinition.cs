using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Infrastructure;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Runtime;

namespace Supervision.Api.Features.WorkflowDefinitions.UnpublishDefinition;

/// <summary>Takes the published version out of service: nothing new starts from it; running instances go on.</summary>
public sealed record UnpublishDefinition(string DefinitionId) : IRequest<UnpublishedDefinition>;

public sealed record UnpublishedDefinition(string DefinitionId, int UnpublishedVersion);

internal sealed class UnpublishDefinitionHandler(SupervisionDbContext db, WorkflowDefinitionStore store) : IRequestHandler<UnpublishDefinition, UnpublishedDefinition>
{
    public async ValueTask<UnpublishedDefinition> Handle(UnpublishDefinition request, CancellationToken cancellationToken)
    {
        var versions = await db.Definitions.AsNoTracking().Where(d => d.DefinitionId == request.DefinitionId)
            .Select(d => new { d.Version, d.IsPublished }).ToListAsync(cancellationToken);
        if (versions.Count == 0)
            throw new NotFoundException("Workflow definition", request.DefinitionId);
        var published = versions.FirstOrDefault(v => v.IsPublished)
            ?? throw new ConflictException($"Workflow definition '{request.DefinitionId}' has no published version.");
        if (!await store.UnpublishAsync(request.DefinitionId, cancellationToken))
            throw new ConflictException($"Workflow definition '{request.DefinitionId}' was unpublished by someone else meanwhile.");
        return new UnpublishedDefinition(request.DefinitionId, published.Version);
    }
}
