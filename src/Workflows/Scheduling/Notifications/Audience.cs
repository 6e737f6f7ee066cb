using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Runtime;

namespace Supervision.Workflows.Scheduling;

/// <summary>Who a notification is for: units, roles and users, as <c>NotificationProjector</c> writes them.</summary>
/// <param name="Units">Unit ids: with <paramref name="Roles"/>, the holders of those roles there; alone, the unit's focal points, leaders and officers.</param>
/// <param name="Roles">Roles in the units (or anywhere when no unit is given).</param>
/// <param name="Users">User names.</param>
/// <param name="Channel">InApp, Email, Webhook, All, or a list.</param>
public sealed record Audience(IReadOnlyList<string> Units, IReadOnlyList<string> Roles, IReadOnlyList<string> Users, string Channel);

/// <summary>Outbox rows in the shapes the dispatcher reads.</summary>
public static class OutboxRows
{
    /// <summary>The channel of a row that names an audience; the dispatcher expands it into per-user rows.</summary>
    public const string FanoutChannel = "Fanout";

    public const string EmailChannel = "Email";
    public const string WebhookChannel = "Webhook";

    /// <summary>The longest idempotency key stored as is; longer ones keep a readable head and a hash.</summary>
    private const int MaxKeyLength = 200;

    /// <summary>A fan-out row: the audience and the data of the template.</summary>
    public static OutboxRecord Fanout(string key, string templateKey, Audience audience, JsonObject data, DateTimeOffset now, string? instanceId = null, string? subject = null)
    {
        ArgumentNullException.ThrowIfNull(audience);
        ArgumentNullException.ThrowIfNull(data);
        return new OutboxRecord
        {
            Id = Guid.NewGuid().ToString("N"),
            Key = BoundedKey(key),
            Channel = FanoutChannel,
            TemplateKey = templateKey,
            Model = new JsonObject
            {
                ["instanceId"] = instanceId,
                ["subject"] = subject,
                ["channel"] = audience.Channel,
                ["units"] = Strings(audience.Units),
                ["roles"] = Strings(audience.Roles),
                ["users"] = Strings(audience.Users),
                ["data"] = data,
            }.ToJsonString(),
            CreatedAt = JournalChain.Normalize(now),
        };
    }

    public static string BoundedKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length <= MaxKeyLength)
            return key;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        return key[..(MaxKeyLength - hash.Length - 1)] + "#" + hash;
    }

    /// <summary>A stable 32-character id derived from a key (an in-app notification's id from its outbox key).</summary>
    public static string IdFor(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);
}
