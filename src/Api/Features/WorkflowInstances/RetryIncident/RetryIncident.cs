using Mediator;
using Supervision.Api.Security;
using Supervision.Workflows.Runtime;

namespace Supervision.Api.Features.WorkflowInstances.RetryIncident;

/// <summary>Retries an open incident of a faulted instance (the latest when none is named).</summary>
public sealed record RetryIncident(string Id, string? IncidentId) : IRequest<InstanceResponse>;

internal sealed class RetryIncidentHandler(IWorkflowRuntime runtime, InstanceViews views, CurrentUserAccessor current) : IRequestHandler<RetryIncident, InstanceResponse>
{
    public async ValueTask<InstanceResponse> Handle(RetryIncident request, CancellationToken cancellationToken)
    {
        await runtime.RetryAsync(request.Id, string.IsNullOrWhiteSpace(request.IncidentId) ? null : request.IncidentId, current.User.UserName, cancellationToken);
        return await views.GetAsync(request.Id, cancellationToken);
    }
}
