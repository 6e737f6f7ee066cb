using Supervision.Domain.Common;

namespace Supervision.Domain.Planning;

public enum ExtensionRequestStatus
{
    Pending,
    Approved,
    Rejected,
    Withdrawn,
}

/// <summary>Đề nghị gia hạn: the lead unit asks the assigner to move a task's due date.</summary>
public sealed class ExtensionRequest : Entity
{
    private ExtensionRequest()
    {
    }

    private ExtensionRequest(Guid id)
        : base(id)
    {
    }

    public Guid TaskId { get; private set; }

    /// <summary>The due date the request was made against; a request made stale by another change cannot be approved.</summary>
    public DateOnly CurrentDue { get; private set; }

    public DateOnly RequestedDue { get; private set; }

    public string Reason { get; private set; } = null!;

    public Guid RequestedByUserId { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public ExtensionRequestStatus Status { get; private set; }

    public Guid? DecidedByUserId { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecisionComment { get; private set; }

    public static ExtensionRequest Request(WorkTask task, DateOnly requestedDue, string reason, Guid byUserId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(task);
        Guard.NotEmpty(byUserId, nameof(byUserId));
        var why = Guard.Text(reason, "A reason for the extension");
        if (!task.IsOpen || task.Status == WorkTaskStatus.Draft)
        {
            throw new DomainException($"An extension can be asked only for an assigned, unfinished task; this one is {task.Status}.");
        }

        if (task.DueOn is null)
        {
            throw new DomainException("A task without a due date needs no extension.");
        }

        if (requestedDue <= task.DueOn)
        {
            throw new DomainException("An extension must move the due date later.");
        }

        var request = new ExtensionRequest(NewId(now))
        {
            TaskId = task.Id,
            CurrentDue = task.DueOn.Value,
            RequestedDue = requestedDue,
            Reason = why,
            RequestedByUserId = byUserId,
            RequestedAt = now,
            Status = ExtensionRequestStatus.Pending,
        };
        request.Raise(new ExtensionRequested(request.Id, task.Id, requestedDue, now));
        return request;
    }

    /// <summary>Grants the request and moves the task's due date, which counts as an extension.</summary>
    public void Approve(WorkTask task, Guid deciderId, string? comment, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(task);
        EnsureDecidable(deciderId);
        if (task.Id != TaskId)
        {
            throw new ArgumentException("The request belongs to another task.", nameof(task));
        }

        if (task.DueOn != CurrentDue)
        {
            throw new DomainException(
                $"The task's due date changed to {task.DueOn:dd/MM/yyyy} after this request was made against {CurrentDue:dd/MM/yyyy}; it must be asked again.");
        }

        task.ChangeDueDate(RequestedDue, Reason, deciderId, now);
        Decide(ExtensionRequestStatus.Approved, deciderId, Guard.OptionalText(comment), now);
        Raise(new ExtensionApproved(Id, TaskId, RequestedDue, now));
    }

    public void Reject(Guid deciderId, string comment, DateTimeOffset now)
    {
        var reason = Guard.Text(comment, "A comment explaining the rejection");
        EnsureDecidable(deciderId);
        Decide(ExtensionRequestStatus.Rejected, deciderId, reason, now);
        Raise(new ExtensionRejected(Id, TaskId, reason, now));
    }

    public void Withdraw(Guid byUserId, DateTimeOffset now)
    {
        Guard.NotEmpty(byUserId, nameof(byUserId));
        EnsurePending("withdrawn");
        if (byUserId != RequestedByUserId)
        {
            throw new DomainException("Only the requester can withdraw an extension request.");
        }

        Decide(ExtensionRequestStatus.Withdrawn, byUserId, null, now);
    }

    private void EnsureDecidable(Guid deciderId)
    {
        Guard.NotEmpty(deciderId, nameof(deciderId));
        EnsurePending("decided");
        if (deciderId == RequestedByUserId)
        {
            throw new DomainException("The requester cannot decide on their own extension.");
        }
    }

    private void EnsurePending(string action) => Guard.Status(Status, "An extension request", action, ExtensionRequestStatus.Pending);

    private void Decide(ExtensionRequestStatus status, Guid byUserId, string? comment, DateTimeOffset now)
    {
        Status = status;
        DecidedByUserId = byUserId;
        DecidedAt = now;
        DecisionComment = comment;
    }
}
