using System.Globalization;

namespace Supervision.Domain.Calendar;

/// <summary>
/// The public holidays of Vietnam per year, used to seed the calendar table. Years whose
/// holidays have been announced come from the announcements; any other year gets a
/// <see cref="CalendarDayStatus.Proposed"/> default computed from the Labour Code, for an
/// administrator to confirm.
/// </summary>
public static class HolidayCatalog
{
    /// <summary>The first year the catalog can compute (limited by the lunar calendar).</summary>
    public const int MinYear = VietnameseLunarCalendar.MinSupportedYear;

    /// <summary>The last year the catalog can compute (limited by the lunar calendar).</summary>
    public const int MaxYear = VietnameseLunarCalendar.MaxSupportedYear;

    /// <summary>
    /// The first year a date given from outside (a due date, a filter, a workflow's year) may fall in: the year before
    /// it must be computable too, for working days counted back.
    /// </summary>
    public const int FirstCountableYear = MinYear + 1;

    /// <summary>
    /// The last year a date given from outside may fall in: the deadlines and reminders counted on from it (a year's
    /// cycle and its escalations) must still fall in computable years.
    /// </summary>
    public const int LastCountableYear = MaxYear - 12;

    private const string LabourCodeHolidays = "45/2019/QH14 Điều 112";
    private const string LabourCodeCompensation = "45/2019/QH14 Điều 111 k.3";

    private const string Source2025Labour =
        "https://tracuuquyhoach.com/tin-tuc/cong-chuc-vien-chuc-duoc-nghi-the-nao-trong-dip-le-30-4-1-5-2025-51994339";
    private const string Source2026NewYear = "12729/VPCP-KGVX";
    private const string Source2026Tet = "http://www.congan.com.vn/?catid=702&id=388656&mod=detnews";
    private const string Source2026April =
        "https://thanhnien.vn/gio-to-hung-vuong-304-15-quoc-khanh-29-nam-2026-duoc-nghi-may-ngay-185260223083506397.htm";
    private const string Source2026NationalDayProposal =
        "https://thanhnien.vn/bo-noi-vu-de-xuat-nghi-5-ngay-dip-le-quoc-khanh-2026-185251002114917158.htm";

    private const string NewYearVi = "Tết Dương lịch";
    private const string NewYearEn = "New Year's Day";
    private const string HungKingsVi = "Giỗ Tổ Hùng Vương";
    private const string HungKingsEn = "Hung Kings' Commemoration Day";
    private const string VictoryVi = "Ngày Chiến thắng";
    private const string VictoryEn = "Reunification Day";
    private const string LabourVi = "Ngày Quốc tế Lao động";
    private const string LabourEn = "International Labour Day";
    private const string NationalDayVi = "Quốc khánh";
    private const string NationalDayEn = "National Day";
    private const string TetEn = "Lunar New Year (Tết)";

    /// <summary>The years whose entries come from published announcements rather than the computed default.</summary>
    public static IReadOnlyList<int> AnnouncedYears { get; } = [2025, 2026];

    /// <summary>
    /// The holidays, days off in lieu, swapped days and make-up Saturdays of a year, in date order.
    /// For announced years every day of an announced break is listed, weekend days included,
    /// so the list reads like the announcement; for other years see <see cref="ComputeDefault"/>.
    /// </summary>
    /// <param name="year">The Gregorian year, 1900–2199.</param>
    /// <param name="weeklyRestDays">Rest days used to place days off in lieu in computed years; Saturday and Sunday when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1900–2199.</exception>
    public static IReadOnlyList<CalendarDay> ForYear(int year, IEnumerable<DayOfWeek>? weeklyRestDays = null) => year switch
    {
        2025 => Announced2025(),
        2026 => Announced2026(),
        _ => ComputeDefault(year, weeklyRestDays),
    };

    /// <summary>
    /// The statutory holidays of a year as the Labour Code 2019 (art. 112) lays them down, all
    /// <see cref="CalendarDayStatus.Proposed"/>: 1/1; Tết (the last day of the lunar year and
    /// lunar 1/1–4/1); Giỗ Tổ Hùng Vương (lunar 10/3); 30/4; 1/5; 2/9 and one adjacent day. A
    /// holiday on a weekly rest day gets a day off in lieu on the next working day (art. 111 k.3).
    /// </summary>
    /// <remarks>
    /// The Prime Minister fixes the exact Tết and National Day days every year and usually moves
    /// Tết days and adds swaps to make one unbroken break, so these entries are a starting point
    /// to be replaced by the announcement. Make-up Saturdays cannot be predicted and are never
    /// proposed.
    /// </remarks>
    /// <param name="year">The Gregorian year, 1900–2199.</param>
    /// <param name="weeklyRestDays">Rest days used to place days off in lieu; Saturday and Sunday when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1900–2199.</exception>
    public static IReadOnlyList<CalendarDay> ComputeDefault(int year, IEnumerable<DayOfWeek>? weeklyRestDays = null)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"Holidays can be computed for {MinYear}–{MaxYear}.");
        }

        var restDays = (weeklyRestDays ?? WorkCalendar.DefaultWeeklyRestDays).ToHashSet();
        var tetVi = TetName(year);
        var tet = VietnameseLunarCalendar.NewYear(year);
        var nationalDay = new DateOnly(year, 9, 2);

        var statutory = new List<(DateOnly Date, string NameVi, string NameEn)>
        {
            (new DateOnly(year, 1, 1), NewYearVi, NewYearEn),
            (tet.AddDays(-1), tetVi, TetEn),
            (tet, tetVi, TetEn),
            (tet.AddDays(1), tetVi, TetEn),
            (tet.AddDays(2), tetVi, TetEn),
            (tet.AddDays(3), tetVi, TetEn),
            (VietnameseLunarCalendar.ToSolar(year, 3, 10), HungKingsVi, HungKingsEn),
            (new DateOnly(year, 4, 30), VictoryVi, VictoryEn),
            (new DateOnly(year, 5, 1), LabourVi, LabourEn),
            (nationalDay, NationalDayVi, NationalDayEn),
            (NationalDayAdjacent(nationalDay), NationalDayVi, NationalDayEn),
        };

        var entries = new SortedDictionary<DateOnly, CalendarDay>();
        var needLieu = new List<(DateOnly Date, string NameVi, string NameEn)>();
        foreach (var (date, nameVi, nameEn) in statutory.OrderBy(h => h.Date))
        {
            // Two holidays on one date (Giỗ Tổ can fall on 30/4 or 1/5 after a leap month 1 or 2)
            // lose a day just as a holiday on a rest day does, so both get a day in lieu.
            if (!entries.TryAdd(date, new CalendarDay(date, CalendarDayType.Holiday, nameVi, nameEn, CalendarDayStatus.Proposed, LabourCodeHolidays))
                || restDays.Contains(date.DayOfWeek))
            {
                needLieu.Add((date, nameVi, nameEn));
            }
        }

        foreach (var (date, nameVi, nameEn) in needLieu)
        {
            var lieu = date.AddDays(1);
            while (restDays.Contains(lieu.DayOfWeek) || entries.ContainsKey(lieu))
            {
                lieu = lieu.AddDays(1);
            }

            entries.Add(lieu, new CalendarDay(lieu, CalendarDayType.CompensatoryOff,
                $"Nghỉ bù {nameVi} ({Short(date)})", $"Day off in lieu of {nameEn} ({Short(date)})",
                CalendarDayStatus.Proposed, LabourCodeCompensation));
        }

        return [.. entries.Values];
    }

    /// <summary>
    /// The day added to 2/9. The Prime Minister picks the side that joins the weekend: 3/9 when
    /// 2/9 is a Thursday (2021) or a Monday (2024), 1/9 when it is a Tuesday (2025), a Friday
    /// (2022) or a Saturday (2023), and 1/9 for a Wednesday as proposed for 2026. For a Sunday
    /// 3/9 keeps the added day on a working day (1/9 would be a Saturday).
    /// </summary>
    private static DateOnly NationalDayAdjacent(DateOnly nationalDay) =>
        nationalDay.DayOfWeek is DayOfWeek.Sunday or DayOfWeek.Monday or DayOfWeek.Thursday
            ? nationalDay.AddDays(1)
            : nationalDay.AddDays(-1);

    private static IReadOnlyList<CalendarDay> Announced2025()
    {
        var tet = TetName(2025);

        // Tết, Giỗ Tổ and Quốc khánh 2025 have no source document on file yet; add it when found.
        return
        [
            Holiday(2025, 1, 1, NewYearVi, NewYearEn, LabourCodeHolidays),
            .. Break(new DateOnly(2025, 1, 25), new DateOnly(2025, 2, 2), tet, TetEn, null),
            Holiday(2025, 4, 7, HungKingsVi, HungKingsEn, null),
            MakeUp(new DateOnly(2025, 4, 26), new DateOnly(2025, 5, 2), CalendarDayStatus.Official, Source2025Labour),
            Holiday(2025, 4, 30, VictoryVi, VictoryEn, Source2025Labour),
            Holiday(2025, 5, 1, LabourVi, LabourEn, Source2025Labour),
            Swapped(new DateOnly(2025, 5, 2), new DateOnly(2025, 4, 26), CalendarDayStatus.Official, Source2025Labour),
            .. Break(new DateOnly(2025, 5, 3), new DateOnly(2025, 5, 4), VictoryVi + " – " + LabourVi, VictoryEn + " – " + LabourEn, Source2025Labour),
            .. Break(new DateOnly(2025, 8, 30), new DateOnly(2025, 9, 2), NationalDayVi, NationalDayEn, null),
        ];
    }

    private static IReadOnlyList<CalendarDay> Announced2026()
    {
        var tet = TetName(2026);
        const CalendarDayStatus proposed = CalendarDayStatus.Proposed;
        return
        [
            Holiday(2026, 1, 1, NewYearVi, NewYearEn, Source2026NewYear),
            Swapped(new DateOnly(2026, 1, 2), new DateOnly(2026, 1, 10), CalendarDayStatus.Official, Source2026NewYear),
            .. Break(new DateOnly(2026, 1, 3), new DateOnly(2026, 1, 4), NewYearVi, NewYearEn, Source2026NewYear),
            MakeUp(new DateOnly(2026, 1, 10), new DateOnly(2026, 1, 2), CalendarDayStatus.Official, Source2026NewYear),
            .. Break(new DateOnly(2026, 2, 14), new DateOnly(2026, 2, 22), tet, TetEn, Source2026Tet),
            Holiday(2026, 4, 26, HungKingsVi, HungKingsEn, Source2026April),
            new(new DateOnly(2026, 4, 27), CalendarDayType.CompensatoryOff,
                $"Nghỉ bù {HungKingsVi} (26/4)", $"Day off in lieu of {HungKingsEn} (26/4)", CalendarDayStatus.Official, Source2026April),
            Holiday(2026, 4, 30, VictoryVi, VictoryEn, Source2026April),
            Holiday(2026, 5, 1, LabourVi, LabourEn, Source2026April),
            .. Break(new DateOnly(2026, 5, 2), new DateOnly(2026, 5, 3), VictoryVi + " – " + LabourVi, VictoryEn + " – " + LabourEn, Source2026April),

            // Only proposed by the Ministry of Home Affairs; confirm against the final decision.
            MakeUp(new DateOnly(2026, 8, 22), new DateOnly(2026, 8, 31), proposed, Source2026NationalDayProposal),
            .. Break(new DateOnly(2026, 8, 29), new DateOnly(2026, 8, 30), NationalDayVi, NationalDayEn, Source2026NationalDayProposal, proposed),
            Swapped(new DateOnly(2026, 8, 31), new DateOnly(2026, 8, 22), proposed, Source2026NationalDayProposal),
            .. Break(new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 2), NationalDayVi, NationalDayEn, Source2026NationalDayProposal, proposed),
        ];
    }

    private static string TetName(int year) => $"Tết Nguyên đán {VietnameseLunarCalendar.GetYearName(year)}";

    private static CalendarDay Holiday(int year, int month, int day, string nameVi, string nameEn, string? source) =>
        new(new DateOnly(year, month, day), CalendarDayType.Holiday, nameVi, nameEn, CalendarDayStatus.Official, source);

    private static IEnumerable<CalendarDay> Break(
        DateOnly first, DateOnly last, string nameVi, string nameEn, string? source,
        CalendarDayStatus status = CalendarDayStatus.Official)
    {
        for (var date = first; date <= last; date = date.AddDays(1))
        {
            yield return new CalendarDay(date, CalendarDayType.Holiday, nameVi, nameEn, status, source);
        }
    }

    private static CalendarDay Swapped(DateOnly date, DateOnly workedOn, CalendarDayStatus status, string source) =>
        new(date, CalendarDayType.SwappedOff,
            $"Nghỉ hoán đổi (làm bù thứ Bảy {Short(workedOn)})", $"Swapped day off (worked on Saturday {Short(workedOn)})",
            status, source);

    private static CalendarDay MakeUp(DateOnly date, DateOnly insteadOf, CalendarDayStatus status, string source) =>
        new(date, CalendarDayType.MakeUpWorkday,
            $"Làm bù cho ngày {Short(insteadOf)}", $"Make-up working day for {Short(insteadOf)}",
            status, source);

    private static string Short(DateOnly date) => date.ToString("d/M", CultureInfo.InvariantCulture);
}
