using System.Text.Json.Nodes;
using Mediator;
using Supervision.Api.Security;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Runtime;

namespace Supervision.Api.Features.WorkflowInstances.TriggerEvent;

/// <summary>
/// Raises an <c>Elsa.Event</c>: resumes every instance waiting for it (only those with <see cref="CorrelationId"/>,
/// when given) and starts every published workflow it triggers.
/// </summary>
public sealed record TriggerEvent(string Name, string? CorrelationId, JsonNode? Payload) : IRequest<TriggerEventResponse>;

public sealed record TriggerEventResponse(string EventName, IReadOnlyList<TriggeredInstance> Resumed, IReadOnlyList<TriggeredInstance> Started);

public sealed record TriggeredInstance(string InstanceId, string DefinitionId, WorkflowStatus Status);

internal sealed class TriggerEventHandler(IWorkflowRuntime runtime, CurrentUserAccessor current) : IRequestHandler<TriggerEvent, TriggerEventResponse>
{
    public async ValueTask<TriggerEventResponse> Handle(TriggerEvent request, CancellationToken cancellationToken)
    {
        var correlationId = string.IsNullOrWhiteSpace(request.CorrelationId) ? null : request.CorrelationId.Trim();
        var result = await runtime.TriggerEventAsync(request.Name, correlationId, request.Payload?.DeepClone(), current.User.UserName, cancellationToken);
        return new TriggerEventResponse(request.Name,
            result.Resumed.Select(r => new TriggeredInstance(r.InstanceId, r.State.DefinitionId, r.Status)).ToList(),
            result.Started.Select(r => new TriggeredInstance(r.InstanceId, r.State.DefinitionId, r.Status)).ToList());
    }
}
