using Supervision.Domain.Common;

namespace Supervision.Domain.Inspections;

/// <summary>
/// Thông báo kết luận (inspection) or thông báo kết quả giám sát (supervision). An inspection is
/// finished only once this is issued, not when the draft is read out. Owned by its inspection.
/// </summary>
public sealed class ConclusionNotice
{
    private readonly List<Guid> _findingIds = [];
    private readonly List<string> _requirements = [];

    private ConclusionNotice()
    {
    }

    /// <summary>The "…-TB/…" document.</summary>
    public Guid DocumentId { get; private set; }

    public DateOnly IssuedOn { get; private set; }

    public IReadOnlyList<Guid> FindingIds => _findingIds;

    /// <summary>What the inspected units are required to do (yêu cầu, kiến nghị).</summary>
    public IReadOnlyList<string> Requirements => _requirements;

    internal static ConclusionNotice Issue(Guid documentId, DateOnly issuedOn, IEnumerable<Guid> findingIds, IEnumerable<string> requirements)
    {
        var notice = new ConclusionNotice
        {
            DocumentId = Guard.NotEmpty(documentId, nameof(documentId)),
            IssuedOn = issuedOn,
        };
        notice._findingIds.AddRange(findingIds);
        notice._requirements.AddRange(requirements.Select(Guard.OptionalText).OfType<string>());
        return notice;
    }
}
