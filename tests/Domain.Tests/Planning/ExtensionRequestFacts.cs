using Supervision.Domain.Common;
using Supervision.Domain.Planning;

namespace Supervision.Domain.Tests.Planning;

public class ExtensionRequestFacts
{
    private static readonly DateOnly Later = new(2026, 6, 30);

    [Fact]
    public void Request_IsNotPossible_ForAnEarlierDate()
    {
        Should.Throw<DomainException>(() => ExtensionRequest.Request(Tasks.InProgress(), new(2026, 6, 1), "x", Tasks.Officer, Times.Now));
    }

    [Fact]
    public void Request_IsNotPossible_WithoutReason()
    {
        Should.Throw<DomainException>(() => ExtensionRequest.Request(Tasks.InProgress(), Later, " ", Tasks.Officer, Times.Now));
    }

    [Fact]
    public void Request_IsNotPossible_ForAnApprovedTask()
    {
        Should.Throw<DomainException>(() => ExtensionRequest.Request(Tasks.Approved(Times.Now), Later, "x", Tasks.Officer, Times.Now));
    }

    [Fact]
    public void Request_IsNotPossible_ForAnUnassignedDraft()
    {
        Should.Throw<DomainException>(() => ExtensionRequest.Request(Tasks.Draft(), Later, "x", Tasks.Officer, Times.Now));
    }

    [Fact]
    public void Approve_MovesTheDueDate_AndBumpsExtensionCount()
    {
        var task = Tasks.InProgress();
        var request = ExtensionRequest.Request(task, Later, "Chờ số liệu Sở Y tế", Tasks.Officer, Times.Now);

        request.Approve(task, Tasks.Approver, null, Times.Now);

        request.Status.ShouldBe(ExtensionRequestStatus.Approved);
        task.DueOn.ShouldBe(Later);
        task.ExtensionCount.ShouldBe(1);
        request.DomainEvents.OfType<ExtensionApproved>().ShouldHaveSingleItem().NewDue.ShouldBe(Later);
    }

    [Fact]
    public void Approve_IsNotPossible_ByTheRequester()
    {
        var task = Tasks.InProgress();
        var request = ExtensionRequest.Request(task, Later, "x", Tasks.Officer, Times.Now);

        Should.Throw<DomainException>(() => request.Approve(task, Tasks.Officer, null, Times.Now));
        task.DueOn.ShouldBe(Tasks.Due);
    }

    [Fact]
    public void Approve_IsNotPossible_WhenTheDueDateChangedMeanwhile()
    {
        var task = Tasks.InProgress();
        var request = ExtensionRequest.Request(task, Later, "x", Tasks.Officer, Times.Now);
        task.ChangeDueDate(new(2026, 6, 20), "Điều chỉnh chung", Tasks.Approver, Times.Now);

        Should.Throw<DomainException>(() => request.Approve(task, Tasks.Approver, null, Times.Now));
        task.DueOn.ShouldBe(new DateOnly(2026, 6, 20));
        request.Status.ShouldBe(ExtensionRequestStatus.Pending);
    }

    [Fact]
    public void Approve_IsNotPossible_Twice()
    {
        var task = Tasks.InProgress();
        var request = ExtensionRequest.Request(task, Later, "x", Tasks.Officer, Times.Now);
        request.Approve(task, Tasks.Approver, null, Times.Now);

        Should.Throw<DomainException>(() => request.Approve(task, Tasks.Approver, null, Times.Now));
        task.ExtensionCount.ShouldBe(1);
    }

    [Fact]
    public void Approve_IsNotPossible_WithAnotherTask()
    {
        var request = ExtensionRequest.Request(Tasks.InProgress(), Later, "x", Tasks.Officer, Times.Now);

        Should.Throw<ArgumentException>(() => request.Approve(Tasks.InProgress(), Tasks.Approver, null, Times.Now));
    }

    [Fact]
    public void Reject_LeavesTheTaskAlone()
    {
        var task = Tasks.InProgress();
        var request = ExtensionRequest.Request(task, Later, "x", Tasks.Officer, Times.Now);

        request.Reject(Tasks.Approver, "Nhiệm vụ trọng tâm, không gia hạn", Times.Now);

        request.Status.ShouldBe(ExtensionRequestStatus.Rejected);
        task.DueOn.ShouldBe(Tasks.Due);
        task.ExtensionCount.ShouldBe(0);
    }

    [Fact]
    public void Reject_IsNotPossible_WithoutComment()
    {
        var request = ExtensionRequest.Request(Tasks.InProgress(), Later, "x", Tasks.Officer, Times.Now);

        Should.Throw<DomainException>(() => request.Reject(Tasks.Approver, "", Times.Now));
        request.Status.ShouldBe(ExtensionRequestStatus.Pending);
    }

    [Fact]
    public void Withdraw_IsNotPossible_BySomeoneElse()
    {
        var request = ExtensionRequest.Request(Tasks.InProgress(), Later, "x", Tasks.Officer, Times.Now);

        Should.Throw<DomainException>(() => request.Withdraw(Tasks.Approver, Times.Now));
        request.Withdraw(Tasks.Officer, Times.Now);
        request.Status.ShouldBe(ExtensionRequestStatus.Withdrawn);
    }
}
