using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.Extensions.Time.Testing;
using Supervision.Workflows.Scheduling;

namespace Supervision.Scheduling.Tests.Timers;

public sealed class JobCleanupFacts
{
    /// <summary>Records deletions; the first one waits until the test lets it through.</summary>
    private sealed class RecordingClient : IBackgroundJobClient
    {
        public TaskCompletionSource Release { get; } = new();
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public List<string> Deleted { get; } = [];

        public string Create(Job job, IState state) => throw new NotSupportedException();

        public bool ChangeState(string jobId, IState state, string expectedState)
        {
            Entered.TrySetResult();
            Release.Task.Wait();
            if (jobId == "broken")
                throw new InvalidOperationException("storage unavailable");
            lock (Deleted)
                Deleted.Add($"{jobId}:{state.Name}");
            return true;
        }
    }

    [Fact]
    public async Task Delete_ReturnsAtOnce_AndTheDeletionsFollowInOrder_PastAFailure()
    {
        var client = new RecordingClient();
        await using var cleanup = new JobCleanup(client);

        cleanup.Delete("1");
        cleanup.Delete("broken");
        cleanup.Delete("2");
        var idle = cleanup.WhenIdleAsync();
        idle.IsCompleted.ShouldBeFalse(); // nothing has been deleted yet: the caller did not wait for storage
        client.Deleted.ShouldBeEmpty();

        client.Release.SetResult();
        await idle;
        client.Deleted.ShouldBe(["1:Deleted", "2:Deleted"]);
        cleanup.WhenIdleAsync().IsCompleted.ShouldBeTrue();
    }

    [Fact]
    public async Task Dispose_MakesTheQueuedDeletionsFirst()
    {
        var client = new RecordingClient();
        var cleanup = new JobCleanup(client);
        cleanup.Delete("1");
        cleanup.Delete("2");

        client.Release.SetResult();
        await cleanup.DisposeAsync();

        client.Deleted.ShouldBe(["1:Deleted", "2:Deleted"]);
    }

    [Fact]
    public async Task Dispose_LeavesTheRest_WhenDeletionsTakeLongerThanTheDrainTime()
    {
        var client = new RecordingClient();
        var clock = new FakeTimeProvider();
        var cleanup = new JobCleanup(client, clock: clock);
        cleanup.Delete("1"); // hangs in storage until released
        cleanup.Delete("2");
        await client.Entered.Task;

        var disposing = cleanup.DisposeAsync().AsTask();
        disposing.IsCompleted.ShouldBeFalse();
        clock.Advance(JobCleanup.DrainOnDispose);
        client.Release.SetResult(); // the deletion under way finishes; the one behind it is left
        await disposing;

        client.Deleted.ShouldBe(["1:Deleted"]);
    }
}
