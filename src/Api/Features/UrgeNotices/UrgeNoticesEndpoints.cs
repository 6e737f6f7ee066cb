using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Supervision.Api.Features.Common;
using Supervision.Api.Features.UrgeNotices.ListUrgeNotices;
using Supervision.Api.Security;

namespace Supervision.Api.Features.UrgeNotices;

internal static class UrgeNoticesEndpoints
{
    public static IEndpointRouteBuilder MapUrgeNotices(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/urge-notices").WithTags("Urge notices").RequireAuthorization(Policies.Read);

        group.MapGet("/", async Task<Ok<PageOf<UrgeNoticeResponse>>> (string? unitId, int? level, DateOnly? issuedFrom, DateOnly? issuedTo, int? page, int? pageSize,
                IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListUrgeNotices.ListUrgeNotices(unitId, level, issuedFrom, issuedTo, page, pageSize), ct)))
            .WithSummary("Urge notices, newest first: level, addressee units, the tasks they press about and the notice they follow; by addressee unit, level and issue dates. Officers see the notices addressed to their units.")
            .ProducesValidationProblem();
        return app;
    }
}
