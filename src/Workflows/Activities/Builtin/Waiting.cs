using System.Text.Json.Nodes;
using Supervision.Workflows.Definitions;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Timing;

namespace Supervision.Workflows.Activities.Builtin;

/// <summary>Shared behaviour of the timer activities: block on a bookmark due at a time, complete when it fires.</summary>
public abstract class TimerActivity : WorkflowActivity
{
    protected static void WaitUntil(ActivityExecutionContext context, DateTimeOffset dueAt)
    {
        if (dueAt <= context.Now)
        {
            context.Complete();
            return;
        }
        context.CreateBookmark(context.Node.TypeName, stimulus: null, dueAt: dueAt);
    }

    public override ValueTask ResumeAsync(ActivityExecutionContext context, Bookmark bookmark, JsonNode? input)
    {
        context.Journal(JournalEvents.TimerFired, bookmark.DueAt?.ToString("O"));
        context.Complete();
        return ValueTask.CompletedTask;
    }
}

[ActivityType(TypeKey, Category = "Scheduling", Kind = ActivityKind.Blocking, NameVi = "Trì hoãn", NameEn = "Delay", Icon = "hourglass",
    DescriptionVi = "Chờ một khoảng thời gian rồi tiếp tục.", DescriptionEn = "Waits for a span of time, then continues.")]
public sealed class Delay : TimerActivity
{
    public const string TypeKey = "Elsa.Delay";

    [Input(NameVi = "Thời lượng", NameEn = "Time span", UIHint = UIHints.Duration, DefaultJson = "\"00:01:00\"")]
    public Input<TimeSpan> TimeSpan { get; init; } = null!;

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        WaitUntil(context, context.Now + context.Get(TimeSpan));
        return ValueTask.CompletedTask;
    }
}

[ActivityType(TypeKey, Category = "Scheduling", Kind = ActivityKind.Blocking, NameVi = "Chờ đến thời điểm", NameEn = "Start at", Icon = "calendar-clock",
    DescriptionVi = "Chờ đến một thời điểm rồi tiếp tục (tiếp tục ngay nếu đã qua).", DescriptionEn = "Waits until a moment, then continues (at once if it has passed).")]
public sealed class StartAt : TimerActivity
{
    public const string TypeKey = "Elsa.StartAt";

    [Input(NameVi = "Thời điểm", NameEn = "Date and time", UIHint = UIHints.DateTime, Required = true)]
    public Input<DateTimeOffset> DateTime { get; init; } = null!;

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        WaitUntil(context, context.Get(DateTime));
        return ValueTask.CompletedTask;
    }
}

[ActivityType(TypeKey, Category = "Scheduling", Kind = ActivityKind.Trigger, NameVi = "Định kỳ", NameEn = "Timer", Icon = "repeat",
    DescriptionVi = "Khởi động quy trình theo chu kỳ; trong luồng thì chờ một chu kỳ.", DescriptionEn = "Starts the workflow at an interval; inside a flow, waits one interval.")]
public sealed class Timer : TimerActivity
{
    public const string TypeKey = "Elsa.Timer";

    [Input(NameVi = "Chu kỳ", NameEn = "Interval", UIHint = UIHints.Duration, DefaultJson = "\"01:00:00\"")]
    public Input<TimeSpan> Interval { get; init; } = null!;

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        if (context.IsTriggerOfWorkflow)
        {
            context.Complete();
            return ValueTask.CompletedTask;
        }
        WaitUntil(context, context.Now + context.Get(Interval));
        return ValueTask.CompletedTask;
    }

    public override TriggerStimulus? GetTriggerStimulus(ActivityNode node) =>
        LiteralInputs.Read(node, "interval") is JsonValue v ? new TriggerStimulus(TypeKey, new JsonObject { ["interval"] = v.DeepClone() }) : null;
}

[ActivityType(TypeKey, Category = "Scheduling", Kind = ActivityKind.Trigger, NameVi = "Lịch cron", NameEn = "Cron", Icon = "clock",
    DescriptionVi = "Khởi động quy trình theo biểu thức cron (giờ Việt Nam); trong luồng thì chờ lần kế tiếp.",
    DescriptionEn = "Starts the workflow on a cron schedule (Vietnam time); inside a flow, waits for the next occurrence.")]
public sealed class Cron : TimerActivity
{
    public const string TypeKey = "Elsa.Cron";

    [Input(NameVi = "Biểu thức cron", NameEn = "Cron expression", UIHint = UIHints.Cron, Required = true,
        DescriptionVi = "Sáu trường, giây đứng đầu (ví dụ 0 0 8 * * MON-FRI).", DescriptionEn = "Six fields, seconds first (e.g. 0 0 8 * * MON-FRI).")]
    public Input<string> CronExpression { get; init; } = null!;

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        if (context.IsTriggerOfWorkflow)
        {
            context.Complete();
            return ValueTask.CompletedTask;
        }
        var expression = context.Get(CronExpression) ?? "";
        var next = CronSchedule.Next(expression, context.Now)
            ?? throw new InvalidOperationException($"Cron expression '{expression}' has no future occurrence.");
        WaitUntil(context, next);
        return ValueTask.CompletedTask;
    }

    public override IEnumerable<NodeProblem> Validate(ActivityNode node)
    {
        if (LiteralInputs.Read(node, "cronExpression") is JsonValue v && v.TryGetValue<string>(out var expression)
            && !CronSchedule.TryParse(expression, out _, out var error))
            yield return new NodeProblem("cronExpression", error!);
    }

    public override TriggerStimulus? GetTriggerStimulus(ActivityNode node) =>
        LiteralInputs.Read(node, "cronExpression") is JsonValue v && v.TryGetValue<string>(out var s)
            ? new TriggerStimulus(TypeKey, new JsonObject { ["cronExpression"] = s })
            : null;
}

[ActivityType(TypeKey, Category = "Events", Kind = ActivityKind.Trigger, NameVi = "Sự kiện", NameEn = "Event", Icon = "bolt",
    DescriptionVi = "Chờ một sự kiện theo tên (hoặc khởi động quy trình khi sự kiện xảy ra).",
    DescriptionEn = "Waits for a named event (or starts the workflow when it occurs).")]
public sealed class Event : WorkflowActivity
{
    public const string TypeKey = "Elsa.Event";

    [Input(NameVi = "Tên sự kiện", NameEn = "Event name", Required = true)]
    public Input<string> EventName { get; init; } = null!;

    [Output(NameVi = "Dữ liệu sự kiện", NameEn = "Event payload")]
    public Output<object> Result { get; init; } = null!;

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        if (context.IsTriggerOfWorkflow)
        {
            context.Set(Result, context.State.Input.GetValueOrDefault("eventPayload"));
            context.Complete();
            return ValueTask.CompletedTask;
        }
        context.CreateBookmark(TypeKey, Stimulus(context.Get(EventName) ?? ""));
        return ValueTask.CompletedTask;
    }

    public override ValueTask ResumeAsync(ActivityExecutionContext context, Bookmark bookmark, JsonNode? input)
    {
        context.Set(Result, input?.DeepClone());
        context.Complete();
        return ValueTask.CompletedTask;
    }

    public static JsonObject Stimulus(string eventName) => new() { ["eventName"] = eventName };

    public override TriggerStimulus? GetTriggerStimulus(ActivityNode node) =>
        LiteralInputs.Read(node, "eventName") is JsonValue v && v.TryGetValue<string>(out var s) ? new TriggerStimulus(TypeKey, Stimulus(s)) : null;
}

[ActivityType(TypeKey, Category = "Events", Kind = ActivityKind.Blocking, NameVi = "Giao việc ra ngoài", NameEn = "Run task", Icon = "send",
    DescriptionVi = "Yêu cầu một tác vụ bên ngoài và chờ kết quả gửi về qua API.",
    DescriptionEn = "Requests an external task and waits for its result to come back through the API.")]
public sealed class RunTask : WorkflowActivity
{
    public const string TypeKey = "Elsa.RunTask";

    [Input(NameVi = "Tên tác vụ", NameEn = "Task name", Required = true)]
    public Input<string> TaskName { get; init; } = null!;

    [Input(NameVi = "Dữ liệu gửi kèm", NameEn = "Payload", UIHint = UIHints.Json)]
    public Input<object> Payload { get; init; } = null!;

    [Output(NameVi = "Kết quả", NameEn = "Result")]
    public Output<object> Result { get; init; } = null!;

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var taskName = context.Get(TaskName) ?? "";
        var payload = new JsonObject
        {
            ["taskName"] = taskName,
            ["payload"] = Expressions.ValueConverter.ToJson(context.Get(Payload)),
        };
        context.CreateBookmark(TypeKey, Stimulus(taskName), payload: payload);
        return ValueTask.CompletedTask;
    }

    public override ValueTask ResumeAsync(ActivityExecutionContext context, Bookmark bookmark, JsonNode? input)
    {
        context.Set(Result, input?.DeepClone());
        context.Complete();
        return ValueTask.CompletedTask;
    }

    public static JsonObject Stimulus(string taskName) => new() { ["taskName"] = taskName };
}
