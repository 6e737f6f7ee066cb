using System.Text.Json.Nodes;
using Mediator;
using Supervision.Api.Infrastructure;
using Supervision.Workflows.Definitions;
using Supervision.Workflows.Runtime;

namespace Supervision.Api.Features.WorkflowDefinitions.GetDefinition;

/// <summary>One version of a definition as Elsa 3 JSON: <see cref="Version"/>, the published one, or the latest.</summary>
public sealed record GetDefinition(string DefinitionId, int? Version, bool? Published) : IRequest<JsonObject>;

internal sealed class GetDefinitionHandler(WorkflowDefinitionStore store) : IRequestHandler<GetDefinition, JsonObject>
{
    public async ValueTask<JsonObject> Handle(GetDefinition request, CancellationToken cancellationToken)
    {
        var stored = await FindAsync(store, request.DefinitionId, request.Version, request.Published == true, cancellationToken);
        return WorkflowDefinitionWriter.ToJson(stored.Definition);
    }

    /// <summary>The version asked for, or a 404 naming what was missing.</summary>
    public static async Task<StoredDefinition> FindAsync(WorkflowDefinitionStore store, string definitionId, int? version, bool published, CancellationToken cancellationToken)
    {
        var stored = version is { } v ? await store.GetVersionAsync(definitionId, v, cancellationToken)
            : published ? await store.GetPublishedAsync(definitionId, cancellationToken)
            : await store.GetLatestAsync(definitionId, cancellationToken);
        return stored ?? throw new NotFoundException(
            version is not null ? $"Version {version} of workflow definition" : published ? "Published version of workflow definition" : "Workflow definition",
            definitionId);
    }
}
