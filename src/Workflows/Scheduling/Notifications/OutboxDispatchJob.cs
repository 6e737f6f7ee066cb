using System.Globalization;
using System.Text.Json.Nodes;
using Hangfire;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Supervision.Domain.Calendar;
using Supervision.Workflows.Notifications;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Runtime;

namespace Supervision.Workflows.Scheduling;

/// <summary>Where webhooks go (<c>Webhooks:Targets</c>), beside <see cref="WebhookOptions"/>.</summary>
public sealed record WebhookTargets(IReadOnlyList<Uri> Targets);

/// <summary>
/// Sends one outbox row. A fan-out row is expanded, in one transaction that also marks it sent, into an in-app
/// notification per recipient, an e-mail row per recipient with an address, and a webhook row per target. An e-mail
/// or webhook row is claimed atomically before it is sent, so a job that runs twice sends once; a failure releases
/// the claim and throws, and Hangfire retries with back-off.
/// </summary>
public sealed class OutboxDispatchJob(
    IDbContextFactory<SupervisionDbContext> contexts,
    WriteGate gate,
    NotificationTemplates templates,
    EmailSender email,
    WebhookSender webhooks,
    WebhookTargets targets,
    OutboxQueue queue,
    SchedulingOptions options,
    TimeProvider clock,
    ILogger<OutboxDispatchJob>? logger = null)
{
    /// <summary>The language webhook texts are rendered in.</summary>
    public const string WebhookLocale = "vi-VN";

    private readonly ILogger _logger = logger ?? NullLogger<OutboxDispatchJob>.Instance;

    [JobDisplayName("Notification {0}")]
    [AutomaticRetry(Attempts = 10)]
    public async Task DispatchAsync(string outboxId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(outboxId);
        string? channel;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            channel = await db.Outbox.AsNoTracking().Where(o => o.Id == outboxId && o.SentAt == null).Select(o => o.Channel).FirstOrDefaultAsync(cancellationToken);
        switch (channel)
        {
            case null:
                return; // sent already, or gone
            case OutboxRows.FanoutChannel:
                await ExpandAsync(outboxId, cancellationToken);
                break;
            case OutboxRows.EmailChannel:
            case OutboxRows.WebhookChannel:
                await SendAsync(outboxId, cancellationToken);
                break;
            default:
                SchedulingLog.SendAbandoned(_logger, outboxId, channel, "unknown channel");
                break;
        }
    }

    // ---- fan-out ------------------------------------------------------------------------------

    private async Task ExpandAsync(string outboxId, CancellationToken cancellationToken)
    {
        var now = JournalChain.Normalize(clock.GetUtcNow());
        var children = new List<string>();
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        using (await gate.EnterAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // The claim and the mark in one statement: a second run finds it sent and leaves.
            var claimed = await db.Outbox.Where(o => o.Id == outboxId && o.SentAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.SentAt, now).SetProperty(o => o.ClaimedAt, now).SetProperty(o => o.Attempts, o => o.Attempts + 1), cancellationToken);
            if (claimed == 0)
                return;
            var row = await db.Outbox.AsNoTracking().FirstAsync(o => o.Id == outboxId, cancellationToken);
            var model = JsonNode.Parse(row.Model) as JsonObject ?? [];
            var audience = new Audience(Strings(model["units"]), Strings(model["roles"]), Strings(model["users"]), model["channel"]?.GetValue<string>() ?? "InApp");
            var channels = SafeChannels(audience.Channel);
            var data = model["data"] as JsonObject ?? [];
            var recipients = await RecipientResolver.ResolveAsync(db, audience, WorkCalendar.ToLocalDate(now), cancellationToken);
            int inApp = 0, mails = 0, hooks = 0;
            foreach (var recipient in recipients)
            {
                var view = RenderModel(model, data, recipient.DisplayName, recipient.Locale);
                if (channels.HasFlag(Channels.InApp))
                {
                    var id = OutboxRows.IdFor(row.Key + ":inapp:" + recipient.UserName);
                    if (!await db.Notifications.AnyAsync(n => n.Id == id, cancellationToken))
                    {
                        var message = await templates.RenderAsync(row.TemplateKey, recipient.Locale, ToTemplateModel(view));
                        var taskId = data["task"]?["id"]?.GetValue<string>();
                        db.Notifications.Add(new NotificationRecord
                        {
                            Id = id,
                            UserName = recipient.UserName,
                            Title = Truncate(message.Subject, 1024),
                            Body = message.Text,
                            TaskId = taskId,
                            Link = taskId is null ? null : $"/tasks/{taskId}",
                            CreatedAt = now,
                        });
                        inApp++;
                    }
                }
                if (channels.HasFlag(Channels.Email) && !string.IsNullOrWhiteSpace(recipient.Email))
                {
                    if (await AddChildAsync(db, row, OutboxRows.EmailChannel, $"{row.Key}:email:{recipient.UserName}", recipient.UserName, recipient.Email, recipient.Locale, view, now, cancellationToken) is { } id)
                    {
                        children.Add(id);
                        mails++;
                    }
                }
            }
            if (channels.HasFlag(Channels.Webhook))
            {
                var message = await templates.RenderAsync(row.TemplateKey, WebhookLocale, ToTemplateModel(RenderModel(model, data, "", WebhookLocale)));
                var body = new JsonObject
                {
                    ["id"] = row.Key,
                    ["event"] = row.TemplateKey,
                    ["subject"] = message.Subject,
                    ["text"] = message.Text,
                    ["instanceId"] = model["instanceId"]?.DeepClone(),
                    ["taskId"] = data["task"]?["id"]?.DeepClone(),
                    ["recipients"] = new JsonArray([.. recipients.Select(r => (JsonNode)JsonValue.Create(r.UserName))]),
                    ["data"] = data.DeepClone(),
                    ["createdAt"] = row.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
                };
                for (var i = 0; i < targets.Targets.Count; i++)
                {
                    if (await AddChildAsync(db, row, OutboxRows.WebhookChannel, string.Create(CultureInfo.InvariantCulture, $"{row.Key}:webhook:{i}"), null, targets.Targets[i].ToString(), WebhookLocale, body, now, cancellationToken) is { } id)
                    {
                        children.Add(id);
                        hooks++;
                    }
                }
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            if (recipients.Count == 0)
                SchedulingLog.NoRecipient(_logger, outboxId);
            SchedulingLog.FannedOut(_logger, outboxId, recipients.Count, inApp, mails, hooks);
        }
        queue.Enqueue(children);
    }

    private static async Task<string?> AddChildAsync(SupervisionDbContext db, OutboxRecord parent, string channel, string key, string? user, string address, string locale,
        JsonObject model, DateTimeOffset now, CancellationToken cancellationToken)
    {
        key = OutboxRows.BoundedKey(key);
        if (await db.Outbox.AnyAsync(o => o.Key == key, cancellationToken))
            return null;
        var row = new OutboxRecord
        {
            Id = Guid.NewGuid().ToString("N"),
            Key = key,
            Channel = channel,
            TemplateKey = parent.TemplateKey,
            RecipientUser = user,
            RecipientAddress = address,
            Locale = locale,
            Model = model.ToJsonString(),
            CreatedAt = now,
        };
        db.Outbox.Add(row);
        return row.Id;
    }

    // ---- e-mail and webhooks ------------------------------------------------------------------

    private async Task SendAsync(string outboxId, CancellationToken cancellationToken)
    {
        var now = JournalChain.Normalize(clock.GetUtcNow());
        var staleClaim = now - options.OutboxClaimTimeout;
        var max = options.OutboxMaxAttempts;
        OutboxRecord? row;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            int claimed;
            using (await gate.EnterAsync(cancellationToken))
            {
                claimed = await db.Outbox
                    .Where(o => o.Id == outboxId && o.SentAt == null && o.Attempts < max && (o.ClaimedAt == null || o.ClaimedAt < staleClaim))
                    .ExecuteUpdateAsync(s => s.SetProperty(o => o.ClaimedAt, now).SetProperty(o => o.Attempts, o => o.Attempts + 1), cancellationToken);
            }
            if (claimed == 0)
                return; // sent, being sent, or given up
            row = await db.Outbox.AsNoTracking().FirstAsync(o => o.Id == outboxId, cancellationToken);
        }

        try
        {
            if (row.Channel == OutboxRows.EmailChannel)
            {
                var model = JsonNode.Parse(row.Model) as JsonObject ?? [];
                var message = await templates.RenderAsync(row.TemplateKey, row.Locale, ToTemplateModel(model));
                var messageId = OutboxRows.IdFor(row.Key) + "@supervision";
                await email.SendAsync(new EmailMessage(row.RecipientAddress!, model["recipient"]?.GetValue<string>(), message.Subject, message.Text, message.Html, messageId), cancellationToken);
            }
            else
            {
                await webhooks.PostAsync(new Uri(row.RecipientAddress!), row.Model, row.Key, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var permanent = IsPermanent(ex);
            await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
            using (await gate.EnterAsync(CancellationToken.None))
            {
                var error = Truncate(ex.Message, 2000);
                await db.Outbox.Where(o => o.Id == outboxId && o.ClaimedAt == now).ExecuteUpdateAsync(s => s
                    .SetProperty(o => o.ClaimedAt, (DateTimeOffset?)null)
                    .SetProperty(o => o.LastError, error)
                    .SetProperty(o => o.Attempts, o => permanent ? max : o.Attempts), CancellationToken.None);
            }
            if (permanent)
            {
                SchedulingLog.SendAbandoned(_logger, outboxId, row.Channel, ex.Message);
                return;
            }
            SchedulingLog.SendFailed(_logger, outboxId, row.Channel, row.Attempts + 1, ex.Message);
            throw;
        }

        await using (var db = await contexts.CreateDbContextAsync(CancellationToken.None))
        using (await gate.EnterAsync(CancellationToken.None))
        {
            var sentAt = JournalChain.Normalize(clock.GetUtcNow());
            await db.Outbox.Where(o => o.Id == outboxId && o.ClaimedAt == now)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.SentAt, sentAt).SetProperty(o => o.LastError, (string?)null), CancellationToken.None);
        }
    }

    /// <summary>Failures that no retry can cure: a refused target, a missing template, a rejected recipient.</summary>
    private static bool IsPermanent(Exception ex) => ex is UnsafeWebhookTargetException or KeyNotFoundException or UriFormatException or FormatException
        || (ex is SmtpCommandException smtp && smtp.ErrorCode == SmtpErrorCode.RecipientNotAccepted)
        || (ex is HttpRequestException { StatusCode: { } status } && (int)status is >= 400 and < 500 and not 408 and not 429);

    // ---- models -------------------------------------------------------------------------------

    /// <summary>The template data for one recipient: the row's data plus subject, body and the recipient's name, in their language.</summary>
    private static JsonObject RenderModel(JsonObject model, JsonObject data, string recipient, string? locale)
    {
        var view = (JsonObject)data.DeepClone();
        view["subject"] ??= model["subject"]?.DeepClone();
        view["body"] ??= model["body"]?.DeepClone();
        view["recipient"] = recipient;
        if (locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true)
        {
            if (view["bodyEn"] is { } bodyEn)
                view["body"] = bodyEn.DeepClone();
            if (view["task"] is JsonObject task && task["unitNameEn"] is { } unitEn)
                task["unitName"] = unitEn.DeepClone();
        }
        return view;
    }

    /// <summary>JSON as dictionaries and lists, which Liquid templates read member by member.</summary>
    internal static object ToTemplateModel(JsonObject node) => ToValue(node)!;

    private static object? ToValue(JsonNode? node) => node switch
    {
        null => null,
        JsonObject o => o.ToDictionary(p => p.Key, p => ToValue(p.Value), StringComparer.Ordinal),
        JsonArray a => a.Select(ToValue).ToList(),
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.TryGetValue<long>(out var l) => l,
        JsonValue v when v.TryGetValue<decimal>(out var d) => d,
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        _ => node.ToJsonString(),
    };

    private static IReadOnlyList<string> Strings(JsonNode? node) =>
        node is JsonArray array ? [.. array.Select(n => n?.GetValue<string>()).OfType<string>()] : [];

    private static Channels SafeChannels(string channel)
    {
        try
        {
            return ChannelNames.Parse(channel);
        }
        catch (InvalidOperationException)
        {
            return Channels.InApp;
        }
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}

/// <summary>Queues the dispatch of committed outbox rows.</summary>
public sealed class OutboxQueue(IBackgroundJobClient jobs, ILogger<OutboxQueue>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<OutboxQueue>.Instance;

    public void Enqueue(IEnumerable<string> outboxIds)
    {
        ArgumentNullException.ThrowIfNull(outboxIds);
        foreach (var id in outboxIds)
        {
            try
            {
                jobs.Enqueue<OutboxDispatchJob>(j => j.DispatchAsync(id, CancellationToken.None));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The row is committed: the reconciliation pass queues it.
                SchedulingLog.DispatchNotQueued(_logger, id, ex);
            }
        }
    }
}
