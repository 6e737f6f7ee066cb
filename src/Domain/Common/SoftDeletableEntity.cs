namespace Supervision.Domain.Common;

/// <summary>
/// A record whose history must stay readable: deleting it only marks it, so reports,
/// ratings and the audit trail that point at it keep working.
/// </summary>
public abstract class SoftDeletableEntity : Entity
{
    protected SoftDeletableEntity()
    {
    }

    protected SoftDeletableEntity(Guid id)
        : base(id)
    {
    }

    public bool IsDeleted { get; private set; }

    public DateTimeOffset? DeletedAt { get; private set; }

    public Guid? DeletedByUserId { get; private set; }

    public void Delete(Guid byUserId, DateTimeOffset now)
    {
        Guard.NotEmpty(byUserId, nameof(byUserId));
        if (IsDeleted)
        {
            throw new DomainException("The record is already deleted.");
        }

        EnsureDeletable();
        IsDeleted = true;
        DeletedAt = now;
        DeletedByUserId = byUserId;
    }

    /// <summary>Throws a <see cref="DomainException"/> when the record's state forbids deletion.</summary>
    protected virtual void EnsureDeletable()
    {
    }
}
