using System.Security.Cryptography;
using System.Text;
using Supervision.Workflows.Definitions;
using Supervision.Workflows.Execution;

namespace Supervision.Workflows.Runtime;

/// <summary>
/// A SHA-256 of what a definition does and shows, not of how its file is laid out: key order, whitespace,
/// the version id, version number, flags and timestamps do not change it.
/// </summary>
public static class DefinitionContentHash
{
    private static readonly string[] VolatileKeys = ["$schema", "id", "version", "isLatest", "isPublished", "createdAt", "publishedAt", "updatedAt"];

    public static string Compute(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var json = WorkflowDefinitionWriter.ToJson(definition);
        foreach (var key in VolatileKeys)
            json.Remove(key);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(BookmarkHash.Canonical(json))));
    }
}
