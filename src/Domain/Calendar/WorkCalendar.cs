using static System.FormattableString;

namespace Supervision.Domain.Calendar;

/// <summary>
/// The working-day calendar of Vietnamese state and Party bodies: weekly rest days (Saturday and
/// Sunday by default) plus dated entries for holidays, days off in lieu, swapped days and make-up
/// Saturdays. All dates are local dates in Asia/Ho_Chi_Minh (UTC+7, no daylight saving time).
/// </summary>
/// <remarks>
/// The calendar knows only the entries it is given: outside the years they cover, only the weekly
/// rest days apply. Entries marked <see cref="CalendarDayStatus.Proposed"/> count exactly like
/// official ones; the status tells an administrator what still needs confirming. Instances are
/// immutable and safe to share between threads.
/// </remarks>
public sealed class WorkCalendar
{
    /// <summary>The IANA time zone of the calendar.</summary>
    public const string TimeZoneId = "Asia/Ho_Chi_Minh";

    /// <summary>
    /// How far the calendar looks for a working day before it gives up, so that a calendar
    /// misconfigured to have no working days fails instead of looping.
    /// </summary>
    public const int MaxSearchDays = 366;

    private readonly Dictionary<DateOnly, CalendarDay> _entries;
    private readonly bool[] _isRestDay = new bool[7];

    /// <summary>Creates a calendar from plain data, e.g. the rows of the calendar table.</summary>
    /// <param name="days">The dated entries; at most one per date.</param>
    /// <param name="weeklyRestDays">The weekly rest days; Saturday and Sunday when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> is null.</exception>
    /// <exception cref="ArgumentException">An entry is null, has an undefined type or status, or two entries share a date; or every day of the week is a rest day.</exception>
    public WorkCalendar(IEnumerable<CalendarDay> days, IEnumerable<DayOfWeek>? weeklyRestDays = null)
    {
        ArgumentNullException.ThrowIfNull(days);

        foreach (var restDay in weeklyRestDays ?? DefaultWeeklyRestDays)
        {
            if (!Enum.IsDefined(restDay))
            {
                throw new ArgumentException($"'{restDay}' is not a day of the week.", nameof(weeklyRestDays));
            }

            _isRestDay[(int)restDay] = true;
        }

        if (_isRestDay.All(rest => rest))
        {
            throw new ArgumentException("At least one day of the week must be a working day.", nameof(weeklyRestDays));
        }

        _entries = [];
        foreach (var day in days)
        {
            if (day is null)
            {
                throw new ArgumentException("The calendar entries contain a null entry.", nameof(days));
            }

            if (!Enum.IsDefined(day.Type) || !Enum.IsDefined(day.Status))
            {
                throw new ArgumentException(Invariant($"The entry for {day.Date:yyyy-MM-dd} has an undefined type or status."), nameof(days));
            }

            if (!_entries.TryAdd(day.Date, day))
            {
                throw new ArgumentException(
                    Invariant($"Two calendar entries share the date {day.Date:yyyy-MM-dd} ('{_entries[day.Date].NameVi}' and '{day.NameVi}')."),
                    nameof(days));
            }
        }

        Days = [.. _entries.Values.OrderBy(day => day.Date)];
        WeeklyRestDays = [.. Enum.GetValues<DayOfWeek>().Where(d => _isRestDay[(int)d])];
    }

    /// <summary>The offset of Asia/Ho_Chi_Minh, +07:00 all year (Vietnam has no daylight saving time).</summary>
    public static TimeSpan Offset { get; } = TimeSpan.FromHours(7);

    /// <summary>Saturday and Sunday, the rest days of the civil-service week.</summary>
    public static IReadOnlyList<DayOfWeek> DefaultWeeklyRestDays { get; } = [DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>The weekly rest days, Sunday first.</summary>
    public IReadOnlyList<DayOfWeek> WeeklyRestDays { get; }

    /// <summary>The dated entries, in date order.</summary>
    public IReadOnlyList<CalendarDay> Days { get; }

    /// <summary>
    /// Builds the calendar for a range of years from <see cref="HolidayCatalog"/>, with
    /// caller-supplied entries replacing the catalog's entry for the same date (for example the
    /// confirmed Tết days of a year whose lunar holidays were only computed). To cancel a catalog
    /// entry without a replacement, override its date with an <see cref="CalendarDayType.Observance"/>.
    /// </summary>
    /// <param name="firstYear">The first Gregorian year to load.</param>
    /// <param name="lastYear">The last Gregorian year to load.</param>
    /// <param name="overrides">Entries that replace the catalog's; at most one per date. They are kept even outside the years loaded.</param>
    /// <param name="weeklyRestDays">The weekly rest days; Saturday and Sunday when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">A year is outside the catalog's range, or <paramref name="lastYear"/> is before <paramref name="firstYear"/>.</exception>
    /// <exception cref="ArgumentException">Two overrides share a date, or an override is invalid.</exception>
    public static WorkCalendar CreateDefault(
        int firstYear,
        int lastYear,
        IEnumerable<CalendarDay>? overrides = null,
        IEnumerable<DayOfWeek>? weeklyRestDays = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(firstYear, HolidayCatalog.MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lastYear, HolidayCatalog.MaxYear);
        ArgumentOutOfRangeException.ThrowIfLessThan(lastYear, firstYear);

        var restDays = (weeklyRestDays ?? DefaultWeeklyRestDays).ToArray();
        var entries = new Dictionary<DateOnly, CalendarDay>();
        for (var year = firstYear; year <= lastYear; year++)
        {
            foreach (var day in HolidayCatalog.ForYear(year, restDays))
            {
                entries[day.Date] = day;
            }
        }

        var overridden = new HashSet<DateOnly>();
        foreach (var day in overrides ?? [])
        {
            if (day is null)
            {
                throw new ArgumentException("The overrides contain a null entry.", nameof(overrides));
            }

            if (!overridden.Add(day.Date))
            {
                throw new ArgumentException(Invariant($"Two overrides share the date {day.Date:yyyy-MM-dd}."), nameof(overrides));
            }

            entries[day.Date] = day;
        }

        return new WorkCalendar(entries.Values, restDays);
    }

    /// <summary>The local (UTC+7) date of an instant.</summary>
    public static DateOnly ToLocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocalTime(instant).DateTime);

    /// <summary>The same instant expressed at +07:00.</summary>
    public static DateTimeOffset ToLocalTime(DateTimeOffset instant) => instant.ToOffset(Offset);

    /// <summary>The instant a local time of day is reached on a local date, at +07:00.</summary>
    public static DateTimeOffset AtLocalTime(DateOnly date, TimeOnly time) => new(date.ToDateTime(time), Offset);

    /// <summary>Local midnight at the start of a date (00:00 +07:00).</summary>
    public static DateTimeOffset StartOfDay(DateOnly date) => AtLocalTime(date, TimeOnly.MinValue);

    /// <summary>
    /// The end of a local date: 24:00, i.e. 00:00 +07:00 of the next day. A deadline day ends
    /// then (Civil Code 2015, art. 148).
    /// </summary>
    public static DateTimeOffset EndOfDay(DateOnly date) => StartOfDay(date.AddDays(1));

    /// <summary>The entry for a date, or null when the date has none.</summary>
    public CalendarDay? GetDay(DateOnly date) => _entries.GetValueOrDefault(date);

    /// <summary>
    /// Whether work is done on a date: make-up Saturdays are working days; holidays,
    /// compensatory and swapped days are not; otherwise the weekly rest days decide.
    /// Observances change nothing.
    /// </summary>
    public bool IsWorkingDay(DateOnly date)
    {
        if (_entries.TryGetValue(date, out var entry))
        {
            if (entry.Type == CalendarDayType.MakeUpWorkday)
            {
                return true;
            }

            if (entry.IsDayOff)
            {
                return false;
            }
        }

        return !_isRestDay[(int)date.DayOfWeek];
    }

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    /// <exception cref="InvalidOperationException">No working day within <see cref="MaxSearchDays"/> days.</exception>
    public DateOnly NextWorkingDay(DateOnly date) => Step(date, +1);

    /// <summary>The last working day strictly before <paramref name="date"/>.</summary>
    /// <exception cref="InvalidOperationException">No working day within <see cref="MaxSearchDays"/> days.</exception>
    public DateOnly PreviousWorkingDay(DateOnly date) => Step(date, -1);

    /// <summary>
    /// <paramref name="date"/> itself when it is a working day, else the next working day: a
    /// deadline that ends on a rest day or holiday ends on the next working day (Civil Code 2015,
    /// art. 148 k.5).
    /// </summary>
    /// <exception cref="InvalidOperationException">No working day within <see cref="MaxSearchDays"/> days.</exception>
    public DateOnly RollForward(DateOnly date) => IsWorkingDay(date) ? date : NextWorkingDay(date);

    /// <summary>
    /// Counts <paramref name="workingDays"/> working days from <paramref name="from"/>, not counting
    /// <paramref name="from"/> itself (Civil Code 2015, art. 147), and returns the last one. A
    /// negative count goes backwards: -5 is the fifth working day before <paramref name="from"/>.
    /// Zero returns <paramref name="from"/> unchanged.
    /// </summary>
    /// <exception cref="InvalidOperationException">A gap of more than <see cref="MaxSearchDays"/> days without a working day.</exception>
    public DateOnly AddWorkingDays(DateOnly from, int workingDays)
    {
        var date = from;
        var direction = Math.Sign(workingDays);
        for (var counted = 0; counted < Math.Abs((long)workingDays); counted++)
        {
            date = Step(date, direction);
        }

        return date;
    }

    /// <summary>
    /// The number of working days in (<paramref name="fromExclusive"/>, <paramref name="toInclusive"/>],
    /// i.e. the working days left from one day until the end of another; 0 when the range is empty.
    /// </summary>
    public int CountWorkingDays(DateOnly fromExclusive, DateOnly toInclusive)
    {
        var count = 0;
        for (var date = fromExclusive; date < toInclusive;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }

    private DateOnly Step(DateOnly date, int direction)
    {
        var candidate = date;
        for (var i = 0; i < MaxSearchDays; i++)
        {
            candidate = candidate.AddDays(direction);
            if (IsWorkingDay(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            Invariant($"No working day within {MaxSearchDays} days {(direction > 0 ? "after" : "before")} {date:yyyy-MM-dd}; ")
            + "check the calendar's holidays and weekly rest days.");
    }
}
