using Supervision.Domain.Common;
using Supervision.Domain.Planning;

using Supervision.Domain.Calendar;

namespace Supervision.Domain.Tests.Planning;

public class WorkTaskFacts
{
    [Fact]
    public void Create_IsNotPossible_WhenDueBeforeStart()
    {
        Should.Throw<DomainException>(() => WorkTask.Create(
            "T1", "Nhiệm vụ", null, Tasks.Assigner, Tasks.Lead, [], WorkTaskKind.OneOff, new(2026, 3, 1), new(2026, 2, 1), Times.Now));
    }

    [Fact]
    public void Create_IsNotPossible_WhenLeadUnitAlsoSupports()
    {
        Should.Throw<DomainException>(() => WorkTask.Create(
            "T1", "Nhiệm vụ", null, Tasks.Assigner, Tasks.Lead, [Tasks.Lead], WorkTaskKind.OneOff, null, Tasks.Due, Times.Now));
    }

    [Fact]
    public void Create_IsNotPossible_ForAContinuousTaskWithADueDate()
    {
        Should.Throw<DomainException>(() => WorkTask.Create(
            "T1", "Nhiệm vụ", null, Tasks.Assigner, Tasks.Lead, [], WorkTaskKind.Continuous, null, Tasks.Due, Times.Now));
    }

    [Fact]
    public void Create_IsNotPossible_ForStateSecretContent()
    {
        Should.Throw<DomainException>(() => WorkTask.Create(
            "T1", "Nhiệm vụ", null, Tasks.Assigner, Tasks.Lead, [], WorkTaskKind.OneOff, null, Tasks.Due, Times.Now,
            classification: Classification.TuyetMat));
    }

    [Fact]
    public void Reclassify_IsNotPossible_ToAStateSecretGrade()
    {
        var task = Tasks.InProgress();

        Should.Throw<DomainException>(() => task.Reclassify(Classification.Mat));
        task.Reclassify(Classification.Restricted);
        task.Classification.ShouldBe(Classification.Restricted);
    }

    [Fact]
    public void Create_DropsDuplicateSupportingUnits()
    {
        var support = Guid.NewGuid();

        var task = WorkTask.Create("T1", "Nhiệm vụ", null, Tasks.Assigner, Tasks.Lead, [support, support], WorkTaskKind.OneOff, null, Tasks.Due, Times.Now);

        task.SupportOrgUnitIds.ShouldBe([support]);
        task.Status.ShouldBe(WorkTaskStatus.Draft);
    }

    [Fact]
    public void Assign_MovesDraftToAssigned_AndRaisesWorkTaskAssigned()
    {
        var task = Tasks.Draft();

        task.Assign(Tasks.Officer, Times.Now);

        task.Status.ShouldBe(WorkTaskStatus.Assigned);
        task.AssignedAt.ShouldBe(Times.Now);
        task.DomainEvents.ShouldHaveSingleItem().ShouldBe(new WorkTaskAssigned(task.Id, Tasks.Lead, Tasks.Due, Times.Now));
    }

    [Fact]
    public void Assign_IsNotPossible_WithoutDueDate()
    {
        var task = WorkTask.Create("T1", "Nhiệm vụ", null, Tasks.Assigner, Tasks.Lead, [], WorkTaskKind.OneOff, null, null, Times.Now);

        Should.Throw<DomainException>(() => task.Assign(Tasks.Officer, Times.Now));
        task.Status.ShouldBe(WorkTaskStatus.Draft);
    }

    [Fact]
    public void Assign_IsPossible_ForAContinuousTaskWithoutDueDate()
    {
        var task = Tasks.Draft(kind: WorkTaskKind.Continuous);

        task.Assign(null, Times.Now);

        task.Status.ShouldBe(WorkTaskStatus.Assigned);
    }

    [Fact]
    public void Assign_IsNotPossible_Twice()
    {
        Should.Throw<DomainException>(() => Tasks.Assigned().Assign(Tasks.Officer, Times.Now));
    }

    [Fact]
    public void Accept_IsNotPossible_BeforeAssignment()
    {
        Should.Throw<DomainException>(() => Tasks.Draft().Accept(Tasks.Officer, Times.Now));
    }

    [Fact]
    public void Start_IsNotPossible_BeforeAcceptance()
    {
        var task = Tasks.Assigned();

        Should.Throw<DomainException>(() => task.Start(Times.Now));
        task.Status.ShouldBe(WorkTaskStatus.Assigned);
    }

    [Fact]
    public void Start_MovesAcceptedToInProgress()
    {
        var task = Tasks.Assigned();
        task.Accept(Tasks.Officer, Times.Now);

        task.Start(Times.Now);

        task.Status.ShouldBe(WorkTaskStatus.InProgress);
    }

    [Fact]
    public void ReportProgress_RecordsTheUpdate_AndTheTaskPercentage()
    {
        var task = Tasks.InProgress();

        var update = task.ReportProgress(Tasks.Officer, 40, "Đã tổ chức 2 hội nghị", "Thiếu kinh phí", null, Times.Now);

        task.ProgressPercent.ShouldBe(40);
        update.TaskId.ShouldBe(task.Id);
        update.Percent.ShouldBe(40);
        update.Obstacles.ShouldBe("Thiếu kinh phí");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void ReportProgress_IsNotPossible_OutsideZeroToHundred(int percent)
    {
        var task = Tasks.InProgress();

        Should.Throw<DomainException>(() => task.ReportProgress(Tasks.Officer, percent, "x", null, null, Times.Now));
        task.ProgressPercent.ShouldBe(0);
    }

    [Fact]
    public void ReportProgress_IsNotPossible_BeforeWorkStarts()
    {
        Should.Throw<DomainException>(() => Tasks.Assigned().ReportProgress(Tasks.Officer, 10, "x", null, null, Times.Now));
    }

    [Fact]
    public void ReportProgress_IsPossible_WhileReworkingAReturnedResult()
    {
        var task = Tasks.Returned();

        task.ReportProgress(Tasks.Officer, 90, "Đã bổ sung số liệu", null, null, Times.Now);

        task.ProgressPercent.ShouldBe(90);
    }

    [Fact]
    public void Submit_IsNotPossible_BeforeWorkStarts()
    {
        Should.Throw<DomainException>(() => Tasks.Assigned().Submit(Tasks.Officer, Times.Now));
    }

    [Fact]
    public void Submit_RecordsWhoAndWhen()
    {
        var task = Tasks.InProgress();

        task.Submit(Tasks.Officer, Times.Now);

        task.Status.ShouldBe(WorkTaskStatus.Submitted);
        task.SubmittedByUserId.ShouldBe(Tasks.Officer);
        task.SubmittedAt.ShouldBe(Times.Now);
    }

    [Fact]
    public void Approve_CompletesTheTask_AndRaisesWorkTaskApprovedOnTime()
    {
        var task = Tasks.Submitted();
        var at = Times.At(2026, 6, 10, 23, 59);

        task.Approve(Tasks.Approver, "Tốt", at, exceededRequirements: true);

        task.Status.ShouldBe(WorkTaskStatus.Approved);
        task.CompletedAt.ShouldBe(at);
        task.ProgressPercent.ShouldBe(100);
        task.ExceededRequirements.ShouldBeTrue();
        task.IsCompletedOnTime.ShouldBe(true);
        task.DomainEvents.OfType<WorkTaskApproved>().ShouldHaveSingleItem().OnTime.ShouldBe(true);
    }

    [Fact]
    public void Approve_AfterTheDueDayEnds_IsLate()
    {
        var task = Tasks.Submitted();

        task.Approve(Tasks.Approver, null, Times.At(2026, 6, 11));

        task.IsCompletedOnTime.ShouldBe(false);
    }

    [Fact]
    public void Approve_IsNotPossible_BySubmitter()
    {
        var task = Tasks.Submitted();

        Should.Throw<DomainException>(() => task.Approve(Tasks.Officer, null, Times.Now));
        task.Status.ShouldBe(WorkTaskStatus.Submitted);
    }

    [Fact]
    public void Approve_IsNotPossible_WhenTaskWasReturned()
    {
        var task = Tasks.Returned();

        Should.Throw<DomainException>(() => task.Approve(Tasks.Approver, null, Times.Now));
        task.CompletedAt.ShouldBeNull();
    }

    [Fact]
    public void Return_IsNotPossible_WithoutComment()
    {
        var task = Tasks.Submitted();

        Should.Throw<DomainException>(() => task.Return(Tasks.Approver, " ", Times.Now));
        task.Status.ShouldBe(WorkTaskStatus.Submitted);
    }

    [Fact]
    public void Return_KeepsTheCommentAndCounts()
    {
        var task = Tasks.Submitted();

        task.Return(Tasks.Approver, "Thiếu số liệu", Times.Now);

        task.Status.ShouldBe(WorkTaskStatus.Returned);
        task.LastDecisionComment.ShouldBe("Thiếu số liệu");
        task.ReturnCount.ShouldBe(1);
        task.DomainEvents.OfType<WorkTaskReturned>().ShouldHaveSingleItem().Comment.ShouldBe("Thiếu số liệu");
    }

    [Fact]
    public void Return_IsNotPossible_BeforeSubmission()
    {
        Should.Throw<DomainException>(() => Tasks.InProgress().Return(Tasks.Approver, "x", Times.Now));
    }

    [Fact]
    public void Resubmit_MovesReturnedBackToSubmitted()
    {
        var task = Tasks.Returned();

        task.Resubmit(Tasks.Officer, Times.Now);

        task.Status.ShouldBe(WorkTaskStatus.Submitted);
    }

    [Fact]
    public void Resubmit_IsNotPossible_UnlessReturned()
    {
        Should.Throw<DomainException>(() => Tasks.Submitted().Resubmit(Tasks.Officer, Times.Now));
    }

    [Fact]
    public void Cancel_IsNotPossible_WithoutReason()
    {
        var task = Tasks.InProgress();

        Should.Throw<DomainException>(() => task.Cancel(Tasks.Approver, "", Times.Now));
        task.Status.ShouldBe(WorkTaskStatus.InProgress);
    }

    [Fact]
    public void Cancel_IsNotPossible_OnceApproved()
    {
        var task = Tasks.Approved(Times.Now);

        Should.Throw<DomainException>(() => task.Cancel(Tasks.Approver, "Không còn cần thiết", Times.Now));
    }

    [Fact]
    public void Cancel_EndsAnOpenTask()
    {
        var task = Tasks.InProgress();

        task.Cancel(Tasks.Approver, "Nội dung đã lồng ghép vào nhiệm vụ khác", Times.Now);

        task.Status.ShouldBe(WorkTaskStatus.Cancelled);
        task.IsOpen.ShouldBeFalse();
    }

    [Fact]
    public void Suspend_AndResume_ReturnToThePreviousStatus()
    {
        var task = Tasks.InProgress();

        task.Suspend(Tasks.Approver, "Chờ chủ trương mới", Times.Now);
        task.Status.ShouldBe(WorkTaskStatus.Suspended);
        task.Resume(Tasks.Approver, Times.Now);

        task.Status.ShouldBe(WorkTaskStatus.InProgress);
        task.StatusBeforeSuspension.ShouldBeNull();
    }

    [Fact]
    public void Suspend_IsNotPossible_WhileAwaitingDecision()
    {
        Should.Throw<DomainException>(() => Tasks.Submitted().Suspend(Tasks.Approver, "x", Times.Now));
    }

    [Fact]
    public void Resume_IsNotPossible_UnlessSuspended()
    {
        Should.Throw<DomainException>(() => Tasks.InProgress().Resume(Tasks.Approver, Times.Now));
    }

    [Fact]
    public void ChangeDueDate_Later_CountsAsExtension()
    {
        var task = Tasks.InProgress();

        task.ChangeDueDate(new(2026, 6, 30), "Chờ số liệu thống kê", Tasks.Approver, Times.Now);

        task.DueOn.ShouldBe(new DateOnly(2026, 6, 30));
        task.ExtensionCount.ShouldBe(1);
        task.DomainEvents.OfType<WorkTaskDueDateChanged>().ShouldHaveSingleItem().PreviousDue.ShouldBe(Tasks.Due);
    }

    [Fact]
    public void ChangeDueDate_Earlier_IsNoExtension()
    {
        var task = Tasks.InProgress();

        task.ChangeDueDate(new(2026, 6, 1), "Phục vụ giao ban sớm", Tasks.Approver, Times.Now);

        task.ExtensionCount.ShouldBe(0);
    }

    [Fact]
    public void ChangeDueDate_OnADraft_IsNoExtension()
    {
        var task = Tasks.Draft();

        task.ChangeDueDate(new(2026, 6, 30), "Điều chỉnh dự thảo", Tasks.Approver, Times.Now);

        task.ExtensionCount.ShouldBe(0);
    }

    [Fact]
    public void ChangeDueDate_IsNotPossible_WithoutReason()
    {
        var task = Tasks.InProgress();

        Should.Throw<DomainException>(() => task.ChangeDueDate(new(2026, 6, 30), "  ", Tasks.Approver, Times.Now));
        task.DueOn.ShouldBe(Tasks.Due);
    }

    [Fact]
    public void ChangeDueDate_IsNotPossible_ToTheSameDate()
    {
        Should.Throw<DomainException>(() => Tasks.InProgress().ChangeDueDate(Tasks.Due, "x", Tasks.Approver, Times.Now));
    }

    [Fact]
    public void ChangeDueDate_IsNotPossible_BeforeStart()
    {
        Should.Throw<DomainException>(() => Tasks.InProgress().ChangeDueDate(new(2026, 1, 1), "x", Tasks.Approver, Times.Now));
    }

    [Fact]
    public void ChangeDueDate_IsNotPossible_OnceApproved()
    {
        Should.Throw<DomainException>(() => Tasks.Approved(Times.Now).ChangeDueDate(new(2026, 6, 30), "x", Tasks.Approver, Times.Now));
    }

    [Fact]
    public void Delete_IsNotPossible_WhenTaskWasAssigned()
    {
        var task = Tasks.Assigned();

        Should.Throw<DomainException>(() => task.Delete(Tasks.Approver, Times.Now));
        task.IsDeleted.ShouldBeFalse();
    }

    [Fact]
    public void Delete_IsPossible_ForADraft()
    {
        var task = Tasks.Draft();

        task.Delete(Tasks.Approver, Times.Now);

        task.IsDeleted.ShouldBeTrue();
    }
}

public class WorkTaskDeadlineStateFacts
{
    private static readonly DateOnly DueSoonFrom = new(2026, 6, 5);

    [Fact]
    public void NotStarted_BeforeWorkStarts()
    {
        Tasks.Assigned().DeadlineStateAt(Times.At(2026, 5, 1)).ShouldBe(DeadlineState.NotStarted);
    }

    [Fact]
    public void OnTrack_WhileWorkingEarly()
    {
        Tasks.InProgress().DeadlineStateAt(Times.At(2026, 5, 1), DueSoonFrom).ShouldBe(DeadlineState.OnTrack);
    }

    [Fact]
    public void DueSoon_FromTheDayTheCallerGives()
    {
        var task = Tasks.InProgress();

        task.DeadlineStateAt(Times.At(2026, 6, 4, 23, 59), DueSoonFrom).ShouldBe(DeadlineState.OnTrack);
        task.DeadlineStateAt(Times.At(2026, 6, 5), DueSoonFrom).ShouldBe(DeadlineState.DueSoon);
    }

    [Fact]
    public void DueSoon_OutranksNotStarted()
    {
        Tasks.Assigned().DeadlineStateAt(Times.At(2026, 6, 8), DueSoonFrom).ShouldBe(DeadlineState.DueSoon);
    }

    [Fact]
    public void OverdueOpen_OnceTheDueDayHasEnded()
    {
        var task = Tasks.Submitted();

        task.DeadlineStateAt(Times.At(2026, 6, 10, 23, 59), DueSoonFrom).ShouldBe(DeadlineState.DueSoon);
        task.DeadlineStateAt(Times.At(2026, 6, 11), DueSoonFrom).ShouldBe(DeadlineState.OverdueOpen);
    }

    [Fact]
    public void DoneOnTime_AndDoneLate_FollowTheApprovalInstant()
    {
        Tasks.Approved(Times.At(2026, 6, 10, 17)).DeadlineStateAt(Times.At(2026, 7, 1)).ShouldBe(DeadlineState.DoneOnTime);
        Tasks.Approved(Times.At(2026, 6, 11, 8)).DeadlineStateAt(Times.At(2026, 7, 1)).ShouldBe(DeadlineState.DoneLate);
    }

    [Fact]
    public void NoDeadline_ForContinuousOrCancelledTasks()
    {
        var continuous = Tasks.Draft(kind: WorkTaskKind.Continuous);
        var cancelled = Tasks.InProgress();
        cancelled.Cancel(Tasks.Approver, "Không còn phù hợp", Times.Now);

        continuous.DeadlineStateAt(Times.At(2030, 1, 1)).ShouldBe(DeadlineState.NoDeadline);
        cancelled.DeadlineStateAt(Times.At(2030, 1, 1)).ShouldBe(DeadlineState.NoDeadline);
    }

    [Fact]
    public void DeadlineStateAt_CountsDueSoonInWorkingDays_WhenGivenTheCalendar()
    {
        var calendar = WorkCalendar.CreateDefault(2026, 2026);
        var task = Tasks.InProgress();
        var due = task.DueOn!.Value;
        var threeWorkingDaysBefore = calendar.AddWorkingDays(due, -3);

        task.DeadlineStateAt(WorkCalendar.StartOfDay(threeWorkingDaysBefore).AddMinutes(-1), calendar).ShouldBe(DeadlineState.OnTrack);
        task.DeadlineStateAt(WorkCalendar.StartOfDay(threeWorkingDaysBefore), calendar).ShouldBe(DeadlineState.DueSoon);
        task.DeadlineStateAt(WorkCalendar.EndOfDay(due), calendar).ShouldBe(DeadlineState.OverdueOpen);
    }
}
