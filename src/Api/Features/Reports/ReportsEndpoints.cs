using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Supervision.Api.Features.Common;
using Supervision.Api.Features.Tasks.CompleteTask;
using Supervision.Api.Security;
using Supervision.Api.Infrastructure.OpenApi;

namespace Supervision.Api.Features.Reports;

internal static class ReportsEndpoints
{
    [ValidatedAs(typeof(ActOnReport.ActOnReport))]
    public sealed record ReportActionBody(string? Comment, System.Text.Json.Nodes.JsonObject? Form);

    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reports").WithTags("Reports").RequireAuthorization(Policies.Read);

        group.MapGet("/", async Task<Ok<PageOf<ReportResponse>>> (string? unitId, string? status, DateOnly? dueFrom, DateOnly? dueTo, int? page, int? pageSize,
                IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListReports.ListReports(unitId, status, dueFrom, dueTo, page, pageSize), ct)))
            .WithSummary("Reporting obligations, latest due date first, with each unit's submission (status, lateness, review) and the units still owing; by submitting unit, status and due range. Officers see their units' reports.")
            .WithQueryValues("status", ReportViews.Statuses)
            .ProducesValidationProblem();

        group.MapGet("/{id}", async Task<Ok<ReportResponse>> (string id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetReport.GetReport(id), ct)))
            .WithSummary("One reporting obligation with all its submissions and the workflow instance that recorded it.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        // submit (the unit), accept or return (the reviewer): the open step of that unit's report in the workflow.
        group.MapPost("/{id}/units/{unitId}/{action:regex(^(submit|accept|return)$)}", async Task<Ok<CompleteTaskResponse>> (string id, string unitId, string action,
                ReportActionBody? body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ActOnReport.ActOnReport(id, unitId, action, body?.Comment, body?.Form), ct)))
            .RequireAuthorization(Policies.Work)
            .WithSummary("A unit submits its report (submit, with the form), or the reviewer accepts it (accept) or returns it with a comment (return); the workflow goes on at once.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }
}
