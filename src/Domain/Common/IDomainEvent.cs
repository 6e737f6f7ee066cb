namespace Supervision.Domain.Common;

/// <summary>Something that happened to an aggregate, collected until the transaction is saved.</summary>
public interface IDomainEvent
{
    DateTimeOffset OccurredAt { get; }
}
