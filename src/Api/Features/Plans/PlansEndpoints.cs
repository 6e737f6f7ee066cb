using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Supervision.Api.Features.Common;
using Supervision.Api.Security;
using Supervision.Api.Infrastructure.OpenApi;

namespace Supervision.Api.Features.Plans;

internal static class PlansEndpoints
{
    public static IEndpointRouteBuilder MapPlans(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/plans").WithTags("Plans").RequireAuthorization(Policies.Read);

        group.MapGet("/", async Task<Ok<PageOf<PlanSummary>>> (string? unitId, int? year, string? status, string? q, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListPlans.ListPlans(unitId, year, status, q, page, pageSize), ct)))
            .WithSummary("Plans with their task figures (assigned, on track, due soon, overdue, done on time, done late, on-time rate), latest year first; by unit, year, status and text. Officers see the plans their units own or have tasks in.")
            .WithQueryValues("status", PlanViews.Statuses)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/{id}", async Task<Ok<PlanDetail>> (string id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetPlan.GetPlan(id), ct)))
            .WithSummary("One plan by its key: owner, period, status, task figures in all and per unit (an officer's: their units), and the workflow instances that run it.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
