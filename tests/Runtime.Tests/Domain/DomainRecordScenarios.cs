using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Common;
using Supervision.Domain.Coordination;
using Supervision.Domain.Documents;
using Supervision.Domain.Evaluations;
using Supervision.Domain.Inspections;
using Supervision.Domain.Organisation;
using Supervision.Domain.Planning;
using Supervision.Domain.Urging;
using Supervision.Runtime.Tests.Support;
using Supervision.Workflows.Persistence;

namespace Supervision.Runtime.Tests.Domain;

/// <summary>The domain's aggregates through the real database: each one written, read back in a new context and compared.</summary>
public abstract class DomainRecordScenarios(TestDatabase database)
{
    protected TestDatabase Database { get; } = database;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly DateTimeOffset Now = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);
    private static readonly Guid Board = Guid.CreateVersion7();
    private static readonly Guid Health = Guid.CreateVersion7();
    private static readonly Guid Education = Guid.CreateVersion7();
    private static readonly Guid Clerk = Guid.CreateVersion7();
    private static readonly Guid Leader = Guid.CreateVersion7();
    private static readonly Guid Specialist = Guid.CreateVersion7();

    private async Task SaveAsync(RuntimeHost host, params object[] entities)
    {
        await using var db = host.CreateDbContext();
        db.AddRange(entities);
        await db.SaveChangesAsync(Ct);
    }

    [Fact]
    public async Task Document_RoundTrips_WithItsSymbolIssuersAndFields()
    {
        await using var host = Database.CreateHost();
        var document = Document.Draft(DocumentSystem.Party, DocType.Guidance, [Board, Health], "Hướng dẫn công tác khoa giáo năm 2026", "Guidance for 2026", Now,
            Classification.Restricted, Urgency.Urgent, [Field.Health, Field.Population]);
        document.SubmitForReview(Now);
        document.Approve(Leader, Now);
        document.Issue(DocumentSymbol.Party(31, "HD", "BTGTW"), new DateOnly(2026, 3, 2), Leader, Now, effectiveOn: new DateOnly(2026, 3, 2));
        await SaveAsync(host, document);

        await using var db = host.CreateDbContext();
        var read = await db.Documents.SingleAsync(d => d.Symbol == DocumentSymbol.Party(31, "HD", "BTGTW"), Ct);
        (read.Id, read.Symbol!.ToString(), read.Number, read.Status, read.Direction).ShouldBe((document.Id, "31-HD/BTGTW", (int?)31, DocumentStatus.Issued, Direction.Outgoing));
        read.IssuerOrgUnitIds.ShouldBe([Board, Health]);
        read.Fields.ShouldBe([Field.Health, Field.Population]);
        (read.Confidentiality, read.Urgency, read.SubjectVi, read.SignerUserId, read.IssuedOn).ShouldBe(
            (Classification.Restricted, Urgency.Urgent, "Hướng dẫn công tác khoa giáo năm 2026", (Guid?)Leader, (DateOnly?)new DateOnly(2026, 3, 2)));
        read.DomainEvents.ShouldBeEmpty();
        // Enums and the symbol are stored as text, readable in SQL.
        (await db.Database.SqlQueryRaw<string>("SELECT symbol AS \"Value\" FROM documents WHERE status = 'Issued'").ToListAsync(Ct)).ShouldContain("31-HD/BTGTW");
    }

    [Fact]
    public async Task Document_KeepsAFoldedSearchText_OnEverySave_AndTheBackfillFillsRowsWithout()
    {
        await using var host = Database.CreateHost();
        var document = Document.Draft(DocumentSystem.Party, DocType.Plan, [Board], "Kế hoạch Đôn đốc năm 2026", "Urging plan", Now);
        await SaveAsync(host, document);
        static async Task<string?> TextAsync(SupervisionDbContext db, Guid id) =>
            await db.Documents.IgnoreQueryFilters().Where(d => d.Id == id).Select(d => EF.Property<string?>(d, Workflows.Persistence.Domain.DocumentSearch.Column)).SingleAsync();

        await using var db = host.CreateDbContext();
        var saved = await TextAsync(db, document.Id);
        await db.Database.ExecuteSqlRawAsync("UPDATE documents SET search_text = NULL", Ct); // as rows saved before the column existed
        await Workflows.Persistence.Domain.DocumentSearch.BackfillAsync(db, Ct);
        await using var fresh = host.CreateDbContext();

        saved.ShouldBe("ke hoach don doc nam 2026 urging plan");
        (await TextAsync(fresh, document.Id)).ShouldBe(saved);
    }

    [Fact]
    public async Task NumberingSequence_RefusesTheSameNumberToTwoClerks()
    {
        await using var host = Database.CreateHost();
        var issuer = Guid.CreateVersion7();
        var term = PartyTerm.Create(issuer, "2025–2030", new DateOnly(2025, 10, 1), new DateOnly(2030, 9, 30), Now);
        var sequence = NumberingSequence.ForPartyTerm(issuer, DocType.Guidance, term, Now, alreadyIssued: 30);
        await SaveAsync(host, term, sequence);

        await using var first = host.CreateDbContext();
        await using var second = host.CreateDbContext();
        var a = await first.NumberingSequences.SingleAsync(s => s.Id == sequence.Id, Ct);
        var b = await second.NumberingSequences.SingleAsync(s => s.Id == sequence.Id, Ct);
        a.Next(new DateOnly(2026, 3, 2)).ShouldBe(31);
        b.Next(new DateOnly(2026, 3, 2)).ShouldBe(31);
        await first.SaveChangesAsync(Ct);

        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync(Ct));

        // The loser reads again and gets the next number.
        await using var retry = host.CreateDbContext();
        var fresh = await retry.NumberingSequences.SingleAsync(s => s.Id == sequence.Id, Ct);
        fresh.Next(new DateOnly(2026, 3, 2)).ShouldBe(32);
        await retry.SaveChangesAsync(Ct);
        await using var check = host.CreateDbContext();
        var stored = await check.NumberingSequences.SingleAsync(s => s.Id == sequence.Id, Ct);
        (stored.LastNumber, stored.Scope, stored.ScopeKey, stored.PartyTermId).ShouldBe((32, NumberingScope.PartyTerm, "2025–2030", (Guid?)term.Id));
        (await check.PartyTerms.SingleAsync(t => t.Id == term.Id, Ct)).End.ShouldBe(new DateOnly(2030, 9, 30));
        // One sequence per issuer, type and scope.
        await Should.ThrowAsync<DbUpdateException>(() => SaveAsync(host, NumberingSequence.ForPartyTerm(issuer, DocType.Guidance, term, Now)));
    }

    [Fact]
    public async Task PlanAndTask_RoundTrip_WithProgressExtensionAndMilestone()
    {
        await using var host = Database.CreateHost();
        var source = Guid.CreateVersion7();
        var plan = Plan.Create("Kế hoạch công tác khoa giáo năm 2026", null, Board, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), Now, 2026, [source]);
        plan.Activate(Guid.CreateVersion7(), Now);
        var task = WorkTask.Create("KG-01", "Sơ kết Nghị quyết 20", "Review of Resolution 20", Board, Health, [Education], WorkTaskKind.OneOff,
            new DateOnly(2026, 3, 1), new DateOnly(2026, 6, 30), Now, plan.Id, field: Field.Health, sourceClause: "Mục II.3", expectedOutput: "Báo cáo sơ kết");
        task.Assign(Specialist, Now);
        task.Accept(Clerk, Now);
        task.Start(Now);
        var progress = task.ReportProgress(Clerk, 40, "Đã xây dựng đề cương", "Thiếu số liệu", "Gia hạn", Now);
        var extension = ExtensionRequest.Request(task, new DateOnly(2026, 7, 15), "Chờ số liệu của Sở", Clerk, Now);
        extension.Approve(task, Leader, "Đồng ý", Now);
        var milestone = Milestone.Create(MilestoneOwnerType.WorkTask, task.Id, "Dự thảo báo cáo", new DateOnly(2026, 5, 30), true, Role.SectionHead, Now);
        milestone.Submit(Clerk, Now);
        await SaveAsync(host, plan, task, progress, extension, milestone);

        await using var db = host.CreateDbContext();
        var readPlan = await db.Plans.SingleAsync(p => p.Id == plan.Id, Ct);
        (readPlan.Status, readPlan.Year, readPlan.ActivatedAt).ShouldBe((PlanStatus.Active, (int?)2026, (DateTimeOffset?)Now));
        readPlan.SourceDocumentIds.ShouldBe([source]);
        var readTask = await db.WorkTasks.SingleAsync(t => t.PlanId == plan.Id, Ct);
        (readTask.Status, readTask.DueOn, readTask.ExtensionCount, readTask.ProgressPercent, readTask.Field, readTask.SourceClause).ShouldBe(
            (WorkTaskStatus.InProgress, (DateOnly?)new DateOnly(2026, 7, 15), 1, 40, Field.Health, "Mục II.3"));
        readTask.SupportOrgUnitIds.ShouldBe([Education]);
        readTask.OwnerUserId.ShouldBe(Specialist);
        var readProgress = await db.ProgressUpdates.SingleAsync(p => p.TaskId == task.Id, Ct);
        (readProgress.Percent, readProgress.Obstacles, readProgress.AsOf).ShouldBe((40, "Thiếu số liệu", Now));
        var readExtension = await db.ExtensionRequests.SingleAsync(e => e.TaskId == task.Id, Ct);
        (readExtension.Status, readExtension.CurrentDue, readExtension.RequestedDue, readExtension.DecidedByUserId).ShouldBe(
            (ExtensionRequestStatus.Approved, new DateOnly(2026, 6, 30), new DateOnly(2026, 7, 15), (Guid?)Leader));
        var readMilestone = await db.Milestones.SingleAsync(m => m.OwnerId == task.Id, Ct);
        (readMilestone.Status, readMilestone.ApproverRole, readMilestone.OwnerType).ShouldBe((MilestoneStatus.Submitted, (Role?)Role.SectionHead, MilestoneOwnerType.WorkTask));

        // Changes made on a loaded aggregate are saved as its methods made them.
        readMilestone.Approve(Leader, "Đạt", Now.AddDays(1));
        await db.SaveChangesAsync(Ct);
        await using var again = host.CreateDbContext();
        (await again.Milestones.SingleAsync(m => m.Id == milestone.Id, Ct)).Status.ShouldBe(MilestoneStatus.Approved);
    }

    [Fact]
    public async Task SoftDeletedRecords_LeaveQueries_ButStayReadableWithIgnoreQueryFilters()
    {
        await using var host = Database.CreateHost();
        var draftTask = WorkTask.Create("KG-99", "Nhiệm vụ nháp", null, Board, Health, [], WorkTaskKind.OneOff, null, new DateOnly(2026, 6, 30), Now);
        var draftDocument = Document.Draft(DocumentSystem.State, DocType.OfficialLetter, [Board], "Công văn nháp", null, Now);
        var draftPlan = Plan.Create("Kế hoạch nháp", null, Board, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), Now);
        var proposal = Inspection.Propose(InspectionKind.ThematicSupervision, "Giám sát nháp", null, InspectingLevel.Province, [Health],
            new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), Now);
        await SaveAsync(host, draftTask, draftDocument, draftPlan, proposal);

        await using (var db = host.CreateDbContext())
        {
            (await db.WorkTasks.SingleAsync(t => t.Id == draftTask.Id, Ct)).Delete(Clerk, Now);
            (await db.Documents.SingleAsync(d => d.Id == draftDocument.Id, Ct)).Delete(Clerk, Now);
            (await db.Plans.SingleAsync(p => p.Id == draftPlan.Id, Ct)).Delete(Clerk, Now);
            (await db.Inspections.SingleAsync(i => i.Id == proposal.Id, Ct)).Delete(Clerk, Now);
            await db.SaveChangesAsync(Ct);
        }

        await using var read = host.CreateDbContext();
        (await read.WorkTasks.AnyAsync(t => t.Id == draftTask.Id, Ct)).ShouldBeFalse();
        (await read.Documents.AnyAsync(d => d.Id == draftDocument.Id, Ct)).ShouldBeFalse();
        (await read.Plans.AnyAsync(p => p.Id == draftPlan.Id, Ct)).ShouldBeFalse();
        (await read.Inspections.AnyAsync(i => i.Id == proposal.Id, Ct)).ShouldBeFalse();
        var task = await read.WorkTasks.IgnoreQueryFilters().SingleAsync(t => t.Id == draftTask.Id, Ct);
        (task.IsDeleted, task.DeletedAt, task.DeletedByUserId, task.TitleVi).ShouldBe((true, (DateTimeOffset?)Now, (Guid?)Clerk, "Nhiệm vụ nháp"));
        (await read.Documents.IgnoreQueryFilters().SingleAsync(d => d.Id == draftDocument.Id, Ct)).IsDeleted.ShouldBeTrue();
        (await read.Plans.IgnoreQueryFilters().SingleAsync(p => p.Id == draftPlan.Id, Ct)).IsDeleted.ShouldBeTrue();
        (await read.Inspections.IgnoreQueryFilters().SingleAsync(i => i.Id == proposal.Id, Ct)).IsDeleted.ShouldBeTrue();
    }

    [Fact]
    public async Task ReportSubmission_FollowsItsReviews_AndIsUniquePerObligationAndUnit()
    {
        await using var host = Database.CreateHost();
        var obligation = ReportingObligation.SixMonth(2026, new DateOnly(2026, 6, 20), Board, [Health, Education], Now);
        var onTime = ReportSubmission.Submit(obligation, Health, Clerk, null, new DateTimeOffset(2026, 6, 20, 16, 0, 0, TimeSpan.Zero));
        var late = ReportSubmission.Submit(obligation, Education, Clerk, null, new DateTimeOffset(2026, 6, 20, 17, 30, 0, TimeSpan.Zero));
        late.Return(Specialist, "Bổ sung số liệu", Now);
        late.Resubmit(Clerk, Guid.CreateVersion7(), Now);
        await SaveAsync(host, obligation, onTime, late);

        await using (var db = host.CreateDbContext())
        {
            var readObligation = await db.ReportingObligations.SingleAsync(o => o.Id == obligation.Id, Ct);
            (readObligation.Kind, readObligation.DataFrom, readObligation.DataTo, readObligation.RecipientOrgUnitId).ShouldBe(
                (ReportKind.SixMonth, new DateOnly(2025, 12, 15), new DateOnly(2026, 6, 14), Board));
            readObligation.RequiredFromOrgUnitIds.ShouldBe([Health, Education]);
            var rows = await db.ReportSubmissions.Where(s => s.ObligationId == obligation.Id).OrderBy(s => s.IsLate).ToListAsync(Ct);
            rows.Select(s => (s.SubmitterOrgUnitId, s.Status, s.IsLate, s.ReturnCount)).ShouldBe(
                [(Health, ReportSubmissionStatus.Submitted, false, 0), (Education, ReportSubmissionStatus.Late, true, 1)]);
            // 16:00 UTC is 23:00 in Hà Nội, still on the due day; 17:30 UTC is the next day there.
            rows[0].FirstSubmittedAt.ShouldBe(new DateTimeOffset(2026, 6, 20, 16, 0, 0, TimeSpan.Zero));
        }

        await Should.ThrowAsync<DbUpdateException>(() => SaveAsync(host, ReportSubmission.Submit(obligation, Health, Clerk, null, Now)));
    }

    [Fact]
    public async Task UrgingRecords_RoundTrip()
    {
        await using var host = Database.CreateHost();
        var tasks = new[] { Guid.CreateVersion7(), Guid.CreateVersion7() };
        var notice = UrgeNotice.Issue(2, tasks, [Health, Education], Specialist, Now, "Đề nghị khẩn trương hoàn thành");
        var letter = Document.Draft(DocumentSystem.Party, DocType.OfficialLetter, [Board], "Công văn đôn đốc", null, Now);
        var next = notice.Escalate(Leader, Now.AddDays(3), documentId: letter.Id);
        var explanation = ExplanationRequest.Create(tasks[0], Health, "Vì sao chậm?", new DateOnly(2026, 3, 9), Specialist, Now);
        explanation.Respond(Clerk, "Chờ số liệu", Now.AddDays(1));
        var escalation = Escalation.Record("overdue+15wd", tasks[1], Role.Leader, Role.Leader, EscalationAction.ReportToCommittee, Now);
        escalation.Resolve("Đã báo cáo Thường trực", Now.AddDays(2));
        await SaveAsync(host, letter, notice, next, explanation, escalation);

        await using var db = host.CreateDbContext();
        var read = await db.UrgeNotices.SingleAsync(n => n.PreviousNoticeId == notice.Id, Ct);
        (read.Level, read.DocumentId, read.IssuedByUserId, read.IssuedAt).ShouldBe((3, (Guid?)letter.Id, Leader, Now.AddDays(3)));
        read.TargetTaskIds.ShouldBe(tasks);
        read.AddresseeOrgUnitIds.ShouldBe([Health, Education]);
        (await db.UrgeNotices.SingleAsync(n => n.Id == notice.Id, Ct)).Message.ShouldBe("Đề nghị khẩn trương hoàn thành");
        var readExplanation = await db.ExplanationRequests.SingleAsync(e => e.TargetId == tasks[0], Ct);
        (readExplanation.Status, readExplanation.Response, readExplanation.DueOn).ShouldBe((ExplanationStatus.Answered, "Chờ số liệu", new DateOnly(2026, 3, 9)));
        var readEscalation = await db.Escalations.SingleAsync(e => e.TargetId == tasks[1], Ct);
        (readEscalation.Action, readEscalation.FromRole, readEscalation.ResolvedAt, readEscalation.IsOpen).ShouldBe(
            (EscalationAction.ReportToCommittee, (Role?)Role.Leader, (DateTimeOffset?)Now.AddDays(2), false));
    }

    [Fact]
    public async Task Inspection_RoundTrips_WithTeamFindingsConclusionAndRemediation()
    {
        await using var host = Database.CreateHost();
        var (deputy, member, secretary) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        var (decision, conclusionDocument) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var inspection = Inspection.Propose(InspectionKind.ThematicSupervision, "Giám sát thực hiện Chỉ thị 15", null, InspectingLevel.Province, [Health, Education],
            new DateOnly(2024, 1, 1), new DateOnly(2025, 12, 31), Now, maxDurationDays: 30, fields: [Field.Health]);
        inspection.FormTeam(Leader, [deputy], [member, secretary], secretary);
        inspection.IssueDecision(decision, null, new DateOnly(2026, 3, 2), Now);
        inspection.RequestSelfReport(null, Now);
        inspection.ReceiveSelfReport(null, Now);
        inspection.StartVerification(Now);
        var shortcoming = inspection.RecordFinding(Health, FindingType.Shortcoming, FindingSeverity.Moderate, "Chậm ban hành kế hoạch", Now);
        inspection.RecordFinding(Education, FindingType.Strength, null, "Triển khai nghiêm túc", Now);
        inspection.PrepareDraftReport(Now);
        inspection.IssueConclusion(conclusionDocument, new DateOnly(2026, 3, 20), ["Khắc phục trong quý II"], Now);
        var action = inspection.AddRemediationAction(shortcoming.Id, Health, "Ban hành kế hoạch bổ sung", new DateOnly(2026, 6, 30), Now);
        inspection.ReportRemediation(action.Id, Clerk, null, Now.AddDays(30));
        await SaveAsync(host, inspection);

        await using (var db = host.CreateDbContext())
        {
            var read = await db.Inspections.SingleAsync(i => i.Id == inspection.Id, Ct);
            (read.Status, read.MaxDurationDays, read.StartOn, read.DecisionDocumentId).ShouldBe(
                (InspectionStatus.Remediation, 30, (DateOnly?)new DateOnly(2026, 3, 2), (Guid?)decision));
            read.TargetOrgUnitIds.ShouldBe([Health, Education]);
            read.Fields.ShouldBe([Field.Health]);
            read.Team.ShouldNotBeNull();
            (read.Team.HeadUserId, read.Team.SecretaryUserId).ShouldBe((Leader, (Guid?)secretary));
            read.Team.DeputyUserIds.ShouldBe([deputy]);
            read.Team.MemberUserIds.ShouldBe([member, secretary]);
            read.Findings.OrderBy(f => f.Type).Select(f => (f.TargetOrgUnitId, f.Type, f.Severity)).ShouldBe(
                [(Education, FindingType.Strength, (FindingSeverity?)null), (Health, FindingType.Shortcoming, FindingSeverity.Moderate)]);
            read.Conclusion.ShouldNotBeNull();
            (read.Conclusion.DocumentId, read.Conclusion.IssuedOn).ShouldBe((conclusionDocument, new DateOnly(2026, 3, 20)));
            read.Conclusion.FindingIds.Count.ShouldBe(2);
            read.Conclusion.Requirements.ShouldBe(["Khắc phục trong quý II"]);
            var readAction = read.RemediationActions.ShouldHaveSingleItem();
            (readAction.FindingId, readAction.Status, readAction.ReportedByUserId).ShouldBe((shortcoming.Id, RemediationStatus.Reported, (Guid?)Clerk));

            // The loaded aggregate goes on: the fix is verified and the inspection closes.
            read.VerifyRemediation(action.Id, Specialist, Now.AddDays(35));
            read.Close(Now.AddDays(36));
            await db.SaveChangesAsync(Ct);
        }

        await using var again = host.CreateDbContext();
        var closed = await again.Inspections.SingleAsync(i => i.Id == inspection.Id, Ct);
        (closed.Status, closed.ClosedAt, closed.RemediationActions.Single().Status).ShouldBe(
            (InspectionStatus.Closed, (DateTimeOffset?)Now.AddDays(36), RemediationStatus.Verified));
        (await again.InspectionFindings.CountAsync(f => f.InspectionId == inspection.Id, Ct)).ShouldBe(2);
    }

    [Fact]
    public async Task Evaluation_RoundTrips_WithCriteriaAsJsonAndTaskFigures()
    {
        await using var host = Database.CreateHost();
        var stats = new TaskStats(10, 10, 0, 0, 3);
        var evaluation = Evaluation.SelfAssess(EvaluationSubjectType.OrgUnit, Health, EvaluationPeriod.Year, "2026",
            [new CriterionScore("A", 60m, 56.5m), new CriterionScore("B", 40m, 36m)], stats, false, Clerk, Now);
        evaluation.Review(Specialist, [new CriterionScore("A", 60m, 55m), new CriterionScore("B", 40m, 35.25m)], null, null, "Thẩm định", Now.AddDays(1));
        evaluation.Approve(Leader, null, null, Now.AddDays(2));
        await SaveAsync(host, evaluation);

        await using var db = host.CreateDbContext();
        var read = await db.Evaluations.SingleAsync(e => e.SubjectId == Health && e.PeriodKey == "2026", Ct);
        (read.SelfScore, read.ReviewedScore, read.FinalScore, read.FinalRating, read.Status).ShouldBe(
            (92.5m, (decimal?)90.25m, (decimal?)90.25m, (Rating?)Rating.ExcellentlyCompleted, EvaluationStatus.Approved));
        read.TaskStats.ShouldBe(stats);
        read.Criteria.Select(c => (c.Code, c.MaxPoints, c.SelfPoints, c.ReviewedPoints)).ShouldBe(
            [("A", 60m, 56.5m, (decimal?)55m), ("B", 40m, 36m, (decimal?)35.25m)]);
        (read.ApprovedByUserId, read.ApprovedAt).ShouldBe(((Guid?)Leader, (DateTimeOffset?)Now.AddDays(2)));
    }

    [Fact]
    public async Task CoordinationProgrammeAndHotIssue_RoundTrip()
    {
        await using var host = Database.CreateHost();
        var partyUnit = OrgUnit.Create("BTGDV-TU", "Ban Tuyên giáo và Dân vận Tỉnh ủy", null, OrgUnitKind.PartyAdvisoryBoard, OrgLevel.Province, OrgSystem.Party, null, new DateOnly(2025, 7, 1), Now);
        var stateUnit = OrgUnit.Create("SYT", "Sở Y tế", null, OrgUnitKind.StateAgency, OrgLevel.Province, OrgSystem.State, null, new DateOnly(2025, 7, 1), Now);
        var programme = CoordinationProgramme.Draft("Chương trình phối hợp về y tế", partyUnit, stateUnit, MeetingCadence.Quarterly, Now);
        programme.NominateFocalPoints(Specialist, Clerk);
        programme.SubmitForReview(Now);
        programme.Approve(CoordinationSide.Party, Leader, Now);
        programme.Approve(CoordinationSide.State, Guid.CreateVersion7(), Now);
        programme.Sign(Guid.CreateVersion7(), new DateOnly(2026, 3, 5), new DateOnly(2026, 3, 5), new DateOnly(2030, 12, 31), Now);
        var issue = HotIssue.Detect("Dịch sởi tại xã An Bình", Field.Health, HotIssueSeverity.High, Now, stateUnit.Id, 24, Now.AddHours(1), programme.Id);
        issue.ReceiveInformation(Now.AddHours(30));
        await SaveAsync(host, programme, issue);

        await using var db = host.CreateDbContext();
        var read = await db.CoordinationProgrammes.SingleAsync(p => p.Id == programme.Id, Ct);
        (read.Status, read.PartyOrgUnitId, read.StateOrgUnitId, read.Cadence, read.ValidTo).ShouldBe(
            (CoordinationStatus.Signed, partyUnit.Id, stateUnit.Id, MeetingCadence.Quarterly, (DateOnly?)new DateOnly(2030, 12, 31)));
        var readIssue = await db.HotIssues.SingleAsync(i => i.ProgrammeId == programme.Id, Ct);
        (readIssue.Status, readIssue.InfoDueAt, readIssue.IsBreached(Now.AddDays(2)), readIssue.Severity).ShouldBe(
            (HotIssueStatus.InformationReceived, Now.AddHours(24), true, HotIssueSeverity.High));
    }
}
