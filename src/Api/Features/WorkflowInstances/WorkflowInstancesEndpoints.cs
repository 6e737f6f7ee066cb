using System.Text.Json.Nodes;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Supervision.Api.Features.Common;
using Supervision.Api.Features.WorkflowInstances.TriggerEvent;
using Supervision.Api.Features.WorkflowInstances.VerifyJournal;
using Supervision.Api.Security;
using Supervision.Workflows.Runtime;
using Supervision.Api.Infrastructure.OpenApi;

namespace Supervision.Api.Features.WorkflowInstances;

/// <summary>The body of a retry.</summary>
[ValidatedAs(typeof(RetryIncident.RetryIncident))]
public sealed record RetryBody(string? IncidentId);

/// <summary>The body of a migration.</summary>
[ValidatedAs(typeof(MigrateInstance.MigrateInstance))]
public sealed record MigrateBody(int? TargetVersion, Dictionary<string, string>? ActivityMap);

/// <summary>The body of an event.</summary>
[ValidatedAs(typeof(TriggerEvent.TriggerEvent))]
public sealed record EventBody(string? CorrelationId, JsonNode? Payload);

internal static class WorkflowInstancesEndpoints
{
    public static IEndpointRouteBuilder MapWorkflowInstances(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/workflow-instances").WithTags("Workflow instances");

        group.MapPost("/", async Task<Created<InstanceResponse>> (StartInstance.StartInstance request, IMediator mediator, CancellationToken ct) =>
            {
                var instance = await mediator.Send(request, ct);
                return TypedResults.Created($"/api/workflow-instances/{instance.Summary.Id}", instance);
            })
            .RequireAuthorization(Policies.Supervise)
            .WithSummary("Start an instance of a definition's published version (or of a given version) with an input object and a correlation id.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/", async Task<Ok<PageOf<InstanceSummaryResponse>>> (string? status, string? definitionId, string? correlationId, DateOnly? createdFrom, DateOnly? createdTo,
                int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListInstances.ListInstances(status, definitionId, correlationId, createdFrom, createdTo, page, pageSize), ct)))
            .RequireAuthorization(Policies.Read)
            .WithSummary("List instances, newest first, by status, definition, correlation id and creation dates; officers see the instances holding work of their units.")
            .WithQueryValues("status", Enum.GetNames<Supervision.Workflows.Execution.WorkflowStatus>())
            .ProducesValidationProblem();

        group.MapGet("/{id}", async Task<Ok<InstanceResponse>> (string id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetInstance.GetInstance(id), ct)))
            .RequireAuthorization(Policies.Read)
            .WithSummary("The instance viewer: summary, variables, open bookmarks, incidents, tasks and each activity's state (Done, Waiting, Faulted, NotReached); an officer sees the progress and their own tasks.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id}/journal", async Task<Ok<PageOf<JournalEntryView>>> (string id, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetJournal.GetJournal(id, page, pageSize), ct)))
            .RequireAuthorization(Policies.Read)
            .WithSummary("The instance's journal, a page at a time, newest entry last (not for unit officers: it records every unit's work).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id}/journal/verify", async Task<Ok<JournalVerificationResponse>> (string id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new VerifyJournal.VerifyJournal(id), ct)))
            .RequireAuthorization(Policies.Read)
            .WithSummary("Recompute the journal's hash chain and report the first broken link.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id}/cancel", async Task<Ok<InstanceResponse>> (string id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new CancelInstance.CancelInstance(id), ct)))
            .RequireAuthorization(Policies.Supervise)
            .WithSummary("Cancel an unfinished instance with its open tasks.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{id}/retry", async Task<Ok<InstanceResponse>> (string id, RetryBody? body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RetryIncident.RetryIncident(id, body?.IncidentId), ct)))
            .RequireAuthorization(Policies.Supervise)
            .WithSummary("Retry an open incident of a faulted instance (the latest when no incidentId is given).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{id}/migrate", async Task<Ok<InstanceResponse>> (string id, MigrateBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new MigrateInstance.MigrateInstance(id, body.TargetVersion, body.ActivityMap), ct)))
            .RequireAuthorization(Policies.Supervise)
            .WithSummary("Move an unfinished instance to another version, mapping activity ids; 409 lists what has no counterpart.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem(StatusCodes.Status409Conflict);

        app.MapPost("/api/events/{name}", async Task<Ok<TriggerEventResponse>> (string name, EventBody? body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new TriggerEvent.TriggerEvent(name, body?.CorrelationId, body?.Payload), ct)))
            .WithTags("Events")
            .RequireAuthorization(Policies.Supervise)
            .WithSummary("Raise an event: resume the instances waiting for it (of one correlation id when given) and start the workflows it triggers.")
            .ProducesValidationProblem();
        return app;
    }
}
