using Supervision.Api.Security;

namespace Supervision.Api.Features.Common;

/// <summary>A unit as domain records name it, told by the application's id (<c>DU-SYT</c>) and Vietnamese name.</summary>
public sealed record UnitRef(string Id, string? NameVi)
{
    /// <summary>The unit of a domain id; a Guid that is no known unit's is given as it is, without a name.</summary>
    public static UnitRef Of(Guid domainKey, DbOrgDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return directory.FindByDomainKey(domainKey) is { } unit ? new UnitRef(unit.Id, unit.NameVi) : new UnitRef(domainKey.ToString(), null);
    }
}
