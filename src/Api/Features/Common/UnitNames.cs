using Microsoft.EntityFrameworkCore;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Common;

/// <summary>The names of an account's unit, Vietnamese and English (null when the unit has none in English).</summary>
public static class UnitNames
{
    public static async Task<(string? Vi, string? En)> OfAsync(SupervisionDbContext db, string? unitId, CancellationToken cancellationToken)
    {
        if (unitId is null)
            return (null, null);
        var unit = await db.OrgUnits.AsNoTracking().Where(u => u.Id == unitId).Select(u => new { u.NameVi, u.NameEn }).FirstOrDefaultAsync(cancellationToken);
        return (unit?.NameVi, unit?.NameEn);
    }
}
