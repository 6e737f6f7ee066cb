using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Supervision.Api.Features.Common;
using Supervision.Api.Security;
using Supervision.Api.Infrastructure.OpenApi;

namespace Supervision.Api.Features.Documents;

internal static class DocumentsEndpoints
{
    public static IEndpointRouteBuilder MapDocuments(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/documents").WithTags("Documents").RequireAuthorization(Policies.Read);

        group.MapGet("/", async Task<Ok<PageOf<DocumentResponse>>> (string? docType, string? issuerUnitId, DateOnly? issuedFrom, DateOnly? issuedTo, string? q,
                int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListDocuments.ListDocuments(docType, issuerUnitId, issuedFrom, issuedTo, q, page, pageSize), ct)))
            .WithSummary("Documents (metadata only, with their confidentiality), latest issued first; by type, issuing unit, issue dates and text in the subject. Officers see those issued by or sent to their units.")
            .WithQueryValues("docType", ListDocuments.ListDocumentsValidator.Types)
            .ProducesValidationProblem();

        group.MapGet("/{id}", async Task<Ok<DocumentResponse>> (string id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetDocument.GetDocument(id), ct)))
            .WithSummary("One document's metadata: symbol, issuers, dates, subject, confidentiality, urgency and status.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
