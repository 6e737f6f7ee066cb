using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Supervision.Workflows.Persistence;

// Used by the dotnet-ef tool only (migrations add / script); none of them opens a connection.

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSupervisionDbContext>
{
    public SqliteSupervisionDbContext CreateDbContext(string[] args) =>
        new(SupervisionDatabase.Configure(new DbContextOptionsBuilder<SqliteSupervisionDbContext>(),
            new DatabaseOptions { Provider = DatabaseProvider.Sqlite }, "Data Source=design-time.db").Options);
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerSupervisionDbContext>
{
    public SqlServerSupervisionDbContext CreateDbContext(string[] args) =>
        new(SupervisionDatabase.Configure(new DbContextOptionsBuilder<SqlServerSupervisionDbContext>(),
            new DatabaseOptions { Provider = DatabaseProvider.SqlServer }, "Server=localhost;Database=Supervision;Integrated Security=true;TrustServerCertificate=true").Options);
}

internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlSupervisionDbContext>
{
    public PostgreSqlSupervisionDbContext CreateDbContext(string[] args) =>
        new(SupervisionDatabase.Configure(new DbContextOptionsBuilder<PostgreSqlSupervisionDbContext>(),
            new DatabaseOptions { Provider = DatabaseProvider.PostgreSql }, "Host=localhost;Database=supervision;Username=supervision").Options);
}
