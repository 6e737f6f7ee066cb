using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Supervision.Api.Features.ActivityDescriptors.ListActivityDescriptors;
using Supervision.Workflows.Activities;

namespace Supervision.Api.Features.ActivityDescriptors;

internal static class ActivityDescriptorsEndpoints
{
    public static IEndpointRouteBuilder MapActivityDescriptors(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/activity-descriptors", async Task<Ok<IReadOnlyList<ActivityDescriptor>>> (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListActivityDescriptors.ListActivityDescriptors(), ct)))
            .RequireAuthorization(Security.Policies.Authenticated)
            .WithTags("Activity descriptors")
            .WithSummary("The activity palette: types, inputs, outcomes, names in Vietnamese and English.");
        return app;
    }
}
