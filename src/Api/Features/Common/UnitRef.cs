using Supervision.Api.Security;

namespace Supervision.Api.Features.Common;

/// <summary>
/// A unit a domain record names, as clients know it: the application's unit id (<c>DU-SYT</c>) and its names. A unit
/// missing from <c>org_units</c> keeps the record's domain id as its id, and has no names.
/// </summary>
public sealed record UnitRef(string Id, string? NameVi, string? NameEn)
{
    public static UnitRef Of(Guid domainId, DbOrgDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return directory.FindByDomainKey(domainId) is { } unit ? new UnitRef(unit.Id, unit.NameVi, unit.NameEn) : new UnitRef(domainId.ToString(), null, null);
    }
}
