using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Features.Common;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Admin.ListAudit;

/// <summary>The administrative audit, newest first: by actor, by action, from <see cref="Since"/> and before <see cref="Until"/>.</summary>
public sealed record ListAudit(string? Actor, string? Action, DateTimeOffset? Since, int? Page, int? PageSize, DateTimeOffset? Until = null) : IRequest<PageOf<AuditEntry>>;

/// <param name="Details">The command's fields (passwords and secrets hidden).</param>
/// <param name="Outcome"><c>Done</c>, <c>Refused</c> or <c>Failed</c>.</param>
public sealed record AuditEntry(string Id, DateTimeOffset At, string Actor, string Action, System.Text.Json.Nodes.JsonNode? Details, string Outcome, string? Reason);

internal sealed class ListAuditHandler(SupervisionDbContext db) : IRequestHandler<ListAudit, PageOf<AuditEntry>>
{
    public async ValueTask<PageOf<AuditEntry>> Handle(ListAudit request, CancellationToken cancellationToken)
    {
        var rows = db.AdminAudit.AsNoTracking();
        if (!string.IsNullOrEmpty(request.Actor))
            rows = rows.Where(a => a.Actor == request.Actor);
        if (!string.IsNullOrEmpty(request.Action))
            rows = rows.Where(a => a.Action == request.Action);
        if (request.Since is { } since)
        {
            var utc = since.ToUniversalTime();
            rows = rows.Where(a => a.At >= utc);
        }
        if (request.Until is { } until)
        {
            var utc = until.ToUniversalTime();
            rows = rows.Where(a => a.At < utc);
        }
        var total = await rows.CountAsync(cancellationToken);
        var page = (await rows.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
                .Skip(Paging.Skip(request.Page, request.PageSize)).Take(Paging.Size(request.PageSize)).ToListAsync(cancellationToken))
            .Select(a => new AuditEntry(a.Id, a.At, a.Actor, a.Action, System.Text.Json.Nodes.JsonNode.Parse(a.Details), a.Outcome, a.Reason))
            .ToList();
        return new PageOf<AuditEntry>(page, total, Paging.Page(request.Page), Paging.Size(request.PageSize));
    }
}
