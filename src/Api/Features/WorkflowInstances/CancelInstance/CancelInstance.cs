using Mediator;
using Supervision.Api.Security;
using Supervision.Workflows.Runtime;

namespace Supervision.Api.Features.WorkflowInstances.CancelInstance;

/// <summary>Cancels an unfinished instance: its bookmarks and open tasks are cancelled with it (409 when it has finished).</summary>
public sealed record CancelInstance(string Id) : IRequest<InstanceResponse>;

internal sealed class CancelInstanceHandler(IWorkflowRuntime runtime, InstanceViews views, CurrentUserAccessor current) : IRequestHandler<CancelInstance, InstanceResponse>
{
    public async ValueTask<InstanceResponse> Handle(CancelInstance request, CancellationToken cancellationToken)
    {
        await runtime.CancelAsync(request.Id, current.User.UserName, cancellationToken);
        return await views.GetAsync(request.Id, cancellationToken);
    }
}
