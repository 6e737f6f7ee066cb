using Supervision.Domain.Common;
using Supervision.Domain.Organisation;
using Supervision.Domain.Planning;

namespace Supervision.Domain.Tests.Planning;

public class MilestoneFacts
{
    private static readonly Guid Officer = Guid.NewGuid();
    private static readonly Guid Leader = Guid.NewGuid();

    private static Milestone Gated() =>
        Milestone.Create(MilestoneOwnerType.WorkTask, Guid.NewGuid(), "Dự thảo kế hoạch", new(2026, 2, 10), true, Role.DeputyLeader, Times.Now);

    private static Milestone Submitted()
    {
        var milestone = Gated();
        milestone.Submit(Officer, Times.Now);
        return milestone;
    }

    private static Milestone Returned()
    {
        var milestone = Submitted();
        milestone.Return(Leader, "Bổ sung nội dung", Times.Now);
        return milestone;
    }

    [Fact]
    public void Create_IsNotPossible_WithApprovalButNoApproverRole()
    {
        Should.Throw<DomainException>(() =>
            Milestone.Create(MilestoneOwnerType.WorkTask, Guid.NewGuid(), "Mốc", new(2026, 2, 10), true, null, Times.Now));
    }

    [Fact]
    public void Submit_WithoutApproval_ReachesTheMilestoneAtOnce()
    {
        var milestone = Milestone.Create(MilestoneOwnerType.WorkflowStep, Guid.NewGuid(), "Ban hành kế hoạch", new(2026, 2, 15), false, null, Times.Now);

        milestone.Submit(Officer, Times.Now);

        milestone.Status.ShouldBe(MilestoneStatus.Approved);
        milestone.DomainEvents.OfType<MilestoneApproved>().ShouldHaveSingleItem();
    }

    [Fact]
    public void Submit_WithApproval_WaitsForTheApprover()
    {
        var milestone = Submitted();

        milestone.Status.ShouldBe(MilestoneStatus.Submitted);
        milestone.DomainEvents.OfType<MilestoneApproved>().ShouldBeEmpty();
    }

    [Fact]
    public void Submit_IsNotPossible_Twice()
    {
        Should.Throw<DomainException>(() => Submitted().Submit(Officer, Times.Now));
    }

    [Fact]
    public void Approve_RecordsTheDecision_AndRaisesMilestoneApproved()
    {
        var milestone = Submitted();

        milestone.Approve(Leader, "Đồng ý", Times.Now);

        milestone.Status.ShouldBe(MilestoneStatus.Approved);
        milestone.DecidedByUserId.ShouldBe(Leader);
        milestone.DecidedAt.ShouldBe(Times.Now);
        milestone.DomainEvents.OfType<MilestoneApproved>().ShouldHaveSingleItem()
            .ShouldBe(new MilestoneApproved(milestone.Id, Leader, "Đồng ý", Times.Now));
    }

    [Fact]
    public void Approve_IsNotPossible_WhenMilestoneWasReturned()
    {
        var milestone = Returned();

        Should.Throw<DomainException>(() => milestone.Approve(Leader, null, Times.Now));
        milestone.Status.ShouldBe(MilestoneStatus.Returned);
    }

    [Fact]
    public void Approve_IsNotPossible_WhilePending()
    {
        Should.Throw<DomainException>(() => Gated().Approve(Leader, null, Times.Now));
    }

    [Fact]
    public void Approve_IsNotPossible_BySubmitter()
    {
        Should.Throw<DomainException>(() => Submitted().Approve(Officer, null, Times.Now));
    }

    [Fact]
    public void Return_IsNotPossible_WithoutComment()
    {
        var milestone = Submitted();

        Should.Throw<DomainException>(() => milestone.Return(Leader, "", Times.Now));
        milestone.Status.ShouldBe(MilestoneStatus.Submitted);
    }

    [Fact]
    public void Return_RaisesMilestoneReturned()
    {
        var milestone = Returned();

        milestone.ReturnCount.ShouldBe(1);
        milestone.Comment.ShouldBe("Bổ sung nội dung");
        milestone.DomainEvents.OfType<MilestoneReturned>().ShouldHaveSingleItem().Comment.ShouldBe("Bổ sung nội dung");
    }

    [Fact]
    public void Resubmit_AfterReturn_AllowsApproval()
    {
        var milestone = Returned();

        milestone.Resubmit(Officer, Times.Now.AddDays(1));
        milestone.Approve(Leader, null, Times.Now.AddDays(2));

        milestone.Status.ShouldBe(MilestoneStatus.Approved);
        milestone.Comment.ShouldBeNull();
    }

    [Fact]
    public void Resubmit_IsNotPossible_UnlessReturned()
    {
        Should.Throw<DomainException>(() => Gated().Resubmit(Officer, Times.Now));
    }

    [Fact]
    public void Waive_IsNotPossible_WithoutReason()
    {
        Should.Throw<DomainException>(() => Gated().Waive(Leader, "", Times.Now));
    }

    [Fact]
    public void Waive_IsNotPossible_OnceApproved()
    {
        var milestone = Submitted();
        milestone.Approve(Leader, null, Times.Now);

        Should.Throw<DomainException>(() => milestone.Waive(Leader, "Không cần", Times.Now));
    }

    [Fact]
    public void Waive_ClosesAPendingMilestone()
    {
        var milestone = Gated();

        milestone.Waive(Leader, "Gộp vào hội nghị tổng kết", Times.Now);

        milestone.Status.ShouldBe(MilestoneStatus.Waived);
        milestone.DomainEvents.OfType<MilestoneWaived>().ShouldHaveSingleItem();
    }
}
