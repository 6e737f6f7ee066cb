using Supervision.Domain.Common;

namespace Supervision.Domain.Inspections;

/// <summary>Đoàn kiểm tra / giám sát. Owned by its <see cref="Inspection"/>.</summary>
public sealed class InspectionTeam
{
    private readonly List<Guid> _deputyUserIds = [];
    private readonly List<Guid> _memberUserIds = [];

    private InspectionTeam()
    {
    }

    /// <summary>Trưởng đoàn; at committee level a member of the cấp ủy (QĐ 89-QĐ/TW).</summary>
    public Guid HeadUserId { get; private set; }

    public IReadOnlyList<Guid> DeputyUserIds => _deputyUserIds;

    public IReadOnlyList<Guid> MemberUserIds => _memberUserIds;

    /// <summary>Thư ký đoàn; usually also a member.</summary>
    public Guid? SecretaryUserId { get; private set; }

    internal static InspectionTeam Form(Guid headUserId, IEnumerable<Guid> deputyUserIds, IEnumerable<Guid> memberUserIds, Guid? secretaryUserId)
    {
        var head = Guard.NotEmpty(headUserId, nameof(headUserId));
        var deputies = Guard.Ids(deputyUserIds, nameof(deputyUserIds));
        var members = Guard.Ids(memberUserIds, nameof(memberUserIds));
        if (deputies.Contains(head) || members.Contains(head) || secretaryUserId == head)
        {
            throw new DomainException("The team head holds no other place in the team.");
        }

        if (deputies.Intersect(members).Any())
        {
            throw new DomainException("A deputy head is listed once, as deputy, not also as a member.");
        }

        var team = new InspectionTeam
        {
            HeadUserId = head,
            SecretaryUserId = Guard.NotEmpty(secretaryUserId, nameof(secretaryUserId)),
        };
        team._deputyUserIds.AddRange(deputies);
        team._memberUserIds.AddRange(members);
        return team;
    }
}
