using System.Globalization;
using System.Text.Json.Nodes;
using Supervision.Domain.Evaluations;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Human;

namespace Supervision.Workflows.Activities.Cycle;

[ActivityType(TypeKey, Category = "Supervision", Kind = ActivityKind.Blocking, NameVi = "Đánh giá, xếp loại", NameEn = "Evaluate", Icon = "star",
    Outcomes = ["ExcellentlyCompleted", "WellCompleted", "Completed", "NotCompleted", "Done"],
    DescriptionVi = "Đơn vị tự đánh giá, cơ quan tham mưu thẩm định, lãnh đạo phê duyệt; xếp loại theo Quy định 366-QĐ/TW (thang 100 điểm).",
    DescriptionEn = "Self-assessment, review, approval; rates by Regulation 366-QĐ/TW (100-point scale). One unit: the outcome is its rating; several: Done.")]
public sealed class Evaluate : HumanTaskActivity
{
    public const string TypeKey = "Supervision.Evaluate";

    [Input(NameVi = "Đơn vị được đánh giá", NameEn = "Units", UIHint = UIHints.UnitPicker, Required = true)]
    public Input<string[]> Units { get; init; } = null!;

    [Input(NameVi = "Người thẩm định", NameEn = "Reviewer", UIHint = UIHints.RolePicker, Required = true)]
    public Input<object> Reviewer { get; init; } = null!;

    [Input(NameVi = "Người phê duyệt", NameEn = "Approver", UIHint = UIHints.RolePicker, Required = true)]
    public Input<object> Approver { get; init; } = null!;

    [Input(NameVi = "Số liệu nhiệm vụ", NameEn = "Task statistics", UIHint = UIHints.Json,
        DescriptionVi = "Số liệu của bước sơ kết/tổng kết (units: assigned, doneOnTime, doneLate, openOverdue)", DescriptionEn = "A review's report data (units: assigned, doneOnTime, doneLate, openOverdue)")]
    public Input<object> TaskStatistics { get; init; } = null!;

    [Input(NameVi = "Thời hạn mỗi bước", NameEn = "Deadline per step", UIHint = UIHints.DeadlineRule, DefaultJson = "\"WorkingDays:5\"")]
    public Input<string> Deadline { get; init; } = null!;

    [Output(NameVi = "Xếp loại", NameEn = "Ratings")]
    public Output<object> Ratings { get; init; } = null!;

    private static readonly FormField[] ScoreForm =
    [
        new() { Name = "score", LabelVi = "Điểm (0–100)", LabelEn = "Score (0–100)", Type = "number", Required = true },
        new() { Name = "exceeded", LabelVi = "Số nhiệm vụ vượt tiến độ, chất lượng", LabelEn = "Tasks exceeded", Type = "number" },
        new() { Name = "notes", LabelVi = "Nhận xét", LabelEn = "Notes", Type = "multiline" },
    ];

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var units = context.Get(Units) ?? [];
        if (units.Length == 0)
            throw new InvalidOperationException($"Activity '{context.Node.Id}' names no unit to evaluate.");
        context.Set(Ratings, new JsonObject());
        foreach (var unit in units)
            Open(context, "SelfAssessment", unit, null);
        return ValueTask.CompletedTask;
    }

    public override ValueTask ResumeAsync(ActivityExecutionContext context, Bookmark bookmark, JsonNode? input)
    {
        var spec = HumanTaskSpec.FromJson(bookmark.Payload);
        var completion = ReadCompletion(context, bookmark, input);
        var unit = spec.UnitId!;
        var data = spec.Data ?? new JsonObject();
        switch (spec.Stage)
        {
            case "SelfAssessment":
                data["selfScore"] = Score(completion);
                data["exceeded"] = completion.Form?["exceeded"]?.DeepClone() ?? 0;
                data["selfAssessedBy"] = completion.Actor;
                data["selfAssessedAt"] = completion.CompletedAt?.ToString("O", CultureInfo.InvariantCulture);
                // What the next step's task shows its reader as the work it is about.
                data["submission"] = completion.ToJson();
                Open(context, "Review", unit, data);
                break;
            case "Review":
                data["reviewedScore"] = Score(completion);
                data["reviewedBy"] = completion.Actor;
                data["reviewedAt"] = completion.CompletedAt?.ToString("O", CultureInfo.InvariantCulture);
                data["submission"] = completion.ToJson();
                Open(context, "Approval", unit, data);
                break;
            case "Approval" when completion.Action == "Return":
                Open(context, "Review", unit, data);
                break;
            case "Approval":
                var score = data["reviewedScore"]!.GetValue<decimal>();
                var stats = Stats(context, unit, data["exceeded"] is JsonValue e ? ToInt(e) : 0);
                var rating = Qd366.Rate(score, stats, hasDisciplineCase: false);
                var ratings = (JsonObject)context.State.ActivityOutputs[context.Node.Id]["ratings"]!;
                ratings[unit] = new JsonObject
                {
                    ["unitId"] = unit,
                    ["selfScore"] = data["selfScore"]?.DeepClone(),
                    ["finalScore"] = score,
                    ["rating"] = rating.ToString(),
                    ["onTimeRate"] = (double)stats.OnTimeRate,
                    // Who did each step and the figures the rating rests on, so that the rating can be recorded as an evaluation.
                    ["stats"] = new JsonObject
                    {
                        ["assigned"] = stats.Assigned,
                        ["doneOnTime"] = stats.DoneOnTime,
                        ["doneLate"] = stats.DoneLate,
                        ["openOverdue"] = stats.OpenOverdue,
                        ["exceeded"] = stats.Exceeded,
                    },
                    ["selfAssessedBy"] = data["selfAssessedBy"]?.DeepClone(),
                    ["selfAssessedAt"] = data["selfAssessedAt"]?.DeepClone(),
                    ["reviewedBy"] = data["reviewedBy"]?.DeepClone(),
                    ["reviewedAt"] = data["reviewedAt"]?.DeepClone(),
                    ["approvedBy"] = completion.Actor,
                    ["approvedAt"] = completion.CompletedAt?.ToString("O", CultureInfo.InvariantCulture),
                };
                context.Set(Ratings, ratings);
                break;
        }
        if (!context.OpenBookmarks.Any())
        {
            var ratings = (JsonObject)context.State.ActivityOutputs[context.Node.Id]["ratings"]!;
            context.Complete(ratings.Count == 1 ? ratings.First().Value!["rating"]!.GetValue<string>() : "Done");
        }
        return ValueTask.CompletedTask;
    }

    private void Open(ActivityExecutionContext context, string stage, string unit, JsonObject? data)
    {
        var found = Directory(context).Find(unit);
        var name = found?.NameVi ?? unit;
        var nameEn = found?.NameEn ?? name;
        var spec = stage switch
        {
            "SelfAssessment" => new HumanTaskSpec
            {
                Title = $"Tự đánh giá, xếp loại — {name}", TitleEn = $"Self-assessment and rating — {nameEn}",
                Assignee = new TaskAssignee { Role = "Leader", UnitId = unit }, Actions = ["Submit"], Form = ScoreForm,
            },
            "Review" => new HumanTaskSpec
            {
                Title = $"Thẩm định kết quả tự đánh giá — {name}", TitleEn = $"Review of the self-assessment — {nameEn}",
                Assignee = ReadJson<TaskAssignee>(context, Reviewer) ?? new(), Actions = ["Submit"], Form = [ScoreForm[0], ScoreForm[2]],
            },
            _ => new HumanTaskSpec
            {
                Title = $"Phê duyệt xếp loại — {name}", TitleEn = $"Approval of the rating — {nameEn}",
                Assignee = ReadJson<TaskAssignee>(context, Approver) ?? new(), Actions = ["Approve", "Return"], CommentRequiredFor = ["Return"],
            },
        };
        OpenTask(context, spec with { Kind = "Evaluation", Stage = stage, UnitId = unit, DeadlineRule = context.Get(Deadline), Data = (JsonObject?)data?.DeepClone() ?? new JsonObject() });
    }

    private static decimal Score(HumanTaskCompletion completion)
    {
        var node = completion.Form?["score"] ?? throw new TaskActionException("form.score", "A score is required.");
        var score = node is JsonValue v && v.TryGetValue<string>(out var s) ? decimal.Parse(s, CultureInfo.InvariantCulture) : node.GetValue<decimal>();
        if (score is < 0 or > 100)
            throw new TaskActionException("form.score", "The score must be between 0 and 100.");
        return score;
    }

    private static int ToInt(JsonValue value) => value.TryGetValue<int>(out var i) ? i : value.TryGetValue<string>(out var s) && int.TryParse(s, CultureInfo.InvariantCulture, out i) ? i : (int)value.GetValue<double>();

    /// <summary>The unit's task statistics from the given review data, or else from this instance's own tasks.</summary>
    private TaskStats Stats(ActivityExecutionContext context, string unit, int exceeded)
    {
        var given = ReadJson<JsonObject>(context, TaskStatistics);
        var row = given?["units"] is JsonArray units ? units.OfType<JsonObject>().FirstOrDefault(u => u["unitId"]?.GetValue<string>() == unit) : null;
        if (row is not null)
        {
            var assigned = row["assigned"]!.GetValue<int>();
            return new TaskStats(assigned, row["doneOnTime"]!.GetValue<int>(), row["doneLate"]!.GetValue<int>(), row["openOverdue"]!.GetValue<int>(), Math.Min(exceeded, assigned));
        }
        var own = Review.Collect(context.State, DateOnly.MinValue, DateOnly.MaxValue, context.Now).Where(r => r.UnitId == unit).ToList();
        return new TaskStats(own.Count, own.Count(r => r.State == Domain.Calendar.DeadlineState.DoneOnTime), own.Count(r => r.State == Domain.Calendar.DeadlineState.DoneLate),
            own.Count(r => r.State == Domain.Calendar.DeadlineState.OverdueOpen), Math.Min(exceeded, own.Count));
    }
}

[ActivityType(TypeKey, Category = "Supervision", Kind = ActivityKind.Blocking, NameVi = "Hội nghị, hội thảo", NameEn = "Meeting", Icon = "users", Outcomes = ["Held", "Cancelled"],
    DescriptionVi = "Tổ chức tập huấn, tọa đàm, giao ban hoặc hội nghị: ngày, đơn vị tham dự, biên bản; là một mốc khi đã tổ chức.",
    DescriptionEn = "Organises a training, seminar, briefing or conference: date, participating units, minutes; a milestone once held.")]
public sealed class Meeting : HumanTaskActivity
{
    public const string TypeKey = "Supervision.Meeting";

    [Input(NameVi = "Loại", NameEn = "Kind", UIHint = UIHints.DropDown, Options = ["Training", "Seminar", "Briefing", "Conference"], DefaultJson = "\"Briefing\"")]
    public Input<string> Kind { get; init; } = null!;

    [Input(NameVi = "Tên", NameEn = "Title", Required = true)]
    public Input<string> Title { get; init; } = null!;

    [Input(NameVi = "Tên (tiếng Anh)", NameEn = "Title (English)", DescriptionVi = "Người dùng giao diện tiếng Anh thấy tên này", DescriptionEn = "What readers of the English interface see")]
    public Input<string> TitleEn { get; init; } = null!;

    [Input(NameVi = "Ngày tổ chức", NameEn = "Date", UIHint = UIHints.Date)]
    public Input<DateOnly?> Date { get; init; } = null!;

    [Input(NameVi = "Thời hạn (nếu chưa định ngày)", NameEn = "Deadline (when no date)", UIHint = UIHints.DeadlineRule, DefaultJson = "\"WorkingDays:10\"")]
    public Input<string> Deadline { get; init; } = null!;

    [Input(NameVi = "Đơn vị tham dự", NameEn = "Participating units", UIHint = UIHints.UnitPicker)]
    public Input<string[]> Participants { get; init; } = null!;

    [Input(NameVi = "Đơn vị tổ chức", NameEn = "Organiser", UIHint = UIHints.RolePicker, Required = true)]
    public Input<object> Organiser { get; init; } = null!;

    [Output(NameVi = "Biên bản", NameEn = "Minutes")]
    public Output<object> Minutes { get; init; } = null!;

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var organiser = ReadJson<TaskAssignee>(context, Organiser) ?? new TaskAssignee();
        OpenTask(context, new HumanTaskSpec
        {
            Kind = "Meeting",
            Title = $"{context.Get(Title)} — tổ chức và ghi biên bản",
            TitleEn = UserTask.NullIfEmpty(context.Get(TitleEn)) is { } english ? $"{english}: hold it and take the minutes" : null,
            Assignee = organiser,
            UnitId = organiser.UnitId,
            DueOn = context.Get(Date),
            DeadlineRule = context.Get(Date) is null ? context.Get(Deadline) : null,
            Actions = ["Held", "Cancelled"],
            CommentRequiredFor = ["Cancelled"],
            Form = [new FormField { Name = "minutes", LabelVi = "Biên bản", LabelEn = "Minutes", Type = "multiline" }],
            Data = new JsonObject
            {
                ["meetingKind"] = context.Get(Kind),
                ["participants"] = new JsonArray([.. (context.Get(Participants) ?? []).Select(p => (JsonNode)JsonValue.Create(p))]),
            },
        });
        return ValueTask.CompletedTask;
    }

    public override ValueTask ResumeAsync(ActivityExecutionContext context, Bookmark bookmark, JsonNode? input)
    {
        var completion = ReadCompletion(context, bookmark, input);
        if (completion.Action == "Held" && string.IsNullOrWhiteSpace(completion.Form?["minutes"]?.GetValue<string>()))
            throw new TaskActionException("form.minutes", "The minutes are required once the meeting is held.");
        context.Set(Minutes, completion.ToJson());
        context.Complete(completion.Action);
        return ValueTask.CompletedTask;
    }
}
