using System.Text.Json.Nodes;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Features.Tasks.CompleteTask;
using Supervision.Api.Infrastructure;
using Supervision.Api.Security;
using Supervision.Workflows.Human;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Persistence.Domain;
using Supervision.Workflows.Runtime;

namespace Supervision.Api.Features.Reports.ActOnReport;

/// <summary>What can be done to one unit's report, and the step of the report's workflow that does it.</summary>
public static class ReportActions
{
    public const string Submit = "submit";
    public const string Accept = "accept";
    public const string Return = "return";

    public static readonly string[] All = [Submit, Accept, Return];

    /// <summary>The task stage that waits for the action and the task action that carries it out.</summary>
    public static (string Stage, string TaskAction) StepOf(string action) => action switch
    {
        Submit => ("Work", "Submit"),
        Accept => ("Review", "Approve"),
        Return => ("Review", "Return"),
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };
}

/// <summary>
/// A unit submits its report, or the reviewer accepts it or returns it with a comment: completes the open task of
/// that unit and step of the report's workflow, through the same command (and rules) as the inbox.
/// </summary>
public sealed record ActOnReport(string ReportId, string UnitId, string Action, string? Comment, JsonObject? Form) : IRequest<CompleteTaskResponse>;

internal sealed class ActOnReportHandler(SupervisionDbContext db, DbOrgDirectory directory, IMediator mediator) : IRequestHandler<ActOnReport, CompleteTaskResponse>
{
    public async ValueTask<CompleteTaskResponse> Handle(ActOnReport request, CancellationToken cancellationToken)
    {
        var report = Guid.TryParse(request.ReportId, out var id)
            ? await db.ReportingObligations.AsNoTracking().Where(o => o.Id == id)
                .Select(o => new
                {
                    InstanceId = EF.Property<string?>(o, ProjectionColumns.WorkflowInstanceId),
                    EventKey = EF.Property<string?>(o, ProjectionColumns.WorkflowEventKey),
                })
                .FirstOrDefaultAsync(cancellationToken)
            : null;
        if (report is null)
            throw new NotFoundException("Report", request.ReportId);
        // A unit that does not exist is not found, where a known unit with nothing waiting is a conflict.
        var unitId = directory.Find(request.UnitId)?.Id ?? throw new NotFoundException("Unit", request.UnitId);
        var (stage, taskAction) = ReportActions.StepOf(request.Action);
        var activityId = DomainProjector.ObligationActivityId(report.EventKey);
        var taskId = report.InstanceId is null || activityId is null
            ? null
            : await ReportViews.OpenStepTasks(db)
                .Where(t => t.InstanceId == report.InstanceId && t.ActivityId == activityId && t.UnitId == unitId && t.Stage == stage)
                .OrderByDescending(t => t.CreatedAt).Select(t => t.Id).FirstOrDefaultAsync(cancellationToken);
        if (taskId is null)
        {
            throw new ConflictException(stage == "Work"
                ? $"Unit '{unitId}' has no report of this obligation waiting to be submitted."
                : $"Unit '{unitId}' has no report of this obligation waiting for review.");
        }
        // The task command checks who may act (403), a comment to return (400) and a decision already taken (409).
        return await mediator.Send(new CompleteTask(taskId, taskAction, request.Comment, request.Form), cancellationToken);
    }
}
