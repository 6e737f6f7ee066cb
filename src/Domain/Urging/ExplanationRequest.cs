using Supervision.Domain.Common;

namespace Supervision.Domain.Urging;

public enum ExplanationStatus
{
    Open,
    Answered,
    Accepted,
}

/// <summary>Yêu cầu giải trình: a unit must explain why something is late or unfulfilled.</summary>
public sealed class ExplanationRequest : Entity
{
    private ExplanationRequest()
    {
    }

    private ExplanationRequest(Guid id)
        : base(id)
    {
    }

    /// <summary>What needs explaining: a task, a report obligation, a remediation action.</summary>
    public Guid TargetId { get; private set; }

    public Guid AddresseeOrgUnitId { get; private set; }

    public string Question { get; private set; } = null!;

    public Guid RequestedByUserId { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public DateOnly DueOn { get; private set; }

    public ExplanationStatus Status { get; private set; }

    public string? Response { get; private set; }

    public Guid? RespondedByUserId { get; private set; }

    public DateTimeOffset? RespondedAt { get; private set; }

    public string? ReviewComment { get; private set; }

    public static ExplanationRequest Create(
        Guid targetId, Guid addresseeOrgUnitId, string question, DateOnly dueOn, Guid requestedByUserId, DateTimeOffset now)
    {
        if (dueOn < VietnamTime.DateOf(now))
        {
            throw new DomainException("An explanation cannot be due before it is requested.");
        }

        var request = new ExplanationRequest(NewId(now))
        {
            TargetId = Guard.NotEmpty(targetId, nameof(targetId)),
            AddresseeOrgUnitId = Guard.NotEmpty(addresseeOrgUnitId, nameof(addresseeOrgUnitId)),
            Question = Guard.Text(question, "What is to be explained"),
            DueOn = dueOn,
            RequestedByUserId = Guard.NotEmpty(requestedByUserId, nameof(requestedByUserId)),
            RequestedAt = now,
            Status = ExplanationStatus.Open,
        };
        request.Raise(new ExplanationRequested(request.Id, targetId, addresseeOrgUnitId, dueOn, now));
        return request;
    }

    public void Respond(Guid byUserId, string response, DateTimeOffset now)
    {
        Guard.NotEmpty(byUserId, nameof(byUserId));
        var text = Guard.Text(response, "An explanation");
        Guard.Status(Status, "An explanation request", "answered", ExplanationStatus.Open);

        Response = text;
        RespondedByUserId = byUserId;
        RespondedAt = now;
        Status = ExplanationStatus.Answered;
        Raise(new ExplanationGiven(Id, byUserId, now));
    }

    public void Accept(Guid reviewerId, DateTimeOffset now)
    {
        Guard.NotEmpty(reviewerId, nameof(reviewerId));
        EnsureAnswered();
        Status = ExplanationStatus.Accepted;
        ReviewComment = null;
        Raise(new ExplanationAccepted(Id, reviewerId, now));
    }

    /// <summary>The explanation is not enough; the unit must answer again.</summary>
    public void Reject(Guid reviewerId, string comment, DateTimeOffset now)
    {
        Guard.NotEmpty(reviewerId, nameof(reviewerId));
        var reason = Guard.Text(comment, "A comment on what the explanation lacks");
        EnsureAnswered();
        Status = ExplanationStatus.Open;
        ReviewComment = reason;
        Raise(new ExplanationRejected(Id, reviewerId, reason, now));
    }

    public bool IsOverdue(DateTimeOffset now) => Status == ExplanationStatus.Open && VietnamTime.IsPast(DueOn, now);

    private void EnsureAnswered() => Guard.Status(Status, "An explanation request", "reviewed", ExplanationStatus.Answered);
}

public sealed record ExplanationRequested(Guid RequestId, Guid TargetId, Guid AddresseeOrgUnitId, DateOnly DueOn, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record ExplanationGiven(Guid RequestId, Guid ByUserId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record ExplanationAccepted(Guid RequestId, Guid ReviewerId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record ExplanationRejected(Guid RequestId, Guid ReviewerId, string Comment, DateTimeOffset OccurredAt) : IDomainEvent;
