using Mediator;
using Supervision.Api.Security;
using Supervision.Workflows.Runtime;

namespace Supervision.Api.Features.WorkflowInstances.MigrateInstance;

/// <summary>
/// Moves an unfinished instance to another version of its definition. <see cref="ActivityMap"/> maps source activity
/// ids to target ids; an id not listed maps to itself. Refused with 409, changing nothing, when a waiting activity has
/// no counterpart.
/// </summary>
public sealed record MigrateInstance(string Id, int? TargetVersion, IReadOnlyDictionary<string, string>? ActivityMap) : IRequest<InstanceResponse>;

internal sealed class MigrateInstanceHandler(IWorkflowRuntime runtime, InstanceViews views, CurrentUserAccessor current) : IRequestHandler<MigrateInstance, InstanceResponse>
{
    public async ValueTask<InstanceResponse> Handle(MigrateInstance request, CancellationToken cancellationToken)
    {
        await runtime.MigrateAsync(new MigrateInstanceRequest
        {
            InstanceId = request.Id,
            TargetVersion = request.TargetVersion!.Value,
            ActivityMap = request.ActivityMap,
            Actor = current.User.UserName,
        }, cancellationToken);
        return await views.GetAsync(request.Id, cancellationToken);
    }
}
