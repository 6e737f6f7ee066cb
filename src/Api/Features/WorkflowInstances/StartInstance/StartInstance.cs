using System.Text.Json.Nodes;
using Mediator;
using Supervision.Api.Security;
using Supervision.Workflows.Runtime;

namespace Supervision.Api.Features.WorkflowInstances.StartInstance;

/// <summary>Starts an instance of the published version of a definition (or of <see cref="Version"/>).</summary>
public sealed record StartInstance(string? DefinitionId, int? Version, JsonObject? Input, string? CorrelationId) : IRequest<InstanceResponse>;

internal sealed class StartInstanceHandler(IWorkflowRuntime runtime, InstanceViews views, CurrentUserAccessor current) : IRequestHandler<StartInstance, InstanceResponse>
{
    public async ValueTask<InstanceResponse> Handle(StartInstance request, CancellationToken cancellationToken)
    {
        var started = await runtime.StartAsync(new StartWorkflowRequest
        {
            DefinitionId = request.DefinitionId!,
            Version = request.Version,
            Input = request.Input?.ToDictionary(p => p.Key, p => (object?)p.Value?.DeepClone(), StringComparer.Ordinal),
            CorrelationId = string.IsNullOrWhiteSpace(request.CorrelationId) ? null : request.CorrelationId.Trim(),
            Actor = current.User.UserName,
            // Refused before anything is stored: undeclared names, values of the wrong type, and values the workflow would fail on later.
            CheckInput = true,
        }, cancellationToken);
        return await views.GetAsync(started.InstanceId, cancellationToken);
    }
}
