using Supervision.Domain.Common;

namespace Supervision.Domain.Inspections;

/// <summary>A strength, shortcoming, violation or recommendation recorded about one inspected unit.</summary>
public sealed class Finding : Entity
{
    private Finding()
    {
    }

    private Finding(Guid id)
        : base(id)
    {
    }

    public Guid InspectionId { get; private set; }

    public Guid TargetOrgUnitId { get; private set; }

    public FindingType Type { get; private set; }

    /// <summary>Only for shortcomings and violations.</summary>
    public FindingSeverity? Severity { get; private set; }

    public string Description { get; private set; } = null!;

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>Whether the target must act on it; strengths need no remediation.</summary>
    public bool CallsForRemediation => Type != FindingType.Strength;

    internal static Finding Record(
        Guid inspectionId, Guid targetOrgUnitId, FindingType type, FindingSeverity? severity, string description, DateTimeOffset now)
    {
        Guard.Defined(type, nameof(type));
        var graded = type is FindingType.Shortcoming or FindingType.Violation;
        if (graded != severity.HasValue)
        {
            throw new DomainException("Shortcomings and violations carry a severity; strengths and recommendations do not.");
        }

        return new Finding(NewId(now))
        {
            InspectionId = inspectionId,
            TargetOrgUnitId = targetOrgUnitId,
            Type = type,
            Severity = severity is null ? null : Guard.Defined(severity.Value, nameof(severity)),
            Description = Guard.Text(description, "A finding description"),
            RecordedAt = now,
        };
    }
}
