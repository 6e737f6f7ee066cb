namespace Supervision.Domain.Common;

/// <summary>
/// Argument checks shared by the aggregates. Missing ids and undefined enum values are
/// programming errors (ArgumentException); a missing text the user must supply, such as a
/// return comment, is a broken rule (DomainException).
/// </summary>
internal static class Guard
{
    public static Guid NotEmpty(Guid id, string name)
    {
        if (id == Guid.Empty)
        {
            throw new ArgumentException($"{name} must not be empty.", name);
        }

        return id;
    }

    public static Guid? NotEmpty(Guid? id, string name) => id is null ? null : NotEmpty(id.Value, name);

    public static TEnum Defined<TEnum>(TEnum value, string name)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{value} is not a defined {typeof(TEnum).Name}.");
        }

        return value;
    }

    /// <summary>Refuses a transition from a state that does not allow it.</summary>
    /// <param name="subject">"A task", "An inspection": how the message names the record.</param>
    public static void Status<TStatus>(TStatus current, string subject, string action, params TStatus[] allowed)
        where TStatus : struct, Enum
    {
        if (Array.IndexOf(allowed, current) < 0)
        {
            throw new DomainException($"{subject} that is {current} cannot be {action}; it must be {string.Join(" or ", allowed)}.");
        }
    }

    public static string Text(string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new DomainException($"{what} is required.");
        }

        return value.Trim();
    }

    public static string? OptionalText(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static List<Guid> Ids(IEnumerable<Guid>? ids, string name)
    {
        ArgumentNullException.ThrowIfNull(ids, name);
        var list = new List<Guid>();
        foreach (var id in ids)
        {
            NotEmpty(id, name);
            if (!list.Contains(id))
            {
                list.Add(id);
            }
        }

        return list;
    }

    public static List<Guid> NonEmptyIds(IEnumerable<Guid>? ids, string name, string what)
    {
        var list = Ids(ids, name);
        if (list.Count == 0)
        {
            throw new DomainException($"At least one {what} is required.");
        }

        return list;
    }
}
