using Microsoft.EntityFrameworkCore;
using Supervision.Api.Features.Common;
using Supervision.Api.Features.Dashboard;
using Supervision.Api.Security;
using Supervision.Domain.Planning;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Persistence.Domain;
using Supervision.Workflows.Runtime;

namespace Supervision.Api.Features.Plans;

/// <summary>
/// A plan as clients see it. <paramref name="Id"/> is the plan key the workflow's steps name and the tasks carry
/// (<c>KH-KG-2026</c>). A key that no plan row records (its steps name a plan the engine could not record) has no
/// title, owner, period or status of its own.
/// </summary>
/// <param name="DocumentId">The KH document that issued the plan, when its workflow gave the number.</param>
/// <param name="Tasks">The plan's tasks counted as the dashboard counts them (the caller's units only, for an officer).</param>
public sealed record PlanSummary(
    string Id,
    string Title,
    UnitRef? Owner,
    int? Year,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd,
    string? Status,
    DateTimeOffset? ActivatedAt,
    DateTimeOffset? ClosedAt,
    string? InstanceId,
    Guid? DocumentId,
    StatisticsRow Tasks);

/// <summary>A workflow instance that carries out part of a plan.</summary>
/// <param name="DefinitionName">The name of the definition version it runs, when it has one.</param>
public sealed record PlanInstance(string Id, string DefinitionId, int DefinitionVersion, string Status, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt,
    string? DefinitionName);

/// <summary>One plan with its figures per unit and the workflow instances that run it.</summary>
public sealed record PlanDetail(PlanSummary Plan, IReadOnlyList<StatisticsRow> Units, IReadOnlyList<PlanInstance> Instances);

/// <summary>A plan row with the key its workflow recorded it under and the instance that recorded it.</summary>
public sealed record RecordedPlan(Plan Plan, string Key, string? InstanceId)
{
    public string Title(bool english) => english ? Plan.TitleEn ?? Plan.TitleVi : Plan.TitleVi;
}

internal static class PlanViews
{
    public static readonly string[] Statuses = Enum.GetNames<PlanStatus>();

    /// <summary>Every plan row by its key: the key its workflow recorded it under, or its id. Plans are few (one per board and year).</summary>
    public static async Task<Dictionary<string, RecordedPlan>> RecordedAsync(SupervisionDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.Plans.AsNoTracking()
            .Select(p => new { Plan = p, InstanceId = EF.Property<string?>(p, ProjectionColumns.WorkflowInstanceId), EventKey = EF.Property<string?>(p, ProjectionColumns.WorkflowEventKey) })
            .ToListAsync(cancellationToken);
        var plans = new Dictionary<string, RecordedPlan>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var key = DomainProjector.PlanKey(row.EventKey) ?? row.Plan.Id.ToString();
            plans[key] = new RecordedPlan(row.Plan, key, row.InstanceId);
        }
        return plans;
    }

    /// <summary>The key of a plan row's id, as tasks and clients name it.</summary>
    public static string? KeyOf(Guid? planId, IReadOnlyDictionary<Guid, string> keys) =>
        planId is { } id ? keys.GetValueOrDefault(id) ?? id.ToString() : null;

    public static PlanSummary Summary(string key, RecordedPlan? recorded, StatisticsRow? tasks, bool english, DbOrgDirectory directory)
    {
        var title = recorded?.Title(english) ?? key;
        var figures = (tasks ?? new StatisticsRow(key, title, 0, 0, 0, 0, 0, 0, 0, 0, null)) with { Key = key, Name = title };
        var plan = recorded?.Plan;
        return new PlanSummary(key, title, plan is null ? null : UnitRef.Of(plan.OwnerOrgUnitId, directory), plan?.Year, plan?.PeriodStart, plan?.PeriodEnd,
            plan?.Status.ToString(), plan?.ActivatedAt, plan?.ClosedAt, recorded?.InstanceId, plan?.DocumentId, figures);
    }

    /// <summary>Whether the plan's owner is one of the units (null: any unit).</summary>
    public static bool OwnedWithin(RecordedPlan? plan, IReadOnlyCollection<Guid>? units) =>
        plan is not null && (units is null || units.Contains(plan.Plan.OwnerOrgUnitId));
}
