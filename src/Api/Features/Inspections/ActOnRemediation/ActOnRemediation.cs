using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Features.Common;
using Supervision.Api.Features.Tasks.CompleteTask;
using Supervision.Api.Infrastructure;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Persistence.Domain;

namespace Supervision.Api.Features.Inspections.ActOnRemediation;

/// <summary>
/// The unit reports its fix, or the verifier accepts it or sends it back with a comment: completes the open task of
/// that remediation action in the inspection's workflow, through the same command (and rules) as the inbox.
/// </summary>
public sealed record ActOnRemediation(string InspectionId, string ActionId, string Action, string? Comment) : IRequest<CompleteTaskResponse>;

internal sealed class ActOnRemediationHandler(SupervisionDbContext db, IMediator mediator) : IRequestHandler<ActOnRemediation, CompleteTaskResponse>
{
    public async ValueTask<CompleteTaskResponse> Handle(ActOnRemediation request, CancellationToken cancellationToken)
    {
        var row = Guid.TryParse(request.InspectionId, out var id)
            ? await db.Inspections.AsNoTracking().Where(i => i.Id == id)
                .Select(i => new { Inspection = i, InstanceId = EF.Property<string?>(i, ProjectionColumns.WorkflowInstanceId) })
                .FirstOrDefaultAsync(cancellationToken)
            : null;
        if (row is null)
            throw new NotFoundException("Inspection", request.InspectionId);
        var action = Guid.TryParse(request.ActionId, out var actionId) ? row.Inspection.RemediationActions.FirstOrDefault(a => a.Id == actionId) : null;
        if (action is null)
            throw new NotFoundException("Remediation action", request.ActionId);

        var (stage, taskAction) = RemediationActions.StepOf(request.Action);
        var open = await RemediationActions.OpenTasksAsync(db, row.InstanceId, cancellationToken);
        var task = open[(action.ResponsibleOrgUnitId, action.Action)].FirstOrDefault(t => t.Stage == stage)
            ?? throw new ConflictException(stage == RemediationActions.ReportStage
                ? "This remediation action is not waiting for the unit's report."
                : "This remediation action is not waiting to be verified.");
        // The task command checks who may act (403), a comment to send it back (400) and a step already taken (409).
        return await mediator.Send(new CompleteTask(task.Id, taskAction, request.Comment, null), cancellationToken);
    }
}

internal sealed class ActOnRemediationValidator : AbstractValidator<ActOnRemediation>
{
    public ActOnRemediationValidator()
    {
        RuleFor(r => r.Action).Must(a => RemediationActions.All.Contains(a)).WithMessage($"The action is one of {string.Join(", ", RemediationActions.All)}.");
        RuleFor(r => r.Comment).NotEmpty().When(r => r.Action == RemediationActions.Reject).WithMessage("Say what should change: a comment is required.");
        RuleFor(r => r.Comment).MaximumLength(4000).NoControlCharacters(multiLine: true);
    }
}
