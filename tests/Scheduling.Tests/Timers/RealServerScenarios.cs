using System.Diagnostics;
using Supervision.Runtime.Tests.Support;
using Supervision.Scheduling.Tests.Support;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Runtime;

namespace Supervision.Scheduling.Tests.Timers;

// Hangfire keeps some configuration process-wide: hosts running a server are tested one at a time.
[CollectionDefinition(nameof(HangfireServerCollection), DisableParallelization = true)]
public sealed class HangfireServerCollection;

/// <summary>A real Hangfire server fires a 2-second Delay; a timer survives a restart of the host.</summary>
public abstract class RealServerScenarios(string provider)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ARealServer_FiresATwoSecondDelay()
    {
        await using var database = await Databases.CreateAsync(provider);
        await using var host = await SchedulingHost.StartAsync(database);
        await host.PublishAsync(TimerScenarios.DelayFlow("delay", "00:00:02"));
        var clock = Stopwatch.StartNew();

        var run = await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "delay" }, Ct);
        run.Status.ShouldBe(WorkflowStatus.Suspended);

        var finished = await WaitForStatusAsync(host.Runtime, run.InstanceId, WorkflowStatus.Finished);
        clock.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(2) - TimeSpan.FromMilliseconds(50));
        finished.ShouldBeTrue($"not finished after {Patience.TotalSeconds} s");
        (await host.Runtime.GetJournalAsync(run.InstanceId, Ct)).Count(j => j.Event == JournalEvents.TimerFired).ShouldBe(1);
    }

    [Fact]
    public async Task ATimer_FiresOnce_AfterTheHostRestarts()
    {
        await using var database = await Databases.CreateAsync(provider);
        string instanceId, bookmarkId;
        await using (var first = await SchedulingHost.StartAsync(database))
        {
            await first.PublishAsync(TimerScenarios.DelayFlow("delay", "00:00:03"));
            var run = await first.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "delay" }, Ct);
            (instanceId, bookmarkId) = (run.InstanceId, run.CreatedBookmarks[0].Id);
        } // stopped before the timer is due

        await using var second = await SchedulingHost.StartAsync(database);
        (await second.Runtime.GetInstanceAsync(instanceId, Ct))!.Summary.Status.ShouldBe(WorkflowStatus.Suspended);
        (await WaitForStatusAsync(second.Runtime, instanceId, WorkflowStatus.Finished)).ShouldBeTrue();
        // One job was ever made for the timer, and it ran to success once.
        (await WaitAsync(() => second.AllJobsFor(bookmarkId).Any(j => j.State == "Succeeded"))).ShouldBeTrue();
        second.AllJobsFor(bookmarkId).ShouldHaveSingleItem().State.ShouldBe("Succeeded");
        (await second.Runtime.GetJournalAsync(instanceId, Ct)).Count(j => j.Event == JournalEvents.TimerFired).ShouldBe(1);
    }

    private static async Task<bool> WaitForStatusAsync(IWorkflowRuntime runtime, string instanceId, WorkflowStatus status)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < Patience)
        {
            if ((await runtime.GetInstanceAsync(instanceId, Ct))?.Summary.Status == status)
                return true;
            await Task.Delay(TimeSpan.FromMilliseconds(100), Ct);
        }
        return false;
    }

    /// <summary>Polls a condition until it holds or the patience runs out.</summary>
    private static async Task<bool> WaitAsync(Func<bool> condition)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < Patience)
        {
            if (condition())
                return true;
            await Task.Delay(TimeSpan.FromMilliseconds(100), Ct);
        }
        return false;
    }
}

[Collection(nameof(HangfireServerCollection))]
public sealed class SqliteRealServerFacts() : RealServerScenarios("sqlite");

[Collection(nameof(HangfireServerCollection))]
public sealed class PostgreSqlRealServerFacts() : RealServerScenarios("postgres");
