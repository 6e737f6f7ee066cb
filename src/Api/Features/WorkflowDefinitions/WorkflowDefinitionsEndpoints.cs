using System.Text.Json.Nodes;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Supervision.Api.Features.Common;
using Supervision.Api.Features.WorkflowDefinitions.ExportDefinition;
using Supervision.Api.Features.WorkflowDefinitions.ImportDefinitions;
using Supervision.Api.Features.WorkflowDefinitions.ListDefinitions;
using Supervision.Api.Features.WorkflowDefinitions.ListVersions;
using Supervision.Api.Features.WorkflowDefinitions.PreviewTimeline;
using Supervision.Api.Features.WorkflowDefinitions.PublishDefinition;
using Supervision.Api.Features.WorkflowDefinitions.SaveDraft;
using Supervision.Api.Features.WorkflowDefinitions.UnpublishDefinition;
using Supervision.Api.Features.WorkflowDefinitions.ValidateDefinition;
using Supervision.Api.Infrastructure;
using Supervision.Api.Security;
using Supervision.Api.Infrastructure.OpenApi;

namespace Supervision.Api.Features.WorkflowDefinitions;

/// <summary>The body of a review step.</summary>
public sealed record ReviewComment(string? Comment);

/// <summary>The body of a timeline preview.</summary>
[ValidatedAs(typeof(PreviewTimeline.PreviewTimeline))]
public sealed record TimelineRequest(JsonObject? Definition, DateOnly? StartDate);

internal static class WorkflowDefinitionsEndpoints
{
    public static IEndpointRouteBuilder MapWorkflowDefinitions(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/workflow-definitions").WithTags("Workflow definitions");
        var definitionBody = new BodyLimit(DefinitionRules.MaxBodyBytes);

        group.MapGet("/", async Task<Ok<PageOf<DefinitionListItem>>> (string? search, string? status, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListDefinitions.ListDefinitions(search, status, page, pageSize), ct)))
            .RequireAuthorization(Policies.Read)
            .WithSummary("List definitions (latest and published version, review state); search ignores Vietnamese marks; status Published, Draft, InReview, ChangesRequested or Approved; page size at most 100.")
            .WithQueryValues("status", ListDefinitions.ListDefinitions.Statuses)
            .ProducesValidationProblem();

        group.MapPost("/", async Task<Created<SavedDraft>> (JsonObject? definition, IMediator mediator, CancellationToken ct) =>
            {
                var saved = await mediator.Send(new SaveDraft.SaveDraft(definition), ct);
                return TypedResults.Created($"/api/workflow-definitions/{Uri.EscapeDataString(saved.DefinitionId)}?version={saved.Version}", saved);
            })
            .RequireAuthorization(Policies.Design)
            .WithMetadata(definitionBody)
            .WithSummary("Save an Elsa 3 definition as a new draft version; validation problems come back as warnings.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        group.MapPost("/validate", async Task<Ok<ValidationResponse>> (JsonObject? definition, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ValidateDefinition.ValidateDefinition(definition), ct)))
            .RequireAuthorization(Policies.Review)
            .WithMetadata(definitionBody)
            .WithSummary("Validate an Elsa 3 definition without saving it; returns every problem per activity and field.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        group.MapPost("/import", async Task<Results<Ok<ImportResponse>, ValidationProblem, ProblemHttpResult>> (HttpRequest request, bool? publish, IMediator mediator, CancellationToken ct) =>
            {
                // The form is read here rather than bound, so that a body that is no multipart form is answered with why,
                // and so that the field each file came in is known.
                if (!request.HasFormContentType)
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported Media Type",
                        detail: "Send the definitions as multipart/form-data, each file in the form field 'file'.");
                }
                IFormCollection form;
                try
                {
                    form = await request.ReadFormAsync(ct);
                }
                catch (Exception ex) when (ex is InvalidDataException || (ex is IOException && ex is not BadHttpRequestException))
                {
                    // A cut-off body or a broken boundary; a body over the limit stays a BadHttpRequestException (413). The
                    // reader's own words are English and name its internals, so the reason is ours.
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["The form is cut short or its parts are not separated by its boundary."] },
                        title: "The request is malformed.",
                        detail: "The body is not a complete multipart/form-data message; send the definitions in the form field 'file'.");
                }
                var files = new List<UploadedFile>();
                foreach (var upload in form.Files)
                {
                    using var buffer = new MemoryStream();
                    await upload.CopyToAsync(buffer, ct);
                    files.Add(new UploadedFile(Path.GetFileName(upload.FileName), buffer.ToArray(), upload.Name));
                }
                return TypedResults.Ok(await mediator.Send(new ImportDefinitions.ImportDefinitions(files, publish == true), ct));
            })
            .RequireAuthorization(Policies.Design)
            // Bearer tokens, not cookies, authenticate this form post: there is no ambient credential to forge.
            .DisableAntiforgery()
            .Accepts<IFormFileCollection>("multipart/form-data")
            .WithMetadata(new BodyLimit(ImportDefinitions.ImportDefinitions.MaxBodyBytes))
            .WithSummary("Import definitions from a multipart upload (field 'file': .json files or a .zip of them) as drafts, or published with publish=true; reports each file. A .json file that is no definition, or a .zip that cannot be opened or holds none, is 400 and nothing is imported.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        group.MapPost("/timeline", async Task<Ok<TimelineResponse>> (TimelineRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new PreviewTimeline.PreviewTimeline(request.Definition, request.StartDate), ct)))
            .RequireAuthorization(Policies.Read)
            .WithMetadata(definitionBody)
            .WithSummary("Preview the deadlines, reminders and escalations of a definition started on a date, with the days off in between.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        group.MapGet("/reviews", async Task<Ok<PageOf<ReviewResponse>>> (string? status, string? definitionId, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListReviews.ListReviews(status, definitionId, page, pageSize), ct)))
            .RequireAuthorization(Policies.Read)
            .WithSummary("List reviews before publish, newest first (status InReview gives the supervisors' queue).")
            .WithQueryValues("status", ListReviews.ListReviews.Statuses)
            .ProducesValidationProblem();

        group.MapGet("/{definitionId}", async Task<Ok<JsonObject>> (string definitionId, int? version, bool? published, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetDefinition.GetDefinition(definitionId, version, published), ct)))
            .RequireAuthorization(Policies.Read)
            .WithSummary("Get a definition as Elsa 3 JSON: ?version=N, ?published=true, or the latest version.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{definitionId}/versions", async Task<Ok<IReadOnlyList<VersionItem>>> (string definitionId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListVersions.ListVersions(definitionId), ct)))
            .RequireAuthorization(Policies.Read)
            .WithSummary("List the versions of a definition with their publish and review state.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{definitionId}/export", async Task<FileContentHttpResult> (string definitionId, int? version, bool? published, IMediator mediator, CancellationToken ct) =>
            {
                var file = await mediator.Send(new ExportDefinition.ExportDefinition(definitionId, version, published), ct);
                return TypedResults.File(file.Content, "application/json", file.FileName);
            })
            .RequireAuthorization(Policies.Read)
            .WithSummary("Download a version's Elsa 3 JSON as a file (?version=N, ?published=true, or the latest).")
            .Produces<JsonObject>(StatusCodes.Status200OK, "application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{definitionId}/versions/{version}/publish", async Task<Ok<PublishedVersion>> (string definitionId, int version, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new PublishDefinition.PublishDefinition(definitionId, version), ct)))
            .RequireAuthorization(Policies.Design)
            .WithSummary("Publish a version directly (designers and administrators); 422 lists each activity and field error.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{definitionId}/unpublish", async Task<Ok<UnpublishedDefinition>> (string definitionId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new UnpublishDefinition.UnpublishDefinition(definitionId), ct)))
            .RequireAuthorization(Policies.Design)
            .WithSummary("Unpublish the published version: nothing new starts from it; running instances go on.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapDelete("/{definitionId}/versions/{version}", async Task<NoContent> (string definitionId, int version, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteDraft.DeleteDraft(definitionId, version), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.Design)
            .WithSummary("Delete a draft version; 409 when it is published or has instances.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{definitionId}/versions/{version}/submit-for-review", async Task<Created<ReviewResponse>> (string definitionId, int version, ReviewComment? body, IMediator mediator, CancellationToken ct) =>
            {
                var review = await mediator.Send(new SubmitForReview.SubmitForReview(definitionId, version, body?.Comment), ct);
                return TypedResults.Created($"/api/workflow-definitions/{Uri.EscapeDataString(definitionId)}/versions", review);
            })
            .RequireAuthorization(Policies.Design)
            .WithSummary("Submit a valid draft version for a supervisor's review before publishing.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{definitionId}/versions/{version}/approve", async Task<Ok<ReviewResponse>> (string definitionId, int version, ReviewComment? body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ApproveReview.ApproveReview(definitionId, version, body?.Comment), ct)))
            .RequireAuthorization(Policies.Supervise)
            .WithSummary("Approve a version in review; approval publishes it.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{definitionId}/versions/{version}/request-changes", async Task<Ok<ReviewResponse>> (string definitionId, int version, ReviewComment? body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RequestChanges.RequestChanges(definitionId, version, body?.Comment), ct)))
            .RequireAuthorization(Policies.Supervise)
            .WithSummary("Send a version in review back to its designer; the comment saying what to change is required.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }
}
