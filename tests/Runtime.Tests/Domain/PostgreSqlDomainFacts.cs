using Supervision.Runtime.Tests.Support;

namespace Supervision.Runtime.Tests.Domain;

// Each class gets its own fresh database in the cluster named by SUPERVISION_TEST_POSTGRES; without it they skip.

public sealed class PostgreSqlDomainRecordFacts(PostgreSqlTestDatabase database) : DomainRecordScenarios(database), IClassFixture<PostgreSqlTestDatabase>;

public sealed class PostgreSqlDomainProjectionFacts(PostgreSqlTestDatabase database) : DomainProjectionScenarios(database), IClassFixture<PostgreSqlTestDatabase>;
