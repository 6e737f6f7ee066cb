using Microsoft.EntityFrameworkCore;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Persistence.Domain;

namespace Supervision.Api.Features.Common;

/// <summary>
/// A person a domain record names, as clients know them: their user name and display name when they are a user
/// here. The engine acting on its own reads as <c>system</c>; anyone else (an account since removed) keeps only the
/// record's domain id.
/// </summary>
public sealed record PersonRef(Guid Id, string? UserName, string? DisplayName)
{
    private static readonly Guid System = DomainKeys.Actor(null);

    /// <summary>The people among <paramref name="ids"/>, by their domain id (<see cref="DomainKeys.User"/>).</summary>
    public static async Task<IReadOnlyDictionary<Guid, PersonRef>> LookUpAsync(SupervisionDbContext db, IEnumerable<Guid?> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var wanted = ids.OfType<Guid>().ToHashSet();
        if (wanted.Count == 0)
            return new Dictionary<Guid, PersonRef>();
        // Users are keyed by their own ids; their domain ids are computed from those, so the table is read whole (it is small).
        var users = await db.Users.AsNoTracking().Select(u => new { u.Id, u.UserName, u.DisplayName }).ToListAsync(cancellationToken);
        return users.Select(u => new PersonRef(DomainKeys.User(u.Id), u.UserName, u.DisplayName))
            .Where(p => wanted.Contains(p.Id))
            .ToDictionary(p => p.Id);
    }

    public static PersonRef Of(Guid id, IReadOnlyDictionary<Guid, PersonRef> people)
    {
        ArgumentNullException.ThrowIfNull(people);
        return people.GetValueOrDefault(id) ?? (id == System ? new PersonRef(id, "system", null) : new PersonRef(id, null, null));
    }

    public static PersonRef? Of(Guid? id, IReadOnlyDictionary<Guid, PersonRef> people) => id is { } known ? Of(known, people) : null;
}
