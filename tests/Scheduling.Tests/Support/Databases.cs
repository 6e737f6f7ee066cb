using Supervision.Runtime.Tests.Support;

namespace Supervision.Scheduling.Tests.Support;

/// <summary>A fresh database per test, so that the jobs a test counts are its own.</summary>
public static class Databases
{
    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        TestDatabase database = provider switch
        {
            "sqlite" => new SqliteTestDatabase(),
            "postgres" => new PostgreSqlTestDatabase(),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
        };
        await database.InitializeAsync();
        return database;
    }
}
