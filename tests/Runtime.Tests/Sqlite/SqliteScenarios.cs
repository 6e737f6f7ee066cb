using Supervision.Runtime.Tests.Scenarios;
using Supervision.Runtime.Tests.Support;

namespace Supervision.Runtime.Tests.Sqlite;

// Each class gets its own fresh SQLite file (a class fixture).

public sealed class SqliteRuntimeFacts(SqliteTestDatabase database) : RuntimeScenarios(database), IClassFixture<SqliteTestDatabase>;

public sealed class SqliteDefinitionStoreFacts(SqliteTestDatabase database) : DefinitionStoreScenarios(database), IClassFixture<SqliteTestDatabase>;

public sealed class SqliteJournalAndMigrationFacts(SqliteTestDatabase database) : JournalAndMigrationScenarios(database), IClassFixture<SqliteTestDatabase>;
