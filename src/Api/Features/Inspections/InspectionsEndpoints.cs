using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Supervision.Api.Features.Common;
using Supervision.Api.Security;

namespace Supervision.Api.Features.Inspections;

internal static class InspectionsEndpoints
{
    public static IEndpointRouteBuilder MapInspections(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/inspections").WithTags("Inspections").RequireAuthorization(Policies.Read);

        group.MapGet("/", async Task<Ok<PageOf<InspectionSummary>>> (string? unitId, string? kind, string? status, int? year, DateOnly? from, DateOnly? to,
                int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListInspections.ListInspections(unitId, kind, status, year, from, to, page, pageSize), ct)))
            .WithSummary("Inspections and supervisions with their inspected units and counts of findings by type, latest start first; by inspected unit, kind, status, and start year or date range. Officers see those that target their units.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/{id}", async Task<Ok<InspectionDetail>> (string id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetInspection.GetInspection(id), ct)))
            .WithSummary("One inspection: its findings (an officer's: those about their units), conclusion notice, remediation actions and the workflow instance that recorded it.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
