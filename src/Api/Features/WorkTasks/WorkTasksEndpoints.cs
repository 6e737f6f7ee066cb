using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Supervision.Api.Features.Common;
using Supervision.Api.Security;
using Supervision.Api.Infrastructure.OpenApi;

namespace Supervision.Api.Features.WorkTasks;

internal static class WorkTasksEndpoints
{
    public static IEndpointRouteBuilder MapWorkTasks(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/work-tasks").WithTags("Work tasks").RequireAuthorization(Policies.Read);

        group.MapGet("/", async Task<Ok<PageOf<WorkTaskResponse>>> (string? unitId, string? planId, string? status, DateOnly? dueFrom, DateOnly? dueTo, string? q,
                int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListWorkTasks.ListWorkTasks(unitId, planId, status, dueFrom, dueTo, q, page, pageSize), ct)))
            .WithSummary("Work tasks (nhiệm vụ) assigned to units, with lifecycle status, deadline state, returns and extensions, earliest due first; by lead unit, plan, status, due range and text. Officers see the work their units lead or assigned.")
            .WithQueryValues("status", WorkTaskViews.Statuses)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/{id}", async Task<Ok<WorkTaskResponse>> (string id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetWorkTask.GetWorkTask(id), ct)))
            .WithSummary("One work task: assigning and lead units, plan, due date, status, deadline state, last decision and the workflow instance that assigned it.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
