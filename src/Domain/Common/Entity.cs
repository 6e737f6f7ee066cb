namespace Supervision.Domain.Common;

/// <summary>Base of every domain record: a client-generated id and the events raised since the last save.</summary>
public abstract class Entity
{
    private readonly List<IDomainEvent> _domainEvents = [];

    // EF Core materialises entities through their private parameterless constructors.
    protected Entity()
    {
    }

    protected Entity(Guid id)
    {
        if (id == Guid.Empty)
        {
            throw new ArgumentException("An entity needs a non-empty id.", nameof(id));
        }

        Id = id;
    }

    public Guid Id { get; private set; }

    public IReadOnlyList<IDomainEvent> DomainEvents => _domainEvents;

    public void ClearDomainEvents() => _domainEvents.Clear();

    protected void Raise(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);

    // Version 7 ids sort by creation time, which keeps database indexes compact; the time comes
    // from the caller so that nothing here reads the clock.
    protected static Guid NewId(DateTimeOffset now) => Guid.CreateVersion7(now);
}
