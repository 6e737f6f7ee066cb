using Supervision.Runtime.Tests.Scenarios;
using Supervision.Runtime.Tests.Support;

namespace Supervision.Runtime.Tests.PostgreSql;

// Each class gets its own fresh database in the cluster named by SUPERVISION_TEST_POSTGRES; without it they skip.

public sealed class PostgreSqlRuntimeFacts(PostgreSqlTestDatabase database) : RuntimeScenarios(database), IClassFixture<PostgreSqlTestDatabase>;

public sealed class PostgreSqlDefinitionStoreFacts(PostgreSqlTestDatabase database) : DefinitionStoreScenarios(database), IClassFixture<PostgreSqlTestDatabase>;

public sealed class PostgreSqlJournalAndMigrationFacts(PostgreSqlTestDatabase database) : JournalAndMigrationScenarios(database), IClassFixture<PostgreSqlTestDatabase>;
