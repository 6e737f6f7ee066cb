using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Calendar;
using Supervision.Workflows.Human;
using Supervision.Workflows.Persistence;

namespace Supervision.Workflows.Scheduling;

/// <summary>A task as reminders and escalations talk about it: its assignee, its unit and the template data.</summary>
internal sealed class TaskContext
{
    private const int MaxUnitDepth = 12;

    private TaskContext(TaskRecord task, HumanTaskSpec spec, OrgUnitRecord? unit, string? baseUrl)
    {
        Task = task;
        Spec = spec;
        Unit = unit;
        BaseUrl = baseUrl;
    }

    public TaskRecord Task { get; }
    public HumanTaskSpec Spec { get; }
    public OrgUnitRecord? Unit { get; }
    public string? BaseUrl { get; }

    /// <summary>The unit whose work the task is.</summary>
    public string? UnitId => Task.UnitId ?? Spec.UnitId ?? Spec.Assignee.UnitId;

    public IReadOnlyList<string> AssigneeUsers => Spec.Assignee.UserName is { Length: > 0 } user ? [user] : [];

    public static async Task<TaskContext> LoadAsync(SupervisionDbContext db, TaskRecord task, HumanTaskSpec spec, string? baseUrl, CancellationToken cancellationToken)
    {
        var unitId = task.UnitId ?? spec.UnitId ?? spec.Assignee.UnitId;
        var unit = unitId is null ? null : await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, cancellationToken);
        return new TaskContext(task, spec, unit, baseUrl);
    }

    /// <summary>The people the task is given to.</summary>
    public Audience Assignee(string channel) => TaskAssignmentNotifier.AssigneeAudience(Spec with { UnitId = UnitId }, channel);

    /// <summary>The data of the reminder and escalation templates.</summary>
    public JsonObject Model(int workingDays) => new()
    {
        ["task"] = TaskModel(),
        ["workingDays"] = workingDays,
    };

    /// <summary>The data of an urge notice issued by an escalation.</summary>
    public JsonObject UrgeModel(int level, DateTimeOffset now) => new()
    {
        ["level"] = level,
        ["issuedAt"] = now.ToString("O", CultureInfo.InvariantCulture),
        ["body"] = "Đề nghị đơn vị khẩn trương hoàn thành nhiệm vụ đã quá hạn dưới đây.",
        ["bodyEn"] = "Please complete the overdue task below without delay.",
        ["task"] = TaskModel(),
        ["units"] = new JsonArray(UnitId is null ? [] : [(JsonNode)JsonValue.Create(UnitId)]),
        ["tasks"] = new JsonArray(new JsonObject
        {
            ["taskId"] = Task.Id,
            ["unitId"] = UnitId,
            ["title"] = Spec.Title,
            ["dueOn"] = DueText,
        }),
    };

    private string? DueText => (Task.DueOn ?? Spec.DueOn)?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private JsonObject TaskModel() => new()
    {
        ["id"] = Task.Id,
        ["title"] = Spec.Title,
        ["dueOn"] = DueText,
        ["unitId"] = UnitId,
        ["unitName"] = Unit?.NameVi ?? UnitId,
        ["unitNameEn"] = Unit?.NameEn ?? Unit?.NameVi ?? UnitId,
        ["url"] = BaseUrl is { Length: > 0 } b ? $"{b.TrimEnd('/')}/tasks/{Task.Id}" : null,
    };

    /// <summary>
    /// The unit where someone holds <paramref name="role"/> today: the task's unit, else the nearest unit above it
    /// (a section head sits in the section, the board's leaders in the board). Null when nobody holds it.
    /// </summary>
    public async Task<string?> UnitHoldingAsync(SupervisionDbContext db, string role, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = WorkCalendar.ToLocalDate(now);
        var unitId = UnitId;
        for (var depth = 0; unitId is not null && depth < MaxUnitDepth; depth++)
        {
            var current = unitId;
            if (await db.RoleAssignments.AsNoTracking().AnyAsync(r => r.UnitId == current && r.Role == role
                    && r.ValidFrom <= today && (r.ValidTo == null || r.ValidTo >= today), cancellationToken))
                return current;
            unitId = await db.OrgUnits.AsNoTracking().Where(u => u.Id == current).Select(u => u.ParentId).FirstOrDefaultAsync(cancellationToken);
        }
        return null;
    }
}
