using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Supervision.Api.Features.Common;
using Supervision.Api.Security;
using Supervision.Api.Infrastructure.OpenApi;

namespace Supervision.Api.Features.Inspections;

internal static class InspectionsEndpoints
{
    [ValidatedAs(typeof(ActOnRemediation.ActOnRemediation))]
    public sealed record RemediationActionBody(string? Comment);

    public static IEndpointRouteBuilder MapInspections(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/inspections").WithTags("Inspections").RequireAuthorization(Policies.Read);

        group.MapGet("/", async Task<Ok<PageOf<InspectionSummary>>> (string? unitId, string? kind, string? status, int? year, DateOnly? from, DateOnly? to,
                int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListInspections.ListInspections(unitId, kind, status, year, from, to, page, pageSize), ct)))
            .WithSummary("Inspections and supervisions with their inspected units and counts of findings by type, latest start first; by inspected unit, kind, status, and start year or date range. Officers see those that target their units.")
            .WithQueryValues("kind", Enum.GetNames<Domain.Inspections.InspectionKind>(), many: true)
            .WithQueryValues("status", Enum.GetNames<Domain.Inspections.InspectionStatus>(), many: true)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/{id}", async Task<Ok<InspectionDetail>> (string id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetInspection.GetInspection(id), ct)))
            .WithSummary("One inspection: its findings (an officer's: those about their units), conclusion notice, remediation actions and the workflow instance that recorded it.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        // report (the unit), verify or reject (the verifier): the open step of that remediation action in the workflow.
        group.MapPost("/{id}/remediation-actions/{actionId}/{action:regex(^(report|verify|reject)$)}", async Task<Ok<Tasks.CompleteTask.CompleteTaskResponse>> (
                string id, string actionId, string action, RemediationActionBody? body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ActOnRemediation.ActOnRemediation(id, actionId, action, body?.Comment), ct)))
            .RequireAuthorization(Policies.Work)
            .WithSummary("The unit reports a fix (report), or the verifier accepts it (verify) or sends it back with a comment (reject); the workflow goes on at once, and the inspection closes once every fix is verified.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }
}
