using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Validators;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Supervision.Api.Infrastructure.OpenApi;

/// <summary>
/// A request body's required fields are those its validator refuses to go without (an unconditional NotNull or
/// NotEmpty), and those the serializer itself insists on. The bodies' members are nullable so that a missing one is
/// answered by the validator naming it, which the generator takes for every constructor parameter being required.
/// </summary>
internal sealed class RequiredAsValidated : IOpenApiSchemaTransformer
{
    private HashSet<Type>? _bodies;

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var typeInfo = context.JsonTypeInfo;
        if (typeInfo.Kind != JsonTypeInfoKind.Object || !Bodies(context.ApplicationServices).Contains(typeInfo.Type))
            return Task.CompletedTask;

        var validated = typeInfo.Type.GetCustomAttribute<ValidatedAsAttribute>()?.Request ?? typeInfo.Type;
        var refused = RefusedWhenMissing(context.ApplicationServices.GetService(typeof(IValidator<>).MakeGenericType(validated)) as IValidator);
        var required = typeInfo.Properties.Where(p => p.IsRequired || refused.Contains(p.Name)).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        schema.Required = required.Count > 0 ? required : null;
        return Task.CompletedTask;
    }

    /// <summary>The members an unconditional NotNull or NotEmpty rule refuses when they are missing.</summary>
    public static HashSet<string> RefusedWhenMissing(IValidator? validator)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (validator is not IEnumerable<IValidationRule> rules)
            return names;
        foreach (var rule in rules)
        {
            // A rule for each element of a list says nothing of the list itself.
            if (rule.PropertyName is null || rule.HasCondition || rule.HasAsyncCondition || IsForEach(rule))
                continue;
            if (rule.Components.Any(c => !c.HasCondition && !c.HasAsyncCondition && c.Validator is INotNullValidator or INotEmptyValidator))
                names.Add(rule.PropertyName);
        }
        return names;
    }

    private static bool IsForEach(IValidationRule rule) =>
        rule.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollectionRule<,>));

    // The endpoints do not change once the server runs.
    private HashSet<Type> Bodies(IServiceProvider services) => _bodies ??= services.GetRequiredService<IApiDescriptionGroupCollectionProvider>()
        .ApiDescriptionGroups.Items.SelectMany(g => g.Items).SelectMany(d => d.ParameterDescriptions)
        .Where(p => p.Source == BindingSource.Body && p.Type is not null)
        .Select(p => Nullable.GetUnderlyingType(p.Type) ?? p.Type)
        .ToHashSet();
}
