using Supervision.Domain.Common;
using Supervision.Domain.Coordination;
using Supervision.Domain.Organisation;
using Supervision.Domain.Tests.Organisation;

namespace Supervision.Domain.Tests.Coordination;

public class CoordinationProgrammeFacts
{
    private static readonly OrgUnit Province = Units.Province();
    private static readonly OrgUnit Board = Units.Under(Province, "BTGDVTU", OrgUnitKind.PartyAdvisoryBoard, level: OrgLevel.Province);
    private static readonly OrgUnit Health = Units.Under(Province, "SYT", OrgUnitKind.StateAgency, level: OrgLevel.Province, system: OrgSystem.State);
    private static readonly Guid BoardLeader = Guid.NewGuid();
    private static readonly Guid Director = Guid.NewGuid();

    private static CoordinationProgramme Draft() =>
        CoordinationProgramme.Draft("Chương trình phối hợp giữa Ban TG&DV Tỉnh ủy và Sở Y tế", Board, Health, MeetingCadence.Quarterly, Times.Now);

    private static CoordinationProgramme InReview()
    {
        var programme = Draft();
        programme.NominateFocalPoints(Guid.NewGuid(), Guid.NewGuid());
        programme.SubmitForReview(Times.Now);
        return programme;
    }

    private static CoordinationProgramme Agreed()
    {
        var programme = InReview();
        programme.Approve(CoordinationSide.Party, BoardLeader, Times.Now);
        programme.Approve(CoordinationSide.State, Director, Times.Now);
        return programme;
    }

    [Fact]
    public void Draft_IsNotPossible_WithTwoPartyUnits()
    {
        Should.Throw<DomainException>(() => CoordinationProgramme.Draft("CTPH", Board, Province, MeetingCadence.Monthly, Times.Now));
    }

    [Fact]
    public void Draft_IsNotPossible_WithSidesSwapped()
    {
        Should.Throw<DomainException>(() => CoordinationProgramme.Draft("CTPH", Health, Board, MeetingCadence.Monthly, Times.Now));
    }

    [Fact]
    public void SubmitForReview_IsNotPossible_WithoutFocalPoints()
    {
        var programme = Draft();

        Should.Throw<DomainException>(() => programme.SubmitForReview(Times.Now));
        programme.Status.ShouldBe(CoordinationStatus.Draft);
    }

    [Fact]
    public void NominateFocalPoints_IsNotPossible_WithOnePersonForBothSides()
    {
        var person = Guid.NewGuid();

        Should.Throw<DomainException>(() => Draft().NominateFocalPoints(person, person));
    }

    [Fact]
    public void Approve_ByOneSide_LeavesTheProgrammeInReview()
    {
        var programme = InReview();

        programme.Approve(CoordinationSide.State, Director, Times.Now);

        programme.Status.ShouldBe(CoordinationStatus.InReview);
        programme.IsApprovedBy(CoordinationSide.State).ShouldBeTrue();
        programme.IsApprovedBy(CoordinationSide.Party).ShouldBeFalse();
    }

    [Fact]
    public void Approve_ByBothSides_InEitherOrder_AgreesTheProgramme()
    {
        var programme = InReview();

        programme.Approve(CoordinationSide.State, Director, Times.Now);
        programme.Approve(CoordinationSide.Party, BoardLeader, Times.Now);

        programme.Status.ShouldBe(CoordinationStatus.Agreed);
        programme.DomainEvents.OfType<CoordinationProgrammeAgreed>().ShouldHaveSingleItem();
    }

    [Fact]
    public void Approve_IsNotPossible_TwiceForTheSameSide()
    {
        var programme = InReview();
        programme.Approve(CoordinationSide.Party, BoardLeader, Times.Now);

        Should.Throw<DomainException>(() => programme.Approve(CoordinationSide.Party, Guid.NewGuid(), Times.Now));
        programme.Status.ShouldBe(CoordinationStatus.InReview);
    }

    [Fact]
    public void Approve_IsNotPossible_ByOnePersonForBothSides()
    {
        var programme = InReview();
        programme.Approve(CoordinationSide.Party, BoardLeader, Times.Now);

        Should.Throw<DomainException>(() => programme.Approve(CoordinationSide.State, BoardLeader, Times.Now));
    }

    [Fact]
    public void Approve_IsNotPossible_OnADraft()
    {
        Should.Throw<DomainException>(() => Draft().Approve(CoordinationSide.Party, BoardLeader, Times.Now));
    }

    [Fact]
    public void Return_ByEitherSide_VoidsTheOtherSidesApproval()
    {
        var programme = InReview();
        programme.Approve(CoordinationSide.Party, BoardLeader, Times.Now);

        programme.Return(CoordinationSide.State, Director, "Bổ sung nội dung truyền thông về dân số", Times.Now);

        programme.Status.ShouldBe(CoordinationStatus.Draft);
        programme.IsApprovedBy(CoordinationSide.Party).ShouldBeFalse();
        programme.ReturnComment.ShouldBe("Bổ sung nội dung truyền thông về dân số");
    }

    [Fact]
    public void Return_IsNotPossible_WithoutComment()
    {
        var programme = InReview();

        Should.Throw<DomainException>(() => programme.Return(CoordinationSide.State, Director, "", Times.Now));
        programme.Status.ShouldBe(CoordinationStatus.InReview);
    }

    [Fact]
    public void Sign_IsNotPossible_WithOnlyOneSideApproved()
    {
        var programme = InReview();
        programme.Approve(CoordinationSide.Party, BoardLeader, Times.Now);

        var ex = Should.Throw<DomainException>(() => programme.Sign(Guid.NewGuid(), new(2026, 6, 1), new(2026, 6, 1), null, Times.Now));
        ex.Message.ShouldContain("State");
        programme.Status.ShouldBe(CoordinationStatus.InReview);
    }

    [Fact]
    public void Sign_RecordsTheJointDocumentAndValidity()
    {
        var programme = Agreed();
        var joint = Guid.NewGuid();

        programme.Sign(joint, new(2026, 6, 1), new(2026, 6, 1), new(2030, 12, 31), Times.Now);

        programme.Status.ShouldBe(CoordinationStatus.Signed);
        programme.DocumentId.ShouldBe(joint);
        programme.ValidTo.ShouldBe(new DateOnly(2030, 12, 31));
    }

    [Fact]
    public void Sign_IsNotPossible_EffectiveBeforeSigning()
    {
        Should.Throw<DomainException>(() => Agreed().Sign(Guid.NewGuid(), new(2026, 6, 1), new(2026, 5, 1), null, Times.Now));
    }

    [Fact]
    public void End_IsNotPossible_BeforeSigning()
    {
        Should.Throw<DomainException>(() => Agreed().End(new(2027, 1, 1), "Tổng kết", Times.Now));
    }

    [Fact]
    public void End_ClosesASignedProgramme()
    {
        var programme = Agreed();
        programme.Sign(Guid.NewGuid(), new(2026, 6, 1), new(2026, 6, 1), null, Times.Now);

        programme.End(new(2030, 12, 31), "Tổng kết, ký chương trình mới", Times.Now);

        programme.Status.ShouldBe(CoordinationStatus.Ended);
    }
}

public class HotIssueFacts
{
    private static readonly DateTimeOffset Detected = Times.At(2026, 3, 2, 9, 0);
    private static readonly Guid Health = Guid.NewGuid();

    private static HotIssue Open(int hours = 24) =>
        HotIssue.Detect("Phản ánh về dịch sởi tại trường học", Field.Health, HotIssueSeverity.High, Detected, Health, hours, Detected);

    [Fact]
    public void Detect_SetsTheInformationDeadlineInHours()
    {
        Open(48).InfoDueAt.ShouldBe(Times.At(2026, 3, 4, 9, 0));
    }

    [Fact]
    public void Detect_IsNotPossible_WithoutAnSla()
    {
        Should.Throw<DomainException>(() => Open(0));
    }

    [Fact]
    public void Detect_IsNotPossible_ForStateSecretMatters()
    {
        Should.Throw<DomainException>(() => HotIssue.Detect(
            "x", Field.Health, HotIssueSeverity.High, Detected, Health, 24, Detected, classification: Classification.Mat));
    }

    [Fact]
    public void IsBreached_OnlyAfterTheDeadlinePasses()
    {
        var issue = Open();

        issue.IsBreached(Detected.AddHours(24)).ShouldBeFalse();
        issue.IsBreached(Detected.AddHours(24).AddSeconds(1)).ShouldBeTrue();
    }

    [Fact]
    public void IsBreached_StaysFalse_WhenInformationCameInTime()
    {
        var issue = Open();
        issue.ReceiveInformation(Detected.AddHours(20));

        issue.IsBreached(Detected.AddDays(10)).ShouldBeFalse();
    }

    [Fact]
    public void IsBreached_StaysTrue_WhenInformationCameLate()
    {
        var issue = Open();
        issue.ReceiveInformation(Detected.AddHours(30));

        issue.IsBreached(Detected.AddHours(31)).ShouldBeTrue();
        issue.DomainEvents.OfType<HotIssueInformationReceived>().ShouldHaveSingleItem().Breached.ShouldBeTrue();
    }

    [Fact]
    public void ReceiveInformation_IsNotPossible_Twice()
    {
        var issue = Open();
        issue.ReceiveInformation(Detected.AddHours(2));

        Should.Throw<DomainException>(() => issue.ReceiveInformation(Detected.AddHours(3)));
        issue.InfoReceivedAt.ShouldBe(Detected.AddHours(2));
    }

    [Fact]
    public void IssueOrientation_IsNotPossible_WithoutInformationBeforeTheDeadline()
    {
        var issue = Open();

        Should.Throw<DomainException>(() => issue.IssueOrientation(null, Detected.AddHours(5)));
        issue.Status.ShouldBe(HotIssueStatus.Open);
    }

    [Fact]
    public void IssueOrientation_IsPossible_WithoutInformationOnceTheAgencyIsLate()
    {
        var issue = Open();

        issue.IssueOrientation(null, Detected.AddHours(25));

        issue.Status.ShouldBe(HotIssueStatus.OrientationIssued);
    }

    [Fact]
    public void IssueOrientation_FollowsTheInformation()
    {
        var issue = Open();
        issue.ReceiveInformation(Detected.AddHours(3));

        issue.IssueOrientation(Guid.NewGuid(), Detected.AddHours(5));

        issue.Status.ShouldBe(HotIssueStatus.OrientationIssued);
        issue.OrientationIssuedAt.ShouldBe(Detected.AddHours(5));
    }

    [Fact]
    public void Close_IsNotPossible_WithoutNote()
    {
        Should.Throw<DomainException>(() => Open().Close(" ", Detected));
    }

    [Fact]
    public void Close_IsNotPossible_Twice()
    {
        var issue = Open();
        issue.Close("Dư luận đã lắng", Detected.AddDays(3));

        Should.Throw<DomainException>(() => issue.Close("Lần hai", Detected.AddDays(4)));
        issue.ClosedAt.ShouldBe(Detected.AddDays(3));
    }
}
