using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Supervision.Api.Features.Common;
using Supervision.Api.Security;
using Supervision.Api.Infrastructure.OpenApi;

namespace Supervision.Api.Features.Evaluations;

internal static class EvaluationsEndpoints
{
    public static IEndpointRouteBuilder MapEvaluations(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/evaluations").WithTags("Evaluations").RequireAuthorization(Policies.Read);

        group.MapGet("/", async Task<Ok<PageOf<EvaluationSummary>>> (string? unitId, string? periodKey, string? rating, string? status,
                int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListEvaluations.ListEvaluations(unitId, periodKey, rating, status, page, pageSize), ct)))
            .WithSummary("Evaluations by Regulation 366-QĐ/TW (scores, self/proposed/final rating in Vietnamese and English, task figures), latest period first; by unit, period key, rating (HTXSNV, HTTNV, HTNV, KHTNV) and status. Officers see their units'.")
            .WithQueryValues("status", Enum.GetNames<Domain.Evaluations.EvaluationStatus>(), many: true)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/{id}", async Task<Ok<EvaluationDetail>> (string id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetEvaluation.GetEvaluation(id), ct)))
            .WithSummary("One evaluation: criteria with self-assessed and reviewed points, ratings, task figures, reasons, and the workflow instance that recorded it.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
