using System.Globalization;

namespace Supervision.Domain.Calendar;

/// <summary>
/// When to remind the assignee of a task about its due date. Stored in workflow definitions as
/// JSON, e.g. <c>{"offsetsBefore":[5,2,1],"onDueAt":"08:00","overdueAfter":[1,3,7],"sendAt":"08:00"}</c>;
/// properties left out keep their defaults.
/// </summary>
public sealed record ReminderPolicy
{
    /// <summary>The largest offset accepted, one year of working days and then some.</summary>
    public const int MaxWorkingDays = 366;

    /// <summary>The default policy: 5, 2 and 1 working days before, on the due day at 08:00, then 1, 3 and 7 working days overdue.</summary>
    public static ReminderPolicy Default { get; } = new();

    /// <summary>Working days before the due date on which to send an upcoming reminder. Default 5, 2, 1.</summary>
    public IReadOnlyList<int> OffsetsBefore { get; init; } = [5, 2, 1];

    /// <summary>Local time of the reminder on the due date itself, default 08:00; null sends none.</summary>
    public TimeOnly? OnDueAt { get; init; } = new TimeOnly(8, 0);

    /// <summary>Working days after the due date on which to send an overdue reminder. Default 1, 3, 7.</summary>
    public IReadOnlyList<int> OverdueAfter { get; init; } = [1, 3, 7];

    /// <summary>Local time of the upcoming and overdue reminders and of escalations. Default 08:00.</summary>
    public TimeOnly SendAt { get; init; } = new(8, 0);

    /// <summary>Checks values that JSON can leave invalid: missing lists and offsets outside 1–<see cref="MaxWorkingDays"/>.</summary>
    /// <exception cref="ArgumentException">The policy is invalid; the message names the property.</exception>
    public void Validate()
    {
        CheckOffsets(OffsetsBefore, nameof(OffsetsBefore));
        CheckOffsets(OverdueAfter, nameof(OverdueAfter));
    }

    /// <inheritdoc/>
    public bool Equals(ReminderPolicy? other) =>
        other is not null
        && (OffsetsBefore ?? []).SequenceEqual(other.OffsetsBefore ?? [])
        && (OverdueAfter ?? []).SequenceEqual(other.OverdueAfter ?? [])
        && OnDueAt == other.OnDueAt
        && SendAt == other.SendAt;

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var offset in OffsetsBefore ?? [])
        {
            hash.Add(offset);
        }

        hash.Add(-1); // keeps [1],[] apart from [],[1]
        foreach (var offset in OverdueAfter ?? [])
        {
            hash.Add(offset);
        }

        hash.Add(OnDueAt);
        hash.Add(SendAt);
        return hash.ToHashCode();
    }

    /// <summary>A one-line summary for logs, e.g. <c>before 5,2,1 WD; due day 08:00; overdue 1,3,7 WD; at 08:00</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"before {string.Join(',', OffsetsBefore ?? [])} WD; due day {OnDueAt?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "none"}; "
        + $"overdue {string.Join(',', OverdueAfter ?? [])} WD; at {SendAt:HH:mm}");

    private static void CheckOffsets(IReadOnlyList<int>? offsets, string name)
    {
        if (offsets is null)
        {
            throw new ArgumentException($"{name} is missing; use an empty list for none.", name);
        }

        foreach (var offset in offsets)
        {
            if (offset is < 1 or > MaxWorkingDays)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"{name} contains {offset}; offsets are working days from 1 to {MaxWorkingDays}."),
                    name);
            }
        }
    }
}
