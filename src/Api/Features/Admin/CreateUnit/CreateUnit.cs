using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Infrastructure;
using Supervision.Api.Security;
using Supervision.Domain.Calendar;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Admin.CreateUnit;

/// <summary>Adds a unit under an open parent (or at the top). Its id is its code unless given.</summary>
public sealed record CreateUnit(
    string? Id,
    string? Code,
    string? NameVi,
    string? NameEn,
    string? Kind,
    string? Level,
    string? System,
    string? ParentId,
    DateOnly? ValidFrom) : IRequest<UnitNode>, IAuditedCommand;

internal sealed class CreateUnitHandler(SupervisionDbContext db, DbOrgDirectory directory, TimeProvider clock) : IRequestHandler<CreateUnit, UnitNode>
{
    public async ValueTask<UnitNode> Handle(CreateUnit request, CancellationToken cancellationToken)
    {
        var today = WorkCalendar.ToLocalDate(clock.GetUtcNow());
        var id = string.IsNullOrWhiteSpace(request.Id) ? request.Code!.Trim() : request.Id.Trim();
        var code = request.Code!.Trim();
        // Ids and codes are found without regard to case (a code is looked up that way), so "du-syt" beside "DU-SYT" would
        // make two units answer to one name. Both are ASCII by the validator, so upper() is the same in every database.
        var upperId = id.ToUpperInvariant();
        var upperCode = code.ToUpperInvariant();
        var clash = await db.OrgUnits.AsNoTracking()
            .Where(u => u.Id.ToUpper() == upperId || u.Code.ToUpper() == upperId || u.Id.ToUpper() == upperCode || u.Code.ToUpper() == upperCode)
            .Select(u => new { u.Id, u.Code }).FirstOrDefaultAsync(cancellationToken);
        if (clash is not null)
        {
            var taken = string.Equals(clash.Id, id, StringComparison.OrdinalIgnoreCase) || string.Equals(clash.Code, id, StringComparison.OrdinalIgnoreCase) ? id : code;
            throw new ConflictException($"A unit with id or code '{taken}' exists already (units are never deleted; a closed one keeps its code).");
        }
        if (request.ParentId is { Length: > 0 } parentId)
        {
            var parent = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == parentId, cancellationToken);
            if (parent is null || !Units.IsOpen(parent, request.ValidFrom ?? today))
            {
                throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure("parentId",
                    parent is null ? $"Unit '{parentId}' does not exist." : $"Unit '{parentId}' is closed on that date.")]);
            }
        }
        var unit = new OrgUnitRecord
        {
            Id = id,
            Code = code,
            NameVi = request.NameVi!.Trim(),
            NameEn = string.IsNullOrWhiteSpace(request.NameEn) ? null : request.NameEn.Trim(),
            Kind = request.Kind!,
            Level = request.Level ?? "Province",
            System = request.System ?? "Party",
            ParentId = string.IsNullOrWhiteSpace(request.ParentId) ? null : request.ParentId,
            ValidFrom = request.ValidFrom ?? today,
        };
        db.OrgUnits.Add(unit);
        await db.SaveChangesAsync(cancellationToken);
        directory.Invalidate();
        return UnitNode.From(unit, today);
    }
}
