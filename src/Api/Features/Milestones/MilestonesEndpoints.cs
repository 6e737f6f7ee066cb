using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Supervision.Api.Features.Common;
using Supervision.Api.Features.Milestones.ListMilestones;
using Supervision.Api.Security;
using Supervision.Api.Infrastructure.OpenApi;

namespace Supervision.Api.Features.Milestones;

internal static class MilestonesEndpoints
{
    [ValidatedAs(typeof(DecideMilestone.DecideMilestone))]
    public sealed record DecisionBody(string? Comment);

    public static IEndpointRouteBuilder MapMilestones(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/milestones").WithTags("Milestones");

        group.MapGet("/", async Task<Ok<PageOf<MilestoneSummary>>> (string? status, string? unitId, string? planId, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListMilestones.ListMilestones(status, unitId, planId, page, pageSize), ct)))
            .RequireAuthorization(Policies.Read)
            .WithSummary("Milestones waiting for a decision (Pending) or decided (Approved, Returned), as the user may see them; filters: status, unit, plan.")
            .WithQueryValues("status", ListMilestones.MilestoneStatuses.All)
            .ProducesValidationProblem();

        group.MapPost("/{milestoneId}/approve", async Task<Ok<MilestoneSummary>> (string milestoneId, DecisionBody? body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new DecideMilestone.DecideMilestone(milestoneId, Approve: true, body?.Comment), ct)))
            .RequireAuthorization(Policies.Work)
            .WithSummary("Approve a milestone (with an optional comment); the workflow goes on at once.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{milestoneId}/return", async Task<Ok<MilestoneSummary>> (string milestoneId, DecisionBody? body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new DecideMilestone.DecideMilestone(milestoneId, Approve: false, body?.Comment), ct)))
            .RequireAuthorization(Policies.Work)
            .WithSummary("Return a milestone with a comment saying what should change; the workflow goes on at once.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }
}
