using Supervision.Domain.Common;

namespace Supervision.Domain.Organisation;

/// <summary>Nhiệm kỳ of a Party committee, e.g. 2025–2030; Party document numbers count per term.</summary>
public sealed class PartyTerm : Entity
{
    private PartyTerm()
    {
    }

    private PartyTerm(Guid id)
        : base(id)
    {
    }

    public Guid OrgUnitId { get; private set; }

    public string Name { get; private set; } = null!;

    public DateOnly Start { get; private set; }

    /// <summary>Last day of the term (inclusive).</summary>
    public DateOnly End { get; private set; }

    public static PartyTerm Create(Guid orgUnitId, string name, DateOnly start, DateOnly end, DateTimeOffset now)
    {
        if (end <= start)
        {
            throw new DomainException("A Party term must end after it starts.");
        }

        return new PartyTerm(NewId(now))
        {
            OrgUnitId = Guard.NotEmpty(orgUnitId, nameof(orgUnitId)),
            Name = Guard.Text(name, "A term name"),
            Start = start,
            End = end,
        };
    }

    public bool Contains(DateOnly date) => Start <= date && date <= End;
}
