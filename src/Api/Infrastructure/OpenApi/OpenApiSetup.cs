namespace Supervision.Api.Infrastructure.OpenApi;

/// <summary>The OpenAPI document at /openapi/v1.json, as the reference at /docs reads it.</summary>
internal static class OpenApiSetup
{
    public static IServiceCollection AddSupervisionOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            var answers = new EndpointAnswers();
            options.AddOperationTransformer(answers);
            options.AddDocumentTransformer(answers);
            options.AddSchemaTransformer(new RequiredAsValidated());
            options.AddOperationTransformer(new QueryParameterDescriptions());
        });
}
