using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Infrastructure;

/// <summary>
/// Holds the request's database connection open from the first step of a use case to its last, so that its queries
/// share one connection instead of each taking one from the pool and giving it back. Opens nest: a use case sent
/// from another keeps the connection open until the outer one ends.
/// </summary>
public sealed class ConnectionBehavior<TMessage, TResponse>(SupervisionDbContext db) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
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
