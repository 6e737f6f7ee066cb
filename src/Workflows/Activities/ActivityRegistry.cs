using System.Reflection;
using System.Text.Json.Nodes;
using Supervision.Workflows.Definitions;

namespace Supervision.Workflows.Activities;

/// <summary>
/// Knows every activity type by its stable key and builds descriptors from the classes' attributes.
/// Thread-safe for reading once built.
/// </summary>
public sealed class ActivityRegistry
{
    private readonly Dictionary<string, WorkflowActivity> _activities = new(StringComparer.Ordinal);

    /// <summary>A registry holding the built-in Elsa activities.</summary>
    public static ActivityRegistry CreateDefault()
    {
        var registry = new ActivityRegistry();
        registry.RegisterAssembly(typeof(ActivityRegistry).Assembly);
        return registry;
    }

    public IEnumerable<ActivityDescriptor> Descriptors => _activities.Values.Select(a => a.Descriptor).OrderBy(d => d.Category).ThenBy(d => d.TypeName);

    public bool TryGet(string typeKey, out WorkflowActivity activity) => _activities.TryGetValue(typeKey, out activity!);

    public WorkflowActivity Get(string typeKey) =>
        _activities.TryGetValue(typeKey, out var activity) ? activity : throw new KeyNotFoundException($"Unknown activity type '{typeKey}'.");

    public bool Contains(string typeKey) => _activities.ContainsKey(typeKey);

    /// <summary>Registers every concrete <see cref="WorkflowActivity"/> with an <see cref="ActivityTypeAttribute"/> in the assembly.</summary>
    public ActivityRegistry RegisterAssembly(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        foreach (var type in assembly.GetTypes())
        {
            if (type.IsVisible && !type.IsAbstract && typeof(WorkflowActivity).IsAssignableFrom(type) && type.GetCustomAttribute<ActivityTypeAttribute>() is not null)
                Register(type);
        }
        return this;
    }

    public ActivityRegistry Register<TActivity>() where TActivity : WorkflowActivity, new() => Register(typeof(TActivity));

    public ActivityRegistry Register(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var attribute = type.GetCustomAttribute<ActivityTypeAttribute>()
            ?? throw new ArgumentException($"{type.Name} has no [ActivityType] attribute.", nameof(type));
        var activity = (WorkflowActivity)(Activator.CreateInstance(type)
            ?? throw new ArgumentException($"{type.Name} needs a public parameterless constructor.", nameof(type)));

        var inputs = new List<InputDescriptor>();
        var outputs = new List<OutputDescriptor>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var propertyType = property.PropertyType;
            if (!propertyType.IsGenericType)
                continue;
            var name = CamelCase(property.Name);
            var valueType = propertyType.GetGenericArguments()[0];
            if (propertyType.GetGenericTypeDefinition() == typeof(Input<>))
            {
                var meta = property.GetCustomAttribute<InputAttribute>() ?? new InputAttribute();
                property.SetValue(activity, Activator.CreateInstance(propertyType, name));
                inputs.Add(new InputDescriptor(
                    name,
                    TypeNames.AliasOf(valueType),
                    valueType,
                    new LocalizedText(Or(meta.NameVi, property.Name), Or(meta.NameEn, property.Name)),
                    new LocalizedText(meta.DescriptionVi, meta.DescriptionEn),
                    meta.DefaultJson is null ? null : JsonNode.Parse(meta.DefaultJson),
                    meta.Required,
                    meta.UIHint,
                    meta.Options,
                    meta.AllowExpressions,
                    meta.Raw));
            }
            else if (propertyType.GetGenericTypeDefinition() == typeof(Output<>))
            {
                var meta = property.GetCustomAttribute<OutputAttribute>() ?? new OutputAttribute();
                property.SetValue(activity, Activator.CreateInstance(propertyType, name));
                outputs.Add(new OutputDescriptor(
                    name,
                    TypeNames.AliasOf(valueType),
                    valueType,
                    new LocalizedText(Or(meta.NameVi, property.Name), Or(meta.NameEn, property.Name))));
            }
        }

        var dynamicOutcomes = type.GetMethod(nameof(WorkflowActivity.GetOutcomes))!.DeclaringType != typeof(WorkflowActivity);
        activity.Descriptor = new ActivityDescriptor(
            attribute.TypeKey,
            attribute.Version,
            attribute.Category,
            new LocalizedText(Or(attribute.NameVi, type.Name), Or(attribute.NameEn, type.Name)),
            new LocalizedText(attribute.DescriptionVi, attribute.DescriptionEn),
            attribute.Kind,
            attribute.Kind is ActivityKind.Blocking or ActivityKind.Trigger,
            attribute.Kind == ActivityKind.Trigger,
            attribute.Outcomes,
            dynamicOutcomes,
            inputs,
            outputs,
            attribute.Icon);
        _activities[attribute.TypeKey] = activity;
        return this;
    }

    private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static string Or(string value, string fallback) => string.IsNullOrEmpty(value) ? fallback : value;
}
