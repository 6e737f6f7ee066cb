using Supervision.Domain.Common;
using Supervision.Domain.Planning;

namespace Supervision.Domain.Tests.Planning;

public class ReportingObligationFacts
{
    private static readonly Guid Board = Guid.NewGuid();
    private static readonly Guid Unit = Guid.NewGuid();

    [Fact]
    public void SixMonth_CoversFifteenthOfDecemberToFourteenthOfJune()
    {
        var obligation = ReportingObligation.SixMonth(2026, new(2026, 6, 10), Board, [Unit], Times.Now);

        obligation.Kind.ShouldBe(ReportKind.SixMonth);
        obligation.DataFrom.ShouldBe(new DateOnly(2025, 12, 15));
        obligation.DataTo.ShouldBe(new DateOnly(2026, 6, 14));
        obligation.DueOn.ShouldBe(new DateOnly(2026, 6, 10));
    }

    [Fact]
    public void Annual_CoversFifteenthOfDecemberToFourteenthOfDecember_AndMayBeDueBeforeCutOff()
    {
        var obligation = ReportingObligation.Annual(2026, new(2026, 11, 15), Board, [Unit], Times.Now);

        obligation.DataFrom.ShouldBe(new DateOnly(2025, 12, 15));
        obligation.DataTo.ShouldBe(new DateOnly(2026, 12, 14));
        obligation.TitleVi.ShouldBe("Báo cáo năm 2026");
    }

    [Fact]
    public void Create_IsNotPossible_WithoutReportingUnits()
    {
        Should.Throw<DomainException>(() => ReportingObligation.SixMonth(2026, new(2026, 6, 10), Board, [], Times.Now));
    }

    [Fact]
    public void Create_IsNotPossible_WhenRecipientOwesItself()
    {
        Should.Throw<DomainException>(() => ReportingObligation.SixMonth(2026, new(2026, 6, 10), Board, [Board, Unit], Times.Now));
    }

    [Fact]
    public void Create_IsNotPossible_WhenDueBeforeTheDataPeriod()
    {
        Should.Throw<DomainException>(() => ReportingObligation.SixMonth(2026, new(2025, 12, 1), Board, [Unit], Times.Now));
    }

    [Fact]
    public void Create_IsNotPossible_WithInvertedDataPeriod()
    {
        Should.Throw<DomainException>(() => ReportingObligation.Create(
            ReportKind.Thematic, "Chuyên đề", new(2026, 6, 1), new(2026, 5, 1), new(2026, 7, 1), Board, [Unit], Times.Now));
    }
}

public class ReportSubmissionFacts
{
    private static readonly Guid Board = Guid.NewGuid();
    private static readonly Guid Unit = Guid.NewGuid();
    private static readonly Guid Officer = Guid.NewGuid();
    private static readonly Guid Reviewer = Guid.NewGuid();
    private static readonly ReportingObligation SixMonth = ReportingObligation.SixMonth(2026, new(2026, 6, 10), Board, [Unit], Times.Now);

    [Fact]
    public void Submit_OnTheDueDay_IsNotLate()
    {
        var submission = ReportSubmission.Submit(SixMonth, Unit, Officer, null, Times.At(2026, 6, 10, 23, 30));

        submission.Status.ShouldBe(ReportSubmissionStatus.Submitted);
        submission.IsLate.ShouldBeFalse();
        submission.DomainEvents.ShouldHaveSingleItem().ShouldBeOfType<ReportSubmitted>().IsLate.ShouldBeFalse();
    }

    [Fact]
    public void Submit_AfterTheDueDay_IsLate()
    {
        var submission = ReportSubmission.Submit(SixMonth, Unit, Officer, null, Times.At(2026, 6, 11, 0, 5));

        submission.Status.ShouldBe(ReportSubmissionStatus.Late);
        submission.IsLate.ShouldBeTrue();
    }

    [Fact]
    public void Submit_IsNotPossible_FromAUnitNotRequiredToReport()
    {
        Should.Throw<DomainException>(() => ReportSubmission.Submit(SixMonth, Guid.NewGuid(), Officer, null, Times.Now));
    }

    [Fact]
    public void Return_IsNotPossible_WithoutComment()
    {
        var submission = ReportSubmission.Submit(SixMonth, Unit, Officer, null, Times.Now);

        Should.Throw<DomainException>(() => submission.Return(Reviewer, "", Times.Now));
        submission.Status.ShouldBe(ReportSubmissionStatus.Submitted);
    }

    [Fact]
    public void Resubmit_AfterReturn_KeepsAnOnTimeReportOnTime()
    {
        var submission = ReportSubmission.Submit(SixMonth, Unit, Officer, null, Times.At(2026, 6, 9));
        submission.Return(Reviewer, "Thiếu biểu số liệu 2", Times.At(2026, 6, 12));

        submission.Resubmit(Officer, Guid.NewGuid(), Times.At(2026, 6, 15));

        submission.Status.ShouldBe(ReportSubmissionStatus.Submitted);
        submission.IsLate.ShouldBeFalse();
        submission.ReturnCount.ShouldBe(1);
        submission.FirstSubmittedAt.ShouldBe(Times.At(2026, 6, 9));
        submission.SubmittedAt.ShouldBe(Times.At(2026, 6, 15));
    }

    [Fact]
    public void Resubmit_AfterReturn_KeepsALateReportLate()
    {
        var submission = ReportSubmission.Submit(SixMonth, Unit, Officer, null, Times.At(2026, 6, 12));
        submission.Return(Reviewer, "Thiếu biểu số liệu 2", Times.At(2026, 6, 13));

        submission.Resubmit(Officer, null, Times.At(2026, 6, 14));

        submission.Status.ShouldBe(ReportSubmissionStatus.Late);
    }

    [Fact]
    public void Resubmit_IsNotPossible_UnlessReturned()
    {
        Should.Throw<DomainException>(() => ReportSubmission.Submit(SixMonth, Unit, Officer, null, Times.Now).Resubmit(Officer, null, Times.Now));
    }

    [Fact]
    public void Accept_IsPossible_ForALateReport()
    {
        var submission = ReportSubmission.Submit(SixMonth, Unit, Officer, null, Times.At(2026, 6, 12));

        submission.Accept(Reviewer, null, Times.At(2026, 6, 13));

        submission.Status.ShouldBe(ReportSubmissionStatus.Accepted);
        submission.IsLate.ShouldBeTrue();
    }

    [Fact]
    public void Accept_IsNotPossible_WhileReturned()
    {
        var submission = ReportSubmission.Submit(SixMonth, Unit, Officer, null, Times.Now);
        submission.Return(Reviewer, "Sửa", Times.Now);

        Should.Throw<DomainException>(() => submission.Accept(Reviewer, null, Times.Now));
    }
}
