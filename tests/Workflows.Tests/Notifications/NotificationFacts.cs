using System.Buffers;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;
using Supervision.Workflows.Notifications;

namespace Supervision.Workflows.Tests.Notifications;

public class NotificationFacts
{
    private static readonly object TaskModel = new Dictionary<string, object?>
    {
        ["recipient"] = "Đ/c Nguyễn Văn An",
        ["workingDays"] = 2,
        ["subject"] = "Thông báo",
        ["body"] = "Nội dung",
        ["level"] = 3,
        ["task"] = new Dictionary<string, object?> { ["title"] = "Báo cáo sơ kết 6 tháng", ["dueOn"] = "10/06/2026", ["unitName"] = "Đảng ủy Sở Y tế" },
    };

    [Fact]
    public async Task Templates_RenderInTheRecipientsLanguage()
    {
        var templates = new NotificationTemplates();

        var vi = await templates.RenderAsync("reminder-upcoming", "vi-VN", TaskModel);
        var en = await templates.RenderAsync("reminder-upcoming", "en-US", TaskModel);
        var unknown = await templates.RenderAsync("reminder-upcoming", null, TaskModel);

        vi.Subject.ShouldBe("Nhắc việc: Báo cáo sơ kết 6 tháng (còn 2 ngày làm việc)");
        vi.Text.ShouldContain("đến hạn ngày 10/06/2026");
        en.Subject.ShouldBe("Reminder: Báo cáo sơ kết 6 tháng (2 working days left)");
        unknown.Subject.ShouldBe(vi.Subject);
        vi.Html.ShouldContain("<p>Kính gửi Đ/c Nguyễn Văn An,</p>");
    }

    [Fact]
    public async Task UrgeNotice_SpeaksEnglishToEnglishReaders_WhenTheNoticeHasAnEnglishMessage()
    {
        var templates = new NotificationTemplates();
        var notice = new Dictionary<string, object?>
        {
            ["recipient"] = "Mr An",
            ["level"] = 2,
            ["body"] = "Đề nghị đơn vị khẩn trương hoàn thành các nhiệm vụ đã quá hạn.",
            ["messageEn"] = "Please complete the overdue tasks without delay.",
            ["tasks"] = new[] { new Dictionary<string, object?> { ["title"] = "Báo cáo sơ kết", ["dueOn"] = "10/06/2026" } },
        };

        var en = await templates.RenderAsync("urge-notice", "en", notice);
        var vi = await templates.RenderAsync("urge-notice", "vi", notice);
        notice["messageEn"] = null;
        var onlyVietnamese = await templates.RenderAsync("urge-notice", "en", notice);

        en.Subject.ShouldBe("Urge notice (level 2)");
        en.Text.ShouldContain("Please complete the overdue tasks without delay.");
        en.Text.ShouldNotContain("khẩn trương");
        en.Text.ShouldContain("- Báo cáo sơ kết (due 10/06/2026)");
        vi.Text.ShouldContain("Đề nghị đơn vị khẩn trương hoàn thành các nhiệm vụ đã quá hạn.");
        onlyVietnamese.Text.ShouldContain("Đề nghị đơn vị khẩn trương");
    }

    [Fact]
    public async Task ReturnedWork_SaysWhoReturnedItAndWhy_InTheRecipientsLanguage()
    {
        var templates = new NotificationTemplates();
        var model = new Dictionary<string, object?>
        {
            ["recipient"] = "Đ/c Nguyễn Văn An",
            ["task"] = new Dictionary<string, object?> { ["title"] = "Báo cáo sơ kết 6 tháng", ["dueOn"] = "10/06/2026" },
            ["returned"] = new Dictionary<string, object?> { ["by"] = "supervisor", ["comment"] = "Bổ sung biểu 2" },
        };

        var vi = await templates.RenderAsync("task-returned", "vi", model);
        var en = await templates.RenderAsync("task-returned", "en", model);

        vi.Subject.ShouldBe("Bị trả lại: Báo cáo sơ kết 6 tháng");
        vi.Text.ShouldContain("đã được supervisor trả lại với ý kiến: \"Bổ sung biểu 2\". Đề nghị bổ sung và gửi lại, hạn hoàn thành 10/06/2026.");
        en.Subject.ShouldBe("Returned: Báo cáo sơ kết 6 tháng");
        en.Text.ShouldContain("was returned by supervisor with the comment: \"Bổ sung biểu 2\".");
    }

    [Fact]
    public async Task EveryTemplate_RendersInBothLanguages()
    {
        var templates = new NotificationTemplates();
        foreach (var key in NotificationTemplates.Keys)
        foreach (var locale in new[] { "vi", "en" })
        {
            var message = await templates.RenderAsync(key, locale, TaskModel);
            message.Subject.ShouldNotBeNullOrWhiteSpace($"{key} {locale}");
        }
    }

    [Fact]
    public async Task EmailSender_DeliversToARealSmtpServer()
    {
        var port = FreePort();
        var store = new CapturingStore();
        var provider = new SmtpServer.ComponentModel.ServiceProvider();
        provider.Add(store);
        var server = new SmtpServer.SmtpServer(new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, port))).Build(), provider);
        using var stop = new CancellationTokenSource();
        var running = server.StartAsync(stop.Token);
        try
        {
            var templates = new NotificationTemplates();
            var rendered = await templates.RenderAsync("reminder-overdue", "vi", TaskModel);
            var sender = new EmailSender(new SmtpOptions { Host = "127.0.0.1", Port = port, Security = "None", FromAddress = "nhacviec@btgdv.example" });

            await sender.SendAsync(new EmailMessage("an@syt.example", "Nguyễn Văn An", rendered.Subject, rendered.Text, rendered.Html, "outbox-42@supervision"), TestContext.Current.CancellationToken);

            var received = store.Messages.ShouldHaveSingleItem();
            received.Subject.ShouldBe("Quá hạn 2 ngày làm việc: Báo cáo sơ kết 6 tháng");
            received.To.Mailboxes.Single().Address.ShouldBe("an@syt.example");
            received.From.Mailboxes.Single().Address.ShouldBe("nhacviec@btgdv.example");
            received.TextBody!.ShouldContain("Đề nghị khẩn trương hoàn thành");
            received.HtmlBody!.ShouldContain("<p>");
            received.MessageId.ShouldBe("outbox-42@supervision");
        }
        finally
        {
            await stop.CancelAsync();
            await running.ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    [Fact]
    public async Task WebhookSender_PostsJsonSignedWithHmac()
    {
        var port = FreePort();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var receive = Task.Run(async () =>
        {
            var context = await listener.GetContextAsync();
            using var reader = new StreamReader(context.Request.InputStream);
            var body = await reader.ReadToEndAsync();
            var signature = context.Request.Headers["X-Signature"];
            var key = context.Request.Headers["Idempotency-Key"];
            context.Response.StatusCode = 204;
            context.Response.Close();
            return (body, signature, key);
        }, TestContext.Current.CancellationToken);
        using var sender = new WebhookSender(new WebhookOptions { Secret = "bí mật", AllowPrivateNetworks = true });
        const string json = """{"event":"task.overdue","task":"Báo cáo 6 tháng"}""";

        await sender.PostAsync(new Uri($"http://127.0.0.1:{port}/hooks"), json, "outbox-7", TestContext.Current.CancellationToken);

        var (body, signature, idempotencyKey) = await receive;
        body.ShouldBe(json);
        signature.ShouldBe(WebhookSender.Sign("bí mật", json));
        signature.ShouldStartWith("sha256=");
        idempotencyKey.ShouldBe("outbox-7");
    }

    [Theory]
    [InlineData("http://127.0.0.1:9/")]
    [InlineData("http://10.1.2.3/")]
    [InlineData("http://192.168.1.1/")]
    [InlineData("http://169.254.169.254/latest/meta-data")]
    [InlineData("http://[::1]/")]
    [InlineData("file:///etc/passwd")]
    public async Task WebhookSender_RefusesPrivateAndLocalTargets_BeforeConnecting(string target)
    {
        using var sender = new WebhookSender(new WebhookOptions { Secret = "x" });

        await Should.ThrowAsync<UnsafeWebhookTargetException>(() => sender.PostAsync(new Uri(target), "{}", "k", TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("8.8.8.8", true)]
    [InlineData("172.16.0.1", false)]
    [InlineData("172.32.0.1", true)]
    [InlineData("100.64.0.1", false)]
    [InlineData("::ffff:127.0.0.1", false)]
    [InlineData("fd00::1", false)]
    [InlineData("2001:4860:4860::8888", true)]
    public void IsPublic_ClassifiesAddresses(string address, bool expected)
    {
        WebhookSender.IsPublic(IPAddress.Parse(address)).ShouldBe(expected);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class CapturingStore : MessageStore
    {
        public List<MimeMessage> Messages { get; } = [];

        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            lock (Messages)
                Messages.Add(MimeMessage.Load(stream, cancellationToken));
            return Task.FromResult(SmtpResponse.Ok);
        }
    }
}
