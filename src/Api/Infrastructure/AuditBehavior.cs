using System.Text.Json;
using System.Text.Json.Nodes;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Security;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Infrastructure;

/// <summary>A command whose every use is kept in the administrative audit (<c>admin_audit</c>).</summary>
public interface IAuditedCommand;

/// <summary>How an audited attempt ended.</summary>
public static class AuditOutcomes
{
    public const string Done = "Done";
    public const string Refused = "Refused";
    public const string Failed = "Failed";

    /// <summary>A new row of the audit, kept now.</summary>
    public static AdminAuditRecord Record(TimeProvider clock, string actor, string action, string details, string outcome, string? reason = null) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        At = clock.GetUtcNow(),
        Actor = actor,
        Action = action,
        Details = details,
        Outcome = outcome,
        Reason = reason,
    };
}

/// <summary>
/// Keeps each administrative command in <c>admin_audit</c>: who, when, what (the command's fields, passwords and
/// secrets left out) and whether it was done or refused. A command that is done is recorded in the same
/// transaction as its change (the record rides on the request's database context, which the handler saves); a
/// refused one is recorded on its own.
/// </summary>
public sealed class AuditBehavior<TMessage, TResponse>(
    SupervisionDbContext db,
    IDbContextFactory<SupervisionDbContext> contexts,
    CurrentUserAccessor current,
    TimeProvider clock) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not IAuditedCommand)
            return await next(message, cancellationToken);

        var record = AuditOutcomes.Record(clock, current.User.UserName, typeof(TMessage).Name, Redacted(message), AuditOutcomes.Done);
        db.AdminAudit.Add(record);
        try
        {
            var response = await next(message, cancellationToken);
            if (db.Entry(record).State == EntityState.Added)
                await db.SaveChangesAsync(cancellationToken); // the handler saved elsewhere, or not at all
            return response;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            if (db.Entry(record).State != EntityState.Added)
                throw; // saved with the change before something after it failed: the change stands, and so does its record
            db.Entry(record).State = EntityState.Detached;
            // Refused: what the API answers with a 4xx problem; anything else failed.
            record.Outcome = ProblemDetailsExceptionHandler.Describe(ex).Status is >= 400 and < 500 ? AuditOutcomes.Refused : AuditOutcomes.Failed;
            record.Reason = ex.Message.Length > 1024 ? ex.Message[..1024] : ex.Message;
            await using var own = await contexts.CreateDbContextAsync(CancellationToken.None);
            own.AdminAudit.Add(record);
            await own.SaveChangesAsync(CancellationToken.None);
            throw;
        }
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The command as JSON, with any field named like a password or secret replaced by a mark.</summary>
    public static string Redacted(TMessage message)
    {
        var node = JsonSerializer.SerializeToNode(message, message.GetType(), Json) as JsonObject ?? [];
        foreach (var key in node.Select(p => p.Key).ToList())
        {
            if (key.Contains("password", StringComparison.OrdinalIgnoreCase) || key.Contains("secret", StringComparison.OrdinalIgnoreCase))
                node[key] = node[key] is null ? null : "(hidden)";
        }
        return node.ToJsonString(Json);
    }
}
