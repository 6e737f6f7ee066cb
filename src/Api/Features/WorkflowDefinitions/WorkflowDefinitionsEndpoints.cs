using System.Text.Json.Nodes;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Supervision.Api.Features.WorkflowDefinitions.ValidateDefinition;

namespace Supervision.Api.Features.WorkflowDefinitions;

internal static class WorkflowDefinitionsEndpoints
{
    public static IEndpointRouteBuilder MapWorkflowDefinitions(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/workflow-definitions").WithTags("Workflow definitions");
        group.MapPost("/validate", async Task<Ok<ValidationResponse>> (JsonObject? definition, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ValidateDefinition.ValidateDefinition(definition), ct)))
            .RequireAuthorization(Security.Policies.Design)
            .WithSummary("Validate an Elsa 3 definition without saving it; returns every problem per activity and field.")
            .ProducesValidationProblem();
        return app;
    }
}
