using FluentValidation;
using Supervision.Api.Features.Common;
using Mediator;
using Supervision.Api.Features.Tasks.CompleteTask;
using Supervision.Api.Infrastructure;
using Supervision.Api.Infrastructure.Localization;
using Supervision.Workflows.Runtime;

namespace Supervision.Api.Features.Tasks.BulkApprove;

/// <summary>
/// A supervisor approves several tasks at once; each is approved on its own and failures are reported per task, in
/// the request's language (the answer is a 200, which the problem-details translation does not reach).
/// </summary>
public sealed record BulkApprove(IReadOnlyList<string>? TaskIds, string? Comment) : IRequest<BulkApproveResponse>;

public sealed record BulkApproveResponse(IReadOnlyList<string> Approved, IReadOnlyDictionary<string, string> Failed);

internal sealed class BulkApproveHandler(IMediator mediator) : IRequestHandler<BulkApprove, BulkApproveResponse>
{
    public async ValueTask<BulkApproveResponse> Handle(BulkApprove request, CancellationToken cancellationToken)
    {
        var approved = new List<string>();
        var failed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in request.TaskIds!.Distinct(StringComparer.Ordinal))
        {
            try
            {
                await mediator.Send(new CompleteTask.CompleteTask(id, "Approve", request.Comment, null), cancellationToken);
                approved.Add(id);
            }
            catch (Workflows.Execution.ResumeRejectedException ex)
            {
                failed[id] = string.Join(" ", ex.Errors.Values.SelectMany(m => m).Select(MessageTranslator.Translate));
            }
            catch (Exception ex) when (ex is ConflictException or ForbiddenException or NotFoundException or WorkflowConflictException)
            {
                failed[id] = MessageTranslator.Translate(ex.Message);
            }
        }
        return new BulkApproveResponse(approved, failed);
    }
}

internal sealed class BulkApproveValidator : FluentValidation.AbstractValidator<BulkApprove>
{
    public BulkApproveValidator()
    {
        RuleFor(r => r.TaskIds).NotEmpty().WithMessage("Choose the tasks to approve.")
            .Must(ids => ids is null || ids.Count <= 200).WithMessage("Approve at most 200 tasks at once.");
        RuleForEach(r => r.TaskIds).NotEmpty().WithMessage("A task id is empty.").NoControlCharacters();
        RuleFor(r => r.Comment).MaximumLength(4000).NoControlCharacters(multiLine: true);
    }
}
