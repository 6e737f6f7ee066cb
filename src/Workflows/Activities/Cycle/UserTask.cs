using System.Text.Json.Nodes;
using Supervision.Domain.Calendar;
using Supervision.Workflows.Definitions;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Human;

namespace Supervision.Workflows.Activities.Cycle;

[ActivityType(TypeKey, Category = "Human tasks", Kind = ActivityKind.Blocking, NameVi = "Công việc", NameEn = "User task", Icon = "user-check",
    DescriptionVi = "Giao một công việc cho người, vai trò trong đơn vị hoặc các đơn vị; chờ họ chọn một hành động.",
    DescriptionEn = "Gives a task to a person, a role in a unit or candidate units; waits for them to choose an action.")]
public sealed class UserTask : HumanTaskActivity
{
    public const string TypeKey = "Supervision.UserTask";

    [Input(NameVi = "Tiêu đề", NameEn = "Title", Required = true)]
    public Input<string> Title { get; init; } = null!;

    [Input(NameVi = "Tiêu đề (tiếng Anh)", NameEn = "Title (English)", DescriptionVi = "Người dùng giao diện tiếng Anh thấy tiêu đề này", DescriptionEn = "What readers of the English interface see")]
    public Input<string> TitleEn { get; init; } = null!;

    [Input(NameVi = "Mô tả", NameEn = "Description", UIHint = UIHints.MultiLine)]
    public Input<string> Description { get; init; } = null!;

    [Input(NameVi = "Người nhận", NameEn = "Assignee", UIHint = UIHints.RolePicker, Required = true,
        DescriptionVi = "{\"role\": \"Specialist\", \"unitId\": \"BTGDV-KG\"}, {\"userName\": \"...\"} hoặc {\"candidateUnitIds\": [...]}",
        DescriptionEn = "{\"role\": \"Specialist\", \"unitId\": \"BTGDV-KG\"}, {\"userName\": \"...\"} or {\"candidateUnitIds\": [...]}")]
    public Input<object> Assignee { get; init; } = null!;

    [Input(NameVi = "Thời hạn", NameEn = "Deadline", UIHint = UIHints.DeadlineRule, DescriptionVi = "Ví dụ WorkingDays:10", DescriptionEn = "E.g. WorkingDays:10")]
    public Input<string> Deadline { get; init; } = null!;

    [Input(NameVi = "Hạn cụ thể", NameEn = "Due date", UIHint = UIHints.Date)]
    public Input<DateOnly?> DueDate { get; init; } = null!;

    [Input(NameVi = "Nhắc việc", NameEn = "Reminder policy", UIHint = UIHints.ReminderPolicy)]
    public Input<object> ReminderPolicy { get; init; } = null!;

    [Input(NameVi = "Chuyển cấp khi quá hạn", NameEn = "Escalations", UIHint = UIHints.Json)]
    public Input<object> Escalations { get; init; } = null!;

    [Input(NameVi = "Các hành động", NameEn = "Actions", UIHint = UIHints.Outcomes, DefaultJson = "[\"Done\"]", AllowExpressions = false)]
    public Input<string[]> Actions { get; init; } = null!;

    [Input(NameVi = "Hành động cần ý kiến", NameEn = "Comment required for", UIHint = UIHints.StringList, DefaultJson = "[\"Return\"]")]
    public Input<string[]> CommentRequiredFor { get; init; } = null!;

    [Input(NameVi = "Có nhánh hết hạn", NameEn = "Timeout outcome", UIHint = UIHints.Checkbox, DefaultJson = "false", AllowExpressions = false)]
    public Input<bool> AllowTimeout { get; init; } = null!;

    [Input(NameVi = "Biểu mẫu", NameEn = "Form", UIHint = UIHints.FormFields)]
    public Input<object> Form { get; init; } = null!;

    [Input(NameVi = "Loại", NameEn = "Kind", UIHint = UIHints.DropDown, Options = ["UserTask", "WorkTask", "Milestone", "Report"], DefaultJson = "\"UserTask\"")]
    public Input<string> Kind { get; init; } = null!;

    [Output(NameVi = "Kết quả", NameEn = "Result")]
    public Output<object> Result { get; init; } = null!;

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var assignee = ReadJson<TaskAssignee>(context, Assignee) ?? new TaskAssignee();
        OpenTask(context, new HumanTaskSpec
        {
            Kind = context.Get(Kind) ?? "UserTask",
            Title = context.Get(Title) ?? context.Node.Source.Name ?? context.Node.Id,
            TitleEn = NullIfEmpty(context.Get(TitleEn)),
            Description = context.Get(Description),
            Assignee = assignee,
            UnitId = assignee.UnitId,
            DueOn = context.Get(DueDate),
            DeadlineRule = NullIfEmpty(context.Get(Deadline)),
            ReminderPolicy = ReadJson<ReminderPolicy>(context, ReminderPolicy),
            Escalations = ReadJson<List<EscalationRule>>(context, Escalations),
            Actions = context.Get(Actions) is { Length: > 0 } actions ? actions : DefaultActions,
            CommentRequiredFor = context.Get(CommentRequiredFor) ?? [],
            AllowTimeout = context.Get(AllowTimeout),
            Form = ReadJson<List<FormField>>(context, Form) ?? [],
        });
        return ValueTask.CompletedTask;
    }

    public override ValueTask ResumeAsync(ActivityExecutionContext context, Bookmark bookmark, JsonNode? input)
    {
        var completion = ReadCompletion(context, bookmark, input);
        context.Set(Result, completion.ToJson());
        context.Complete(completion.Action);
        return ValueTask.CompletedTask;
    }

    public override IReadOnlyList<string> GetOutcomes(ActivityNode node)
    {
        var actions = LiteralActions(node, "actions", DefaultActions);
        return LiteralFlag(node, "allowTimeout") ? [.. actions, HumanTaskSpec.TimeoutAction] : actions;
    }

    internal static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    /// <summary>
    /// "frame: text" when there is a text, else null: an English title or subject made from the words a definition
    /// gives in English (none when it gives none, so that English readers see the Vietnamese one).
    /// </summary>
    internal static string? Framed(string frame, string? text) => NullIfEmpty(text) is { } given ? $"{frame}: {given}" : null;
}
