using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Supervision.Api.Infrastructure.OpenApi;

/// <summary>
/// The values a query parameter takes, the very list its validator checks, for the document to list; several of them
/// comma-separated when <paramref name="Many"/>.
/// </summary>
public sealed record QueryValues(string Name, IReadOnlyList<string> Values, bool Many = false);

internal static class QueryValuesExtensions
{
    public static RouteHandlerBuilder WithQueryValues(this RouteHandlerBuilder builder, string name, IReadOnlyList<string> values, bool many = false) =>
        builder.WithMetadata(new QueryValues(name, values, many));
}

/// <summary>
/// Describes query parameters: the values listed by <see cref="QueryValues"/> as an enum, and the parameters every list
/// shares (page, page size, text, dates) with what they mean.
/// </summary>
internal sealed class QueryParameterDescriptions : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.Parameters is not { Count: > 0 } parameters)
            return Task.CompletedTask;
        var values = context.Description.ActionDescriptor.EndpointMetadata.OfType<QueryValues>().ToDictionary(v => v.Name, StringComparer.Ordinal);
        var types = context.Description.ParameterDescriptions.ToDictionary(p => p.Name, p => Nullable.GetUnderlyingType(p.Type) ?? p.Type, StringComparer.Ordinal);
        foreach (var parameter in parameters.OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query))
        {
            var name = parameter.Name ?? "";
            if (values.TryGetValue(name, out var listed))
            {
                var one = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. listed.Values.Select(v => (JsonNode)JsonValue.Create(v))] };
                if (listed.Many)
                {
                    // Several values in one parameter, comma-separated: status=Open,Claimed.
                    parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.Array, Items = one };
                    parameter.Style = ParameterStyle.Form;
                    parameter.Explode = false;
                }
                else
                {
                    parameter.Schema = one;
                }
            }
            parameter.Description ??= Describe(name, types.GetValueOrDefault(name), listed?.Many == true);
        }
        return Task.CompletedTask;
    }

    private static string? Describe(string name, Type? type, bool many) => name switch
    {
        "page" => "The page to serve, numbered from 1 (the first by default).",
        "pageSize" => "How many items a page holds; a larger size than the endpoint serves is capped.",
        "q" or "search" => "Text to look for; case and Vietnamese marks are ignored.",
        _ when many => "One or more of the values, comma-separated.",
        _ when type == typeof(DateOnly) && name.EndsWith("from", StringComparison.OrdinalIgnoreCase) => "The first day of the range (yyyy-MM-dd), included.",
        _ when type == typeof(DateOnly) && name.EndsWith("to", StringComparison.OrdinalIgnoreCase) => "The last day of the range (yyyy-MM-dd), included.",
        _ when type == typeof(DateOnly) => "A day, yyyy-MM-dd.",
        _ when type == typeof(DateTimeOffset) => "A time with its offset, ISO 8601.",
        _ => null,
    };
}
