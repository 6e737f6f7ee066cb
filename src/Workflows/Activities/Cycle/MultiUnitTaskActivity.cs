using System.Globalization;
using System.Text.Json.Nodes;
using Supervision.Domain.Calendar;
using Supervision.Domain.Common;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Human;

namespace Supervision.Workflows.Activities.Cycle;

/// <summary>
/// One task per unit (a list of units, a unit query, or both), each with its own deadline, reminders and
/// escalation; optionally reviewed by a supervisor who approves or returns each unit's work. Completes
/// once every unit's work is resolved. Units can be added or withdrawn while it runs through its control
/// bookmark. A return reopens only that unit's task; every other unit's task stays as it is.
/// </summary>
public abstract class MultiUnitTaskActivity : HumanTaskActivity
{
    public const string ControlBookmarkName = "Supervision.MultiUnitTask.Control";
    public const string ResultsOutput = "results";

    private const string StageWork = "Work";
    private const string StageReview = "Review";

    [Input(NameVi = "Tiêu đề", NameEn = "Title", Required = true)]
    public Input<string> Title { get; init; } = null!;

    [Input(NameVi = "Tiêu đề (tiếng Anh)", NameEn = "Title (English)", DescriptionVi = "Người dùng giao diện tiếng Anh thấy tiêu đề này; {unit} là tên đơn vị", DescriptionEn = "What readers of the English interface see; {unit} is the unit's name")]
    public Input<string> TitleEn { get; init; } = null!;

    [Input(NameVi = "Nội dung", NameEn = "Description", UIHint = UIHints.MultiLine)]
    public Input<string> Description { get; init; } = null!;

    [Input(NameVi = "Đơn vị", NameEn = "Units", UIHint = UIHints.UnitPicker, DescriptionVi = "Danh sách mã đơn vị", DescriptionEn = "Unit ids or codes")]
    public Input<string[]> Units { get; init; } = null!;

    [Input(NameVi = "Truy vấn đơn vị", NameEn = "Unit query",
        DescriptionVi = "children:<đơn vị>, descendants:<đơn vị>, kind:<Loại>[@<đơn vị>]", DescriptionEn = "children:<unit>, descendants:<unit>, kind:<Kind>[@<unit>]")]
    public Input<string> UnitQuery { get; init; } = null!;

    [Input(NameVi = "Vai trò thực hiện", NameEn = "Assignee role", UIHint = UIHints.RolePicker, DefaultJson = "\"FocalPoint\"")]
    public Input<string> AssigneeRole { get; init; } = null!;

    [Input(NameVi = "Thời hạn", NameEn = "Deadline", UIHint = UIHints.DeadlineRule)]
    public Input<string> Deadline { get; init; } = null!;

    [Input(NameVi = "Hạn cụ thể", NameEn = "Due date", UIHint = UIHints.Date)]
    public Input<DateOnly?> DueDate { get; init; } = null!;

    [Input(NameVi = "Nhắc việc", NameEn = "Reminder policy", UIHint = UIHints.ReminderPolicy)]
    public Input<object> ReminderPolicy { get; init; } = null!;

    [Input(NameVi = "Chuyển cấp khi quá hạn", NameEn = "Escalations", UIHint = UIHints.Json)]
    public Input<object> Escalations { get; init; } = null!;

    [Input(NameVi = "Biểu mẫu", NameEn = "Form", UIHint = UIHints.FormFields)]
    public Input<object> Form { get; init; } = null!;

    [Input(NameVi = "Người duyệt", NameEn = "Reviewer", UIHint = UIHints.RolePicker,
        DescriptionVi = "Khi có, mỗi kết quả của đơn vị được duyệt hoặc trả lại", DescriptionEn = "When set, each unit's result is approved or returned")]
    public Input<object> Reviewer { get; init; } = null!;

    [Input(NameVi = "Thời hạn duyệt", NameEn = "Review deadline", UIHint = UIHints.DeadlineRule, DefaultJson = "\"WorkingDays:3\"")]
    public Input<string> ReviewDeadline { get; init; } = null!;

    [Input(NameVi = "Kế hoạch / văn bản nguồn", NameEn = "Plan or source document")]
    public Input<string> Plan { get; init; } = null!;

    [Input(NameVi = "Số, ký hiệu văn bản kế hoạch", NameEn = "Plan document number",
        DescriptionVi = "Ví dụ 12-KH/BTGDV; kế hoạch được ghi nhận kèm văn bản này", DescriptionEn = "E.g. 12-KH/BTGDV; the plan is recorded with this document")]
    public Input<string> PlanDocument { get; init; } = null!;

    [Output(NameVi = "Kết quả theo đơn vị", NameEn = "Results per unit")]
    public Output<object> Results { get; init; } = null!;

    /// <summary>The task kind people see (<c>WorkTask</c>, <c>Report</c>).</summary>
    protected abstract string TaskKind { get; }

    /// <summary>The action a unit takes to hand in its work.</summary>
    protected virtual string SubmitAction => "Submit";

    /// <summary>Extra data each unit task carries (a report's data period).</summary>
    protected virtual JsonObject? TaskData(ActivityExecutionContext context) => null;

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var units = ResolveUnits(context);
        if (units.Count == 0)
            throw new InvalidOperationException($"Activity '{context.Node.Id}' names no unit to assign to.");
        context.Set(Results, new JsonObject());
        foreach (var unit in units)
            OpenUnitTask(context, unit);
        context.CreateBookmark(ControlBookmarkName, new JsonObject { ["activityId"] = context.Node.Id });
        return ValueTask.CompletedTask;
    }

    public override ValueTask ResumeAsync(ActivityExecutionContext context, Bookmark bookmark, JsonNode? input)
    {
        if (bookmark.Name == ControlBookmarkName)
        {
            Control(context, input);
        }
        else
        {
            var spec = HumanTaskSpec.FromJson(bookmark.Payload);
            var completion = ReadCompletion(context, bookmark, input);
            var unitId = spec.UnitId!;
            if (spec.Stage == StageReview)
            {
                if (completion.Action == "Return")
                {
                    Record(context, unitId, spec, completion, "Returned");
                    OpenUnitTask(context, Directory(context).Find(unitId) ?? new DirectoryUnit(unitId, unitId, unitId, null, "", null), reopened: spec, returned: completion);
                }
                else
                {
                    Record(context, unitId, spec, completion, "Approved");
                }
            }
            else if (completion.Action == SubmitAction && context.Get(Reviewer) is not null && ReadJson<TaskAssignee>(context, Reviewer) is { } reviewer)
            {
                Record(context, unitId, spec, completion, "Submitted");
                OpenTask(context, new HumanTaskSpec
                {
                    Kind = "Review",
                    Stage = StageReview,
                    Title = $"Duyệt: {spec.Title}",
                    TitleEn = UserTask.Framed("Review", spec.TitleEn),
                    Assignee = reviewer,
                    UnitId = unitId,
                    DeadlineRule = UserTask.NullIfEmpty(context.Get(ReviewDeadline)),
                    Actions = ["Approve", "Return"],
                    CommentRequiredFor = ["Return"],
                    PlanId = spec.PlanId,
                    Data = new JsonObject { ["workDueOn"] = spec.DueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["submission"] = completion.ToJson() },
                });
            }
            else
            {
                Record(context, unitId, spec, completion, completion.Action == HumanTaskSpec.TimeoutAction ? "TimedOut" : "Done");
            }
        }

        if (!context.OpenBookmarks.Any(b => b.Name == HumanTaskSpec.BookmarkName))
        {
            foreach (var control in context.OpenBookmarks)
                context.RemoveBookmark(control);
            context.Complete();
        }
        return ValueTask.CompletedTask;
    }

    private void Control(ActivityExecutionContext context, JsonNode? input)
    {
        var directory = Directory(context);
        foreach (var unitId in Strings(input?["add"]))
        {
            var unit = directory.Find(unitId) ?? throw new InvalidOperationException($"Unit '{unitId}' is not known.");
            if (!context.OpenBookmarks.Any(b => b.Payload?["unitId"]?.GetValue<string>() == unit.Id))
                OpenUnitTask(context, unit);
        }
        foreach (var unitId in Strings(input?["remove"]))
        {
            foreach (var task in context.OpenBookmarks.Where(b => b.Name == HumanTaskSpec.BookmarkName && b.Payload?["unitId"]?.GetValue<string>() == unitId).ToList())
            {
                context.RemoveBookmark(task);
                var results = ResultsOf(context);
                results[unitId] = new JsonObject { ["unitId"] = unitId, ["status"] = "Withdrawn", ["at"] = context.Now.ToString("O") };
            }
        }
        context.CreateBookmark(ControlBookmarkName, new JsonObject { ["activityId"] = context.Node.Id });
    }

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonArray array => array.Select(n => n!.GetValue<string>()),
        JsonValue value when value.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    private IReadOnlyList<DirectoryUnit> ResolveUnits(ActivityExecutionContext context)
    {
        var directory = Directory(context);
        var units = new List<DirectoryUnit>();
        foreach (var id in context.Get(Units) ?? [])
            units.Add(directory.Find(id) ?? throw new InvalidOperationException($"Unit '{id}' is not known."));
        var query = context.Get(UnitQuery);
        if (!string.IsNullOrWhiteSpace(query))
            units.AddRange(directory.Resolve(query, WorkCalendar.ToLocalDate(context.Now)));
        return units.DistinctBy(u => u.Id).ToList();
    }

    /// <summary>
    /// Opens a unit's piece of work; given back by its reviewer (<paramref name="reopened"/> is the review's task,
    /// <paramref name="returned"/> how it was completed), the new task carries who returned it, when and why, and the
    /// work that was sent (<c>data.returned</c>), so the unit reads what to put right.
    /// </summary>
    private void OpenUnitTask(ActivityExecutionContext context, DirectoryUnit unit, HumanTaskSpec? reopened = null, HumanTaskCompletion? returned = null)
    {
        var written = context.Get(Title) ?? context.Node.Source.Name ?? context.Node.Id;
        var title = ForUnit(written, unit.NameVi);
        var titleEn = UserTask.NullIfEmpty(context.Get(TitleEn)) is { } english ? ForUnit(english, unit.NameEn ?? unit.NameVi) : null;
        var spec = new HumanTaskSpec
        {
            Kind = TaskKind,
            Stage = StageWork,
            Title = title,
            TitleEn = titleEn,
            Description = context.Get(Description),
            Assignee = new TaskAssignee { Role = UserTask.NullIfEmpty(context.Get(AssigneeRole))?.Trim() ?? "FocalPoint", UnitId = unit.Id },
            UnitId = unit.Id,
            // A returned piece of work keeps its original due date: a return does not extend the deadline.
            DueOn = reopened is not null
                ? reopened.Data?["workDueOn"] is JsonValue due && DateOnly.TryParse(due.GetValue<string>(), CultureInfo.InvariantCulture, out var dueOn) ? dueOn : null
                : context.Get(DueDate),
            DeadlineRule = reopened is not null ? null : UserTask.NullIfEmpty(context.Get(Deadline)),
            ReminderPolicy = ReadJson<ReminderPolicy>(context, ReminderPolicy),
            Escalations = ReadJson<List<EscalationRule>>(context, Escalations),
            Actions = [SubmitAction],
            Form = ReadJson<List<FormField>>(context, Form) ?? [],
            PlanId = context.Get(Plan),
            Data = WithReturn(WithPlanDocument(context, TaskData(context)), reopened, returned),
        };
        OpenTask(context, spec);
    }

    private static JsonObject? WithReturn(JsonObject? data, HumanTaskSpec? reopened, HumanTaskCompletion? returned)
    {
        if (reopened is null || returned is null)
            return data;
        data ??= new JsonObject();
        data["returned"] = new JsonObject
        {
            ["by"] = returned.Actor,
            ["at"] = returned.CompletedAt?.ToString("O", CultureInfo.InvariantCulture),
            ["comment"] = returned.Comment,
            ["submission"] = reopened.Data?["submission"]?.DeepClone(),
        };
        return data;
    }

    /// <summary>The plan's document number, when the step names one, beside what the task carries.</summary>
    private JsonObject? WithPlanDocument(ActivityExecutionContext context, JsonObject? data)
    {
        if (UserTask.NullIfEmpty(context.Get(PlanDocument)) is not { } symbol)
            return data;
        data ??= new JsonObject();
        data["planDocument"] = symbol.Trim();
        return data;
    }

    /// <summary>A unit's task title: the unit's name where the title says <c>{unit}</c>, else after a dash.</summary>
    private static string ForUnit(string written, string unitName) =>
        written.Contains("{unit}", StringComparison.Ordinal) ? written.Replace("{unit}", unitName, StringComparison.Ordinal) : $"{written} — {unitName}";

    private static JsonObject ResultsOf(ActivityExecutionContext context)
    {
        if (context.State.ActivityOutputs.TryGetValue(context.Node.Id, out var outputs) && outputs.GetValueOrDefault(ResultsOutput) is JsonObject results)
            return results;
        results = new JsonObject();
        if (outputs is null)
            context.State.ActivityOutputs[context.Node.Id] = outputs = new Dictionary<string, object?>(StringComparer.Ordinal);
        outputs[ResultsOutput] = results;
        return results;
    }

    private void Record(ActivityExecutionContext context, string unitId, HumanTaskSpec spec, HumanTaskCompletion completion, string status)
    {
        var results = ResultsOf(context);
        var entry = results[unitId] as JsonObject ?? new JsonObject { ["unitId"] = unitId, ["returns"] = 0 };
        var dueOn = spec.Stage == StageReview && spec.Data?["workDueOn"] is JsonValue workDue ? DateOnly.Parse(workDue.GetValue<string>(), CultureInfo.InvariantCulture) : spec.DueOn;
        entry["status"] = status;
        entry["dueOn"] = dueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        entry["kind"] = TaskKind;
        entry["planId"] = spec.PlanId;
        switch (status)
        {
            case "Submitted" or "Done" or "TimedOut":
                entry["submittedAt"] = completion.CompletedAt?.ToString("O");
                entry["submittedBy"] = completion.Actor;
                entry["form"] = completion.Form?.DeepClone();
                entry["comment"] = completion.Comment;
                break;
            case "Returned":
                entry["returns"] = (entry["returns"]?.GetValue<int>() ?? 0) + 1;
                entry["returnComment"] = completion.Comment;
                break;
        }
        if (status is "Done" or "Approved")
        {
            var submitted = entry["submittedAt"] is JsonValue at ? DateTimeOffset.Parse(at.GetValue<string>(), CultureInfo.InvariantCulture) : completion.CompletedAt!.Value;
            entry["completedAt"] = submitted.ToString("O");
            entry["onTime"] = dueOn is null || VietnamTime.IsOnTime(submitted, dueOn.Value);
        }
        results[unitId] = entry;
        context.Set(Results, results);
    }
}

[ActivityType(TypeKey, Category = "Supervision", Kind = ActivityKind.Blocking, NameVi = "Giao nhiệm vụ", NameEn = "Assign tasks", Icon = "clipboard-list",
    DescriptionVi = "Ban hành hướng dẫn và giao mỗi đơn vị một nhiệm vụ có thời hạn, nhắc việc và chuyển cấp; xong khi mọi đơn vị hoàn thành.",
    DescriptionEn = "Issues guidance and gives each unit a task with a deadline, reminders and escalation; done when every unit has finished.")]
public sealed class AssignTasks : MultiUnitTaskActivity
{
    public const string TypeKey = "Supervision.AssignTasks";

    [Input(NameVi = "Văn bản hướng dẫn", NameEn = "Guidance document", DescriptionVi = "Số, ký hiệu, ví dụ 31-HD/BTGTW", DescriptionEn = "Number and symbol, e.g. 31-HD/BTGTW")]
    public Input<string> Guidance { get; init; } = null!;

    [Input(NameVi = "Văn bản hướng dẫn (tiếng Anh)", NameEn = "Guidance (English)",
        DescriptionVi = "Khi hướng dẫn là một tiêu đề (không phải số, ký hiệu): tiêu đề kế hoạch mà người dùng giao diện tiếng Anh thấy",
        DescriptionEn = "When the guidance is a title (not a number and symbol): the plan's title for readers of the English interface")]
    public Input<string> GuidanceEn { get; init; } = null!;

    protected override string TaskKind => "WorkTask";

    protected override JsonObject? TaskData(ActivityExecutionContext context)
    {
        var guidance = context.Get(Guidance) is { Length: > 0 } text ? text : null;
        // The unit that assigns the work, and so owns its plan: the reviewer's, when there is one.
        var assigner = context.Get(Reviewer) is null ? null : ReadJson<TaskAssignee>(context, Reviewer)?.UnitId;
        if (guidance is null && assigner is null)
            return null;
        var data = new JsonObject();
        if (guidance is not null)
        {
            data["guidance"] = guidance;
            if (UserTask.NullIfEmpty(context.Get(GuidanceEn)) is { } english)
                data["guidanceEn"] = english;
        }
        if (assigner is not null)
            data["assignerUnitId"] = assigner;
        return data;
    }
}

[ActivityType(TypeKey, Category = "Supervision", Kind = ActivityKind.Blocking, NameVi = "Gửi báo cáo", NameEn = "Submit report", Icon = "file-text",
    DescriptionVi = "Yêu cầu các đơn vị gửi báo cáo (kỳ số liệu, thời hạn); có thể duyệt hoặc trả lại từng báo cáo.",
    DescriptionEn = "Asks units for a report (data period, due date); each report can be accepted or returned.")]
public sealed class SubmitReport : MultiUnitTaskActivity
{
    public const string TypeKey = "Supervision.SubmitReport";

    [Input(NameVi = "Loại báo cáo", NameEn = "Report kind", UIHint = UIHints.DropDown, DefaultJson = "\"SixMonth\"",
        Options = ["Monthly", "Quarterly", "SixMonth", "Annual", "Thematic", "AdHoc", "InterimReview", "FinalReview", "SelfInspection"])]
    public Input<string> ReportKind { get; init; } = null!;

    [Input(NameVi = "Số liệu từ ngày", NameEn = "Data from", UIHint = UIHints.Date)]
    public Input<DateOnly?> DataFrom { get; init; } = null!;

    [Input(NameVi = "Số liệu đến ngày", NameEn = "Data to", UIHint = UIHints.Date)]
    public Input<DateOnly?> DataTo { get; init; } = null!;

    protected override string TaskKind => "Report";

    protected override JsonObject? TaskData(ActivityExecutionContext context) => new()
    {
        ["reportKind"] = context.Get(ReportKind),
        ["dataFrom"] = context.Get(DataFrom)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["dataTo"] = context.Get(DataTo)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        // The unit the reports go to: the reviewer's, when there is one.
        ["recipientUnitId"] = context.Get(Reviewer) is null ? null : ReadJson<TaskAssignee>(context, Reviewer)?.UnitId,
    };
}
