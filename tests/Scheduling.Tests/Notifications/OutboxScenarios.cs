using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Supervision.Runtime.Tests.Support;
using Supervision.Scheduling.Tests.Support;
using Supervision.Workflows.Notifications;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Runtime;
using Supervision.Workflows.Scheduling;
using static Supervision.Runtime.Tests.Support.DefinitionBuilder;

namespace Supervision.Scheduling.Tests.Notifications;

/// <summary>The outbox, dispatched by Hangfire jobs: fan-out to people, e-mail to a real SMTP server, signed webhooks.</summary>
public abstract class OutboxScenarios(string provider)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DefinitionBuilder NotifyFlow(string channel, string units = "[]", string roles = "[]", string users = "[]") => new DefinitionBuilder("notify")
        .Activity("notify", "Supervision.Notify", new JsonObject
        {
            ["subject"] = Lit("Họp giao ban quý I"),
            ["message"] = Lit("Kính mời dự họp lúc 8 giờ thứ Hai."),
            ["units"] = Obj(units, "String[]"),
            ["roles"] = Obj(roles, "String[]"),
            ["users"] = Obj(users, "String[]"),
            ["channel"] = Lit(channel),
        });

    private static async Task<SchedulingHost> HostAsync(Supervision.Runtime.Tests.Support.TestDatabase database, IDictionary<string, string?> settings)
    {
        var host = SchedulingHost.Create(database, settings);
        await using var db = host.CreateDbContext();
        await Organisation.SeedAsync(db);
        return host;
    }

    [Fact]
    public async Task ADispatchJobThatRunsTwice_SendsOneEmail()
    {
        await using var smtp = new SmtpSink();
        await using var database = await Databases.CreateAsync(provider);
        await using var host = await HostAsync(database, smtp.Settings);
        await host.PublishAsync(NotifyFlow("Email", users: """["an"]"""));

        await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "notify" }, Ct);
        var fanout = host.EnqueuedJobIds().ShouldHaveSingleItem(); // queued when the burst committed
        await host.PerformAsync(fanout);
        await host.PerformAsync(fanout);
        var email = host.EnqueuedJobIds().ShouldHaveSingleItem();
        await host.PerformAsync(email);
        await host.PerformAsync(email);
        string emailRow;
        await using (var db = host.CreateDbContext())
            emailRow = await db.Outbox.Where(o => o.Channel == OutboxRows.EmailChannel).Select(o => o.Id).SingleAsync(Ct);
        await host.Get<OutboxDispatchJob>().DispatchAsync(emailRow, Ct);

        var message = smtp.Messages.ShouldHaveSingleItem();
        message.Subject.ShouldBe("Họp giao ban quý I");
        message.TextBody!.ShouldContain("Kính gửi Nguyễn Văn An");
        await using (var db = host.CreateDbContext())
        {
            var row = await db.Outbox.SingleAsync(o => o.Id == emailRow, Ct);
            row.SentAt.ShouldNotBeNull();
            row.Attempts.ShouldBe(1);
            row.RecipientAddress.ShouldBe("an@btgdv.example");
            (await db.Outbox.CountAsync(Ct)).ShouldBe(2); // the fan-out row and one e-mail
        }
    }

    [Fact]
    public async Task ANewTask_IsAnnouncedToItsAssignees_InTheirLanguage()
    {
        await using var smtp = new SmtpSink();
        await using var database = await Databases.CreateAsync(provider);
        await using var host = await HostAsync(database, smtp.Settings);
        await host.PublishAsync(new DefinitionBuilder("assign")
            .Activity("task", "Supervision.UserTask", new JsonObject
            {
                ["title"] = Lit("Báo cáo sơ kết 6 tháng"),
                ["assignee"] = Obj("""{"role": "Specialist", "unitId": "btgdv-kg"}"""),
                ["deadline"] = Lit("WorkingDays:10"),
            }));

        var run = await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "assign" }, Ct);
        await host.RunDueJobsAsync();

        smtp.To("an@btgdv.example").ShouldHaveSingleItem().Subject.ShouldBe("Nhiệm vụ mới: Báo cáo sơ kết 6 tháng");
        var english = smtp.To("bob@btgdv.example").ShouldHaveSingleItem();
        english.Subject.ShouldBe("New task: Báo cáo sơ kết 6 tháng");
        english.TextBody!.ShouldContain("due 03/03/2026"); // ten working days from 10/2/2026, across Tết
        smtp.Messages.Count.ShouldBe(2); // "nomail" has no address
        await using var db = host.CreateDbContext();
        (await db.Notifications.Where(n => n.TaskId == run.CreatedBookmarks[0].Id).Select(n => n.UserName).OrderBy(n => n).ToListAsync(Ct))
            .ShouldBe(["an", "bob", "nomail"]);
    }

    [Fact]
    public async Task AUnitAlone_ReachesItsFocalPointsLeadersAndOfficers_InApp()
    {
        await using var database = await Databases.CreateAsync(provider);
        await using var host = await HostAsync(database, new Dictionary<string, string?>());
        await host.PublishAsync(NotifyFlow("InApp", units: """["btgdv-kg"]"""));

        await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "notify" }, Ct);
        await host.RunDueJobsAsync();

        await using var db = host.CreateDbContext();
        var notifications = await db.Notifications.OrderBy(n => n.UserName).ToListAsync(Ct);
        notifications.Select(n => n.UserName).ShouldBe(["focal", "officer"]);
        notifications.ShouldAllBe(n => n.Title == "Họp giao ban quý I" && n.ReadAt == null);
        (await db.Outbox.CountAsync(o => o.Channel == OutboxRows.EmailChannel, Ct)).ShouldBe(0);
    }

    [Fact]
    public async Task RolesInAUnit_ReachTheirHolders_AndUsersWithoutAddressGetNoEmail()
    {
        await using var smtp = new SmtpSink();
        await using var database = await Databases.CreateAsync(provider);
        await using var host = await HostAsync(database, smtp.Settings);
        await host.PublishAsync(NotifyFlow("All", units: """["btgdv-kg"]""", roles: """["Specialist"]"""));

        await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "notify" }, Ct);
        await host.RunDueJobsAsync();

        smtp.Messages.SelectMany(m => m.To.Mailboxes).Select(b => b.Address).Order().ShouldBe(["an@btgdv.example", "bob@btgdv.example"]);
        smtp.To("bob@btgdv.example").ShouldHaveSingleItem().TextBody!.ShouldStartWith("Dear Bob Tran,");
        await using var db = host.CreateDbContext();
        (await db.Notifications.Select(n => n.UserName).OrderBy(n => n).ToListAsync(Ct)).ShouldBe(["an", "bob", "nomail"]);
    }

    [Fact]
    public async Task AWebhook_IsPostedSigned_AndRetriedAfterAFailure()
    {
        var port = SmtpSink.FreePort();
        const string secret = "khóa-bí-mật";
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/hooks/");
        listener.Start();
        var received = new List<(string Body, string? Signature, string? Key)>();
        var server = Task.Run(async () =>
        {
            for (var i = 0; i < 2; i++)
            {
                var context = await listener.GetContextAsync();
                using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
                received.Add((await reader.ReadToEndAsync(), context.Request.Headers["X-Signature"], context.Request.Headers["Idempotency-Key"]));
                context.Response.StatusCode = i == 0 ? 503 : 204; // down once, then up
                context.Response.Close();
            }
        }, Ct);
        await using var database = await Databases.CreateAsync(provider);
        await using var host = await HostAsync(database, new Dictionary<string, string?>
        {
            ["Webhooks:Targets:0"] = $"http://127.0.0.1:{port}/hooks/supervision",
            ["Webhooks:Secret"] = secret,
            ["Webhooks:AllowPrivateNetworks"] = "true",
        });
        await host.PublishAsync(NotifyFlow("Webhook", users: """["an", "bob"]"""));
        await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "notify" }, Ct);
        await host.PerformAsync(host.EnqueuedJobIds().ShouldHaveSingleItem());
        var webhookJob = host.EnqueuedJobIds().ShouldHaveSingleItem();

        await Should.ThrowAsync<HttpRequestException>(() => host.PerformAsync(webhookJob)); // Hangfire retries it with back-off
        await using (var db = host.CreateDbContext())
        {
            var row = await db.Outbox.SingleAsync(o => o.Channel == OutboxRows.WebhookChannel, Ct);
            (row.SentAt, row.ClaimedAt, row.Attempts).ShouldBe((null, null, 1));
            row.LastError!.ShouldContain("503");
        }
        await host.PerformAsync(webhookJob);
        await host.PerformAsync(webhookJob);
        await server.WaitAsync(TimeSpan.FromSeconds(10), Ct);

        received.Count.ShouldBe(2);
        var (body, signature, key) = received[1];
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));
        signature.ShouldBe(expected);
        signature.ShouldBe(WebhookSender.Sign(secret, body));
        var json = JsonNode.Parse(body)!;
        json["event"]!.GetValue<string>().ShouldBe("notify");
        json["subject"]!.GetValue<string>().ShouldBe("Họp giao ban quý I");
        json["recipients"]!.AsArray().Select(r => r!.GetValue<string>()).ShouldBe(["an", "bob"]);
        key.ShouldBe(json["id"]!.GetValue<string>() + ":webhook:0");
        await using (var db = host.CreateDbContext())
            (await db.Outbox.SingleAsync(o => o.Channel == OutboxRows.WebhookChannel, Ct)).SentAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task AWebhookToAPrivateAddress_IsRefusedAndLeftFailed_WithoutRetrying()
    {
        await using var database = await Databases.CreateAsync(provider);
        await using var host = await HostAsync(database, new Dictionary<string, string?>
        {
            ["Webhooks:Targets:0"] = "http://10.20.30.40/hooks",
            ["Webhooks:Secret"] = "x",
        });
        await host.PublishAsync(NotifyFlow("Webhook", users: """["an"]"""));
        await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "notify" }, Ct);

        await host.RunDueJobsAsync(); // no exception: nothing to retry

        await using var db = host.CreateDbContext();
        var row = await db.Outbox.SingleAsync(o => o.Channel == OutboxRows.WebhookChannel, Ct);
        row.SentAt.ShouldBeNull();
        row.Attempts.ShouldBe(host.Get<SchedulingOptions>().OutboxMaxAttempts);
        row.LastError!.ShouldContain("private");
    }

    [Fact]
    public async Task Reconciliation_RequeuesAnOutboxRowWhoseDispatchWasLost()
    {
        await using var smtp = new SmtpSink();
        await using var database = await Databases.CreateAsync(provider);
        await using var host = await HostAsync(database, smtp.Settings);
        await using (var db = host.CreateDbContext())
        {
            db.Outbox.Add(OutboxRows.Fanout("test:lost", "notify", new Audience([], [], ["an"], "Email"),
                new JsonObject { ["subject"] = "Thông báo", ["body"] = "Nội dung" }, host.Clock!.GetUtcNow()));
            // Written inside a transaction of its caller, which then crashed before queueing the dispatch.
            await using var transaction = await db.Database.BeginTransactionAsync(Ct);
            await db.SaveChangesAsync(Ct);
            await transaction.CommitAsync(Ct);
        }
        host.EnqueuedJobIds().ShouldBeEmpty();
        host.Clock.Advance(TimeSpan.FromMinutes(2));

        (await host.Get<ReconciliationJob>().ReconcileAsync(Ct)).Outbox.ShouldBe(1);
        await host.RunDueJobsAsync();

        smtp.To("an@btgdv.example").ShouldHaveSingleItem().Subject.ShouldBe("Thông báo");
        (await host.Get<ReconciliationJob>().ReconcileAsync(Ct)).Outbox.ShouldBe(0);
    }
}

public sealed class SqliteOutboxFacts() : OutboxScenarios("sqlite");

public sealed class PostgreSqlOutboxFacts() : OutboxScenarios("postgres");
