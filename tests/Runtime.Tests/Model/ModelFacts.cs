using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Supervision.Workflows.Persistence;

namespace Supervision.Runtime.Tests.Model;

/// <summary>The three migration sets follow the one model; none of these needs a running server.</summary>
public class ModelFacts
{
    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.SqlServer, DatabaseProvider.PostgreSql];

    internal static SupervisionDbContext Create(DatabaseProvider provider)
    {
        var connection = provider switch
        {
            DatabaseProvider.Sqlite => "Data Source=model-check.db",
            DatabaseProvider.SqlServer => "Server=localhost;Database=Supervision;Integrated Security=true;TrustServerCertificate=true",
            _ => "Host=localhost;Database=supervision;Username=supervision",
        };
        return new SupervisionDbContextFactory(new DatabaseOptions { Provider = provider, ConnectionString = connection }).CreateDbContext();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void HasPendingModelChanges_IsFalse_ForEveryProvider(DatabaseProvider provider)
    {
        using var db = Create(provider);

        db.Database.HasPendingModelChanges().ShouldBeFalse($"run dotnet ef migrations add for {provider} (see docs in src/Workflows/Persistence/Migrations/README.md)");
        db.Database.GetMigrations().ShouldNotBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Migrations_BelongToTheirOwnProvider(DatabaseProvider provider)
    {
        using var db = Create(provider);

        var migrations = db.GetService<IMigrationsAssembly>().Migrations;

        migrations.Values.ShouldAllBe(type => type.Namespace!.EndsWith("." + provider.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void SqlServerIdempotentScript_CreatesEveryTableOfTheModel()
    {
        using var db = Create(DatabaseProvider.SqlServer);
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().ToList();

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        tables.Count.ShouldBeGreaterThanOrEqualTo(6);
        foreach (var table in tables)
            script.ShouldContain($"CREATE TABLE [{table}]");
        script.ShouldContain("IF NOT EXISTS");
        script.ShouldContain("[__ef_migrations_history]");
        script.ShouldContain("WHERE [is_published] = CAST(1 AS bit)");
    }

    [Fact]
    public void SqlServerIdempotentScript_CheckedIn_IsTheOneTheMigrationsGenerate()
    {
        using var db = Create(DatabaseProvider.SqlServer);
        var file = Path.Combine(RepositoryRoot(), "src", "Workflows", "Persistence", "Migrations", "SqlServer", "idempotent.sql");

        var generated = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        File.Exists(file).ShouldBeTrue();
        // Regenerate with: dotnet ef migrations script --idempotent (see Migrations/README.md).
        Normalize(File.ReadAllText(file)).ShouldBe(Normalize(generated));
        foreach (var table in db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct())
            File.ReadAllText(file).ShouldContain($"CREATE TABLE [{table}]");

        static string Normalize(string script) => string.Join('\n', script.Trim('\uFEFF', ' ', '\r', '\n').ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd()));
    }

    /// <summary>The repository, found above the test binaries, the current directory or this source file (builds may put binaries elsewhere).</summary>
    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory(), Path.GetDirectoryName(sourceFile) ?? "" })
        {
            for (var directory = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Supervision.slnx")))
                    return directory.FullName;
            }
        }
        throw new DirectoryNotFoundException("Supervision.slnx not found above " + AppContext.BaseDirectory);
    }

    [Theory]
    [InlineData("WorkflowDefinitions", "workflow_definitions")]
    [InlineData("DefinitionVersionId", "definition_version_id")]
    [InlineData("IX_Bookmarks_DueAt", "ix_bookmarks_due_at")]
    [InlineData("PK_workflow_journal", "pk_workflow_journal")]
    public void SnakeCase_LowersAndSeparatesWords(string name, string expected) =>
        SupervisionDbContext.SnakeCase(name).ShouldBe(expected);
}
