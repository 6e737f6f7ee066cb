using Cronos;

namespace Supervision.Workflows.Timing;

/// <summary>Cron expressions as definitions write them: six fields with seconds first, or the classic five.</summary>
public static class CronSchedule
{
    /// <summary>Asia/Ho_Chi_Minh (UTC+7, no daylight saving).</summary>
    public static TimeZoneInfo VietnamZone { get; } = FindVietnamZone();

    public static bool TryParse(string? expression, out CronExpression? cron, out string? error)
    {
        cron = null;
        error = null;
        if (string.IsNullOrWhiteSpace(expression))
        {
            error = "A cron expression is required.";
            return false;
        }
        var fields = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var format = fields switch
        {
            6 => CronFormat.IncludeSeconds,
            5 => CronFormat.Standard,
            _ => (CronFormat?)null,
        };
        if (format is null)
        {
            error = $"'{expression}' has {fields} fields; a cron expression has 6 (seconds first) or 5.";
            return false;
        }
        try
        {
            cron = CronExpression.Parse(expression, format.Value);
            return true;
        }
        catch (CronFormatException ex)
        {
            error = $"'{expression}' is not a valid cron expression: {ex.Message}";
            return false;
        }
    }

    public static CronExpression Parse(string expression) =>
        TryParse(expression, out var cron, out var error) ? cron! : throw new FormatException(error);

    /// <summary>The next occurrence strictly after <paramref name="from"/>, in Vietnam time.</summary>
    public static DateTimeOffset? Next(string expression, DateTimeOffset from) =>
        Parse(expression).GetNextOccurrence(from, VietnamZone, inclusive: false);

    private static TimeZoneInfo FindVietnamZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            // Machines without tz data: Vietnam has kept UTC+7 without daylight saving since 1975.
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Ho_Chi_Minh", TimeSpan.FromHours(7), "Indochina Time", "Indochina Time");
        }
    }
}
