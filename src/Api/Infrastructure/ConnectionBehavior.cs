using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Infrastructure;

/// <summary>
/// On SQLite, holds the request's database connection open from the first step of a use case to its last, so that
/// its queries share one connection instead of each taking one from the pool and giving it back (which contends on
/// the pool's lock under load). Opens nest: a use case sent from another keeps the connection open until the outer
/// one ends. On PostgreSQL and SQL Server each query takes a connection from the pool as before: their pools are
/// bounded, and a request holding one while its workflow burst waits for another could exhaust them.
/// </summary>
public sealed class ConnectionBehavior<TMessage, TResponse>(SupervisionDbContext db) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
            return await next(message, cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await next(message, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
