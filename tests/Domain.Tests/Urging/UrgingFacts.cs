using Supervision.Domain.Common;
using Supervision.Domain.Organisation;
using Supervision.Domain.Urging;

namespace Supervision.Domain.Tests.Urging;

public class UrgeNoticeFacts
{
    private static readonly Guid Task = Guid.NewGuid();
    private static readonly Guid Unit = Guid.NewGuid();
    private static readonly Guid Leader = Guid.NewGuid();

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(-1)]
    public void Issue_IsNotPossible_OutsideLevelsOneToFour(int level)
    {
        Should.Throw<DomainException>(() => UrgeNotice.Issue(level, [Task], [Unit], Leader, Times.Now));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Issue_AcceptsTheLadderEnds(int level)
    {
        var notice = UrgeNotice.Issue(level, [Task], [Unit], Leader, Times.Now);

        notice.Level.ShouldBe(level);
        notice.DomainEvents.ShouldHaveSingleItem().ShouldBeOfType<UrgeNoticeIssued>().TargetTaskIds.ShouldBe([Task]);
    }

    [Fact]
    public void Issue_IsNotPossible_WithoutTargets()
    {
        Should.Throw<DomainException>(() => UrgeNotice.Issue(1, [], [Unit], Leader, Times.Now));
    }

    [Fact]
    public void Issue_IsNotPossible_WithoutAddressees()
    {
        Should.Throw<DomainException>(() => UrgeNotice.Issue(1, [Task], [], Leader, Times.Now));
    }

    [Fact]
    public void Escalate_IssuesTheNextLevelForTheSameTasksAndUnits()
    {
        var first = UrgeNotice.Issue(2, [Task], [Unit], Leader, Times.Now);
        var letter = Guid.NewGuid();

        var next = first.Escalate(Leader, Times.Now.AddDays(5), documentId: letter, messageEn: "  Second notice ");

        next.Level.ShouldBe(3);
        next.TargetTaskIds.ShouldBe([Task]);
        next.AddresseeOrgUnitIds.ShouldBe([Unit]);
        next.PreviousNoticeId.ShouldBe(first.Id);
        next.DocumentId.ShouldBe(letter);
        (next.Message, next.MessageEn).ShouldBe((null, "Second notice"));
    }

    [Fact]
    public void Escalate_IsNotPossible_BeyondLevelFour()
    {
        Should.Throw<DomainException>(() => UrgeNotice.Issue(4, [Task], [Unit], Leader, Times.Now).Escalate(Leader, Times.Now));
    }

    [Fact]
    public void AttachLetter_IsNotPossible_Twice()
    {
        var notice = UrgeNotice.Issue(3, [Task], [Unit], Leader, Times.Now);
        notice.AttachLetter(Guid.NewGuid());

        Should.Throw<DomainException>(() => notice.AttachLetter(Guid.NewGuid()));
    }
}

public class ExplanationRequestFacts
{
    private static readonly Guid Reviewer = Guid.NewGuid();
    private static readonly Guid UnitOfficer = Guid.NewGuid();

    private static ExplanationRequest Open() => ExplanationRequest.Create(
        Guid.NewGuid(), Guid.NewGuid(), "Vì sao chưa gửi báo cáo 6 tháng?", new(2026, 6, 20), Reviewer, Times.At(2026, 6, 15));

    [Fact]
    public void Create_IsNotPossible_DueInThePast()
    {
        Should.Throw<DomainException>(() => ExplanationRequest.Create(
            Guid.NewGuid(), Guid.NewGuid(), "?", new(2026, 6, 14), Reviewer, Times.At(2026, 6, 15)));
    }

    [Fact]
    public void Respond_IsNotPossible_WithoutText()
    {
        var request = Open();

        Should.Throw<DomainException>(() => request.Respond(UnitOfficer, " ", Times.Now));
        request.Status.ShouldBe(ExplanationStatus.Open);
    }

    [Fact]
    public void Respond_IsNotPossible_Twice()
    {
        var request = Open();
        request.Respond(UnitOfficer, "Chờ số liệu của Sở", Times.Now);

        Should.Throw<DomainException>(() => request.Respond(UnitOfficer, "Lần hai", Times.Now));
        request.Response.ShouldBe("Chờ số liệu của Sở");
    }

    [Fact]
    public void Reject_ReopensTheRequestWithTheComment()
    {
        var request = Open();
        request.Respond(UnitOfficer, "Bận", Times.Now);

        request.Reject(Reviewer, "Nêu rõ nguyên nhân và thời hạn khắc phục", Times.Now);

        request.Status.ShouldBe(ExplanationStatus.Open);
        request.ReviewComment.ShouldBe("Nêu rõ nguyên nhân và thời hạn khắc phục");
    }

    [Fact]
    public void Reject_IsNotPossible_WithoutComment()
    {
        var request = Open();
        request.Respond(UnitOfficer, "Bận", Times.Now);

        Should.Throw<DomainException>(() => request.Reject(Reviewer, "", Times.Now));
        request.Status.ShouldBe(ExplanationStatus.Answered);
    }

    [Fact]
    public void Accept_IsNotPossible_BeforeAnAnswer()
    {
        Should.Throw<DomainException>(() => Open().Accept(Reviewer, Times.Now));
    }

    [Fact]
    public void Accept_ClosesAnAnsweredRequest()
    {
        var request = Open();
        request.Respond(UnitOfficer, "Chờ số liệu của Sở", Times.Now);

        request.Accept(Reviewer, Times.Now);

        request.Status.ShouldBe(ExplanationStatus.Accepted);
    }

    [Fact]
    public void IsOverdue_OnlyWhileOpenAfterTheDueDay()
    {
        var request = Open();

        request.IsOverdue(Times.At(2026, 6, 20, 23, 59)).ShouldBeFalse();
        request.IsOverdue(Times.At(2026, 6, 21)).ShouldBeTrue();
        request.Respond(UnitOfficer, "Đã gửi", Times.At(2026, 6, 21, 8));
        request.IsOverdue(Times.At(2026, 6, 22)).ShouldBeFalse();
    }
}

public class EscalationFacts
{
    [Fact]
    public void Resolve_ClosesTheEscalation()
    {
        var escalation = Escalation.Record("overdue+15wd", Guid.NewGuid(), Role.Leader, Role.Leader, EscalationAction.ReportToCommittee, Times.Now);

        escalation.Resolve("Đã đưa vào báo cáo Thường trực", Times.Now.AddDays(1));

        escalation.IsOpen.ShouldBeFalse();
        escalation.DomainEvents.ShouldHaveSingleItem().ShouldBeOfType<EscalationRaised>().Action.ShouldBe(EscalationAction.ReportToCommittee);
    }

    [Fact]
    public void Resolve_IsNotPossible_Twice()
    {
        var escalation = Escalation.Record("overdue+5wd", Guid.NewGuid(), Role.SectionHead, Role.Leader, EscalationAction.NotifyLeader, Times.Now);
        escalation.Resolve(null, Times.Now);

        Should.Throw<DomainException>(() => escalation.Resolve(null, Times.Now.AddDays(1)));
        escalation.ResolvedAt.ShouldBe(Times.Now);
    }

    [Fact]
    public void Resolve_IsNotPossible_BeforeItOccurred()
    {
        var escalation = Escalation.Record("overdue+5wd", Guid.NewGuid(), null, Role.Leader, EscalationAction.NotifyLeader, Times.Now);

        Should.Throw<DomainException>(() => escalation.Resolve(null, Times.Now.AddMinutes(-1)));
    }
}
