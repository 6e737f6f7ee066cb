using Hangfire;
using Microsoft.Data.Sqlite;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Scheduling;

namespace Supervision.Scheduling.Tests.Timers;

/// <summary>
/// Hangfire's SQLite file gets the two indexes its storage lacks, so that removing a job from the schedule and the
/// scheduler's poll read the rows they want instead of every scheduled job.
/// </summary>
public sealed class HangfireSqliteIndexFacts : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("supervision-hangfire-index-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public void ScheduleLookups_UseTheComposedIndexes_OnANewFileAndAfterARestart()
    {
        var database = new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(_folder, "supervision.db")}" };
        var options = new SchedulingOptions();
        HangfireStorageFactory.Create(database, options);
        var storage = HangfireStorageFactory.Create(database, options); // a restart: the indexes are already there

        // A scheduled job, then its deletion: it leaves the schedule set through the member lookup.
        var client = new BackgroundJobClient(storage);
        var kept = client.Schedule(() => Console.WriteLine("kept"), TimeSpan.FromDays(3));
        var deleted = client.Schedule(() => Console.WriteLine("deleted"), TimeSpan.FromDays(2));
        client.Delete(deleted).ShouldBeTrue();

        using var connection = new SqliteConnection($"Data Source={HangfireStorageFactory.SqliteFile(database.ConnectionString!, options)}");
        connection.Open();
        PlanOf(connection, """DELETE FROM "Set" WHERE (("Key" = 'schedule') AND ("Value" = '1'))""").ShouldContain("IX_Set_Key_Value");
        PlanOf(connection, """SELECT * FROM "Set" WHERE "Key" = 'schedule' AND "Score" BETWEEN 0 AND 100 ORDER BY "Score" LIMIT 10""").ShouldContain("IX_Set_Key_Score");
        storage.GetMonitoringApi().ScheduledJobs(0, 10).Select(j => j.Key).ShouldBe([kept]);
    }

    private static string PlanOf(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        using var reader = command.ExecuteReader();
        var plan = new List<string>();
        while (reader.Read())
            plan.Add(reader.GetString(reader.FieldCount - 1));
        return string.Join(" | ", plan);
    }
}
