using Supervision.Runtime.Tests.Support;

namespace Supervision.Runtime.Tests.Domain;

// Each class gets its own fresh SQLite file (a class fixture).

public sealed class SqliteDomainRecordFacts(SqliteTestDatabase database) : DomainRecordScenarios(database), IClassFixture<SqliteTestDatabase>;

public sealed class SqliteDomainProjectionFacts(SqliteTestDatabase database) : DomainProjectionScenarios(database), IClassFixture<SqliteTestDatabase>;
