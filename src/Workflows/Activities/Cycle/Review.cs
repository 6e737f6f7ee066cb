using System.Globalization;
using System.Text.Json.Nodes;
using Supervision.Domain.Calendar;
using Supervision.Domain.Common;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Human;

namespace Supervision.Workflows.Activities.Cycle;

[ActivityType(TypeKey, Category = "Supervision", NameVi = "Sơ kết / tổng kết", NameEn = "Review", Icon = "chart-bar",
    DescriptionVi = "Thống kê nhiệm vụ trong kỳ theo đơn vị: được giao, đúng hạn, trễ hạn, quá hạn chưa xong; tạo số liệu cho báo cáo sơ kết hoặc tổng kết.",
    DescriptionEn = "Counts the period's tasks per unit: assigned, done on time, done late, open overdue; produces the data of an interim or final review report.")]
public sealed class Review : WorkflowActivity
{
    public const string TypeKey = "Supervision.Review";

    [Input(NameVi = "Loại", NameEn = "Kind", UIHint = UIHints.DropDown, Options = ["Interim", "Final"], DefaultJson = "\"Interim\"")]
    public Input<string> Kind { get; init; } = null!;

    [Input(NameVi = "Từ ngày", NameEn = "Period from", UIHint = UIHints.Date)]
    public Input<DateOnly?> PeriodFrom { get; init; } = null!;

    [Input(NameVi = "Đến ngày", NameEn = "Period to", UIHint = UIHints.Date)]
    public Input<DateOnly?> PeriodTo { get; init; } = null!;

    [Output(NameVi = "Số liệu", NameEn = "Report data")]
    public Output<object> Report { get; init; } = null!;

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var from = context.Get(PeriodFrom) ?? DateOnly.MinValue;
        var to = context.Get(PeriodTo) ?? DateOnly.MaxValue;
        var now = context.Now;
        var rows = Collect(context.State, from, to, now)
            .GroupBy(r => r.UnitId)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new TaskCounts(g.Key, g.Count(), g.Count(r => r.State == DeadlineState.DoneOnTime), g.Count(r => r.State == DeadlineState.DoneLate),
                g.Count(r => r.State == DeadlineState.OverdueOpen)))
            .ToList();
        var report = new JsonObject
        {
            ["kind"] = context.Get(Kind) ?? "Interim",
            ["from"] = from == DateOnly.MinValue ? null : from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = to == DateOnly.MaxValue ? null : to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["asOf"] = now.ToString("O", CultureInfo.InvariantCulture),
            ["units"] = new JsonArray([.. rows.Select(r => (JsonNode)r.ToJson())]),
            ["totals"] = new TaskCounts("*", rows.Sum(r => r.Assigned), rows.Sum(r => r.DoneOnTime), rows.Sum(r => r.DoneLate), rows.Sum(r => r.OpenOverdue)).ToJson(),
        };
        context.Set(Report, report);
        context.Complete();
        return ValueTask.CompletedTask;
    }

    /// <summary>Every unit task of the instance, finished (from the activities' results) or open (from its bookmarks).</summary>
    internal static IEnumerable<(string UnitId, DeadlineState State)> Collect(WorkflowState state, DateOnly from, DateOnly to, DateTimeOffset now)
    {
        var today = WorkCalendar.ToLocalDate(now);
        foreach (var outputs in state.ActivityOutputs.Values)
        {
            if (outputs.GetValueOrDefault(MultiUnitTaskActivity.ResultsOutput) is not JsonObject results)
                continue;
            foreach (var (unitId, node) in results)
            {
                if (node is not JsonObject entry || entry["completedAt"] is null)
                    continue;
                var due = entry["dueOn"] is JsonValue d ? DateOnly.Parse(d.GetValue<string>(), CultureInfo.InvariantCulture) : (DateOnly?)null;
                if (due is { } dueOn && (dueOn < from || dueOn > to))
                    continue;
                yield return (unitId, entry["onTime"]?.GetValue<bool>() == false ? DeadlineState.DoneLate : DeadlineState.DoneOnTime);
            }
        }
        foreach (var bookmark in state.Bookmarks.Where(b => b.Name == HumanTaskSpec.BookmarkName))
        {
            var task = HumanTaskSpec.FromJson(bookmark.Payload);
            if (task.UnitId is null || task.Kind is not ("WorkTask" or "Report") || task.Stage == "Review")
                continue;
            if (task.DueOn is { } dueOn && (dueOn < from || dueOn > to))
                continue;
            yield return (task.UnitId, task.DueOn is { } due && due < today ? DeadlineState.OverdueOpen : DeadlineState.OnTrack);
        }
        // Work handed in and waiting for review counts by when it was handed in.
        foreach (var bookmark in state.Bookmarks.Where(b => b.Name == HumanTaskSpec.BookmarkName))
        {
            var task = HumanTaskSpec.FromJson(bookmark.Payload);
            if (task.Stage != "Review" || task.UnitId is null || task.Data?["workDueOn"] is not JsonValue workDue)
                continue;
            var dueOn = DateOnly.Parse(workDue.GetValue<string>(), CultureInfo.InvariantCulture);
            if (dueOn < from || dueOn > to)
                continue;
            var submittedAt = task.Data["submission"]?["completedAt"] is JsonValue at ? DateTimeOffset.Parse(at.GetValue<string>(), CultureInfo.InvariantCulture) : now;
            yield return (task.UnitId, VietnamTime.IsOnTime(submittedAt, dueOn) ? DeadlineState.DoneOnTime : DeadlineState.DoneLate);
        }
    }

    private sealed record TaskCounts(string UnitId, int Assigned, int DoneOnTime, int DoneLate, int OpenOverdue)
    {
        public JsonObject ToJson() => new()
        {
            ["unitId"] = UnitId,
            ["assigned"] = Assigned,
            ["doneOnTime"] = DoneOnTime,
            ["doneLate"] = DoneLate,
            ["openOverdue"] = OpenOverdue,
            ["open"] = Assigned - DoneOnTime - DoneLate - OpenOverdue,
            ["onTimeRate"] = Assigned == 0 ? 1.0 : Math.Round((double)DoneOnTime / Assigned, 4),
        };
    }
}
