namespace Supervision.Domain.Calendar;

/// <summary>
/// The astronomy and the month-numbering rules of the East Asian lunisolar calendar, evaluated
/// at a given UTC offset. Vietnam uses UTC+7 and China UTC+8; the offset is a parameter so the
/// two can be compared, but only the UTC+7 instance is public (through
/// <see cref="VietnameseLunarCalendar"/>).
/// </summary>
/// <remarks>
/// Method: Hồ Ngọc Đức, "Computing the Vietnamese lunar calendar"
/// (https://www.informatik.uni-leipzig.de/~duc/amlich/calrules_en.html), which uses the
/// truncated series of Jean Meeus, <i>Astronomical Algorithms</i> (2nd ed., 1998): the time of
/// the k-th new moon (ch. 49, main periodic terms, ΔT by a polynomial) and the true
/// longitude of the Sun (ch. 25, low accuracy). The calendar rules are:
/// <list type="number">
/// <item>A day runs from local midnight to local midnight; a month starts on the local day that
/// contains the new moon.</item>
/// <item>Month 11 is the month that contains the December solstice (solar longitude 270°).</item>
/// <item>When 13 months lie between two months 11, the first one after month 11 that contains
/// no major solar term (a multiple of 30° of solar longitude) is the leap month and repeats
/// the number of the month before it. As in the method cited, a month "contains" a term when
/// the 30° sector of the Sun at local midnight of its first day differs from the one at the
/// first day of the next month.</item>
/// </list>
/// The series are good to minutes for 1800–2200; the errors matter only when a new moon lies
/// within minutes of local midnight, which is exactly the case where UTC+7 and UTC+8 disagree.
/// </remarks>
internal sealed class LunisolarCalculator(double utcOffsetHours)
{
    // DateOnly.DayNumber counts days from 0001-01-01 (proleptic Gregorian), whose Julian day
    // number is 1721426.
    private const int JulianDayOfDayNumberZero = 1721426;

    // Mean synodic month and the Julian date of the mean new moon near 1900-01-01, the origin
    // of Meeus' lunation number k.
    private const double SynodicMonth = 29.530588853;
    private const double NewMoonEpoch = 2415021.076998695;

    private const double Degrees = Math.PI / 180;

    public static int JulianDayNumber(DateOnly date) => date.DayNumber + JulianDayOfDayNumberZero;

    public static DateOnly FromJulianDayNumber(int jdn) => DateOnly.FromDayNumber(jdn - JulianDayOfDayNumberZero);

    public LunarDate FromSolar(DateOnly date)
    {
        var jdn = JulianDayNumber(date);
        var k = LunationContaining(jdn);

        // The months from one month 11 to the next form a "span"; the span that starts in
        // Gregorian year G holds months 11 and 12 of lunar year G and months 1–10 of G+1.
        var spanYear = date.Year;
        var month11 = Month11(spanYear);
        if (k < month11)
        {
            spanYear--;
            month11 = Month11(spanYear);
        }

        var leapOffset = LeapOffset(spanYear, month11);
        var offset = k - month11;
        var isLeap = leapOffset != 0 && offset == leapOffset;
        var index = leapOffset != 0 && offset >= leapOffset ? offset - 1 : offset;

        // index 0 → month 11, 1 → month 12, 2 → month 1, … 11 → month 10.
        var month = (index + 10) % 12 + 1;
        var year = index <= 1 ? spanYear : spanYear + 1;
        var day = jdn - NewMoonDay(k) + 1;
        return new LunarDate(year, month, day, isLeap);
    }

    /// <summary>The first day of a lunar month, and its length, or null when the year has no such leap month.</summary>
    public (DateOnly FirstDay, int Length)? MonthStart(int lunarYear, int lunarMonth, bool isLeapMonth)
    {
        var spanYear = lunarMonth >= 11 ? lunarYear : lunarYear - 1;
        var month11 = Month11(spanYear);
        var leapOffset = LeapOffset(spanYear, month11);
        var index = (lunarMonth + 1) % 12;

        int offset;
        if (isLeapMonth)
        {
            if (leapOffset == 0 || leapOffset - 1 != index)
            {
                return null;
            }

            offset = leapOffset;
        }
        else
        {
            offset = leapOffset != 0 && index >= leapOffset ? index + 1 : index;
        }

        var start = NewMoonDay(month11 + offset);
        var next = NewMoonDay(month11 + offset + 1);
        return (FromJulianDayNumber(start), next - start);
    }

    /// <summary>Lunation number k of month 11 of the lunar year that ends in Gregorian year <paramref name="gregorianYear"/>.</summary>
    private int Month11(int gregorianYear)
    {
        var k = LunationContaining(JulianDayNumber(new DateOnly(gregorianYear, 12, 31)));

        // The lunation holding 31 December started in December. If the Sun had already passed
        // 270° at the start of its first day, the solstice belongs to the month before.
        return SunSector(NewMoonDay(k)) >= 9 ? k - 1 : k;
    }

    /// <summary>Offset from month 11 of the leap month in the span starting at <paramref name="month11"/>, or 0 when the span has 12 months.</summary>
    private int LeapOffset(int spanYear, int month11)
    {
        var months = Month11(spanYear + 1) - month11;
        if (months == 12)
        {
            return 0;
        }

        // Month 11 holds the solstice, so the search starts with the month after it.
        var sector = SunSector(NewMoonDay(month11 + 1));
        for (var offset = 1; offset < months; offset++)
        {
            var nextSector = SunSector(NewMoonDay(month11 + offset + 1));
            if (nextSector == sector)
            {
                return offset;
            }

            sector = nextSector;
        }

        throw new InvalidOperationException(
            $"No month without a major solar term in the 13-month span starting in {spanYear}; the astronomy is out of range.");
    }

    private int LunationContaining(int jdn)
    {
        var k = (int)Math.Floor((jdn - NewMoonEpoch) / SynodicMonth);
        while (NewMoonDay(k + 1) <= jdn)
        {
            k++;
        }

        while (NewMoonDay(k) > jdn)
        {
            k--;
        }

        return k;
    }

    /// <summary>The local day (Julian day number) that contains the k-th new moon.</summary>
    private int NewMoonDay(int k) => (int)Math.Floor(NewMoon(k) + 0.5 + utcOffsetHours / 24);

    /// <summary>The 30° sector (0–11) of the Sun's longitude at local midnight starting day <paramref name="jdn"/>.</summary>
    private int SunSector(int jdn) => (int)Math.Floor(SunLongitude(jdn - 0.5 - utcOffsetHours / 24) / 30);

    /// <summary>Julian date (UT) of the k-th new moon after the one of January 1900 (Meeus ch. 49).</summary>
    private static double NewMoon(int k)
    {
        var t = k / 1236.85; // Julian centuries from 1900 January 0.5
        var t2 = t * t;
        var t3 = t2 * t;

        var mean = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
            + 0.00033 * Math.Sin((166.56 + 132.87 * t - 0.009173 * t2) * Degrees);

        var sunAnomaly = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * Degrees;
        var moonAnomaly = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * Degrees;
        var moonLatitude = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * Degrees;

        var correction =
            (0.1734 - 0.000393 * t) * Math.Sin(sunAnomaly)
            + 0.0021 * Math.Sin(2 * sunAnomaly)
            - 0.4068 * Math.Sin(moonAnomaly)
            + 0.0161 * Math.Sin(2 * moonAnomaly)
            - 0.0004 * Math.Sin(3 * moonAnomaly)
            + 0.0104 * Math.Sin(2 * moonLatitude)
            - 0.0051 * Math.Sin(sunAnomaly + moonAnomaly)
            - 0.0074 * Math.Sin(sunAnomaly - moonAnomaly)
            + 0.0004 * Math.Sin(2 * moonLatitude + sunAnomaly)
            - 0.0004 * Math.Sin(2 * moonLatitude - sunAnomaly)
            - 0.0006 * Math.Sin(2 * moonLatitude + moonAnomaly)
            + 0.0010 * Math.Sin(2 * moonLatitude - moonAnomaly)
            + 0.0005 * Math.Sin(2 * moonAnomaly + sunAnomaly);

        // ΔT = TT − UT in days; the series gives dynamical time.
        var deltaT = t < -11
            ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
            : -0.000278 + 0.000265 * t + 0.000262 * t2;

        return mean + correction - deltaT;
    }

    /// <summary>True (geometric) longitude of the Sun in degrees, [0, 360), at Julian date <paramref name="jd"/> (Meeus ch. 25).</summary>
    private static double SunLongitude(double jd)
    {
        var t = (jd - 2451545.0) / 36525; // Julian centuries from J2000.0
        var t2 = t * t;
        var meanAnomaly = (357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * Degrees;
        var meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        var centre =
            (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.Sin(meanAnomaly)
            + (0.019993 - 0.000101 * t) * Math.Sin(2 * meanAnomaly)
            + 0.000290 * Math.Sin(3 * meanAnomaly);
        var longitude = (meanLongitude + centre) % 360;
        return longitude < 0 ? longitude + 360 : longitude;
    }
}
