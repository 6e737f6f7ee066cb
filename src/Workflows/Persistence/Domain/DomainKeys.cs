using System.Security.Cryptography;
using System.Text;

namespace Supervision.Workflows.Persistence.Domain;

/// <summary>
/// The domain's ids (Guids) for the application's string ids. Users (<c>users.id</c>) and tasks (bookmark ids)
/// already are Guids and keep their value. Org units are keyed by their code-like id (<c>DU-SYT</c>) in
/// <c>org_units</c>, in stored definitions and in task rows, so a unit's domain id is a name-based UUID
/// (RFC 9562, version 5) of that id: the same on every machine and for every provider, so a domain row can be
/// matched to its <c>org_units</c> row by computing <see cref="OrgUnit"/> over the units.
/// </summary>
public static class DomainKeys
{
    private static readonly Guid OrgUnitNamespace = new("3f1c5b0e-6a2d-4c1b-9e57-0d8a1f6b2c41");
    private static readonly Guid UserNamespace = new("8b6d2e4a-1f3c-4d7e-a5b9-2c0e7f9a1d63");
    private static readonly Guid TaskNamespace = new("c2a7e9f1-5b3d-4e8a-9c6f-1d4b7a0e3f25");
    private static readonly Guid PlanNamespace = new("5e9b1c7d-3a4f-4b2e-8d61-7f0c2a9e4b18");

    /// <summary>The domain id of an <c>org_units</c> row.</summary>
    public static Guid OrgUnit(string unitId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(unitId);
        return Guid.TryParse(unitId, out var id) ? id : NameBased(OrgUnitNamespace, unitId);
    }

    /// <summary>The domain id of a <c>users</c> row.</summary>
    public static Guid User(string userId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        return Guid.TryParse(userId, out var id) ? id : NameBased(UserNamespace, "id:" + userId);
    }

    /// <summary>The domain id of someone who acted without being a user (the system, a script, a user since removed).</summary>
    public static Guid Actor(string? actorName) => NameBased(UserNamespace, "name:" + (string.IsNullOrWhiteSpace(actorName) ? "system" : actorName));

    /// <summary>The domain id of a task of the task list (a human-task bookmark).</summary>
    public static Guid Task(string taskId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        return Guid.TryParse(taskId, out var id) ? id : NameBased(TaskNamespace, taskId);
    }

    /// <summary>The domain id of a plan, from the plan key its workflow steps name (<c>tasks.plan_id</c>, e.g. <c>KH-KG-2026</c>).</summary>
    public static Guid Plan(string planKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(planKey);
        return Guid.TryParse(planKey, out var id) ? id : NameBased(PlanNamespace, planKey);
    }

    internal static Guid NameBased(Guid @namespace, string name)
    {
        Span<byte> input = stackalloc byte[16];
        @namespace.TryWriteBytes(input, bigEndian: true, out _);
        var bytes = new byte[16 + Encoding.UTF8.GetByteCount(name)];
        input.CopyTo(bytes);
        Encoding.UTF8.GetBytes(name, bytes.AsSpan(16));
        // SHA-1 is what version 5 prescribes; it identifies, it does not protect anything.
        var hash = SHA1.HashData(bytes);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
