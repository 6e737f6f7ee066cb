using Mediator;
using Supervision.Workflows.Activities;

namespace Supervision.Api.Features.ActivityDescriptors.ListActivityDescriptors;

/// <summary>The palette: every activity type with its inputs, outcomes and names in both languages.</summary>
public sealed record ListActivityDescriptors : IRequest<IReadOnlyList<ActivityDescriptor>>;

internal sealed class ListActivityDescriptorsHandler(ActivityRegistry registry) : IRequestHandler<ListActivityDescriptors, IReadOnlyList<ActivityDescriptor>>
{
    public ValueTask<IReadOnlyList<ActivityDescriptor>> Handle(ListActivityDescriptors request, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<ActivityDescriptor>>(registry.Descriptors.ToList());
}
