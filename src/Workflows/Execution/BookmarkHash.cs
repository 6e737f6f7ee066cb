using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Supervision.Workflows.Execution;

/// <summary>The lookup key of a bookmark or trigger: a hash of its name and stimulus.</summary>
public static class BookmarkHash
{
    public static string Compute(string name, JsonNode? stimulus)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = stimulus is null ? name : name + "\n" + Canonical(stimulus);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>JSON with object keys sorted, so equal stimuli hash equally whatever their key order.</summary>
    public static string Canonical(JsonNode? node)
    {
        var builder = new StringBuilder();
        Write(node, builder);
        return builder.ToString();
    }

    private static void Write(JsonNode? node, StringBuilder builder)
    {
        switch (node)
        {
            case JsonObject obj:
                builder.Append('{');
                var first = true;
                foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    if (!first)
                        builder.Append(',');
                    first = false;
                    builder.Append(JsonValue.Create(key)!.ToJsonString()).Append(':');
                    Write(value, builder);
                }
                builder.Append('}');
                break;
            case JsonArray array:
                builder.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0)
                        builder.Append(',');
                    Write(array[i], builder);
                }
                builder.Append(']');
                break;
            case null:
                builder.Append("null");
                break;
            default:
                builder.Append(node.ToJsonString());
                break;
        }
    }
}
