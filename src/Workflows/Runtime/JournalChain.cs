using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Supervision.Workflows.Persistence;

namespace Supervision.Workflows.Runtime;

/// <summary>
/// The SHA-256 chain of an instance's journal: each row's hash covers its content and the previous row's
/// hash, so editing, inserting or deleting a row breaks every later link.
/// </summary>
public static class JournalChain
{
    /// <summary>The previous hash of an instance's first row.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string ComputeHash(JournalRecord row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            // A JSON array fixes the order and the boundaries of the fields.
            writer.WriteStartArray();
            writer.WriteStringValue(row.PreviousHash);
            writer.WriteStringValue(row.InstanceId);
            writer.WriteNumberValue(row.Sequence);
            writer.WriteStringValue(row.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
            writer.WriteStringValue(row.Event);
            writer.WriteStringValue(row.ActivityId);
            writer.WriteStringValue(row.ActivityType);
            writer.WriteStringValue(row.Message);
            writer.WriteStringValue(row.Actor);
            writer.WriteStringValue(row.Data);
            writer.WriteEndArray();
        }
        return Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
    }

    /// <summary>Timestamps are stored to the microsecond (PostgreSQL's precision), so the hash covers that much.</summary>
    public static DateTimeOffset Normalize(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - utc.Ticks % 10, TimeSpan.Zero);
    }
}

/// <summary>The outcome of recomputing an instance's journal chain.</summary>
/// <param name="InstanceId">The instance checked.</param>
/// <param name="Entries">How many rows were read.</param>
/// <param name="FirstBrokenSequence">The first row whose link does not hold; null when the chain is intact.</param>
/// <param name="Problem">What is wrong at that row.</param>
public sealed record JournalVerification(string InstanceId, long Entries, long? FirstBrokenSequence, string? Problem)
{
    public bool IsValid => FirstBrokenSequence is null;
}
