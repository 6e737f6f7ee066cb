using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Supervision.Api.Features.Tasks.BulkApprove;
using Supervision.Api.Features.Tasks.ChangeDueDate;
using Supervision.Api.Features.Tasks.ClaimTask;
using Supervision.Api.Features.Tasks.CompleteTask;
using Supervision.Api.Features.Tasks.ListTasks;
using Supervision.Api.Features.Tasks.ReassignTask;
using Supervision.Api.Features.Tasks.SavedFilters;
using Supervision.Api.Security;
using Supervision.Api.Infrastructure.OpenApi;

namespace Supervision.Api.Features.Tasks;

internal static class TasksEndpoints
{
    public static IEndpointRouteBuilder MapTasks(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/tasks").WithTags("Tasks (inbox)");

        group.MapGet("/", async Task<Ok<TaskPage>> ([AsParameters] ListTasksQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query.ToRequest(), ct)))
            .RequireAuthorization(Policies.Read)
            .WithSummary("The inbox: my tasks (mine=true) or every task I may see, with deadline state, filters and sorting by due date.")
            .WithQueryValues("status", ListTasksValidator.Statuses, many: true)
            .WithQueryValues("deadlineState", ListTasksValidator.States, many: true)
            .WithQueryValues("kind", TaskKinds.All, many: true)
            .WithQueryValues("sort", ListTasksValidator.Sorts)
            .ProducesValidationProblem();

        group.MapGet("/filter-options", async Task<Ok<FilterOptions.FilterOptionsResponse>> (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new FilterOptions.GetFilterOptions(), ct)))
            .RequireAuthorization(Policies.Read)
            .WithSummary("What the inbox's filters offer: the units the user sees, in tree order, and the plans of the tasks they see.");

        group.MapGet("/{taskId}", async Task<Ok<TaskDetail>> (string taskId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetTask.GetTask(taskId), ct)))
            .RequireAuthorization(Policies.Read)
            .WithSummary("One task: form, actions, comments and history.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{taskId}/claim", async Task<Ok<ClaimResponse>> (string taskId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(new ClaimResponse(await mediator.Send(new ClaimTask.ClaimTask(taskId), ct))))
            .RequireAuthorization(Policies.Work)
            .WithSummary("Claim a task so colleagues see who works on it.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{taskId}/release", async Task<Ok<ClaimResponse>> (string taskId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(new ClaimResponse(await mediator.Send(new ClaimTask.ClaimTask(taskId, Release: true), ct))))
            .RequireAuthorization(Policies.Work)
            .WithSummary("Give a claimed task back.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{taskId}/complete", async Task<Ok<CompleteTaskResponse>> (string taskId, CompleteTaskBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new CompleteTask.CompleteTask(taskId, body.Action, body.Comment, body.Form), ct)))
            .RequireAuthorization(Policies.Work)
            .WithSummary("Complete a task with an action (e.g. Approve, Return), a comment and the form; the workflow continues at once.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{taskId}/reassign", async Task<Ok<TaskSummary>> (string taskId, ReassignBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ReassignTask.ReassignTask(taskId, body.UserName, body.Role, body.UnitId, body.Reason), ct)))
            .RequireAuthorization(Policies.Supervise)
            .WithSummary("Give a task to another person or role (with a reason).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{taskId}/due-date", async Task<Ok<TaskSummary>> (string taskId, DueDateBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ChangeDueDate.ChangeDueDate(taskId, body.DueOn, body.Reason), ct)))
            .RequireAuthorization(Policies.Supervise)
            .WithSummary("Move a live task's due date (with a reason); its reminders are rescheduled.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/bulk-approve", async Task<Ok<BulkApproveResponse>> (BulkApprove.BulkApprove request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(request, ct)))
            .RequireAuthorization(Policies.Supervise)
            .WithSummary("Approve several tasks at once; the result lists approvals and per-task failures.")
            .ProducesValidationProblem();

        group.MapGet("/filters", async Task<Ok<IReadOnlyList<SavedFilter>>> (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListSavedFilters(), ct)))
            .RequireAuthorization(Policies.Read)
            .WithSummary("My saved inbox filters and those shared within my unit.");

        group.MapPost("/filters", async Task<Created<SavedFilter>> (SaveFilter request, IMediator mediator, CancellationToken ct) =>
            {
                var saved = await mediator.Send(request, ct);
                return TypedResults.Created($"/api/tasks/filters/{saved.Id}", saved);
            })
            .RequireAuthorization(Policies.Read)
            .WithSummary("Save an inbox filter, optionally shared within my unit.")
            .ProducesValidationProblem();

        group.MapDelete("/filters/{id}", async Task<NoContent> (string id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteFilter(id), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.Read)
            .WithSummary("Delete one of my saved filters.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public sealed record ClaimResponse(string Status);

    [ValidatedAs(typeof(CompleteTask.CompleteTask))]
    public sealed record CompleteTaskBody(string? Action, string? Comment, System.Text.Json.Nodes.JsonObject? Form);

    [ValidatedAs(typeof(ReassignTask.ReassignTask))]
    public sealed record ReassignBody(string? UserName, string? Role, string? UnitId, string? Reason);

    [ValidatedAs(typeof(ChangeDueDate.ChangeDueDate))]
    public sealed record DueDateBody(DateOnly? DueOn, string? Reason);

    // Named as the API writes them (the query is read whatever the case, so "Mine" still binds).
    public sealed record ListTasksQuery(
        [FromQuery(Name = "mine")] bool? Mine,
        [FromQuery(Name = "status")] string? Status,
        [FromQuery(Name = "deadlineState")] string? DeadlineState,
        [FromQuery(Name = "unitId")] string? UnitId,
        [FromQuery(Name = "planId")] string? PlanId,
        [FromQuery(Name = "dueFrom")] DateOnly? DueFrom,
        [FromQuery(Name = "dueTo")] DateOnly? DueTo,
        [FromQuery(Name = "q")] string? Q,
        [FromQuery(Name = "sort")] string? Sort,
        [FromQuery(Name = "page")] int? Page,
        [FromQuery(Name = "pageSize")] int? PageSize,
        [FromQuery(Name = "kind")] string? Kind)
    {
        public ListTasks.ListTasks ToRequest() => new(Mine ?? true, Status, DeadlineState, UnitId, PlanId, DueFrom, DueTo, Q, Sort ?? "dueOn", Page ?? 1, PageSize ?? 50, Kind);
    }
}
