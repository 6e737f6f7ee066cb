using System.Text;
using System.Text.RegularExpressions;
using Mediator;
using Supervision.Workflows.Definitions;
using Supervision.Workflows.Runtime;

namespace Supervision.Api.Features.WorkflowDefinitions.ExportDefinition;

/// <summary>A version's Elsa 3 JSON as a file to download (the latest when no version is named).</summary>
public sealed record ExportDefinition(string DefinitionId, int? Version, bool? Published) : IRequest<ExportedDefinition>;

public sealed record ExportedDefinition(string FileName, byte[] Content);

internal sealed partial class ExportDefinitionHandler(WorkflowDefinitionStore store) : IRequestHandler<ExportDefinition, ExportedDefinition>
{
    public async ValueTask<ExportedDefinition> Handle(ExportDefinition request, CancellationToken cancellationToken)
    {
        var stored = await GetDefinition.GetDefinitionHandler.FindAsync(store, request.DefinitionId, request.Version, request.Published == true, cancellationToken);
        var name = $"{UnsafeInFileName().Replace(stored.DefinitionId, "_")}-v{stored.Version}.json";
        return new ExportedDefinition(name, Encoding.UTF8.GetBytes(WorkflowDefinitionWriter.Write(stored.Definition)));
    }

    [GeneratedRegex("[^A-Za-z0-9._-]")]
    private static partial Regex UnsafeInFileName();
}
