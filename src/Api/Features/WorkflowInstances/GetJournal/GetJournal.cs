using System.Text.Json.Nodes;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Features.Common;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Runtime;

namespace Supervision.Api.Features.WorkflowInstances.GetJournal;

/// <summary>An instance's journal, oldest first (the newest entry is last), a page at a time.</summary>
public sealed record GetJournal(string Id, int? Page, int? PageSize) : IRequest<PageOf<JournalEntryView>>;

internal sealed class GetJournalHandler(SupervisionDbContext db, InstanceViews views) : IRequestHandler<GetJournal, PageOf<JournalEntryView>>
{
    public async ValueTask<PageOf<JournalEntryView>> Handle(GetJournal request, CancellationToken cancellationToken)
    {
        await views.EnsureVisibleAsync(request.Id, cancellationToken, wholeInstance: true);
        var rows = db.Journal.AsNoTracking().Where(j => j.InstanceId == request.Id);
        var total = await rows.CountAsync(cancellationToken);
        var page = await rows.OrderBy(j => j.Sequence).Skip(Paging.Skip(request.Page, request.PageSize)).Take(Paging.Size(request.PageSize)).ToListAsync(cancellationToken);
        var items = page.Select(j => new JournalEntryView(j.Sequence, j.At, j.Event, j.ActivityId, j.ActivityType, j.Message, j.Actor,
            j.Data is null ? null : JsonNode.Parse(j.Data) as JsonObject, j.Hash)).ToList();
        return new PageOf<JournalEntryView>(items, total, Paging.Page(request.Page), Paging.Size(request.PageSize));
    }
}
