using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Time.Testing;
using Supervision.Workflows.Persistence;

namespace Supervision.Runtime.Tests.Sqlite;

/// <summary>The SQLite write gate: one write at a time, and how long writes waited for it and held it.</summary>
public class WriteGateFacts
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_write_that_queues_waits_for_the_one_before_it_and_both_times_are_measured()
    {
        var clock = new FakeTimeProvider();
        var gate = WriteGate.For(DatabaseProvider.Sqlite, clock);
        var measured = new ConcurrentBag<(string Instrument, double Milliseconds)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == WriteGate.MeterName)
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => measured.Add((instrument.Name, value)));
        listener.Start();

        var first = await gate.EnterAsync(Ct);
        var second = gate.EnterAsync(Ct).AsTask();
        second.IsCompleted.ShouldBeFalse();
        clock.Advance(TimeSpan.FromMilliseconds(250));
        first.Dispose();
        using (await second)
            clock.Advance(TimeSpan.FromMilliseconds(40));

        // Other tests' gates measure too (the meter is the process's): these values are this test's own.
        measured.Count(m => m.Instrument == "supervision.sqlite.writer.wait" && m.Milliseconds == 250).ShouldBe(1);
        measured.Count(m => m.Instrument == "supervision.sqlite.writer.hold" && m.Milliseconds == 250).ShouldBe(1);
        measured.Count(m => m.Instrument == "supervision.sqlite.writer.hold" && m.Milliseconds == 40).ShouldBe(1);
    }

    [Fact]
    public async Task A_server_database_has_no_gate()
    {
        var gate = WriteGate.For(DatabaseProvider.PostgreSql);
        using var first = await gate.EnterAsync(Ct);

        var second = gate.EnterAsync(Ct).AsTask();

        second.IsCompleted.ShouldBeTrue();
        (await second).Dispose();
    }
}
