using Supervision.Domain.Common;

using Supervision.Domain.Calendar;

namespace Supervision.Domain.Planning;

public enum WorkTaskStatus
{
    Draft,
    Assigned,
    Accepted,
    InProgress,
    Submitted,
    Approved,
    Returned,
    Cancelled,
    Suspended,
}

public enum WorkTaskKind
{
    OneOff,
    Recurring,

    /// <summary>Thường xuyên: ongoing work without a due date.</summary>
    Continuous,
}

public enum TaskPriority
{
    Normal,
    High,
}

/// <summary>
/// Nhiệm vụ: work assigned by one unit to a lead unit (chủ trì) with supporting units (phối hợp).
/// The unit submits the result; the assigner approves it or returns it with a comment.
/// </summary>
public sealed class WorkTask : SoftDeletableEntity
{
    private readonly List<Guid> _supportOrgUnitIds = [];

    private WorkTask()
    {
    }

    private WorkTask(Guid id)
        : base(id)
    {
    }

    public Guid? PlanId { get; private set; }

    public Guid? ParentTaskId { get; private set; }

    public string Code { get; private set; } = null!;

    public string TitleVi { get; private set; } = null!;

    public string? TitleEn { get; private set; }

    /// <summary>The clause of the source document, e.g. "Mục II.3".</summary>
    public string? SourceClause { get; private set; }

    public Field Field { get; private set; }

    public Guid AssignerOrgUnitId { get; private set; }

    public Guid LeadOrgUnitId { get; private set; }

    public IReadOnlyList<Guid> SupportOrgUnitIds => _supportOrgUnitIds;

    /// <summary>The specialist who follows the task (chuyên viên theo dõi).</summary>
    public Guid? OwnerUserId { get; private set; }

    public WorkTaskKind Kind { get; private set; }

    public TaskPriority Priority { get; private set; }

    public DateOnly? StartOn { get; private set; }

    /// <summary>Null only for continuous tasks.</summary>
    public DateOnly? DueOn { get; private set; }

    /// <summary>Sản phẩm: what the task must deliver.</summary>
    public string? ExpectedOutput { get; private set; }

    public WorkTaskStatus Status { get; private set; }

    /// <summary>Where a suspended task goes back to when resumed.</summary>
    public WorkTaskStatus? StatusBeforeSuspension { get; private set; }

    public int ProgressPercent { get; private set; }

    public DateTimeOffset? AssignedAt { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public Guid? SubmittedByUserId { get; private set; }

    /// <summary>The approval instant; on-time is judged on it against the end of the due day (UTC+7).</summary>
    public DateTimeOffset? CompletedAt { get; private set; }

    public Guid? ApprovedByUserId { get; private set; }

    /// <summary>The result went beyond what was required; feeds the "≥ 30 % exceeded" condition of QĐ 366.</summary>
    public bool ExceededRequirements { get; private set; }

    public string? LastDecisionComment { get; private set; }

    public int ReturnCount { get; private set; }

    /// <summary>How many times the due date was moved later after assignment.</summary>
    public int ExtensionCount { get; private set; }

    public string? StatusReason { get; private set; }

    public Classification Classification { get; private set; }

    public bool IsOpen => Status is not (WorkTaskStatus.Approved or WorkTaskStatus.Cancelled);

    public static WorkTask Create(
        string code,
        string titleVi,
        string? titleEn,
        Guid assignerOrgUnitId,
        Guid leadOrgUnitId,
        IEnumerable<Guid> supportOrgUnitIds,
        WorkTaskKind kind,
        DateOnly? startOn,
        DateOnly? dueOn,
        DateTimeOffset now,
        Guid? planId = null,
        Guid? parentTaskId = null,
        Field field = Field.Other,
        string? sourceClause = null,
        string? expectedOutput = null,
        TaskPriority priority = TaskPriority.Normal,
        Classification classification = Classification.Unclassified)
    {
        Guard.Defined(kind, nameof(kind));
        if (kind == WorkTaskKind.Continuous && dueOn is not null)
        {
            throw new DomainException("A continuous (thường xuyên) task has no due date.");
        }

        if (dueOn < startOn)
        {
            throw new DomainException("A task cannot be due before it starts.");
        }

        var lead = Guard.NotEmpty(leadOrgUnitId, nameof(leadOrgUnitId));
        var supports = Guard.Ids(supportOrgUnitIds, nameof(supportOrgUnitIds));
        if (supports.Contains(lead))
        {
            throw new DomainException("The lead unit cannot also be listed as a supporting unit.");
        }

        var task = new WorkTask(NewId(now))
        {
            Code = Guard.Text(code, "A task code"),
            TitleVi = Guard.Text(titleVi, "A task title"),
            TitleEn = Guard.OptionalText(titleEn),
            AssignerOrgUnitId = Guard.NotEmpty(assignerOrgUnitId, nameof(assignerOrgUnitId)),
            LeadOrgUnitId = lead,
            Kind = kind,
            StartOn = startOn,
            DueOn = dueOn,
            PlanId = Guard.NotEmpty(planId, nameof(planId)),
            ParentTaskId = Guard.NotEmpty(parentTaskId, nameof(parentTaskId)),
            Field = Guard.Defined(field, nameof(field)),
            SourceClause = Guard.OptionalText(sourceClause),
            ExpectedOutput = Guard.OptionalText(expectedOutput),
            Priority = Guard.Defined(priority, nameof(priority)),
            Classification = classification.EnsureAllowedHere(),
            Status = WorkTaskStatus.Draft,
        };
        task._supportOrgUnitIds.AddRange(supports);
        return task;
    }

    public void Reclassify(Classification classification) => Classification = classification.EnsureAllowedHere();

    /// <summary>Giao nhiệm vụ: hands the task to the lead unit.</summary>
    public void Assign(Guid? ownerUserId, DateTimeOffset now)
    {
        EnsureStatus("assigned", WorkTaskStatus.Draft);
        if (Kind != WorkTaskKind.Continuous && DueOn is null)
        {
            throw new DomainException("A task needs a due date before it can be assigned.");
        }

        OwnerUserId = Guard.NotEmpty(ownerUserId, nameof(ownerUserId));
        Status = WorkTaskStatus.Assigned;
        AssignedAt = now;
        Raise(new WorkTaskAssigned(Id, LeadOrgUnitId, DueOn, now));
    }

    public void Accept(Guid byUserId, DateTimeOffset now)
    {
        Guard.NotEmpty(byUserId, nameof(byUserId));
        EnsureStatus("accepted", WorkTaskStatus.Assigned);
        Status = WorkTaskStatus.Accepted;
        Raise(new WorkTaskAccepted(Id, byUserId, now));
    }

    public void Start(DateTimeOffset now)
    {
        EnsureStatus("started", WorkTaskStatus.Accepted);
        Status = WorkTaskStatus.InProgress;
        Raise(new WorkTaskStarted(Id, now));
    }

    /// <summary>Records a progress report (while working, or while reworking a returned result).</summary>
    public ProgressUpdate ReportProgress(
        Guid byUserId, int percent, string narrative, string? obstacles, string? proposals, DateTimeOffset now)
    {
        EnsureStatus("reported on", WorkTaskStatus.InProgress, WorkTaskStatus.Returned);
        var update = ProgressUpdate.Record(Id, byUserId, percent, narrative, obstacles, proposals, now);
        ProgressPercent = update.Percent;
        return update;
    }

    public void Submit(Guid byUserId, DateTimeOffset now)
    {
        Guard.NotEmpty(byUserId, nameof(byUserId));
        EnsureStatus("submitted", WorkTaskStatus.InProgress);
        MarkSubmitted(byUserId, now);
    }

    public void Resubmit(Guid byUserId, DateTimeOffset now)
    {
        Guard.NotEmpty(byUserId, nameof(byUserId));
        EnsureStatus("resubmitted", WorkTaskStatus.Returned);
        MarkSubmitted(byUserId, now);
    }

    public void Approve(Guid approverId, string? comment, DateTimeOffset now, bool exceededRequirements = false)
    {
        Guard.NotEmpty(approverId, nameof(approverId));
        EnsureStatus("approved", WorkTaskStatus.Submitted);
        EnsureNotSubmitter(approverId);
        Status = WorkTaskStatus.Approved;
        CompletedAt = now;
        ApprovedByUserId = approverId;
        ProgressPercent = 100;
        ExceededRequirements = exceededRequirements;
        LastDecisionComment = Guard.OptionalText(comment);
        Raise(new WorkTaskApproved(Id, approverId, IsCompletedOnTime, now));
    }

    public void Return(Guid approverId, string comment, DateTimeOffset now)
    {
        Guard.NotEmpty(approverId, nameof(approverId));
        var reason = Guard.Text(comment, "A comment explaining what to fix");
        EnsureStatus("returned", WorkTaskStatus.Submitted);
        EnsureNotSubmitter(approverId);
        Status = WorkTaskStatus.Returned;
        LastDecisionComment = reason;
        ReturnCount++;
        Raise(new WorkTaskReturned(Id, approverId, reason, now));
    }

    public void Cancel(Guid byUserId, string reason, DateTimeOffset now)
    {
        Guard.NotEmpty(byUserId, nameof(byUserId));
        var why = Guard.Text(reason, "A cancellation reason");
        if (!IsOpen)
        {
            throw new DomainException($"A {Status} task cannot be cancelled.");
        }

        Status = WorkTaskStatus.Cancelled;
        StatusBeforeSuspension = null;
        StatusReason = why;
        Raise(new WorkTaskCancelled(Id, byUserId, why, now));
    }

    public void Suspend(Guid byUserId, string reason, DateTimeOffset now)
    {
        Guard.NotEmpty(byUserId, nameof(byUserId));
        var why = Guard.Text(reason, "A suspension reason");
        EnsureStatus("suspended", WorkTaskStatus.Assigned, WorkTaskStatus.Accepted, WorkTaskStatus.InProgress, WorkTaskStatus.Returned);
        StatusBeforeSuspension = Status;
        Status = WorkTaskStatus.Suspended;
        StatusReason = why;
        Raise(new WorkTaskSuspended(Id, byUserId, why, now));
    }

    public void Resume(Guid byUserId, DateTimeOffset now)
    {
        Guard.NotEmpty(byUserId, nameof(byUserId));
        EnsureStatus("resumed", WorkTaskStatus.Suspended);
        Status = StatusBeforeSuspension!.Value;
        StatusBeforeSuspension = null;
        StatusReason = null;
        Raise(new WorkTaskResumed(Id, byUserId, now));
    }

    /// <summary>
    /// Moves the due date (gia hạn / điều chỉnh). Moving it later after assignment counts as an
    /// extension, which the unit's statistics and rating see.
    /// </summary>
    public void ChangeDueDate(DateOnly newDue, string reason, Guid byUserId, DateTimeOffset now)
    {
        Guard.NotEmpty(byUserId, nameof(byUserId));
        var why = Guard.Text(reason, "A reason for changing the due date");
        if (!IsOpen)
        {
            throw new DomainException($"The due date of a {Status} task cannot change.");
        }

        if (DueOn is null)
        {
            throw new DomainException("A task without a due date cannot have it moved.");
        }

        if (newDue == DueOn)
        {
            throw new DomainException("The new due date is the current one.");
        }

        if (newDue < StartOn)
        {
            throw new DomainException("A task cannot be due before it starts.");
        }

        var previous = DueOn.Value;
        DueOn = newDue;
        if (Status != WorkTaskStatus.Draft && newDue > previous)
        {
            ExtensionCount++;
        }

        Raise(new WorkTaskDueDateChanged(Id, previous, newDue, why, byUserId, now));
    }

    /// <summary>Null until approved; then whether approval came before the due day ended.</summary>
    public bool? IsCompletedOnTime =>
        CompletedAt is null ? null : DueOn is null || VietnamTime.IsOnTime(CompletedAt.Value, DueOn.Value);

    /// <summary>
    /// The derived deadline state. "Due soon" depends on working days, which this module does not
    /// compute: the caller passes the first day from which the task counts as due soon.
    /// </summary>
    public DeadlineState DeadlineStateAt(DateTimeOffset now, WorkCalendar calendar, int dueSoonWorkingDays = DeadlineStates.DefaultDueSoonWorkingDays)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return DeadlineStateAt(now, DueOn is { } due ? calendar.AddWorkingDays(due, -dueSoonWorkingDays) : null);
    }

    /// <summary>The derived deadline state, given the first day from which the task counts as due soon.</summary>
    public DeadlineState DeadlineStateAt(DateTimeOffset now, DateOnly? dueSoonFrom = null)
    {
        if (Status == WorkTaskStatus.Cancelled || (DueOn is null && Status != WorkTaskStatus.Approved))
        {
            return DeadlineState.NoDeadline;
        }

        if (Status == WorkTaskStatus.Approved)
        {
            return IsCompletedOnTime == true ? DeadlineState.DoneOnTime : DeadlineState.DoneLate;
        }

        if (VietnamTime.IsPast(DueOn!.Value, now))
        {
            return DeadlineState.OverdueOpen;
        }

        if (dueSoonFrom is not null && VietnamTime.DateOf(now) >= dueSoonFrom)
        {
            return DeadlineState.DueSoon;
        }

        return Status is WorkTaskStatus.Draft or WorkTaskStatus.Assigned or WorkTaskStatus.Accepted
            ? DeadlineState.NotStarted
            : DeadlineState.OnTrack;
    }

    // Assigned tasks are commitments others track; they are cancelled, not deleted.
    protected override void EnsureDeletable()
    {
        if (Status != WorkTaskStatus.Draft)
        {
            throw new DomainException("Only a draft task can be deleted; cancel an assigned one instead.");
        }
    }

    private void MarkSubmitted(Guid byUserId, DateTimeOffset now)
    {
        Status = WorkTaskStatus.Submitted;
        SubmittedAt = now;
        SubmittedByUserId = byUserId;
        Raise(new WorkTaskSubmitted(Id, byUserId, now));
    }

    private void EnsureNotSubmitter(Guid deciderId)
    {
        if (deciderId == SubmittedByUserId)
        {
            throw new DomainException("The person who submitted a result cannot decide on it.");
        }
    }

    private void EnsureStatus(string action, params WorkTaskStatus[] allowed) => Guard.Status(Status, "A task", action, allowed);
}
