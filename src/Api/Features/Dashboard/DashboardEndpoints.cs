using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Supervision.Api.Features.Dashboard.ExportStatistics;
using Supervision.Api.Security;
using Supervision.Api.Infrastructure.OpenApi;

namespace Supervision.Api.Features.Dashboard;

internal static class DashboardEndpoints
{
    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/dashboard").WithTags("Dashboard");

        group.MapGet("/", async Task<Ok<StatisticsResponse>> (string? groupBy, string? unitId, string? definitionId, DateOnly? dueFrom, DateOnly? dueTo, string? planId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetStatistics.GetStatistics(groupBy, unitId, definitionId, dueFrom, dueTo, planId), ct)))
            .RequireAuthorization(Policies.Read)
            .WithSummary("Task statistics per unit, plan or source document (assigned, on track, due soon, overdue, done on time, done late, on-time rate), optionally for one plan; officers see their units only.")
            .WithQueryValues("groupBy", DashboardStatistics.Groupings)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/export", async Task<FileContentHttpResult> (string? format, string? groupBy, string? unitId, string? definitionId, DateOnly? dueFrom, DateOnly? dueTo, string? planId, IMediator mediator, CancellationToken ct) =>
            {
                var file = await mediator.Send(new ExportStatistics.ExportStatistics(format, groupBy, unitId, definitionId, dueFrom, dueTo, planId), ct);
                return TypedResults.File(file.Content, file.ContentType, file.FileName);
            })
            .RequireAuthorization(Policies.Read)
            .WithSummary("Download the statistics as CSV (default) or as an Excel .xlsx workbook.")
            .WithQueryValues("format", ExportStatistics.ExportStatistics.Formats)
            .WithQueryValues("groupBy", DashboardStatistics.Groupings)
            .Produces<Stream>(StatusCodes.Status200OK, "text/csv", ExportStatistics.ExportStatistics.XlsxContentType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }
}
