using System.Globalization;
using System.Text.Json.Nodes;
using Supervision.Domain.Calendar;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Human;

namespace Supervision.Workflows.Activities.Cycle;

[ActivityType(TypeKey, Category = "Supervision", NameVi = "Thông báo", NameEn = "Notify", Icon = "bell",
    DescriptionVi = "Gửi thông báo (trong ứng dụng, thư điện tử hoặc webhook) tới đơn vị, vai trò hoặc người dùng.",
    DescriptionEn = "Sends a notification (in-app, e-mail or webhook) to units, roles or users.")]
public sealed class Notify : WorkflowActivity
{
    public const string TypeKey = "Supervision.Notify";

    [Input(NameVi = "Tiêu đề", NameEn = "Subject", Required = true)]
    public Input<string> Subject { get; init; } = null!;

    [Input(NameVi = "Nội dung", NameEn = "Message", UIHint = UIHints.MultiLine)]
    public Input<string> Message { get; init; } = null!;

    [Input(NameVi = "Đơn vị", NameEn = "Units", UIHint = UIHints.UnitPicker)]
    public Input<string[]> Units { get; init; } = null!;

    [Input(NameVi = "Vai trò", NameEn = "Roles", UIHint = UIHints.StringList)]
    public Input<string[]> Roles { get; init; } = null!;

    [Input(NameVi = "Người dùng", NameEn = "Users", UIHint = UIHints.StringList)]
    public Input<string[]> Users { get; init; } = null!;

    [Input(NameVi = "Kênh", NameEn = "Channel", UIHint = UIHints.DropDown, Options = ["InApp", "Email", "Webhook", "All"], DefaultJson = "\"InApp\"")]
    public Input<string> Channel { get; init; } = null!;

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var notification = new NotificationRequest(
            "notify",
            context.Get(Units) ?? [],
            context.Get(Roles) ?? [],
            context.Get(Users) ?? [],
            context.Get(Subject) ?? "",
            context.Get(Message) ?? "",
            context.Get(Channel) ?? "InApp",
            null);
        Send(context, notification);
        context.Complete();
        return ValueTask.CompletedTask;
    }

    /// <summary>Hands a notification to the host's outbox and journals it.</summary>
    internal static void Send(ActivityExecutionContext context, NotificationRequest notification)
    {
        context.GetService<INotificationSink>()?.Send(notification);
        context.Journal(Runtime.HumanJournalEvents.NotificationQueued, notification.Subject, new JsonObject
        {
            ["template"] = notification.TemplateKey,
            ["body"] = notification.Body,
            ["data"] = notification.Data?.DeepClone(),
            ["channel"] = notification.Channel,
            ["units"] = new JsonArray([.. notification.UnitIds.Select(u => (JsonNode)JsonValue.Create(u))]),
            ["roles"] = new JsonArray([.. notification.Roles.Select(u => (JsonNode)JsonValue.Create(u))]),
            ["users"] = new JsonArray([.. notification.UserNames.Select(u => (JsonNode)JsonValue.Create(u))]),
        });
    }
}

[ActivityType(TypeKey, Category = "Supervision", NameVi = "Đôn đốc", NameEn = "Urge", Icon = "megaphone", Outcomes = [Urged, NothingOverdue],
    DescriptionVi = "Ban hành công văn đôn đốc (mức 1–4) tới các đơn vị có việc quá hạn trong quy trình.",
    DescriptionEn = "Issues an urge notice (level 1–4) to the units with overdue work in this workflow.")]
public sealed class Urge : WorkflowActivity
{
    public const string TypeKey = "Supervision.Urge";
    public const string Urged = "Urged";
    public const string NothingOverdue = "NothingOverdue";

    [Input(NameVi = "Mức đôn đốc", NameEn = "Level", UIHint = UIHints.DropDown, Options = ["1", "2", "3", "4"], DefaultJson = "1")]
    public Input<int> Level { get; init; } = null!;

    [Input(NameVi = "Đơn vị", NameEn = "Units", UIHint = UIHints.UnitPicker,
        DescriptionVi = "Để trống: mọi đơn vị còn việc quá hạn", DescriptionEn = "Empty: every unit with overdue work")]
    public Input<string[]> Units { get; init; } = null!;

    [Input(NameVi = "Nội dung", NameEn = "Message", UIHint = UIHints.MultiLine)]
    public Input<string> Message { get; init; } = null!;

    [Input(NameVi = "Nội dung (tiếng Anh)", NameEn = "Message in English", UIHint = UIHints.MultiLine,
        DescriptionVi = "Cho người đọc chọn tiếng Anh; để trống thì họ đọc nội dung tiếng Việt",
        DescriptionEn = "For readers who chose English; empty: they read the Vietnamese message")]
    public Input<string> MessageEn { get; init; } = null!;

    /// <summary>What a notice says when the step gives no message, in each language.</summary>
    public const string DefaultMessage = "Đề nghị đơn vị khẩn trương hoàn thành các nhiệm vụ đã quá hạn.";

    public const string DefaultMessageEn = "Please complete the overdue tasks without delay.";

    [Output(NameVi = "Công văn đôn đốc", NameEn = "Urge notice")]
    public Output<object> Notice { get; init; } = null!;

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var level = context.Get(Level);
        if (level is < 1 or > 4)
            throw new InvalidOperationException($"Urge level {level} is not between 1 and 4.");
        var today = WorkCalendar.ToLocalDate(context.Now);
        var overdue = context.State.Bookmarks
            .Where(b => b.Name == HumanTaskSpec.BookmarkName)
            .Select(b => (b.Id, Spec: HumanTaskSpec.FromJson(b.Payload)))
            .Where(t => t.Spec.UnitId is not null && t.Spec.DueOn is { } due && due < today && t.Spec.Stage != "Review")
            .ToList();
        var named = context.Get(Units) ?? [];
        var units = (named.Length > 0 ? named : overdue.Select(t => t.Spec.UnitId!)).Distinct(StringComparer.Ordinal).ToList();
        if (units.Count == 0)
        {
            context.Complete(NothingOverdue);
            return ValueTask.CompletedTask;
        }

        // The step's own message, or the standing one in both languages; an English one only when the step wrote one.
        var message = context.Get(Message) is { Length: > 0 } given ? given : null;
        var messageEn = context.Get(MessageEn) is { Length: > 0 } givenEn ? givenEn : message is null ? DefaultMessageEn : null;
        var notice = new JsonObject
        {
            ["level"] = level,
            ["issuedAt"] = context.Now.ToString("O", CultureInfo.InvariantCulture),
            ["units"] = new JsonArray([.. units.Select(u => (JsonNode)JsonValue.Create(u))]),
            ["tasks"] = new JsonArray([.. overdue.Where(t => units.Contains(t.Spec.UnitId!)).Select(t => (JsonNode)new JsonObject
            {
                // The task's id in the task list, so that the notice can be recorded against the tasks it presses.
                ["taskId"] = t.Id,
                ["unitId"] = t.Spec.UnitId,
                ["title"] = t.Spec.Title,
                ["dueOn"] = t.Spec.DueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            })]),
            ["messageEn"] = messageEn,
        };
        context.Set(Notice, notice);
        Notify.Send(context, new NotificationRequest(
            "urge-notice", units, ["FocalPoint", "Leader"], [],
            $"Công văn đôn đốc (mức {level})",
            message ?? DefaultMessage,
            "All",
            notice));
        context.Complete(Urged);
        return ValueTask.CompletedTask;
    }
}
