using Mediator;

namespace Supervision.Api.Features.WorkflowInstances.GetInstance;

/// <summary>The instance viewer: summary, variables, open bookmarks, incidents, tasks and each activity's state.</summary>
public sealed record GetInstance(string Id) : IRequest<InstanceResponse>;

internal sealed class GetInstanceHandler(InstanceViews views) : IRequestHandler<GetInstance, InstanceResponse>
{
    public async ValueTask<InstanceResponse> Handle(GetInstance request, CancellationToken cancellationToken) =>
        await views.GetAsync(request.Id, cancellationToken);
}
