namespace Supervision.Workflows.Scheduling;

/// <summary>
/// The Hangfire job whose code is running on this async flow. A timer that resumes its own bookmark must not have
/// the scheduler delete that job under the worker (it would end up Deleted instead of Succeeded).
/// </summary>
internal static class RunningJob
{
    private static readonly AsyncLocal<string?> Current = new();

    public static string? Id => Current.Value;

    public static Scope Enter(string? jobId)
    {
        var previous = Current.Value;
        Current.Value = jobId;
        return new Scope(previous);
    }

    public readonly struct Scope(string? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
