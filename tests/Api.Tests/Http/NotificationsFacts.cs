using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Api.Tests.Support;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Tests.Http;

/// <summary>A server with a few notifications for officer1 and one for officer2.</summary>
public sealed class NotificationsApiFactory : SupervisionApiFactory, IAsyncLifetime
{
    public async ValueTask InitializeAsync()
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync();
        var at = new DateTimeOffset(2026, 3, 1, 1, 0, 0, TimeSpan.Zero);
        void Add(string id, string user, int hoursLater, bool read) => db.Notifications.Add(new NotificationRecord
        {
            Id = id, UserName = user, Title = $"Nhắc việc {id}", Body = "Báo cáo sắp đến hạn", Link = "/tasks/t1", TaskId = "t1",
            CreatedAt = at.AddHours(hoursLater), ReadAt = read ? at.AddHours(hoursLater + 1) : null,
        });
        Add("n1", "officer1", 0, read: false);
        Add("n2", "officer1", 1, read: true);
        Add("n3", "officer1", 2, read: false);
        Add("n4", "officer1", 3, read: true);
        Add("other", "officer2", 0, read: false);
        await db.SaveChangesAsync();
    }
}

public class NotificationsFacts(NotificationsApiFactory factory) : IClassFixture<NotificationsApiFactory>
{
    private const string Base = "/api/notifications";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Mine_AreListedUnreadFirst_NewestFirst_WithTheUnreadCount()
    {
        var officer = await factory.As("officer1");

        var page = await (await officer.GetAsync(Base, Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var unreadOnly = await (await officer.GetAsync($"{Base}?unreadOnly=true", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var second = await (await officer.GetAsync($"{Base}?page=2&pageSize=3", Ct)).ReadObjectAsync(HttpStatusCode.OK);

        page["items"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ShouldBe(["n3", "n1", "n4", "n2"]);
        page["unread"]!.GetValue<int>().ShouldBe(2);
        page["total"]!.GetValue<int>().ShouldBe(4);
        unreadOnly["items"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ShouldBe(["n3", "n1"]);
        second["items"]!.AsArray().Single()!["id"]!.GetValue<string>().ShouldBe("n2");
    }

    [Fact]
    public async Task MarkRead_AndMarkAllRead_TouchOnlyMyNotifications()
    {
        var officer = await factory.As("officer2");
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync(Ct))
        {
            db.Notifications.Add(new NotificationRecord { Id = "o2-a", UserName = "officer2", Title = "A", Body = "", CreatedAt = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero) });
            db.Notifications.Add(new NotificationRecord { Id = "o2-b", UserName = "officer2", Title = "B", Body = "", CreatedAt = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero) });
            await db.SaveChangesAsync(Ct);
        }

        var one = await officer.PostAsync($"{Base}/o2-a/read", null, Ct);
        var notMine = await (await officer.PostAsync($"{Base}/n1/read", null, Ct)).ReadProblemAsync(HttpStatusCode.NotFound);
        var all = await (await officer.PostAsync($"{Base}/read-all", null, Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var after = await (await officer.GetAsync(Base, Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var officer1 = await (await (await factory.As("officer1")).GetAsync(Base, Ct)).ReadObjectAsync(HttpStatusCode.OK);

        one.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        notMine["title"]!.GetValue<string>().ShouldContain("n1");
        all["marked"]!.GetValue<int>().ShouldBe(2);
        after["unread"]!.GetValue<int>().ShouldBe(0);
        after["items"]!.AsArray().ShouldAllBe(n => n!["readAt"] != null);
        officer1["unread"]!.GetValue<int>().ShouldBe(2);
    }

    [Fact]
    public async Task Notifications_NeedASignIn_AndAnswerBadPaging()
    {
        (await factory.CreateClient().GetAsync(Base, Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await factory.CreateClient().PostAsync($"{Base}/read-all", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var viewer = await factory.As("viewer");

        var problem = await (await viewer.GetAsync($"{Base}?page=0&unreadOnly=perhaps", Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        problem["errors"]!.AsObject().Select(e => e.Key).ShouldContain("unreadOnly");
    }
}
