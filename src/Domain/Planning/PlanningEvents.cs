using Supervision.Domain.Common;

namespace Supervision.Domain.Planning;

public sealed record PlanActivated(Guid PlanId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record PlanClosed(Guid PlanId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record WorkTaskAssigned(Guid TaskId, Guid LeadOrgUnitId, DateOnly? DueOn, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record WorkTaskAccepted(Guid TaskId, Guid ByUserId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record WorkTaskStarted(Guid TaskId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record WorkTaskSubmitted(Guid TaskId, Guid ByUserId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record WorkTaskApproved(Guid TaskId, Guid ApproverId, bool? OnTime, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record WorkTaskReturned(Guid TaskId, Guid ApproverId, string Comment, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record WorkTaskCancelled(Guid TaskId, Guid ByUserId, string Reason, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record WorkTaskSuspended(Guid TaskId, Guid ByUserId, string Reason, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record WorkTaskResumed(Guid TaskId, Guid ByUserId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record WorkTaskDueDateChanged(
    Guid TaskId, DateOnly PreviousDue, DateOnly NewDue, string Reason, Guid ByUserId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record MilestoneSubmitted(Guid MilestoneId, Guid ByUserId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record MilestoneApproved(Guid MilestoneId, Guid ApproverId, string? Comment, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record MilestoneReturned(Guid MilestoneId, Guid ApproverId, string Comment, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record MilestoneWaived(Guid MilestoneId, Guid ByUserId, string Reason, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record ExtensionRequested(Guid RequestId, Guid TaskId, DateOnly RequestedDue, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record ExtensionApproved(Guid RequestId, Guid TaskId, DateOnly NewDue, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record ExtensionRejected(Guid RequestId, Guid TaskId, string Comment, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record ReportSubmitted(Guid SubmissionId, Guid ObligationId, Guid OrgUnitId, bool IsLate, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record ReportReturned(Guid SubmissionId, Guid ReviewerId, string Comment, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record ReportAccepted(Guid SubmissionId, Guid ReviewerId, DateTimeOffset OccurredAt) : IDomainEvent;
