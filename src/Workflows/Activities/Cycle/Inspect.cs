using System.Globalization;
using System.Text.Json.Nodes;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Human;

namespace Supervision.Workflows.Activities.Cycle;

[ActivityType(TypeKey, Category = "Supervision", Kind = ActivityKind.Blocking, NameVi = "Kiểm tra, giám sát", NameEn = "Inspect", Icon = "search",
    Outcomes = [NoFindings, FindingsRaised, Referred],
    DescriptionVi = "Quyết định kiểm tra, đối tượng tự kiểm tra và báo cáo, thẩm tra xác minh, kết luận; kết quả: không có vấn đề, có hạn chế/kiến nghị, hoặc chuyển Ủy ban Kiểm tra.",
    DescriptionEn = "Decision, self-inspection reports from the targets, verification, conclusion; ends with no findings, findings raised, or referral to the Inspection Commission.")]
public sealed class Inspect : HumanTaskActivity
{
    public const string TypeKey = "Supervision.Inspect";
    public const string NoFindings = "NoFindings";
    public const string FindingsRaised = "FindingsRaised";
    public const string Referred = "ReferredToInspectionCommission";

    private const string Decision = "Decision";
    private const string SelfReport = "SelfReport";
    private const string Verification = "Verification";
    private const string Conclusion = "Conclusion";

    // A document's number and symbol is stored in 64 characters.
    private const int DocumentSymbolLength = 64;

    [Input(NameVi = "Hình thức", NameEn = "Kind", UIHint = UIHints.DropDown, Options = ["Inspection", "ThematicSupervision", "RegularSupervision"], DefaultJson = "\"ThematicSupervision\"")]
    public Input<string> Kind { get; init; } = null!;

    [Input(NameVi = "Nội dung", NameEn = "Topic", Required = true)]
    public Input<string> Topic { get; init; } = null!;

    [Input(NameVi = "Nội dung (tiếng Anh)", NameEn = "Topic (English)", DescriptionVi = "Người dùng giao diện tiếng Anh thấy nội dung này trong tên các việc",
        DescriptionEn = "What readers of the English interface see in the tasks' titles")]
    public Input<string> TopicEn { get; init; } = null!;

    [Input(NameVi = "Đối tượng", NameEn = "Targets", UIHint = UIHints.UnitPicker, Required = true)]
    public Input<string[]> Targets { get; init; } = null!;

    [Input(NameVi = "Trưởng đoàn", NameEn = "Team head", UIHint = UIHints.RolePicker, Required = true)]
    public Input<object> TeamHead { get; init; } = null!;

    [Input(NameVi = "Lãnh đạo kết luận", NameEn = "Concluding leader", UIHint = UIHints.RolePicker, Required = true)]
    public Input<object> Leader { get; init; } = null!;

    [Input(NameVi = "Hạn quyết định", NameEn = "Decision deadline", UIHint = UIHints.DeadlineRule, DefaultJson = "\"WorkingDays:5\"")]
    public Input<string> DecisionDeadline { get; init; } = null!;

    [Input(NameVi = "Hạn tự kiểm tra", NameEn = "Self-report deadline", UIHint = UIHints.DeadlineRule, DefaultJson = "\"WorkingDays:10\"")]
    public Input<string> SelfReportDeadline { get; init; } = null!;

    [Input(NameVi = "Hạn thẩm tra", NameEn = "Verification deadline", UIHint = UIHints.DeadlineRule, DefaultJson = "\"WorkingDays:10\"")]
    public Input<string> VerificationDeadline { get; init; } = null!;

    [Input(NameVi = "Hạn kết luận", NameEn = "Conclusion deadline", UIHint = UIHints.DeadlineRule, DefaultJson = "\"WorkingDays:5\"")]
    public Input<string> ConclusionDeadline { get; init; } = null!;

    [Output(NameVi = "Hồ sơ kiểm tra", NameEn = "Inspection record")]
    public Output<object> Record { get; init; } = null!;

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var targets = context.Get(Targets) ?? [];
        if (targets.Length == 0)
            throw new InvalidOperationException($"Activity '{context.Node.Id}' names no target unit.");
        context.Set(Record, new JsonObject
        {
            ["kind"] = context.Get(Kind),
            ["topic"] = context.Get(Topic),
            ["topicEn"] = UserTask.NullIfEmpty(context.Get(TopicEn)),
            ["targets"] = new JsonArray([.. targets.Select(t => (JsonNode)JsonValue.Create(t))]),
            ["stages"] = new JsonArray(),
        });
        Open(context, Decision, null);
        return ValueTask.CompletedTask;
    }

    public override ValueTask ResumeAsync(ActivityExecutionContext context, Bookmark bookmark, JsonNode? input)
    {
        var spec = HumanTaskSpec.FromJson(bookmark.Payload);
        var completion = ReadCompletion(context, bookmark, input);
        var record = (JsonObject)context.State.ActivityOutputs[context.Node.Id]["record"]!;
        ((JsonArray)record["stages"]!).Add(new JsonObject
        {
            ["stage"] = spec.Stage,
            ["unitId"] = spec.UnitId,
            ["action"] = completion.Action,
            ["by"] = completion.Actor,
            ["at"] = completion.CompletedAt?.ToString("O", CultureInfo.InvariantCulture),
            ["comment"] = completion.Comment,
            ["form"] = completion.Form?.DeepClone(),
        });

        switch (spec.Stage)
        {
            case Decision:
                foreach (var target in context.Get(Targets) ?? [])
                    Open(context, SelfReport, target);
                break;
            case SelfReport when !context.OpenBookmarks.Any(b => b.Name == HumanTaskSpec.BookmarkName):
                Open(context, Verification, null);
                break;
            case Verification:
                Open(context, Conclusion, null);
                break;
            case Conclusion:
                var result = completion.Form?["result"]?.GetValue<string>() ?? "None";
                record["result"] = result;
                record["findings"] = completion.Form?["findings"]?.DeepClone();
                context.Set(Record, record);
                context.Complete(result switch
                {
                    "Refer" => Referred,
                    "Raised" => FindingsRaised,
                    _ => NoFindings,
                });
                break;
        }
        return ValueTask.CompletedTask;
    }

    private void Open(ActivityExecutionContext context, string stage, string? unitId)
    {
        var topic = context.Get(Topic) ?? "";
        // The steps' English titles when the step gives its topic in English.
        var topicEn = context.Get(TopicEn);
        string? English(string frame) => UserTask.Framed(frame, topicEn);
        var spec = stage switch
        {
            Decision => new HumanTaskSpec
            {
                Title = $"Ban hành quyết định, kế hoạch kiểm tra: {topic}", TitleEn = English("Issue the inspection decision and plan"), Assignee = ReadJson<TaskAssignee>(context, TeamHead) ?? new(),
                DeadlineRule = context.Get(DecisionDeadline), Actions = ["Issue"],
                Form = [new FormField { Name = "decisionSymbol", LabelVi = "Số quyết định", LabelEn = "Decision number", Type = TaskForm.DocumentSymbol, DocTypeCode = "QĐ", MaxLength = DocumentSymbolLength }],
            },
            SelfReport => new HumanTaskSpec
            {
                Title = $"Báo cáo tự kiểm tra: {topic}", TitleEn = English("Self-inspection report"), Assignee = new TaskAssignee { Role = "FocalPoint", UnitId = unitId }, UnitId = unitId,
                DeadlineRule = context.Get(SelfReportDeadline), Actions = ["Submit"], Kind = "Report",
            },
            Verification => new HumanTaskSpec
            {
                Title = $"Thẩm tra, xác minh: {topic}", TitleEn = English("Verification"), Assignee = ReadJson<TaskAssignee>(context, TeamHead) ?? new(),
                DeadlineRule = context.Get(VerificationDeadline), Actions = ["Done"],
            },
            _ => new HumanTaskSpec
            {
                Title = $"Kết luận kiểm tra: {topic}", TitleEn = English("Inspection conclusion"), Assignee = ReadJson<TaskAssignee>(context, Leader) ?? new(),
                DeadlineRule = context.Get(ConclusionDeadline), Actions = ["Issue"],
                Form =
                [
                    new FormField { Name = "result", LabelVi = "Kết quả", LabelEn = "Result", Type = "select", Required = true, Options = ["None", "Raised", "Refer"],
                        OptionLabels = new Dictionary<string, FormOptionLabel>
                        {
                            ["None"] = new("Không phát hiện khuyết điểm, vi phạm", "No findings"),
                            ["Raised"] = new("Có khuyết điểm, vi phạm phải khắc phục", "Findings to remedy"),
                            ["Refer"] = new("Chuyển Ủy ban Kiểm tra", "Refer to the Inspection Commission"),
                        } },
                    new FormField { Name = "findings", LabelVi = "Ưu điểm, hạn chế, kiến nghị", LabelEn = "Findings", Type = "multiline" },
                ],
            },
        };
        OpenTask(context, spec with { Kind = spec.Kind == "UserTask" ? "Inspection" : spec.Kind, Stage = stage });
    }
}

[ActivityType(TypeKey, Category = "Supervision", Kind = ActivityKind.Blocking, NameVi = "Khắc phục", NameEn = "Remediate", Icon = "wrench",
    DescriptionVi = "Theo dõi từng việc khắc phục: đơn vị báo cáo, chuyên viên xác nhận hoặc yêu cầu làm lại; xong khi mọi việc được xác nhận.",
    DescriptionEn = "Follows each remediation action: the unit reports, a specialist verifies or sends it back; done when every action is verified.")]
public sealed class Remediate : HumanTaskActivity
{
    public const string TypeKey = "Supervision.Remediate";

    [Input(NameVi = "Các việc khắc phục", NameEn = "Remediation actions", UIHint = UIHints.Json, Required = true,
        DescriptionVi = "[{\"action\": \"...\", \"actionEn\": \"... (tiếng Anh, tùy chọn)\", \"unitId\": \"...\", \"deadline\": \"WorkingDays:15\"}]",
        DescriptionEn = "[{\"action\": \"...\", \"actionEn\": \"... (English, optional)\", \"unitId\": \"...\", \"deadline\": \"WorkingDays:15\"}]")]
    public Input<object> Actions { get; init; } = null!;

    [Input(NameVi = "Người xác nhận", NameEn = "Verifier", UIHint = UIHints.RolePicker, Required = true)]
    public Input<object> Verifier { get; init; } = null!;

    [Output(NameVi = "Kết quả", NameEn = "Results")]
    public Output<object> Results { get; init; } = null!;

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var actions = ReadJson<List<RemediationItem>>(context, Actions) ?? [];
        if (actions.Count == 0)
        {
            context.Set(Results, new JsonArray());
            context.Complete();
            return ValueTask.CompletedTask;
        }
        context.Set(Results, new JsonArray([.. actions.Select((a, i) => (JsonNode)new JsonObject { ["index"] = i, ["action"] = a.Action, ["unitId"] = a.UnitId, ["status"] = "Open" })]));
        for (var i = 0; i < actions.Count; i++)
            OpenReport(context, i, actions[i], null);
        return ValueTask.CompletedTask;
    }

    public override ValueTask ResumeAsync(ActivityExecutionContext context, Bookmark bookmark, JsonNode? input)
    {
        var spec = HumanTaskSpec.FromJson(bookmark.Payload);
        var completion = ReadCompletion(context, bookmark, input);
        var index = spec.Data!["index"]!.GetValue<int>();
        var item = new RemediationItem(spec.Data["action"]!.GetValue<string>(), spec.UnitId ?? "", null, spec.Data["actionEn"]?.GetValue<string>());
        var results = (JsonArray)context.State.ActivityOutputs[context.Node.Id]["results"]!;
        var entry = (JsonObject)results[index]!;
        if (spec.Stage == "Report")
        {
            entry["status"] = "Reported";
            entry["reportedAt"] = completion.CompletedAt?.ToString("O", CultureInfo.InvariantCulture);
            OpenTask(context, new HumanTaskSpec
            {
                Kind = "Remediation", Stage = "Verify", Title = $"Xác nhận khắc phục: {item.Action}", TitleEn = UserTask.Framed("Verify the remediation", item.ActionEn), Assignee = ReadJson<TaskAssignee>(context, Verifier) ?? new(),
                UnitId = item.UnitId, DeadlineRule = "WorkingDays:5", Actions = ["Verify", "Reject"], CommentRequiredFor = ["Reject"], Data = spec.Data.DeepClone().AsObject(),
            });
        }
        else if (completion.Action == "Reject")
        {
            entry["status"] = "Open";
            entry["rejections"] = (entry["rejections"]?.GetValue<int>() ?? 0) + 1;
            OpenReport(context, index, item, spec.Data["dueOn"]?.GetValue<string>());
        }
        else
        {
            entry["status"] = "Verified";
            entry["verifiedAt"] = completion.CompletedAt?.ToString("O", CultureInfo.InvariantCulture);
            entry["verifiedBy"] = completion.Actor;
        }
        if (!context.OpenBookmarks.Any())
            context.Complete();
        return ValueTask.CompletedTask;
    }

    private static void OpenReport(ActivityExecutionContext context, int index, RemediationItem item, string? dueOn)
    {
        var due = dueOn is not null ? DateOnly.Parse(dueOn, CultureInfo.InvariantCulture) : DueOn(context, item.Deadline ?? "WorkingDays:15");
        OpenTask(context, new HumanTaskSpec
        {
            Kind = "Remediation", Stage = "Report", Title = $"Báo cáo khắc phục: {item.Action}", TitleEn = UserTask.Framed("Remediation report", item.ActionEn),
            Assignee = new TaskAssignee { Role = "FocalPoint", UnitId = item.UnitId }, UnitId = item.UnitId, DueOn = due, Actions = ["Report"],
            Data = new JsonObject
            {
                ["index"] = index, ["action"] = item.Action, ["actionEn"] = UserTask.NullIfEmpty(item.ActionEn), ["dueOn"] = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            },
        });
    }

    /// <summary>A fix to make: what (in Vietnamese, and in English when given), by which unit, by when.</summary>
    private sealed record RemediationItem(string Action, string UnitId, string? Deadline, string? ActionEn = null);
}
