using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Supervision.Domain.Calendar;

/// <summary>How a <see cref="DeadlineRule"/> finds the due date.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DeadlineBasis>))]
public enum DeadlineBasis
{
    /// <summary>A number of calendar days after the start ("không quá 45 ngày").</summary>
    CalendarDays,

    /// <summary>A number of working days after the start ("trong 05 ngày làm việc").</summary>
    WorkingDays,

    /// <summary>A fixed day of the year ("trước ngày 10/6").</summary>
    FixedDate,

    /// <summary>A fixed day of the month ("chậm nhất ngày 25 hằng tháng").</summary>
    DayOfMonth,
}

/// <summary>
/// A rule that turns a start date into a due date, written in workflow definitions as a short
/// string: <c>WorkingDays:10</c>, <c>CalendarDays:30</c>, <c>FixedDate:06-10</c> (that day every year),
/// <c>FixedDate:2026-06-10</c> (that day of that year) or <c>DayOfMonth:25</c>.
/// </summary>
/// <remarks>
/// The start day is not counted (Civil Code 2015, art. 147). A due date that falls on a rest day
/// or holiday moves to the next working day (art. 148 k.5); a working-day count always ends on
/// a working day. The deadline ends at 24:00 local time of the due date (<see cref="DueAt"/>).
/// </remarks>
[JsonConverter(typeof(DeadlineRuleJsonConverter))]
public sealed record DeadlineRule : IParsable<DeadlineRule>
{
    /// <summary>The largest day count accepted, ten years, so a typo cannot create a deadline centuries away.</summary>
    public const int MaxDays = 3660;

    private const string AcceptedForms =
        "Accepted forms: CalendarDays:<days>, WorkingDays:<days>, FixedDate:<MM-dd>, FixedDate:<yyyy-MM-dd>, DayOfMonth:<day>, e.g. WorkingDays:10 or FixedDate:06-10.";

    private DeadlineRule(DeadlineBasis basis, int days, int month, int day, int year = 0)
    {
        Basis = basis;
        Days = days;
        Month = month;
        Day = day;
        Year = year;
    }

    /// <summary>How the due date is found.</summary>
    public DeadlineBasis Basis { get; }

    /// <summary>The number of days for <see cref="DeadlineBasis.CalendarDays"/> and <see cref="DeadlineBasis.WorkingDays"/>; 0 otherwise.</summary>
    public int Days { get; }

    /// <summary>The month for <see cref="DeadlineBasis.FixedDate"/>; 0 otherwise.</summary>
    public int Month { get; }

    /// <summary>The day of the month for <see cref="DeadlineBasis.FixedDate"/> and <see cref="DeadlineBasis.DayOfMonth"/>; 0 otherwise.</summary>
    public int Day { get; }

    /// <summary>The year of a <see cref="DeadlineBasis.FixedDate"/> written with one (<c>FixedDate:2026-06-10</c>); 0 for the same day every year.</summary>
    public int Year { get; }

    /// <summary>Due <paramref name="days"/> calendar days after the start, moved to the next working day if needed. 0 means the start day itself.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is outside 0–<see cref="MaxDays"/>.</exception>
    public static DeadlineRule CalendarDays(int days) => new(DeadlineBasis.CalendarDays, CheckDays(days), 0, 0);

    /// <summary>Due on the <paramref name="days"/>-th working day after the start. 0 means the start day, or the next working day.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is outside 0–<see cref="MaxDays"/>.</exception>
    public static DeadlineRule WorkingDays(int days) => new(DeadlineBasis.WorkingDays, CheckDays(days), 0, 0);

    /// <summary>Due on a fixed day of the year; 29 February means the 28th in common years.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The month and day do not name a day of the year.</exception>
    public static DeadlineRule FixedDate(int month, int day)
    {
        if (!IsDayOfYear(month, day))
        {
            throw new ArgumentOutOfRangeException(nameof(day), $"{month:00}-{day:00} is not a day of the year.");
        }

        return new DeadlineRule(DeadlineBasis.FixedDate, 0, month, day);
    }

    /// <summary>Due on one date, whenever the task starts (a start after it is overdue at once).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the years the work calendar counts.</exception>
    public static DeadlineRule FixedDate(DateOnly date)
    {
        if (date.Year is < HolidayCatalog.FirstCountableYear or > HolidayCatalog.LastCountableYear)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"The work calendar counts the years {HolidayCatalog.FirstCountableYear}–{HolidayCatalog.LastCountableYear}.");
        }

        return new DeadlineRule(DeadlineBasis.FixedDate, 0, date.Month, date.Day, date.Year);
    }

    /// <summary>Due on a fixed day of the month; a day past the month's end means its last day.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is outside 1–31.</exception>
    public static DeadlineRule DayOfMonth(int day)
    {
        if (day is < 1 or > 31)
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "A day of the month is 1–31.");
        }

        return new DeadlineRule(DeadlineBasis.DayOfMonth, 0, 0, day);
    }

    /// <summary>Parses the string form, e.g. <c>WorkingDays:10</c>. The basis name is case-insensitive.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a deadline rule; the message says why and lists the accepted forms.</exception>
    public static DeadlineRule Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var rule, out var error) ? rule : throw new FormatException(error);
    }

    /// <summary>Parses the string form; returns false instead of throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, [MaybeNullWhen(false)] out DeadlineRule rule) =>
        TryParse(text, out rule, out _);

    /// <inheritdoc cref="Parse(string)"/>
    static DeadlineRule IParsable<DeadlineRule>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(string?, out DeadlineRule)"/>
    static bool IParsable<DeadlineRule>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out DeadlineRule result) =>
        TryParse(s, out result);

    /// <summary>The end of the due date: 24:00 local, i.e. 00:00 +07:00 of the next day.</summary>
    public static DateTimeOffset DueAt(DateOnly dueOn) => WorkCalendar.EndOfDay(dueOn);

    /// <summary>
    /// The due date for a task that starts on <paramref name="start"/>. The start day is not
    /// counted. <see cref="DeadlineBasis.FixedDate"/> takes the date in the start's year, or in
    /// the next year when that date is already past (a start on the date itself is due that day);
    /// written with its year, it is that date whenever the task starts;
    /// <see cref="DeadlineBasis.DayOfMonth"/> does the same with the start's month. Calendar-day,
    /// fixed-date and day-of-month results that fall on a non-working day move to the next
    /// working day.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public DateOnly Compute(DateOnly start, WorkCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);

        return Basis switch
        {
            DeadlineBasis.WorkingDays when Days == 0 => calendar.RollForward(start),
            DeadlineBasis.WorkingDays => calendar.AddWorkingDays(start, Days),
            DeadlineBasis.CalendarDays => calendar.RollForward(start.AddDays(Days)),
            DeadlineBasis.FixedDate when Year > 0 => calendar.RollForward(new DateOnly(Year, Month, Day)),
            DeadlineBasis.FixedDate => calendar.RollForward(NextFixedDate(start)),
            DeadlineBasis.DayOfMonth => calendar.RollForward(NextDayOfMonth(start)),
            _ => throw new InvalidOperationException($"Unknown deadline basis {Basis}."),
        };
    }

    /// <summary>The string form, e.g. <c>WorkingDays:10</c> or <c>FixedDate:06-10</c>; <see cref="Parse"/> reads it back.</summary>
    public override string ToString() => Basis switch
    {
        DeadlineBasis.FixedDate when Year > 0 => string.Create(CultureInfo.InvariantCulture, $"{Basis}:{Year:0000}-{Month:00}-{Day:00}"),
        DeadlineBasis.FixedDate => string.Create(CultureInfo.InvariantCulture, $"{Basis}:{Month:00}-{Day:00}"),
        DeadlineBasis.DayOfMonth => string.Create(CultureInfo.InvariantCulture, $"{Basis}:{Day}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Basis}:{Days}"),
    };

    private DateOnly NextFixedDate(DateOnly start)
    {
        var candidate = Clamped(start.Year, Month, Day);
        return candidate >= start ? candidate : Clamped(start.Year + 1, Month, Day);
    }

    private DateOnly NextDayOfMonth(DateOnly start)
    {
        var candidate = Clamped(start.Year, start.Month, Day);
        if (candidate >= start)
        {
            return candidate;
        }

        var nextMonth = start.AddMonths(1);
        return Clamped(nextMonth.Year, nextMonth.Month, Day);
    }

    private static DateOnly Clamped(int year, int month, int day) =>
        new(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));

    private static bool TryParse(string? text, [MaybeNullWhen(false)] out DeadlineRule rule, out string error)
    {
        rule = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = $"The deadline rule is empty. {AcceptedForms}";
            return false;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            error = $"The deadline rule '{text}' has no ':' between the basis and its value. {AcceptedForms}";
            return false;
        }

        var basisText = text[..colon].Trim();
        var value = text[(colon + 1)..].Trim();
        // Matched by name only: Enum.TryParse would also take "1" or "CalendarDays,WorkingDays".
        var basis = Enum.GetValues<DeadlineBasis>()
            .Select(b => (DeadlineBasis?)b)
            .FirstOrDefault(b => string.Equals(b.ToString(), basisText, StringComparison.OrdinalIgnoreCase));
        if (basis is null)
        {
            error = $"The deadline rule '{text}' has an unknown basis '{basisText}'. {AcceptedForms}";
            return false;
        }

        switch (basis.Value)
        {
            case DeadlineBasis.CalendarDays or DeadlineBasis.WorkingDays:
                if (!TryParseNumber(value, out var days) || days > MaxDays)
                {
                    error = $"The deadline rule '{text}' needs a whole number of days from 0 to {MaxDays}. {AcceptedForms}";
                    return false;
                }

                rule = new DeadlineRule(basis.Value, days, 0, 0);
                break;

            case DeadlineBasis.FixedDate when value.Length == 10:
                if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    error = $"The deadline rule '{text}' needs a date as yyyy-MM-dd, e.g. 2026-06-10. {AcceptedForms}";
                    return false;
                }

                if (date.Year is < HolidayCatalog.FirstCountableYear or > HolidayCatalog.LastCountableYear)
                {
                    error = $"The deadline rule '{text}' names a year outside {HolidayCatalog.FirstCountableYear}–{HolidayCatalog.LastCountableYear}, the years the work calendar counts. {AcceptedForms}";
                    return false;
                }

                rule = new DeadlineRule(basis.Value, 0, date.Month, date.Day, date.Year);
                break;

            case DeadlineBasis.FixedDate:
                if (value.Length != 5 || value[2] != '-'
                    || !TryParseNumber(value[..2], out var month) || !TryParseNumber(value[3..], out var day)
                    || !IsDayOfYear(month, day))
                {
                    error = $"The deadline rule '{text}' needs a day of the year as MM-dd, e.g. 06-10 for 10 June. {AcceptedForms}";
                    return false;
                }

                rule = new DeadlineRule(basis.Value, 0, month, day);
                break;

            default:
                if (!TryParseNumber(value, out var dayOfMonth) || dayOfMonth is < 1 or > 31)
                {
                    error = $"The deadline rule '{text}' needs a day of the month from 1 to 31. {AcceptedForms}";
                    return false;
                }

                rule = new DeadlineRule(basis.Value, 0, 0, dayOfMonth);
                break;
        }

        error = string.Empty;
        return true;
    }

    // Digits only: no sign, spaces or thousands separators, whatever the culture.
    private static bool TryParseNumber(string text, out int number) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out number);

    private static bool IsDayOfYear(int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2000, month); // 2000 allows 29 February

    private static int CheckDays(int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, MaxDays);
        return days;
    }
}

/// <summary>Stores a <see cref="DeadlineRule"/> in JSON as its string form, e.g. <c>"WorkingDays:10"</c>.</summary>
public sealed class DeadlineRuleJsonConverter : JsonConverter<DeadlineRule>
{
    /// <inheritdoc/>
    public override DeadlineRule? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A deadline rule must be a JSON string such as \"WorkingDays:10\", not {reader.TokenType}.");
        }

        try
        {
            return DeadlineRule.Parse(reader.GetString()!);
        }
        catch (FormatException ex)
        {
            throw new JsonException(ex.Message, ex);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, DeadlineRule value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.ToString());
    }
}
