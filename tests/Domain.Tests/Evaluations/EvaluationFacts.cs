using Supervision.Domain.Common;
using Supervision.Domain.Evaluations;
using Supervision.Domain.Planning;
using Supervision.Domain.Tests.Planning;

using Supervision.Domain.Calendar;

namespace Supervision.Domain.Tests.Evaluations;

public class EvaluationFacts
{
    private static readonly Guid Unit = Guid.NewGuid();
    private static readonly Guid UnitOfficer = Guid.NewGuid();
    private static readonly Guid Reviewer = Guid.NewGuid();
    private static readonly Guid Leader = Guid.NewGuid();
    private static readonly TaskStats AllOnTime = new(10, 10, 0, 0, 3);

    private static CriterionScore[] Scores(decimal a, decimal b, decimal c) =>
        [new("TC1", 40, a), new("TC2", 40, b), new("TC3", 20, c)];

    private static Evaluation SelfAssessed(decimal a = 38, decimal b = 36, decimal c = 18, TaskStats? stats = null) =>
        Evaluation.SelfAssess(EvaluationSubjectType.OrgUnit, Unit, EvaluationPeriod.Year, "2026", Scores(a, b, c), stats ?? AllOnTime, false, UnitOfficer, Times.Now);

    private static Evaluation Reviewed(decimal a = 36, decimal b = 36, decimal c = 18)
    {
        var evaluation = SelfAssessed();
        evaluation.Review(Reviewer, Scores(a, b, c), null, null, null, Times.Now);
        return evaluation;
    }

    [Fact]
    public void SelfAssess_SumsTheCriteria_AndRatesByTheRule()
    {
        var evaluation = SelfAssessed(38, 36, 18);

        evaluation.SelfScore.ShouldBe(92m);
        evaluation.SelfRating.ShouldBe(Rating.ExcellentlyCompleted);
        evaluation.Status.ShouldBe(EvaluationStatus.SelfAssessed);
    }

    [Fact]
    public void SelfAssess_IsNotPossible_AboveACriterionsMaximum()
    {
        Should.Throw<DomainException>(() => SelfAssessed(41, 36, 18));
    }

    [Fact]
    public void SelfAssess_IsNotPossible_WithNegativePoints()
    {
        Should.Throw<DomainException>(() => SelfAssessed(-1, 36, 18));
    }

    [Fact]
    public void SelfAssess_IsNotPossible_WhenCriteriaDoNotMakeAHundredPoints()
    {
        Should.Throw<DomainException>(() => Evaluation.SelfAssess(
            EvaluationSubjectType.OrgUnit, Unit, EvaluationPeriod.Year, "2026", [new("TC1", 40, 30), new("TC2", 50, 40)], AllOnTime, false, UnitOfficer, Times.Now));
    }

    [Fact]
    public void SelfAssess_IsNotPossible_WithADuplicateCriterion()
    {
        Should.Throw<DomainException>(() => Evaluation.SelfAssess(
            EvaluationSubjectType.OrgUnit, Unit, EvaluationPeriod.Year, "2026", [new("TC1", 50, 30), new("TC1", 50, 40)], AllOnTime, false, UnitOfficer, Times.Now));
    }

    [Fact]
    public void Review_ProposesTheRuleRatingForTheReviewedScore()
    {
        var evaluation = Reviewed(34, 36, 18);

        evaluation.ReviewedScore.ShouldBe(88m);
        evaluation.ProposedRating.ShouldBe(Rating.WellCompleted);
        evaluation.Criteria.Single(c => c.Code == "TC1").ReviewedPoints.ShouldBe(34m);
        evaluation.Criteria.Single(c => c.Code == "TC1").SelfPoints.ShouldBe(38m);
    }

    [Fact]
    public void Review_UsesCorrectedTaskFigures()
    {
        var evaluation = SelfAssessed();

        evaluation.Review(Reviewer, Scores(38, 36, 18), new TaskStats(10, 9, 1, 0, 3), null, "Một nhiệm vụ hoàn thành trễ", Times.Now);

        evaluation.ProposedRating.ShouldBe(Rating.Completed);
    }

    [Fact]
    public void Review_IsNotPossible_WithDifferentCriteria()
    {
        var evaluation = SelfAssessed();

        Should.Throw<DomainException>(() => evaluation.Review(Reviewer, [new("TC1", 40, 30), new("TC2", 60, 50)], null, null, null, Times.Now));
        evaluation.Status.ShouldBe(EvaluationStatus.SelfAssessed);
    }

    [Fact]
    public void Review_IsNotPossible_ScoringACriterionTwice()
    {
        Should.Throw<DomainException>(() => SelfAssessed().Review(
            Reviewer, [new("TC1", 40, 30), new("TC1", 40, 30), new("TC3", 20, 10)], null, null, null, Times.Now));
    }

    [Fact]
    public void Review_IsNotPossible_Twice()
    {
        Should.Throw<DomainException>(() => Reviewed().Review(Reviewer, Scores(30, 30, 10), null, null, null, Times.Now));
    }

    [Fact]
    public void Review_IsNotPossible_ByThePersonEvaluated()
    {
        var person = Guid.NewGuid();
        var evaluation = Evaluation.SelfAssess(
            EvaluationSubjectType.Person, person, EvaluationPeriod.Year, "2026", Scores(38, 36, 18), AllOnTime, false, person, Times.Now);

        Should.Throw<DomainException>(() => evaluation.Review(person, Scores(38, 36, 18), null, null, null, Times.Now));
    }

    [Fact]
    public void Approve_WithoutADecidedRating_KeepsTheProposal()
    {
        var evaluation = Reviewed(36, 36, 18);

        evaluation.Approve(Leader, null, null, Times.Now);

        evaluation.Status.ShouldBe(EvaluationStatus.Approved);
        evaluation.FinalScore.ShouldBe(90m);
        evaluation.FinalRating.ShouldBe(Rating.ExcellentlyCompleted);
    }

    [Fact]
    public void Approve_IsNotPossible_AboveWhatTheRuleAllows()
    {
        var evaluation = Reviewed(34, 36, 18);

        Should.Throw<DomainException>(() => evaluation.Approve(Leader, Rating.ExcellentlyCompleted, "Đóng góp nổi bật", Times.Now));
        evaluation.Status.ShouldBe(EvaluationStatus.Reviewed);
    }

    [Fact]
    public void Approve_BelowTheRule_NeedsAReason()
    {
        var evaluation = Reviewed(36, 36, 18);

        Should.Throw<DomainException>(() => evaluation.Approve(Leader, Rating.WellCompleted, null, Times.Now));
        evaluation.Approve(Leader, Rating.WellCompleted, "Vượt tỷ lệ xuất sắc cho phép", Times.Now);

        evaluation.FinalRating.ShouldBe(Rating.WellCompleted);
        evaluation.DecisionReason.ShouldBe("Vượt tỷ lệ xuất sắc cho phép");
    }

    [Fact]
    public void Approve_IsNotPossible_BeforeReview()
    {
        Should.Throw<DomainException>(() => SelfAssessed().Approve(Leader, null, null, Times.Now));
    }

    [Fact]
    public void Publish_IsNotPossible_BeforeApproval()
    {
        Should.Throw<DomainException>(() => Reviewed().Publish(Times.Now));
    }

    [Fact]
    public void Publish_RaisesEvaluationPublished()
    {
        var evaluation = Reviewed();
        evaluation.Approve(Leader, null, null, Times.Now);

        evaluation.Publish(Times.Now);

        evaluation.Status.ShouldBe(EvaluationStatus.Published);
        evaluation.DomainEvents.OfType<EvaluationPublished>().ShouldHaveSingleItem().Rating.ShouldBe(Rating.ExcellentlyCompleted);
    }
}

public class TaskStatsOfFacts
{
    private static readonly DateOnly From = new(2026, 1, 1);
    private static readonly DateOnly To = new(2026, 12, 31);

    [Fact]
    public void Of_CountsTasksDueInThePeriod_ByTheirDeadlineState()
    {
        var onTime = Tasks.Submitted(new(2026, 6, 10));
        onTime.Approve(Tasks.Approver, null, Times.At(2026, 6, 10, 16), exceededRequirements: true);
        var late = Tasks.Submitted(new(2026, 6, 10));
        late.Approve(Tasks.Approver, null, Times.At(2026, 6, 12));
        var overdue = Tasks.InProgress(new(2026, 9, 30));
        var notDueYet = Tasks.InProgress(new(2026, 12, 20));
        var nextYear = Tasks.InProgress(new(2027, 3, 1));
        var cancelled = Tasks.InProgress(new(2026, 5, 1));
        cancelled.Cancel(Tasks.Approver, "Không còn phù hợp", Times.Now);
        var draft = Tasks.Draft(new(2026, 5, 1));

        var stats = TaskStats.Of([onTime, late, overdue, notDueYet, nextYear, cancelled, draft], From, To, Times.At(2026, 12, 5));

        stats.ShouldBe(new TaskStats(assigned: 4, doneOnTime: 1, doneLate: 1, openOverdue: 1, exceeded: 1));
        stats.OpenNotDue.ShouldBe(1);
    }
}
