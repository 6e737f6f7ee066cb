using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Supervision.Workflows.Activities;

/// <summary>Descriptors as the API and the designer palette read them.</summary>
public static class ActivityDescriptorJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static JsonNode ToJson(ActivityDescriptor descriptor) => JsonSerializer.SerializeToNode(descriptor, Options)!;

    public static string Serialize(IEnumerable<ActivityDescriptor> descriptors) => JsonSerializer.Serialize(descriptors, Options);
}
