using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Domain.Documents;
using Supervision.Domain.Evaluations;
using Supervision.Domain.Inspections;
using Supervision.Domain.Planning;
using Supervision.Domain.Urging;
using Supervision.Runtime.Tests.Support;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Persistence.Domain;
using Supervision.Workflows.Runtime;
using static Supervision.Runtime.Tests.Support.DefinitionBuilder;

namespace Supervision.Runtime.Tests.Domain;

/// <summary>Small definitions run through the runtime; what their activities did is asserted as domain rows.</summary>
public abstract class DomainProjectionScenarios(TestDatabase database)
{
    protected TestDatabase Database { get; } = database;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string NewId(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..8];

    private static readonly Guid Health = DomainKeys.OrgUnit("DU-SYT");
    private static readonly Guid Education = DomainKeys.OrgUnit("DU-SGDDT");

    /// <summary>A users row, so that the actor of that name maps to its id.</summary>
    private static async Task<Guid> AddUserAsync(RuntimeHost host, string userName, string unitId)
    {
        await using var db = host.CreateDbContext();
        var existing = await db.Users.FirstOrDefaultAsync(u => u.UserName == userName, Ct);
        if (existing is null)
        {
            existing = new UserRecord { Id = Guid.NewGuid().ToString("N"), UserName = userName, DisplayName = userName, UnitId = unitId, CreatedAt = RuntimeHost.Epoch };
            db.Users.Add(existing);
            await db.SaveChangesAsync(Ct);
        }
        return DomainKeys.User(existing.Id);
    }

    private static async Task<string> OpenTaskAsync(RuntimeHost host, string instanceId, string? unitId, string? stage = null)
    {
        await using var db = host.CreateDbContext();
        var open = await db.Tasks.Where(t => t.InstanceId == instanceId && t.Status == TaskStatuses.Open).ToListAsync(Ct);
        return open.Single(t => (unitId is null || t.UnitId == unitId) && (stage is null || t.Stage == stage)).Id;
    }

    private static Task<WorkflowRunResult> CompleteAsync(RuntimeHost host, string taskId, string json, string actor) =>
        host.Runtime.ResumeAsync(taskId, JsonNode.Parse(json), actor, Ct);

    [Fact]
    public async Task SubmitReport_RecordsAnObligation_AndOneSubmissionPerUnit_OneOfThemLate()
    {
        await using var host = Database.CreateHost();
        var officer = await AddUserAsync(host, "officer1", "DU-SYT");
        var definitionId = NewId("report");
        await host.PublishAsync(new DefinitionBuilder(definitionId)
            .Activity("report", "Supervision.SubmitReport", new JsonObject
            {
                ["title"] = Lit("Báo cáo quý IV"),
                ["units"] = Obj("""["DU-SYT", "DU-SGDDT"]""", "String[]"),
                ["dueDate"] = Lit("2026-02-12", "DateOnly"),
                ["reportKind"] = Lit("Quarterly"),
                ["dataFrom"] = Lit("2025-10-01", "DateOnly"),
                ["dataTo"] = Lit("2025-12-31", "DateOnly"),
                ["reviewer"] = Obj("""{"role": "Specialist", "unitId": "BTGDV-KG"}"""),
            }));
        var started = await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = definitionId, Actor = "supervisor" }, Ct);
        var instanceId = started.InstanceId;

        await using (var db = host.CreateDbContext())
        {
            var obligation = await db.ReportingObligations.SingleAsync(o => EF.Property<string>(o, "WorkflowInstanceId") == instanceId, Ct);
            (obligation.Kind, obligation.TitleVi, obligation.DataFrom, obligation.DataTo, obligation.DueOn, obligation.RecipientOrgUnitId).ShouldBe(
                (ReportKind.Quarterly, "Báo cáo quý IV", new DateOnly(2025, 10, 1), new DateOnly(2025, 12, 31), new DateOnly(2026, 2, 12), DomainKeys.OrgUnit("BTGDV-KG")));
            obligation.RequiredFromOrgUnitIds.ShouldBe([Health, Education], ignoreOrder: true);
        }

        // DU-SYT hands in on 11/2; DU-SGDDT on 13/2, after its due day (12/2, Hà Nội time).
        host.Clock.Advance(TimeSpan.FromDays(1));
        await CompleteAsync(host, await OpenTaskAsync(host, instanceId, "DU-SYT"), """{"action": "Submit"}""", "officer1");
        host.Clock.Advance(TimeSpan.FromDays(2));
        await CompleteAsync(host, await OpenTaskAsync(host, instanceId, "DU-SGDDT"), """{"action": "Submit"}""", "officer2");

        await using (var db = host.CreateDbContext())
        {
            var rows = await db.ReportSubmissions.OrderBy(s => s.IsLate)
                .Where(s => EF.Property<string>(s, "WorkflowInstanceId") == instanceId).ToListAsync(Ct);
            rows.Count.ShouldBe(2);
            rows.Select(s => (s.SubmitterOrgUnitId, s.Status, s.IsLate)).ShouldBe(
                [(Health, ReportSubmissionStatus.Submitted, false), (Education, ReportSubmissionStatus.Late, true)]);
            rows[0].SubmittedByUserId.ShouldBe(officer);
            rows[1].SubmittedByUserId.ShouldBe(DomainKeys.Actor("officer2"));
            rows[0].DueOn.ShouldBe(new DateOnly(2026, 2, 12));
        }

        // The reviewer accepts one and returns the other, which comes back and is accepted: still late.
        await CompleteAsync(host, await OpenTaskAsync(host, instanceId, "DU-SYT", "Review"), """{"action": "Approve"}""", "supervisor");
        await CompleteAsync(host, await OpenTaskAsync(host, instanceId, "DU-SGDDT", "Review"), """{"action": "Return", "comment": "Bổ sung số liệu"}""", "supervisor");
        await using (var db = host.CreateDbContext())
        {
            var returned = await db.ReportSubmissions.SingleAsync(s => s.SubmitterOrgUnitId == Education && EF.Property<string>(s, "WorkflowInstanceId") == instanceId, Ct);
            (returned.Status, returned.ReturnCount, returned.ReviewNotes).ShouldBe((ReportSubmissionStatus.Returned, 1, "Bổ sung số liệu"));
        }
        await CompleteAsync(host, await OpenTaskAsync(host, instanceId, "DU-SGDDT", "Work"), """{"action": "Submit"}""", "officer2");
        var done = await CompleteAsync(host, await OpenTaskAsync(host, instanceId, "DU-SGDDT", "Review"), """{"action": "Approve"}""", "supervisor");

        done.Status.ShouldBe(WorkflowStatus.Finished);
        await using (var db = host.CreateDbContext())
        {
            var rows = await db.ReportSubmissions.OrderBy(s => s.IsLate)
                .Where(s => EF.Property<string>(s, "WorkflowInstanceId") == instanceId).ToListAsync(Ct);
            rows.Select(s => (s.Status, s.IsLate, s.ReturnCount)).ShouldBe([(ReportSubmissionStatus.Accepted, false, 0), (ReportSubmissionStatus.Accepted, true, 1)]);
            (await db.ReportingObligations.CountAsync(o => EF.Property<string>(o, "WorkflowInstanceId") == instanceId, Ct)).ShouldBe(1);
        }
    }

    [Fact]
    public async Task AssignTasks_NamingAPlan_RecordsThePlanOnce_AndClosesItWhenItsInstanceFinishes()
    {
        await using var host = Database.CreateHost();
        // The year the key names is the plan's year, whatever year the work is due in.
        var planKey = "KH-KG-2027-" + new string(Guid.NewGuid().ToString("N")[..8].Select(c => (char)('a' + (c % 16))).ToArray());
        var definitionId = NewId("plan");
        await host.PublishAsync(new DefinitionBuilder(definitionId)
            .Activity("assign", "Supervision.AssignTasks", new JsonObject
            {
                ["title"] = Lit("Triển khai nhiệm vụ"),
                ["units"] = Obj("""["DU-SYT", "DU-SGDDT"]""", "String[]"),
                ["dueDate"] = Lit("2026-12-21", "DateOnly"),
                ["guidance"] = Lit("Kế hoạch công tác khoa giáo năm 2027"),
                ["guidanceEn"] = Lit("Science and education work plan 2027"),
                ["reviewer"] = Obj("""{"role": "Specialist", "unitId": "BTGDV-KG"}"""),
                ["plan"] = Lit(planKey),
            }));
        var first = await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = definitionId, Actor = "supervisor" }, Ct);

        await using (var db = host.CreateDbContext())
        {
            var plan = await db.Plans.SingleAsync(p => p.Id == DomainKeys.Plan(planKey), Ct);
            (plan.TitleVi, plan.OwnerOrgUnitId, plan.Year, plan.PeriodStart, plan.PeriodEnd, plan.Status).ShouldBe(
                ("Kế hoạch công tác khoa giáo năm 2027", DomainKeys.OrgUnit("BTGDV-KG"), (int?)2027, new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31), PlanStatus.Active));
            plan.TitleEn.ShouldBe("Science and education work plan 2027");
            DomainProjector.PlanKey(db.Entry(plan).Property<string?>(DomainMapping.WorkflowEventKey).CurrentValue).ShouldBe(planKey);
            (await db.Tasks.Where(t => t.InstanceId == first.InstanceId).Select(t => t.PlanId).Distinct().ToListAsync(Ct)).ShouldBe([planKey]);
        }

        // A second instance serving the same plan adds no second row.
        var second = await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = definitionId, Actor = "supervisor" }, Ct);
        await using (var db = host.CreateDbContext())
            (await db.Plans.CountAsync(p => p.Id == DomainKeys.Plan(planKey), Ct)).ShouldBe(1);

        foreach (var unit in new[] { "DU-SYT", "DU-SGDDT" })
        {
            await CompleteAsync(host, await OpenTaskAsync(host, first.InstanceId, unit, "Work"), """{"action": "Submit"}""", "officer1");
            await using (var db = host.CreateDbContext())
                (await db.Plans.SingleAsync(p => p.Id == DomainKeys.Plan(planKey), Ct)).Status.ShouldBe(PlanStatus.Active);
            var result = await CompleteAsync(host, await OpenTaskAsync(host, first.InstanceId, unit, "Review"), """{"action": "Approve"}""", "supervisor");
            result.Status.ShouldBe(unit == "DU-SYT" ? WorkflowStatus.Suspended : WorkflowStatus.Finished);
        }

        await using (var db = host.CreateDbContext())
        {
            var closed = await db.Plans.SingleAsync(p => p.Id == DomainKeys.Plan(planKey), Ct);
            (closed.Status, closed.ClosedAt is not null).ShouldBe((PlanStatus.Closed, true));
            (await db.Instances.SingleAsync(i => i.Id == second.InstanceId, Ct)).Status.ShouldBe(WorkflowStatus.Suspended);
        }
    }

    [Fact]
    public async Task AssignTasks_RecordsAWorkTaskPerUnit_ThatFollowsHandInReturnApprovalAndWithdrawal()
    {
        await using var host = Database.CreateHost();
        var officer = await AddUserAsync(host, "officer1", "DU-SYT");
        var supervisor = await AddUserAsync(host, "supervisor", "BTGDV-KG");
        var planKey = NewId("KH-KG");
        var definitionId = NewId("work");
        await host.PublishAsync(new DefinitionBuilder(definitionId)
            .Activity("assign", "Supervision.AssignTasks", new JsonObject
            {
                ["title"] = Lit("Triển khai Nghị quyết"),
                ["description"] = Lit("Báo cáo kết quả triển khai"),
                ["units"] = Obj("""["DU-SYT", "DU-SGDDT"]""", "String[]"),
                ["dueDate"] = Lit("2026-02-12", "DateOnly"),
                ["reviewer"] = Obj("""{"role": "Specialist", "unitId": "BTGDV-KG"}"""),
                ["plan"] = Lit(planKey),
            }));
        var started = await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = definitionId, Actor = "supervisor" }, Ct);
        var instanceId = started.InstanceId;

        async Task<WorkTask> WorkOf(string unit)
        {
            await using var db = host.CreateDbContext();
            return await db.WorkTasks.SingleAsync(w => EF.Property<string>(w, "WorkflowInstanceId") == instanceId && w.LeadOrgUnitId == DomainKeys.OrgUnit(unit), Ct);
        }

        var health = await WorkOf("DU-SYT");
        (health.Status, health.AssignerOrgUnitId, health.PlanId, health.DueOn, health.Kind, health.Code, health.ExpectedOutput).ShouldBe(
            (WorkTaskStatus.Assigned, DomainKeys.OrgUnit("BTGDV-KG"), (Guid?)DomainKeys.Plan(planKey), (DateOnly?)new DateOnly(2026, 2, 12), WorkTaskKind.OneOff,
                planKey + "/DU-SYT", "Báo cáo kết quả triển khai"));
        health.TitleVi.ShouldStartWith("Triển khai Nghị quyết — ");
        (await WorkOf("DU-SGDDT")).Status.ShouldBe(WorkTaskStatus.Assigned);

        // Handed in, returned with a comment, handed in again and approved: one work task throughout.
        host.Clock.Advance(TimeSpan.FromDays(1));
        await CompleteAsync(host, await OpenTaskAsync(host, instanceId, "DU-SYT", "Work"), """{"action": "Submit"}""", "officer1");
        (await WorkOf("DU-SYT")).ShouldSatisfyAllConditions(
            w => w.Status.ShouldBe(WorkTaskStatus.Submitted),
            w => w.SubmittedByUserId.ShouldBe(officer));
        await CompleteAsync(host, await OpenTaskAsync(host, instanceId, "DU-SYT", "Review"), """{"action": "Return", "comment": "Bổ sung số liệu"}""", "supervisor");
        (await WorkOf("DU-SYT")).ShouldSatisfyAllConditions(
            w => w.Status.ShouldBe(WorkTaskStatus.Returned),
            w => w.ReturnCount.ShouldBe(1),
            w => w.LastDecisionComment.ShouldBe("Bổ sung số liệu"));
        await CompleteAsync(host, await OpenTaskAsync(host, instanceId, "DU-SYT", "Work"), """{"action": "Submit"}""", "officer1");
        (await WorkOf("DU-SYT")).Status.ShouldBe(WorkTaskStatus.Submitted);

        // The other unit is withdrawn while its work is open.
        var control = started.CreatedBookmarks.Single(b => b.Name == "Supervision.MultiUnitTask.Control");
        await host.Runtime.ResumeAsync(control.Id, JsonNode.Parse("""{"remove": ["DU-SGDDT"]}"""), "supervisor", Ct);
        (await WorkOf("DU-SGDDT")).ShouldSatisfyAllConditions(
            w => w.Status.ShouldBe(WorkTaskStatus.Cancelled),
            w => w.StatusReason.ShouldBe("Đơn vị được rút khỏi nhiệm vụ."));

        var done = await CompleteAsync(host, await OpenTaskAsync(host, instanceId, "DU-SYT", "Review"), """{"action": "Approve", "comment": "Đạt"}""", "supervisor");
        done.Status.ShouldBe(WorkflowStatus.Finished);
        (await WorkOf("DU-SYT")).ShouldSatisfyAllConditions(
            w => w.Status.ShouldBe(WorkTaskStatus.Approved),
            w => w.ApprovedByUserId.ShouldBe(supervisor),
            w => w.IsCompletedOnTime.ShouldBe(true),
            w => w.ProgressPercent.ShouldBe(100));
        await using var read = host.CreateDbContext();
        (await read.WorkTasks.CountAsync(w => EF.Property<string>(w, "WorkflowInstanceId") == instanceId, Ct)).ShouldBe(2);
    }

    [Fact]
    public async Task AssignTasks_WithoutAReviewer_ApprovesTheWorkOnHandIn_LateWhenAfterTheDueDay()
    {
        await using var host = Database.CreateHost();
        var definitionId = NewId("work-no-review");
        await host.PublishAsync(new DefinitionBuilder(definitionId)
            .Activity("assign", "Supervision.AssignTasks", new JsonObject
            {
                ["title"] = Lit("Tổng hợp số liệu"), ["units"] = Obj("""["DU-SYT"]""", "String[]"), ["dueDate"] = Lit("2026-02-12", "DateOnly"),
            }));
        var started = await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = definitionId, Actor = "supervisor" }, Ct);

        host.Clock.Advance(TimeSpan.FromDays(3));
        await CompleteAsync(host, await OpenTaskAsync(host, started.InstanceId, "DU-SYT"), """{"action": "Submit"}""", "officer1");

        await using var db = host.CreateDbContext();
        var work = await db.WorkTasks.SingleAsync(w => EF.Property<string>(w, "WorkflowInstanceId") == started.InstanceId, Ct);
        // Without a reviewer the assigner is the unit above (the demo province's committee), and no plan is named.
        (work.Status, work.IsCompletedOnTime, work.PlanId, work.AssignerOrgUnitId == DomainKeys.OrgUnit("DU-SYT")).ShouldBe((WorkTaskStatus.Approved, (bool?)false, (Guid?)null, false));
        work.DeadlineStateAt(host.Clock.GetUtcNow()).ShouldBe(Supervision.Domain.Calendar.DeadlineState.DoneLate);
    }

    [Fact]
    public async Task CancellingTheInstance_CancelsItsOpenWorkTasks_AndClosesItsPlan()
    {
        await using var host = Database.CreateHost();
        var planKey = NewId("KH-KG");
        var definitionId = NewId("cancel-plan");
        await host.PublishAsync(new DefinitionBuilder(definitionId)
            .Activity("assign", "Supervision.AssignTasks", new JsonObject
            {
                ["title"] = Lit("Triển khai nhiệm vụ"),
                ["units"] = Obj("""["DU-SYT", "DU-SGDDT"]""", "String[]"),
                ["dueDate"] = Lit("2026-03-20", "DateOnly"),
                ["guidance"] = Lit("Kế hoạch phối hợp năm 2026"),
                ["plan"] = Lit(planKey),
            }));
        var started = await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = definitionId, Actor = "supervisor" }, Ct);
        await CompleteAsync(host, await OpenTaskAsync(host, started.InstanceId, "DU-SYT"), """{"action": "Submit"}""", "officer1");

        (await host.Runtime.CancelAsync(started.InstanceId, "supervisor", Ct)).Status.ShouldBe(WorkflowStatus.Cancelled);

        await using var db = host.CreateDbContext();
        var work = await db.WorkTasks.Where(w => EF.Property<string>(w, "WorkflowInstanceId") == started.InstanceId).ToListAsync(Ct);
        work.Single(w => w.LeadOrgUnitId == Health).Status.ShouldBe(WorkTaskStatus.Approved, "handed in without a reviewer before the cancellation");
        work.Single(w => w.LeadOrgUnitId == Education).ShouldSatisfyAllConditions(
            w => w.Status.ShouldBe(WorkTaskStatus.Cancelled),
            w => w.StatusReason.ShouldBe("Quy trình đã bị hủy."));
        (await db.Plans.SingleAsync(p => p.Id == DomainKeys.Plan(planKey), Ct)).Status.ShouldBe(PlanStatus.Closed);
    }

    [Fact]
    public async Task APlanIssuedByAnEarlierStep_IsRecordedWithItsNumberedPlanDocument()
    {
        await using var host = Database.CreateHost();
        var clerk = await AddUserAsync(host, "clerk", "BTGDV-TU");
        var planKey = NewId("KH-KG");
        var definitionId = NewId("issued-plan");
        await host.PublishAsync(new DefinitionBuilder(definitionId)
            .Activity("issue", "Supervision.UserTask", new JsonObject
            {
                ["title"] = Lit("Ban hành kế hoạch"),
                ["assignee"] = Obj("""{"role": "Clerk", "unitId": "BTGDV-TU"}"""),
                ["actions"] = Obj("""["Issued"]""", "String[]"),
                ["form"] = Obj("""[{"name": "symbol", "required": true}]"""),
            }, name: "IssuePlan")
            .Activity("assign", "Supervision.AssignTasks", new JsonObject
            {
                ["title"] = Lit("Triển khai kế hoạch"),
                ["units"] = Obj("""["DU-SYT"]""", "String[]"),
                ["dueDate"] = Lit("2026-03-20", "DateOnly"),
                ["guidance"] = Lit("Kế hoạch công tác khoa giáo năm 2026"),
                ["reviewer"] = Obj("""{"role": "Specialist", "unitId": "BTGDV-KG"}"""),
                ["plan"] = Lit(planKey),
                ["planDocument"] = Js("getResultFromIssuePlan().form.symbol", "String"),
            })
            .Connect("issue", "assign", "Issued"));
        var started = await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = definitionId, Actor = "supervisor" }, Ct);
        var issued = await CompleteAsync(host, await OpenTaskAsync(host, started.InstanceId, null), """{"action": "Issued", "form": {"symbol": "12-KH/BTGDV"}}""", "clerk");
        issued.Status.ShouldBe(WorkflowStatus.Suspended);

        await using var db = host.CreateDbContext();
        var plan = await db.Plans.SingleAsync(p => p.Id == DomainKeys.Plan(planKey), Ct);
        plan.Status.ShouldBe(PlanStatus.Active);
        var document = await db.Documents.SingleAsync(d => d.Id == plan.DocumentId, Ct);
        (document.DocType, document.Status, document.Symbol?.ToString(), document.SignerUserId, document.SubjectVi).ShouldBe(
            (DocType.Plan, DocumentStatus.Issued, "12-KH/BTGDV", (Guid?)clerk, "Kế hoạch công tác khoa giáo năm 2026"));
        document.IssuerOrgUnitIds.ShouldBe([DomainKeys.OrgUnit("BTGDV-KG")]);
    }

    [Fact]
    public async Task TwoInstancesRecordingOnePlanAtOnce_BothGoOn_WithOnePlan()
    {
        var planKey = NewId("KH-KG");
        // Another instance commits the plan just before this burst does, as two starts on a server database can.
        var rival = new PlanCommittedFirst(planKey);
        await using var host = Database.CreateHost(services => services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(rival));
        rival.Contexts = host.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>();
        var definitionId = NewId("plan-race");
        await host.PublishAsync(new DefinitionBuilder(definitionId)
            .Activity("assign", "Supervision.AssignTasks", new JsonObject
            {
                ["title"] = Lit("Triển khai nhiệm vụ"),
                ["units"] = Obj("""["DU-SYT"]""", "String[]"),
                ["dueDate"] = Lit("2026-03-20", "DateOnly"),
                ["guidance"] = Lit("Kế hoạch công tác khoa giáo năm 2026"),
                ["reviewer"] = Obj("""{"role": "Specialist", "unitId": "BTGDV-KG"}"""),
                ["plan"] = Lit(planKey),
            }));

        var started = await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = definitionId, Actor = "supervisor" }, Ct);

        rival.Committed.ShouldBeTrue();
        started.Status.ShouldBe(WorkflowStatus.Suspended);
        await using var db = host.CreateDbContext();
        var plan = await db.Plans.SingleAsync(p => p.Id == DomainKeys.Plan(planKey), Ct);
        db.Entry(plan).Property<string?>(DomainMapping.WorkflowInstanceId).CurrentValue.ShouldBe("rival-instance");
        (await db.WorkTasks.SingleAsync(w => EF.Property<string>(w, "WorkflowInstanceId") == started.InstanceId, Ct)).PlanId.ShouldBe(plan.Id);
    }

    [Fact]
    public async Task APlanRecordedElsewhereWhileATaskIsCompleted_LeavesTheCompletionToGoOn()
    {
        var planKey = NewId("KH-KG");
        var rival = new PlanCommittedFirst(planKey);
        await using var host = Database.CreateHost(services => services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(rival));
        rival.Contexts = host.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>();
        var definitionId = NewId("plan-race-resume");
        await host.PublishAsync(new DefinitionBuilder(definitionId)
            .Activity("prepare", "Supervision.UserTask", new JsonObject
            {
                ["title"] = Lit("Chuẩn bị"), ["assignee"] = Obj("""{"role": "Specialist", "unitId": "BTGDV-KG"}"""),
            })
            .Activity("assign", "Supervision.AssignTasks", new JsonObject
            {
                ["title"] = Lit("Triển khai nhiệm vụ"), ["units"] = Obj("""["DU-SYT"]""", "String[]"), ["dueDate"] = Lit("2026-03-20", "DateOnly"),
                ["reviewer"] = Obj("""{"role": "Specialist", "unitId": "BTGDV-KG"}"""), ["plan"] = Lit(planKey),
            })
            .Chain("prepare", "assign"));
        var started = await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = definitionId, Actor = "supervisor" }, Ct);
        rival.Committed.ShouldBeFalse();

        var resumed = await CompleteAsync(host, await OpenTaskAsync(host, started.InstanceId, null), """{"action": "Done"}""", "supervisor");

        (rival.Committed, resumed.Status).ShouldBe((true, WorkflowStatus.Suspended));
        await using var db = host.CreateDbContext();
        (await db.Plans.CountAsync(p => p.Id == DomainKeys.Plan(planKey), Ct)).ShouldBe(1);
        (await db.Tasks.CountAsync(t => t.InstanceId == started.InstanceId && t.PlanId == planKey && t.Status == TaskStatuses.Open, Ct)).ShouldBe(1);
    }

    /// <summary>Commits the plan from its own context the first time a burst is about to save it.</summary>
    private sealed class PlanCommittedFirst(string planKey) : Microsoft.EntityFrameworkCore.Diagnostics.SaveChangesInterceptor
    {
        public IDbContextFactory<SupervisionDbContext>? Contexts { get; set; }
        public bool Committed { get; private set; }

        public override async ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int>> SavingChangesAsync(
            Microsoft.EntityFrameworkCore.Diagnostics.DbContextEventData eventData, Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int> result,
            CancellationToken cancellationToken = default)
        {
            if (!Committed && Contexts is not null && eventData.Context!.ChangeTracker.Entries<Plan>().Any(e => e.State == EntityState.Added))
            {
                Committed = true;
                await using var other = await Contexts.CreateDbContextAsync(cancellationToken);
                var plan = Plan.Create("Kế hoạch công tác khoa giáo năm 2026", null, DomainKeys.OrgUnit("BTGDV-KG"), new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31),
                    RuntimeHost.Epoch, 2026, id: DomainKeys.Plan(planKey));
                plan.Activate(null, RuntimeHost.Epoch);
                var entry = other.Plans.Add(plan);
                entry.Property<string?>(DomainMapping.WorkflowInstanceId).CurrentValue = "rival-instance";
                entry.Property<string?>(DomainMapping.WorkflowEventKey).CurrentValue = "plan:" + planKey;
                await other.SaveChangesAsync(cancellationToken);
            }
            return result;
        }
    }

    [Fact]
    public async Task AssignTasks_WithoutAPlan_RecordsNoPlan()
    {
        await using var host = Database.CreateHost();
        var definitionId = NewId("no-plan");
        await host.PublishAsync(UrgeDefinition(definitionId));
        await using var before = host.CreateDbContext();
        var plans = await before.Plans.CountAsync(Ct);
        var started = await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = definitionId, Actor = "supervisor" }, Ct);

        await using var db = host.CreateDbContext();
        (await db.Plans.CountAsync(Ct)).ShouldBe(plans);
        (await db.Tasks.CountAsync(t => t.InstanceId == started.InstanceId && t.PlanId == null, Ct)).ShouldBe(2);
    }

    private static DefinitionBuilder UrgeDefinition(string definitionId) => new DefinitionBuilder(definitionId)
        .Fork("fork", "work", "watch")
        .Activity("assign", "Supervision.AssignTasks", new JsonObject
        {
            ["title"] = Lit("Triển khai kế hoạch"), ["units"] = Obj("""["DU-SYT", "DU-SGDDT"]""", "String[]"), ["deadline"] = Lit("WorkingDays:2"),
        })
        .Activity("wait", "Elsa.Delay", new JsonObject { ["timeSpan"] = Lit("10.00:00:00", "TimeSpan") })
        .Activity("urge", "Supervision.Urge", new JsonObject { ["level"] = Lit("2", "Int32") })
        .Connect("fork", "assign", "work").Connect("fork", "wait", "watch").Chain("wait", "urge");

    [Fact]
    public async Task Urge_RecordsAnUrgeNotice_ForTheUnitsAndTasksItPressed()
    {
        await using var host = Database.CreateHost();
        var supervisor = await AddUserAsync(host, "supervisor", "BTGDV-KG");
        var definitionId = NewId("urge");
        await host.PublishAsync(UrgeDefinition(definitionId));
        var started = await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = definitionId, Actor = "supervisor" }, Ct);
        var instanceId = started.InstanceId;
        await CompleteAsync(host, await OpenTaskAsync(host, instanceId, "DU-SYT"), """{"action": "Submit"}""", "officer1");
        var overdueTask = await OpenTaskAsync(host, instanceId, "DU-SGDDT");
        host.Clock.Advance(TimeSpan.FromDays(10));

        var timer = started.CreatedBookmarks.Single(b => b.ActivityId == "wait");
        var fired = await host.Runtime.ResumeAsync(timer.Id, null, "supervisor", Ct);

        fired.State.Completions["urge"].ShouldBe(1);
        await using var db = host.CreateDbContext();
        var notice = await db.UrgeNotices.SingleAsync(n => EF.Property<string>(n, "WorkflowInstanceId") == instanceId, Ct);
        (notice.Level, notice.IssuedByUserId, notice.IssuedAt).ShouldBe((2, supervisor, host.Clock.GetUtcNow()));
        notice.AddresseeOrgUnitIds.ShouldBe([Education]);
        notice.TargetTaskIds.ShouldBe([DomainKeys.Task(overdueTask)]);
        // No message of the step's own: the standing one, in both languages.
        (notice.Message, notice.MessageEn).ShouldBe((Supervision.Workflows.Activities.Cycle.Urge.DefaultMessage, Supervision.Workflows.Activities.Cycle.Urge.DefaultMessageEn));
    }

    [Fact]
    public async Task Projection_WritesNothingTwice_WhenTheSameBurstIsProjectedAgain()
    {
        await using var host = Database.CreateHost();
        var definitionId = NewId("urge-again");
        await host.PublishAsync(UrgeDefinition(definitionId));
        var started = await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = definitionId, Actor = "supervisor" }, Ct);
        host.Clock.Advance(TimeSpan.FromDays(10));
        var fired = await host.Runtime.ResumeAsync(started.CreatedBookmarks.Single(b => b.ActivityId == "wait").Id, null, "supervisor", Ct);

        // The committed burst projected once more, as a retried burst would be.
        await using (var db = host.CreateDbContext())
        {
            var instance = await db.Instances.SingleAsync(i => i.Id == started.InstanceId, Ct);
            new DomainProjector().Project(db, instance, new ExecutionResult(fired.State, fired.Journal, fired.CreatedBookmarks, fired.RemovedBookmarks));
            await db.SaveChangesAsync(Ct);
        }

        await using var read = host.CreateDbContext();
        var notice = await read.UrgeNotices.SingleAsync(n => EF.Property<string>(n, "WorkflowInstanceId") == started.InstanceId, Ct);
        notice.AddresseeOrgUnitIds.ShouldBe([Health, Education], ignoreOrder: true);
        notice.TargetTaskIds.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Evaluate_RecordsAnApprovedEvaluation_PerUnit()
    {
        await using var host = Database.CreateHost();
        var officer = await AddUserAsync(host, "officer1", "DU-SYT");
        var supervisor = await AddUserAsync(host, "supervisor", "BTGDV-KG");
        var leader = await AddUserAsync(host, "leader", "BTGDV-TU");
        var definitionId = NewId("evaluate");
        await host.PublishAsync(new DefinitionBuilder(definitionId)
            .Activity("eval", "Supervision.Evaluate", new JsonObject
            {
                ["units"] = Obj("""["DU-SYT"]""", "String[]"),
                ["reviewer"] = Obj("""{"role": "Specialist", "unitId": "BTGDV-KG"}"""),
                ["approver"] = Obj("""{"role": "Leader", "unitId": "BTGDV-TU"}"""),
                ["taskStatistics"] = Obj("""{"units": [{"unitId": "DU-SYT", "assigned": 10, "doneOnTime": 10, "doneLate": 0, "openOverdue": 0}]}"""),
            }));
        var started = await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = definitionId, Actor = "supervisor" }, Ct);
        var instanceId = started.InstanceId;

        await CompleteAsync(host, await OpenTaskAsync(host, instanceId, "DU-SYT"), """{"action": "Submit", "form": {"score": 94, "exceeded": 3}}""", "officer1");
        await CompleteAsync(host, await OpenTaskAsync(host, instanceId, "DU-SYT"), """{"action": "Submit", "form": {"score": 91.5}}""", "supervisor");
        await using (var db = host.CreateDbContext())
            (await db.Evaluations.AnyAsync(e => EF.Property<string>(e, "WorkflowInstanceId") == instanceId, Ct)).ShouldBeFalse("nothing is recorded before the approval");
        var done = await CompleteAsync(host, await OpenTaskAsync(host, instanceId, "DU-SYT"), """{"action": "Approve"}""", "leader");

        done.Status.ShouldBe(WorkflowStatus.Finished);
        var workflowRating = ((JsonObject)done.State.ActivityOutputs["eval"]["ratings"]!)["DU-SYT"]!["rating"]!.GetValue<string>();
        await using var read = host.CreateDbContext();
        var evaluation = await read.Evaluations.SingleAsync(e => EF.Property<string>(e, "WorkflowInstanceId") == instanceId, Ct);
        (evaluation.SubjectType, evaluation.SubjectId, evaluation.Status, evaluation.Period, evaluation.PeriodKey).ShouldBe(
            (EvaluationSubjectType.OrgUnit, Health, EvaluationStatus.Approved, EvaluationPeriod.Year, "2026"));
        (evaluation.SelfScore, evaluation.FinalScore, evaluation.FinalRating).ShouldBe((94m, (decimal?)91.5m, (Rating?)Rating.ExcellentlyCompleted));
        evaluation.FinalRating.ToString().ShouldBe(workflowRating);
        (evaluation.SelfAssessedByUserId, evaluation.ReviewedByUserId, evaluation.ApprovedByUserId).ShouldBe((officer, (Guid?)supervisor, (Guid?)leader));
        evaluation.TaskStats.ShouldBe(new TaskStats(10, 10, 0, 0, 3));
        evaluation.Criteria.ShouldHaveSingleItem().ReviewedPoints.ShouldBe(91.5m);
    }

    [Fact]
    public async Task Inspect_RecordsTheConcludedInspection_WithFindingsAndDocuments()
    {
        await using var host = Database.CreateHost();
        var head = await AddUserAsync(host, "supervisor", "BTGDV-KG");
        var definitionId = NewId("inspect");
        await host.PublishAsync(new DefinitionBuilder(definitionId)
            .Activity("inspect", "Supervision.Inspect", new JsonObject
            {
                ["kind"] = Lit("ThematicSupervision"),
                ["topic"] = Lit("Thực hiện Chỉ thị 15 về y tế cơ sở"),
                ["topicEn"] = Lit("Implementing Directive 15 on grassroots health care"),
                ["targets"] = Obj("""["DU-SYT", "DU-SGDDT"]""", "String[]"),
                ["teamHead"] = Obj("""{"role": "InspectionTeamHead", "unitId": "BTGDV-KG"}"""),
                ["leader"] = Obj("""{"role": "Leader", "unitId": "BTGDV-TU"}"""),
            }));
        var started = await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = definitionId, Actor = "supervisor" }, Ct);
        var instanceId = started.InstanceId;

        await CompleteAsync(host, await OpenTaskAsync(host, instanceId, null), """{"action": "Issue", "form": {"decisionSymbol": "12-QĐ/BTGDVTU"}}""", "supervisor");
        await CompleteAsync(host, await OpenTaskAsync(host, instanceId, "DU-SYT"), """{"action": "Submit"}""", "officer1");
        await CompleteAsync(host, await OpenTaskAsync(host, instanceId, "DU-SGDDT"), """{"action": "Submit"}""", "officer2");
        await CompleteAsync(host, await OpenTaskAsync(host, instanceId, null), """{"action": "Done"}""", "supervisor");
        await using (var db = host.CreateDbContext())
            (await db.Inspections.AnyAsync(i => EF.Property<string>(i, "WorkflowInstanceId") == instanceId, Ct)).ShouldBeFalse("nothing is recorded before the conclusion");
        var done = await CompleteAsync(host, await OpenTaskAsync(host, instanceId, null),
            """{"action": "Issue", "form": {"result": "Raised", "findings": "Chậm ban hành kế hoạch thực hiện"}}""", "leader");

        done.Status.ShouldBe(WorkflowStatus.Finished);
        await using var read = host.CreateDbContext();
        var inspection = await read.Inspections.SingleAsync(i => EF.Property<string>(i, "WorkflowInstanceId") == instanceId, Ct);
        (inspection.Kind, inspection.Status, inspection.TopicVi, inspection.Level).ShouldBe(
            (InspectionKind.ThematicSupervision, InspectionStatus.ConclusionIssued, "Thực hiện Chỉ thị 15 về y tế cơ sở", InspectingLevel.Province));
        inspection.TopicEn.ShouldBe("Implementing Directive 15 on grassroots health care");
        inspection.TargetOrgUnitIds.ShouldBe([Health, Education]);
        inspection.Team.ShouldNotBeNull().HeadUserId.ShouldBe(head);
        inspection.Findings.Select(f => (f.TargetOrgUnitId, f.Type, f.Severity, f.Description)).ShouldBe(
            [(Health, FindingType.Shortcoming, (FindingSeverity?)FindingSeverity.Moderate, "Chậm ban hành kế hoạch thực hiện"),
             (Education, FindingType.Shortcoming, FindingSeverity.Moderate, "Chậm ban hành kế hoạch thực hiện")], ignoreOrder: true);
        inspection.Conclusion.ShouldNotBeNull().Requirements.ShouldBe(["Chậm ban hành kế hoạch thực hiện"]);
        inspection.Conclusion.FindingIds.Count.ShouldBe(2);

        var decision = await read.Documents.SingleAsync(d => d.Id == inspection.DecisionDocumentId, Ct);
        (decision.Status, decision.Symbol?.ToString(), decision.DocType, decision.SignerUserId).ShouldBe((DocumentStatus.Issued, "12-QĐ/BTGDVTU", DocType.Decision, (Guid?)head));
        decision.IssuerOrgUnitIds.ShouldBe([DomainKeys.OrgUnit("BTGDV-TU")]);
        (decision.SubjectVi, decision.SubjectEn).ShouldBe(("Quyết định kiểm tra, giám sát: Thực hiện Chỉ thị 15 về y tế cơ sở",
            "Decision on the inspection and supervision: Implementing Directive 15 on grassroots health care"));
        var notice = await read.Documents.SingleAsync(d => d.Id == inspection.Conclusion.DocumentId, Ct);
        (notice.DocType, notice.Status, notice.Symbol).ShouldBe((DocType.Notice, DocumentStatus.Approved, (DocumentSymbol?)null));
        notice.SubjectEn.ShouldBe("Notice of the inspection and supervision conclusion: Implementing Directive 15 on grassroots health care");
    }

    [Fact]
    public async Task Remediate_RecordsEachFixOnTheInspection_AndClosesItOnceEveryFixIsVerified()
    {
        await using var host = Database.CreateHost();
        var supervisor = await AddUserAsync(host, "supervisor", "BTGDV-KG");
        var officer = await AddUserAsync(host, "officer1", "DU-SYT");
        var definitionId = NewId("remediate");
        await host.PublishAsync(new DefinitionBuilder(definitionId)
            .Activity("inspect", "Supervision.Inspect", new JsonObject
            {
                ["kind"] = Lit("ThematicSupervision"),
                ["topic"] = Lit("Thực hiện Chỉ thị 15 về y tế cơ sở"),
                ["targets"] = Obj("""["DU-SYT", "DU-SGDDT"]""", "String[]"),
                ["teamHead"] = Obj("""{"role": "InspectionTeamHead", "unitId": "BTGDV-KG"}"""),
                ["leader"] = Obj("""{"role": "Leader", "unitId": "BTGDV-TU"}"""),
            })
            .Activity("remediate", "Supervision.Remediate", new JsonObject
            {
                ["actions"] = Obj("""
                    [{"action": "Ban hành kế hoạch khắc phục", "unitId": "DU-SYT", "deadline": "WorkingDays:15"},
                     {"action": "Ban hành kế hoạch khắc phục", "unitId": "DU-SGDDT", "deadline": "WorkingDays:15"}]
                    """),
                ["verifier"] = Obj("""{"role": "Specialist", "unitId": "BTGDV-KG"}"""),
            })
            .Connect("inspect", "remediate", "FindingsRaised"));
        var started = await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = definitionId, Actor = "supervisor" }, Ct);
        var instanceId = started.InstanceId;
        await CompleteAsync(host, await OpenTaskAsync(host, instanceId, null), """{"action": "Issue", "form": {"decisionSymbol": "13-QĐ/BTGDVTU"}}""", "supervisor");
        await CompleteAsync(host, await OpenTaskAsync(host, instanceId, "DU-SYT"), """{"action": "Submit"}""", "officer1");
        await CompleteAsync(host, await OpenTaskAsync(host, instanceId, "DU-SGDDT"), """{"action": "Submit"}""", "officer2");
        await CompleteAsync(host, await OpenTaskAsync(host, instanceId, null), """{"action": "Done"}""", "supervisor");
        await CompleteAsync(host, await OpenTaskAsync(host, instanceId, null),
            """{"action": "Issue", "form": {"result": "Raised", "findings": "Chậm ban hành kế hoạch thực hiện"}}""", "leader");

        async Task<Inspection> InspectionAsync()
        {
            await using var db = host.CreateDbContext();
            return await db.Inspections.SingleAsync(i => EF.Property<string>(i, "WorkflowInstanceId") == instanceId, Ct);
        }

        var opened = await InspectionAsync();
        opened.Status.ShouldBe(InspectionStatus.Remediation);
        opened.RemediationActions.Select(a => (a.ResponsibleOrgUnitId, a.Action, a.Status)).ShouldBe(
            [(Health, "Ban hành kế hoạch khắc phục", RemediationStatus.Open), (Education, "Ban hành kế hoạch khắc phục", RemediationStatus.Open)], ignoreOrder: true);
        opened.RemediationActions.ShouldAllBe(a => opened.Findings.Any(f => f.Id == a.FindingId && f.TargetOrgUnitId == a.ResponsibleOrgUnitId));

        // Sở Y tế reports, is sent back, reports again and is verified; Sở GD&ĐT reports and is verified.
        await CompleteAsync(host, await OpenTaskAsync(host, instanceId, "DU-SYT", "Report"), """{"action": "Report"}""", "officer1");
        var reported = (await InspectionAsync()).RemediationActions.Single(a => a.ResponsibleOrgUnitId == Health);
        (reported.Status, reported.ReportedByUserId).ShouldBe((RemediationStatus.Reported, (Guid?)officer));
        await CompleteAsync(host, await OpenTaskAsync(host, instanceId, "DU-SYT", "Verify"), """{"action": "Reject", "comment": "Chưa có kế hoạch kèm theo"}""", "supervisor");
        var rejected = (await InspectionAsync()).RemediationActions.Single(a => a.ResponsibleOrgUnitId == Health);
        (rejected.Status, rejected.LastRejectionComment).ShouldBe((RemediationStatus.Open, "Chưa có kế hoạch kèm theo"));
        await CompleteAsync(host, await OpenTaskAsync(host, instanceId, "DU-SYT", "Report"), """{"action": "Report"}""", "officer1");
        await CompleteAsync(host, await OpenTaskAsync(host, instanceId, "DU-SYT", "Verify"), """{"action": "Verify"}""", "supervisor");
        await CompleteAsync(host, await OpenTaskAsync(host, instanceId, "DU-SGDDT", "Report"), """{"action": "Report"}""", "officer2");
        (await InspectionAsync()).Status.ShouldBe(InspectionStatus.Remediation, "one fix is still to be verified");
        var done = await CompleteAsync(host, await OpenTaskAsync(host, instanceId, "DU-SGDDT", "Verify"), """{"action": "Verify"}""", "supervisor");

        done.Status.ShouldBe(WorkflowStatus.Finished);
        var closed = await InspectionAsync();
        (closed.Status, closed.ClosedAt is not null).ShouldBe((InspectionStatus.Closed, true));
        closed.RemediationActions.Count.ShouldBe(2);
        closed.RemediationActions.ShouldAllBe(a => a.Status == RemediationStatus.Verified && a.VerifiedByUserId == supervisor);
    }

    [Fact]
    public async Task Inspect_WithNothingToFix_ClosesTheInspectionWithItsConclusion()
    {
        await using var host = Database.CreateHost();
        var definitionId = NewId("inspect-none");
        await host.PublishAsync(new DefinitionBuilder(definitionId)
            .Activity("inspect", "Supervision.Inspect", new JsonObject
            {
                ["kind"] = Lit("ThematicSupervision"),
                ["topic"] = Lit("Công tác dân số"),
                ["targets"] = Obj("""["DU-SYT"]""", "String[]"),
                ["teamHead"] = Obj("""{"role": "InspectionTeamHead", "unitId": "BTGDV-KG"}"""),
                ["leader"] = Obj("""{"role": "Leader", "unitId": "BTGDV-TU"}"""),
            }));
        var started = await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = definitionId, Actor = "supervisor" }, Ct);
        await CompleteAsync(host, await OpenTaskAsync(host, started.InstanceId, null), """{"action": "Issue", "form": {"decisionSymbol": "14-QĐ/BTGDVTU"}}""", "supervisor");
        await CompleteAsync(host, await OpenTaskAsync(host, started.InstanceId, "DU-SYT"), """{"action": "Submit"}""", "officer1");
        await CompleteAsync(host, await OpenTaskAsync(host, started.InstanceId, null), """{"action": "Done"}""", "supervisor");
        await CompleteAsync(host, await OpenTaskAsync(host, started.InstanceId, null), """{"action": "Issue", "form": {"result": "None"}}""", "leader");

        await using var db = host.CreateDbContext();
        var inspection = await db.Inspections.SingleAsync(i => EF.Property<string>(i, "WorkflowInstanceId") == started.InstanceId, Ct);
        (inspection.Status, inspection.Findings.Single().Type).ShouldBe((InspectionStatus.Closed, FindingType.Strength));
    }
}
