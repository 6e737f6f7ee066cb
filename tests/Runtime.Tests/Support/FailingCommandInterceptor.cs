using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Supervision.Runtime.Tests.Support;

/// <summary>While armed, fails the first command that touches a table: a database failure in the middle of a save.</summary>
public sealed class FailingCommandInterceptor(string table) : DbCommandInterceptor
{
    private int _failures;

    public volatile bool Armed;

    public int Failures => _failures;

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Fail(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Fail(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Fail(DbCommand command)
    {
        if (Armed && command.CommandText.Contains("INSERT INTO", StringComparison.OrdinalIgnoreCase) && command.CommandText.Contains(table, StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _failures);
            throw new InvalidOperationException($"Simulated database failure while writing {table}.");
        }
    }
}

/// <summary>While armed, fails the commit after every statement of the save ran: a crash at the last moment.</summary>
public sealed class FailingCommitInterceptor : DbTransactionInterceptor
{
    private int _failures;

    public volatile bool Armed;

    public int Failures => _failures;

    public override ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (Armed)
        {
            Interlocked.Increment(ref _failures);
            throw new InvalidOperationException("Simulated crash before commit.");
        }
        return base.TransactionCommittingAsync(transaction, eventData, result, cancellationToken);
    }
}
