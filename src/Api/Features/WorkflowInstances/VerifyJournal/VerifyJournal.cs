using Mediator;
using Supervision.Workflows.Runtime;

namespace Supervision.Api.Features.WorkflowInstances.VerifyJournal;

/// <summary>Recomputes the journal's hash chain and reports the first broken link, if any.</summary>
public sealed record VerifyJournal(string Id) : IRequest<JournalVerificationResponse>;

public sealed record JournalVerificationResponse(string InstanceId, bool IsValid, long Entries, long? FirstBrokenSequence, string? Problem);

internal sealed class VerifyJournalHandler(IWorkflowRuntime runtime, InstanceViews views) : IRequestHandler<VerifyJournal, JournalVerificationResponse>
{
    public async ValueTask<JournalVerificationResponse> Handle(VerifyJournal request, CancellationToken cancellationToken)
    {
        await views.EnsureVisibleAsync(request.Id, cancellationToken, wholeInstance: true);
        var result = await runtime.VerifyJournalAsync(request.Id, cancellationToken);
        return new JournalVerificationResponse(result.InstanceId, result.IsValid, result.Entries, result.FirstBrokenSequence, result.Problem);
    }
}
