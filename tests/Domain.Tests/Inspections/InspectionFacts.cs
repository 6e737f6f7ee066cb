using Supervision.Domain.Common;
using Supervision.Domain.Inspections;

namespace Supervision.Domain.Tests.Inspections;

public class InspectionFacts
{
    private static readonly Guid Target = Guid.NewGuid();
    private static readonly Guid Head = Guid.NewGuid();
    private static readonly Guid Member = Guid.NewGuid();
    private static readonly Guid TargetOfficer = Guid.NewGuid();
    private static readonly DateOnly Start = new(2026, 9, 1);

    private static Inspection Proposed(InspectionKind kind = InspectionKind.Inspection, InspectingLevel level = InspectingLevel.Province) =>
        Inspection.Propose(kind, "Kiểm tra thực hiện Nghị quyết 20-NQ/TW", null, level, [Target], new(2021, 9, 1), new(2026, 8, 31), Times.Now);

    private static Inspection Decided(InspectionKind kind = InspectionKind.Inspection, InspectingLevel level = InspectingLevel.Province)
    {
        var inspection = Proposed(kind, level);
        inspection.FormTeam(Head, [], [Member], Member);
        inspection.IssueDecision(Guid.NewGuid(), null, Start, Times.Now);
        return inspection;
    }

    private static Inspection InVerification(InspectionKind kind = InspectionKind.Inspection)
    {
        var inspection = Decided(kind);
        inspection.RequestSelfReport(null, Times.Now);
        inspection.ReceiveSelfReport(Guid.NewGuid(), Times.Now);
        inspection.StartVerification(Times.Now);
        return inspection;
    }

    private static (Inspection Inspection, Finding Shortcoming) Concluded()
    {
        var inspection = InVerification();
        inspection.RecordFinding(Target, FindingType.Strength, null, "Quán triệt kịp thời", Times.Now);
        var shortcoming = inspection.RecordFinding(Target, FindingType.Shortcoming, FindingSeverity.Moderate, "Chưa sơ kết định kỳ", Times.Now);
        inspection.PrepareDraftReport(Times.Now);
        inspection.IssueConclusion(Guid.NewGuid(), new(2026, 10, 10), ["Tổ chức sơ kết trước 31/12/2026"], Times.Now);
        return (inspection, shortcoming);
    }

    [Theory]
    [InlineData(InspectingLevel.Central, 60)]
    [InlineData(InspectingLevel.Province, 45)]
    [InlineData(InspectingLevel.AboveGrassroots, 20)]
    public void Propose_TakesTheDurationCapOfTheLevel(InspectingLevel level, int days)
    {
        Proposed(level: level).MaxDurationDays.ShouldBe(days);
    }

    [Fact]
    public void Propose_AcceptsAShorterDuration()
    {
        var inspection = Inspection.Propose(
            InspectionKind.ThematicSupervision, "GS", null, InspectingLevel.Province, [Target], new(2025, 1, 1), new(2025, 12, 31), Times.Now, maxDurationDays: 30);

        inspection.MaxDurationDays.ShouldBe(30);
    }

    [Fact]
    public void Propose_IsNotPossible_BeyondTheLevelsCap()
    {
        Should.Throw<DomainException>(() => Inspection.Propose(
            InspectionKind.Inspection, "KT", null, InspectingLevel.Province, [Target], new(2025, 1, 1), new(2025, 12, 31), Times.Now, maxDurationDays: 46));
    }

    [Fact]
    public void Propose_AcceptsAReviewPeriodOfExactlyFiveYears()
    {
        var inspection = Inspection.Propose(
            InspectionKind.Inspection, "KT", null, InspectingLevel.Province, [Target], new(2021, 1, 1), new(2025, 12, 31), Times.Now);

        inspection.ReviewPeriodFrom.ShouldBe(new DateOnly(2021, 1, 1));
    }

    [Fact]
    public void Propose_IsNotPossible_WithAReviewPeriodOverFiveYears()
    {
        Should.Throw<DomainException>(() => Inspection.Propose(
            InspectionKind.Inspection, "KT", null, InspectingLevel.Province, [Target], new(2020, 12, 31), new(2025, 12, 31), Times.Now));
    }

    [Fact]
    public void Propose_IsNotPossible_WithoutTargets()
    {
        Should.Throw<DomainException>(() => Inspection.Propose(
            InspectionKind.Inspection, "KT", null, InspectingLevel.Province, [], new(2025, 1, 1), new(2025, 12, 31), Times.Now));
    }

    [Fact]
    public void Propose_IsNotPossible_ForStateSecretContent()
    {
        Should.Throw<DomainException>(() => Inspection.Propose(
            InspectionKind.Inspection, "KT", null, InspectingLevel.Province, [Target], new(2025, 1, 1), new(2025, 12, 31), Times.Now,
            classification: Classification.ToiMat));
    }

    [Fact]
    public void Reclassify_IsNotPossible_ToAStateSecretGrade()
    {
        var inspection = Proposed();

        Should.Throw<DomainException>(() => inspection.Reclassify(Classification.Mat));
        inspection.Classification.ShouldBe(Classification.Unclassified);
    }

    [Fact]
    public void FormTeam_IsNotPossible_WithTheHeadAlsoAMember()
    {
        Should.Throw<DomainException>(() => Proposed().FormTeam(Head, [], [Head, Member], null));
    }

    [Fact]
    public void FormTeam_IsNotPossible_AfterTheDecision()
    {
        Should.Throw<DomainException>(() => Decided().FormTeam(Guid.NewGuid(), [], [], null));
    }

    [Fact]
    public void IssueDecision_IsNotPossible_WithoutTeam()
    {
        var inspection = Proposed();

        Should.Throw<DomainException>(() => inspection.IssueDecision(Guid.NewGuid(), null, Start, Times.Now));
        inspection.Status.ShouldBe(InspectionStatus.Proposed);
    }

    [Fact]
    public void IssueDecision_StartsTheClock()
    {
        var inspection = Decided();

        inspection.Status.ShouldBe(InspectionStatus.DecisionIssued);
        inspection.StartOn.ShouldBe(Start);
        inspection.EndsOn.ShouldBe(Start.AddDays(45));
        inspection.DomainEvents.OfType<InspectionStatusChanged>().ShouldHaveSingleItem()
            .ShouldBe(new InspectionStatusChanged(inspection.Id, InspectionStatus.Proposed, InspectionStatus.DecisionIssued, Times.Now));
    }

    [Fact]
    public void EndsOn_IsLeftToTheCalendar_ForWorkingDays()
    {
        var inspection = Inspection.Propose(
            InspectionKind.Inspection, "KT", null, InspectingLevel.Province, [Target], new(2025, 1, 1), new(2025, 12, 31), Times.Now,
            durationBasis: DurationBasis.WorkingDays);
        inspection.FormTeam(Head, [], [], null);
        inspection.IssueDecision(Guid.NewGuid(), null, Start, Times.Now);

        inspection.EndsOn.ShouldBeNull();
        inspection.AllowedDurationDays.ShouldBe(45);
    }

    [Fact]
    public void Steps_AreNotPossible_OutOfOrder()
    {
        var inspection = Decided();

        Should.Throw<DomainException>(() => inspection.ReceiveSelfReport(null, Times.Now));
        Should.Throw<DomainException>(() => inspection.StartVerification(Times.Now));
        Should.Throw<DomainException>(() => inspection.PrepareDraftReport(Times.Now));
        inspection.Status.ShouldBe(InspectionStatus.DecisionIssued);
    }

    [Fact]
    public void Steps_RunThroughTheProcedureInOrder()
    {
        var inspection = Decided();

        inspection.RequestSelfReport(Guid.NewGuid(), Times.Now);
        inspection.Status.ShouldBe(InspectionStatus.SelfReportRequested);
        inspection.ReceiveSelfReport(Guid.NewGuid(), Times.Now);
        inspection.Status.ShouldBe(InspectionStatus.SelfReportReceived);
        inspection.StartVerification(Times.Now);
        inspection.Status.ShouldBe(InspectionStatus.Verification);
    }

    [Fact]
    public void RecordFinding_IsNotPossible_BeforeVerification()
    {
        Should.Throw<DomainException>(() => Decided().RecordFinding(Target, FindingType.Strength, null, "x", Times.Now));
    }

    [Fact]
    public void RecordFinding_IsNotPossible_AboutAUnitNotInspected()
    {
        Should.Throw<DomainException>(() => InVerification().RecordFinding(Guid.NewGuid(), FindingType.Strength, null, "x", Times.Now));
    }

    [Fact]
    public void RecordFinding_IsNotPossible_ForAViolationWithoutSeverity()
    {
        Should.Throw<DomainException>(() => InVerification().RecordFinding(Target, FindingType.Violation, null, "x", Times.Now));
    }

    [Fact]
    public void PrepareDraftReport_IsNotPossible_WithoutFindings()
    {
        var inspection = InVerification();

        Should.Throw<DomainException>(() => inspection.PrepareDraftReport(Times.Now));
        inspection.Status.ShouldBe(InspectionStatus.Verification);
    }

    [Fact]
    public void IssueConclusion_CoversEveryFinding()
    {
        var (inspection, _) = Concluded();

        inspection.Status.ShouldBe(InspectionStatus.ConclusionIssued);
        inspection.Conclusion!.FindingIds.ShouldBe(inspection.Findings.Select(f => f.Id));
        inspection.Conclusion.Requirements.ShouldBe(["Tổ chức sơ kết trước 31/12/2026"]);
    }

    [Fact]
    public void IssueConclusion_IsNotPossible_BeforeADraftReport()
    {
        var inspection = InVerification();
        inspection.RecordFinding(Target, FindingType.Strength, null, "Tốt", Times.Now);

        Should.Throw<DomainException>(() => inspection.IssueConclusion(Guid.NewGuid(), new(2026, 10, 10), [], Times.Now));
        inspection.Conclusion.ShouldBeNull();
    }

    [Fact]
    public void Extend_IsPossible_UpToOneThirdOfMaxDuration()
    {
        var inspection = Decided();

        inspection.Extend(10, "Đối tượng bổ sung hồ sơ", Times.Now);
        inspection.Extend(5, "Xác minh thêm", Times.Now);

        inspection.ExtensionDays.ShouldBe(15);
        inspection.AllowedDurationDays.ShouldBe(60);
        inspection.EndsOn.ShouldBe(Start.AddDays(60));
    }

    [Fact]
    public void Extend_IsNotPossible_BeyondOneThirdOfMaxDuration()
    {
        var inspection = Decided();
        inspection.Extend(15, "Xác minh thêm", Times.Now);

        Should.Throw<DomainException>(() => inspection.Extend(1, "Thêm nữa", Times.Now));
        inspection.ExtensionDays.ShouldBe(15);
    }

    [Theory]
    [InlineData(InspectingLevel.Central, 20, 21)]
    [InlineData(InspectingLevel.AboveGrassroots, 6, 7)]
    public void Extend_RoundsTheThirdDown(InspectingLevel level, int allowed, int refused)
    {
        Decided(level: level).Extend(allowed, "x", Times.Now);
        Should.Throw<DomainException>(() => Decided(level: level).Extend(refused, "x", Times.Now));
    }

    [Fact]
    public void Extend_IsNotPossible_BeforeTheDecision()
    {
        Should.Throw<DomainException>(() => Proposed().Extend(5, "x", Times.Now));
    }

    [Fact]
    public void Extend_IsNotPossible_AfterTheConclusion()
    {
        Should.Throw<DomainException>(() => Concluded().Inspection.Extend(5, "x", Times.Now));
    }

    [Fact]
    public void AddRemediationAction_MovesToRemediation()
    {
        var (inspection, shortcoming) = Concluded();

        var action = inspection.AddRemediationAction(shortcoming.Id, Target, "Tổ chức sơ kết", new(2026, 12, 31), Times.Now);

        inspection.Status.ShouldBe(InspectionStatus.Remediation);
        action.Status.ShouldBe(RemediationStatus.Open);
        inspection.RemediationActions.ShouldBe([action]);
    }

    [Fact]
    public void AddRemediationAction_IsNotPossible_ForAStrength()
    {
        var (inspection, _) = Concluded();
        var strength = inspection.Findings.Single(f => f.Type == FindingType.Strength);

        Should.Throw<DomainException>(() => inspection.AddRemediationAction(strength.Id, Target, "x", new(2026, 12, 31), Times.Now));
    }

    [Fact]
    public void AddRemediationAction_IsNotPossible_DueBeforeTheConclusion()
    {
        var (inspection, shortcoming) = Concluded();

        Should.Throw<DomainException>(() => inspection.AddRemediationAction(shortcoming.Id, Target, "x", new(2026, 10, 9), Times.Now));
    }

    [Fact]
    public void RemediationAction_IsOverdue_OnlyWhileOpenAfterItsDueDay()
    {
        var (inspection, shortcoming) = Concluded();
        var action = inspection.AddRemediationAction(shortcoming.Id, Target, "Tổ chức sơ kết", new(2026, 12, 31), Times.Now);

        action.IsOverdue(Times.At(2026, 12, 31, 23, 59)).ShouldBeFalse();
        action.IsOverdue(Times.At(2027, 1, 1)).ShouldBeTrue();
        inspection.ReportRemediation(action.Id, TargetOfficer, null, Times.At(2027, 1, 2));
        action.IsOverdue(Times.At(2027, 1, 3)).ShouldBeFalse();
    }

    [Fact]
    public void Close_IsNotPossible_WhenARemediationActionIsUnverified()
    {
        var (inspection, shortcoming) = Concluded();
        var action = inspection.AddRemediationAction(shortcoming.Id, Target, "Tổ chức sơ kết", new(2026, 12, 31), Times.Now);
        inspection.ReportRemediation(action.Id, TargetOfficer, Guid.NewGuid(), Times.Now);

        Should.Throw<DomainException>(() => inspection.Close(Times.Now));
        inspection.Status.ShouldBe(InspectionStatus.Remediation);
    }

    [Fact]
    public void Close_IsPossible_OnceEveryRemediationActionIsVerified()
    {
        var (inspection, shortcoming) = Concluded();
        var action = inspection.AddRemediationAction(shortcoming.Id, Target, "Tổ chức sơ kết", new(2026, 12, 31), Times.Now);
        inspection.ReportRemediation(action.Id, TargetOfficer, Guid.NewGuid(), Times.Now);
        inspection.VerifyRemediation(action.Id, Member, Times.Now);

        inspection.Close(Times.Now);

        inspection.Status.ShouldBe(InspectionStatus.Closed);
        inspection.DomainEvents.OfType<RemediationActionVerified>().ShouldHaveSingleItem().ActionId.ShouldBe(action.Id);
    }

    [Fact]
    public void Close_IsPossible_WhenTheConclusionRequiresNoFix()
    {
        var inspection = InVerification();
        inspection.RecordFinding(Target, FindingType.Strength, null, "Thực hiện tốt", Times.Now);
        inspection.PrepareDraftReport(Times.Now);
        inspection.IssueConclusion(Guid.NewGuid(), new(2026, 10, 10), [], Times.Now);

        inspection.Close(Times.Now);

        inspection.Status.ShouldBe(InspectionStatus.Closed);
    }

    [Fact]
    public void Close_IsNotPossible_BeforeTheConclusionIsIssued()
    {
        var inspection = InVerification();
        inspection.RecordFinding(Target, FindingType.Strength, null, "Tốt", Times.Now);
        inspection.PrepareDraftReport(Times.Now);

        Should.Throw<DomainException>(() => inspection.Close(Times.Now));
    }

    [Fact]
    public void VerifyRemediation_IsNotPossible_BeforeItIsReported()
    {
        var (inspection, shortcoming) = Concluded();
        var action = inspection.AddRemediationAction(shortcoming.Id, Target, "x", new(2026, 12, 31), Times.Now);

        Should.Throw<DomainException>(() => inspection.VerifyRemediation(action.Id, Member, Times.Now));
    }

    [Fact]
    public void VerifyRemediation_IsNotPossible_ByTheReporter()
    {
        var (inspection, shortcoming) = Concluded();
        var action = inspection.AddRemediationAction(shortcoming.Id, Target, "x", new(2026, 12, 31), Times.Now);
        inspection.ReportRemediation(action.Id, TargetOfficer, null, Times.Now);

        Should.Throw<DomainException>(() => inspection.VerifyRemediation(action.Id, TargetOfficer, Times.Now));
        action.Status.ShouldBe(RemediationStatus.Reported);
    }

    [Fact]
    public void RejectRemediationReport_ReopensTheAction()
    {
        var (inspection, shortcoming) = Concluded();
        var action = inspection.AddRemediationAction(shortcoming.Id, Target, "x", new(2026, 12, 31), Times.Now);
        inspection.ReportRemediation(action.Id, TargetOfficer, null, Times.Now);

        inspection.RejectRemediationReport(action.Id, "Chưa có biên bản hội nghị sơ kết");

        action.Status.ShouldBe(RemediationStatus.Open);
        action.LastRejectionComment.ShouldBe("Chưa có biên bản hội nghị sơ kết");
    }

    [Fact]
    public void RejectRemediationReport_IsNotPossible_WithoutComment()
    {
        var (inspection, shortcoming) = Concluded();
        var action = inspection.AddRemediationAction(shortcoming.Id, Target, "x", new(2026, 12, 31), Times.Now);
        inspection.ReportRemediation(action.Id, TargetOfficer, null, Times.Now);

        Should.Throw<DomainException>(() => inspection.RejectRemediationReport(action.Id, ""));
        action.Status.ShouldBe(RemediationStatus.Reported);
    }

    [Fact]
    public void ConvertToInspection_ProposesAnInspectionOfTheSameTargets()
    {
        var supervision = InVerification(InspectionKind.ThematicSupervision);
        supervision.RecordFinding(Target, FindingType.Violation, FindingSeverity.Serious, "Sử dụng kinh phí sai mục đích", Times.Now);
        supervision.Reclassify(Classification.Restricted);

        var inspection = supervision.ConvertToInspection("Có dấu hiệu vi phạm", Times.Now);

        supervision.Status.ShouldBe(InspectionStatus.ConvertedToInspection);
        supervision.ConvertedToId.ShouldBe(inspection.Id);
        inspection.Kind.ShouldBe(InspectionKind.Inspection);
        inspection.Status.ShouldBe(InspectionStatus.Proposed);
        inspection.ConvertedFromId.ShouldBe(supervision.Id);
        inspection.TargetOrgUnitIds.ShouldBe([Target]);
        inspection.ReviewPeriodFrom.ShouldBe(supervision.ReviewPeriodFrom);
        inspection.Classification.ShouldBe(Classification.Restricted);
    }

    [Fact]
    public void ConvertToInspection_IsNotPossible_WithoutSignsOfViolation()
    {
        var supervision = InVerification(InspectionKind.ThematicSupervision);
        supervision.RecordFinding(Target, FindingType.Shortcoming, FindingSeverity.Minor, "Chậm báo cáo", Times.Now);

        Should.Throw<DomainException>(() => supervision.ConvertToInspection("x", Times.Now));
        supervision.Status.ShouldBe(InspectionStatus.Verification);
    }

    [Fact]
    public void ConvertToInspection_IsNotPossible_ForAnInspection()
    {
        var inspection = InVerification(InspectionKind.Inspection);
        inspection.RecordFinding(Target, FindingType.Violation, FindingSeverity.Serious, "Vi phạm", Times.Now);

        Should.Throw<DomainException>(() => inspection.ConvertToInspection("x", Times.Now));
    }

    [Fact]
    public void Delete_IsNotPossible_AfterTheDecision()
    {
        Should.Throw<DomainException>(() => Decided().Delete(Head, Times.Now));
    }
}
