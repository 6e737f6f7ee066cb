using Mediator;
using Supervision.Api.Security;
using Supervision.Workflows.Runtime;

namespace Supervision.Api.Features.WorkflowDefinitions.PublishDefinition;

/// <summary>
/// Publishes a version directly, without a review (designers and administrators). An invalid definition is refused
/// with 422 listing each activity and field; the previously published version stays published then.
/// </summary>
public sealed record PublishDefinition(string DefinitionId, int Version) : IRequest<PublishedVersion>;

public sealed record PublishedVersion(string DefinitionId, int Version, string Id, bool IsPublished, DateTimeOffset? PublishedAt)
{
    public static PublishedVersion From(StoredDefinition stored) =>
        new(stored.DefinitionId, stored.Version, stored.VersionId, stored.IsPublished, stored.PublishedAt);
}

internal sealed class PublishDefinitionHandler(WorkflowDefinitionStore store, CurrentUserAccessor current) : IRequestHandler<PublishDefinition, PublishedVersion>
{
    public async ValueTask<PublishedVersion> Handle(PublishDefinition request, CancellationToken cancellationToken) =>
        PublishedVersion.From(await store.PublishAsync(request.DefinitionId, request.Version, current.User.UserName, cancellationToken));
}
