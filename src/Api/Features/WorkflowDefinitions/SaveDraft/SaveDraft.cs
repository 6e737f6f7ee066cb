using System.Text.Json.Nodes;
using Mediator;
using Supervision.Api.Security;
using Supervision.Api.Features.WorkflowDefinitions.ValidateDefinition;
using Supervision.Workflows.Runtime;
using Supervision.Workflows.Validation;

namespace Supervision.Api.Features.WorkflowDefinitions.SaveDraft;

/// <summary>
/// Saves an Elsa 3 definition as a new draft version (latest + 1). A draft may have validation problems: they come
/// back as warnings. It is refused only when it cannot be read, has no usable id, or exceeds the node limits.
/// </summary>
public sealed record SaveDraft(JsonObject? Definition) : IRequest<SavedDraft>;

public sealed record SavedDraft(string DefinitionId, int Version, string Id, bool IsValid, IReadOnlyList<ProblemResponse> Warnings);

internal sealed class SaveDraftHandler(WorkflowDefinitionStore store, WorkflowDefinitionValidator validator, CurrentUserAccessor current) : IRequestHandler<SaveDraft, SavedDraft>
{
    public async ValueTask<SavedDraft> Handle(SaveDraft request, CancellationToken cancellationToken)
    {
        var read = DefinitionRules.Read(request.Definition!);
        DefinitionRules.ThrowIfRefused(read.Definition);
        var report = validator.Check(read.Definition);
        var stored = await store.SaveDraftAsync(read.Definition, current.User.UserName, cancellationToken);
        var warnings = read.Warnings
            .Select(ProblemResponse.ReaderWarning)
            .Concat(report.Problems.Select(ProblemResponse.From))
            .ToList();
        return new SavedDraft(stored.DefinitionId, stored.Version, stored.VersionId, report.IsValid, warnings);
    }
}
