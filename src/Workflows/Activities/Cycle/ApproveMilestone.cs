using System.Text.Json.Nodes;
using Supervision.Domain.Calendar;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Human;

namespace Supervision.Workflows.Activities.Cycle;

[ActivityType(TypeKey, Category = "Supervision", Kind = ActivityKind.Blocking, NameVi = "Duyệt mốc tiến độ", NameEn = "Approve milestone", Icon = "badge-check",
    Outcomes = [Approved, Returned],
    DescriptionVi = "Người có thẩm quyền duyệt hoặc trả lại (kèm ý kiến) một mốc tiến độ.",
    DescriptionEn = "A supervisor approves a milestone or returns it with a comment.")]
public sealed class ApproveMilestone : HumanTaskActivity
{
    public const string TypeKey = "Supervision.ApproveMilestone";
    public const string Approved = "Approved";
    public const string Returned = "Returned";

    [Input(NameVi = "Mốc tiến độ", NameEn = "Milestone", Required = true)]
    public Input<string> Milestone { get; init; } = null!;

    [Input(NameVi = "Mốc tiến độ (tiếng Anh)", NameEn = "Milestone (English)", DescriptionVi = "Người dùng giao diện tiếng Anh thấy tên này", DescriptionEn = "What readers of the English interface see")]
    public Input<string> MilestoneEn { get; init; } = null!;

    [Input(NameVi = "Người duyệt", NameEn = "Approver", UIHint = UIHints.RolePicker, Required = true)]
    public Input<object> Approver { get; init; } = null!;

    [Input(NameVi = "Đơn vị", NameEn = "Unit", UIHint = UIHints.UnitPicker)]
    public Input<string> Unit { get; init; } = null!;

    [Input(NameVi = "Thời hạn", NameEn = "Deadline", UIHint = UIHints.DeadlineRule, DefaultJson = "\"WorkingDays:3\"")]
    public Input<string> Deadline { get; init; } = null!;

    [Input(NameVi = "Nhắc việc", NameEn = "Reminder policy", UIHint = UIHints.ReminderPolicy)]
    public Input<object> ReminderPolicy { get; init; } = null!;

    [Input(NameVi = "Nội dung trình", NameEn = "Submission", UIHint = UIHints.MultiLine)]
    public Input<string> Description { get; init; } = null!;

    [Output(NameVi = "Quyết định", NameEn = "Decision")]
    public Output<object> Decision { get; init; } = null!;

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var milestone = context.Get(Milestone) ?? context.Node.Id;
        var milestoneEn = UserTask.NullIfEmpty(context.Get(MilestoneEn));
        var data = new JsonObject { ["milestone"] = milestone };
        if (milestoneEn is not null)
            data["milestoneEn"] = milestoneEn;
        OpenTask(context, new HumanTaskSpec
        {
            Kind = "Milestone",
            Title = $"Duyệt: {milestone}",
            TitleEn = UserTask.Framed("Approve", milestoneEn),
            Description = context.Get(Description),
            Assignee = ReadJson<TaskAssignee>(context, Approver) ?? new TaskAssignee(),
            UnitId = UserTask.NullIfEmpty(context.Get(Unit)),
            DeadlineRule = UserTask.NullIfEmpty(context.Get(Deadline)),
            ReminderPolicy = ReadJson<ReminderPolicy>(context, ReminderPolicy),
            Actions = ["Approve", "Return"],
            CommentRequiredFor = ["Return"],
            Data = data,
        });
        return ValueTask.CompletedTask;
    }

    public override ValueTask ResumeAsync(ActivityExecutionContext context, Bookmark bookmark, JsonNode? input)
    {
        var completion = ReadCompletion(context, bookmark, input);
        context.Set(Decision, completion.ToJson());
        context.Complete(completion.Action == "Approve" ? Approved : Returned);
        return ValueTask.CompletedTask;
    }
}
