using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Supervision.Api.Security;

namespace Supervision.Api.Infrastructure.OpenApi;

/// <summary>
/// The answers every endpoint of a kind can give, declared once from the endpoint's metadata rather than on each of
/// them: a signed-in endpoint needs the bearer token and can answer 401, and 403 unless any signed-in user passes its
/// policy; an endpoint that reads a body can answer 413 (too large) and 415 (not the media type it reads).
/// </summary>
internal sealed class EndpointAnswers : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    public const string BearerScheme = "Bearer";
    private const string ProblemSchema = "ProblemDetails";

    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "The accessToken answered by POST /api/auth/token, sent as Authorization: Bearer <token>.",
        };
        // The answers below refer to the problem-details schema; it is there whenever one endpoint declares a problem.
        if (document.Components.Schemas?.ContainsKey(ProblemSchema) != true)
            document.AddComponent(ProblemSchema, await context.GetOrCreateSchemaAsync(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), null, cancellationToken));
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (IsSignedIn(metadata))
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] });
            Declare(operation, context, StatusCodes.Status401Unauthorized, "Unauthorized: no token, or one that has expired or been refused.");
            if (metadata.OfType<IAuthorizeData>().Any(a => a.Roles is not null || (a.Policy is not null && a.Policy != Policies.Authenticated)))
                Declare(operation, context, StatusCodes.Status403Forbidden, "Forbidden: the user's roles do not allow this.");
        }
        if (metadata.OfType<IAcceptsMetadata>().Any(a => a.RequestType is not null || a.ContentTypes.Count > 0))
        {
            Declare(operation, context, StatusCodes.Status413PayloadTooLarge, "Payload Too Large: the body is larger than this endpoint takes.");
            Declare(operation, context, StatusCodes.Status415UnsupportedMediaType, "Unsupported Media Type: the body is not of the type this endpoint reads.");
        }
        return Task.CompletedTask;
    }

    /// <summary>Signed in: the endpoint states a policy or roles, and does not allow anyone.</summary>
    public static bool IsSignedIn(IEnumerable<object> metadata)
    {
        var items = metadata as IList<object> ?? [.. metadata];
        return !items.OfType<IAllowAnonymous>().Any() && (items.OfType<IAuthorizeData>().Any() || items.OfType<AuthorizationPolicy>().Any());
    }

    // An answer the endpoint declares itself (with its own schema) is kept.
    private static void Declare(OpenApiOperation operation, OpenApiOperationTransformerContext context, int status, string description)
    {
        operation.Responses ??= [];
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses.ContainsKey(key))
            return;
        operation.Responses[key] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(ProblemSchema, context.Document) },
            },
        };
    }
}
