namespace Supervision.Api.Cli;

/// <summary>A clock the <c>run</c> command moves forward to fire timers without waiting.</summary>
internal sealed class SimulatedClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public override TimeZoneInfo LocalTimeZone => Workflows.Timing.CronSchedule.VietnamZone;

    public void AdvanceTo(DateTimeOffset moment)
    {
        if (moment > _now)
            _now = moment;
    }
}
