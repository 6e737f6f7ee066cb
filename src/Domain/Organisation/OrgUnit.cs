using Supervision.Domain.Common;

namespace Supervision.Domain.Organisation;

/// <summary>
/// A Party, state or mass-organisation unit. Units are reorganised often (the 2025 board
/// mergers, the end of the district tier), so a unit is never deleted: it is closed or
/// superseded on a date and stays readable for the history that refers to it.
/// </summary>
public sealed class OrgUnit : Entity
{
    private OrgUnit()
    {
    }

    private OrgUnit(Guid id)
        : base(id)
    {
    }

    public string Code { get; private set; } = null!;

    /// <summary>Mã định danh điện tử of the unit, when it has one.</summary>
    public string? ElectronicId { get; private set; }

    public string NameVi { get; private set; } = null!;

    public string? NameEn { get; private set; }

    public OrgUnitKind Kind { get; private set; }

    public OrgLevel Level { get; private set; }

    public Guid? ParentId { get; private set; }

    public OrgSystem System { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    /// <summary>Last day on which the unit exists (inclusive); null while it exists.</summary>
    public DateOnly? ValidTo { get; private set; }

    public Guid? SupersededById { get; private set; }

    public static OrgUnit Create(
        string code,
        string nameVi,
        string? nameEn,
        OrgUnitKind kind,
        OrgLevel level,
        OrgSystem system,
        Guid? parentId,
        DateOnly validFrom,
        DateTimeOffset now,
        string? electronicId = null)
    {
        var unit = new OrgUnit(NewId(now))
        {
            Code = Guard.Text(code, "A unit code"),
            NameVi = Guard.Text(nameVi, "A Vietnamese unit name"),
            NameEn = Guard.OptionalText(nameEn),
            Kind = Guard.Defined(kind, nameof(kind)),
            Level = Guard.Defined(level, nameof(level)),
            System = Guard.Defined(system, nameof(system)),
            ParentId = Guard.NotEmpty(parentId, nameof(parentId)),
            ValidFrom = validFrom,
            ElectronicId = Guard.OptionalText(electronicId),
        };
        return unit;
    }

    public bool IsActiveOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || date <= ValidTo);

    public void Rename(string nameVi, string? nameEn)
    {
        NameVi = Guard.Text(nameVi, "A Vietnamese unit name");
        NameEn = Guard.OptionalText(nameEn);
    }

    /// <summary>The unit ceases to exist on <paramref name="on"/>; its last day is the day before.</summary>
    public void Close(DateOnly on, DateTimeOffset now)
    {
        EnsureCanEndOn(on);
        ValidTo = on.AddDays(-1);
        Raise(new OrgUnitClosed(Id, on, now));
    }

    /// <summary>
    /// <paramref name="successor"/> takes over from <paramref name="on"/>, e.g. the merged
    /// Ban Tuyên giáo và Dân vận replacing the Ban Tuyên giáo.
    /// </summary>
    public void Supersede(OrgUnit successor, DateOnly on, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(successor);
        if (successor.Id == Id)
        {
            throw new DomainException("A unit cannot supersede itself.");
        }

        if (!successor.IsActiveOn(on))
        {
            throw new DomainException($"The successor unit {successor.Code} is not active on {on:dd/MM/yyyy}.");
        }

        EnsureCanEndOn(on);
        ValidTo = on.AddDays(-1);
        SupersededById = successor.Id;
        Raise(new OrgUnitSuperseded(Id, successor.Id, on, now));
    }

    private void EnsureCanEndOn(DateOnly on)
    {
        if (ValidTo is not null)
        {
            throw new DomainException($"The unit {Code} has already ended on {ValidTo:dd/MM/yyyy}.");
        }

        if (on <= ValidFrom)
        {
            throw new DomainException($"The unit {Code} cannot end before it has existed for a day (valid from {ValidFrom:dd/MM/yyyy}).");
        }
    }
}

public sealed record OrgUnitClosed(Guid OrgUnitId, DateOnly On, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record OrgUnitSuperseded(Guid OrgUnitId, Guid SuccessorId, DateOnly On, DateTimeOffset OccurredAt) : IDomainEvent;
