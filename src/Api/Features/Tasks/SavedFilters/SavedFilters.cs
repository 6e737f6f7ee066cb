using FluentValidation;
using System.Text.Json.Nodes;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Features.Common;
using Supervision.Api.Infrastructure;
using Supervision.Api.Security;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Tasks.SavedFilters;

public sealed record SavedFilter(string Id, string Name, string OwnerUser, bool SharedWithUnit, JsonObject Query);

/// <summary>The user's saved inbox filters and those shared within their unit.</summary>
public sealed record ListSavedFilters : IRequest<IReadOnlyList<SavedFilter>>;

/// <summary>Saves an inbox filter, optionally shared within the user's unit.</summary>
public sealed record SaveFilter(string? Name, bool SharedWithUnit, JsonObject? Query) : IRequest<SavedFilter>;

public sealed record DeleteFilter(string Id) : IRequest<bool>;

internal sealed class SavedFilterHandlers(SupervisionDbContext db, CurrentUserAccessor current, TimeProvider clock)
    : IRequestHandler<ListSavedFilters, IReadOnlyList<SavedFilter>>, IRequestHandler<SaveFilter, SavedFilter>, IRequestHandler<DeleteFilter, bool>
{
    public async ValueTask<IReadOnlyList<SavedFilter>> Handle(ListSavedFilters request, CancellationToken cancellationToken)
    {
        var user = current.User;
        var rows = await db.SavedFilters.AsNoTracking()
            .Where(f => f.OwnerUser == user.UserName || (f.SharedWithUnit && f.UnitId != null && f.UnitId == user.UnitId))
            .OrderBy(f => f.Name).ToListAsync(cancellationToken);
        return rows.Select(ToResponse).ToList();
    }

    public async ValueTask<SavedFilter> Handle(SaveFilter request, CancellationToken cancellationToken)
    {
        var user = current.User;
        var row = new SavedFilterRecord
        {
            Id = Guid.NewGuid().ToString("N"), Name = request.Name!, OwnerUser = user.UserName, UnitId = user.UnitId,
            SharedWithUnit = request.SharedWithUnit && user.UnitId is not null, Query = request.Query!.ToJsonString(), CreatedAt = clock.GetUtcNow(),
        };
        db.SavedFilters.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return ToResponse(row);
    }

    public async ValueTask<bool> Handle(DeleteFilter request, CancellationToken cancellationToken)
    {
        var row = await db.SavedFilters.FirstOrDefaultAsync(f => f.Id == request.Id, cancellationToken) ?? throw new NotFoundException("Filter", request.Id);
        if (row.OwnerUser != current.User.UserName)
            throw new ForbiddenException("Only the owner can delete a saved filter.");
        db.SavedFilters.Remove(row);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static SavedFilter ToResponse(SavedFilterRecord row) => new(row.Id, row.Name, row.OwnerUser, row.SharedWithUnit, JsonNode.Parse(row.Query)!.AsObject());
}

internal sealed class SaveFilterValidator : FluentValidation.AbstractValidator<SaveFilter>
{
    public SaveFilterValidator()
    {
        RuleFor(r => r.Name).NotEmpty().WithMessage("Name the filter.").MaximumLength(200).NoControlCharacters();
        RuleFor(r => r.Query).NotNull().WithMessage("The filter's query is required.")
            .Must(q => q is null || q.ToJsonString().Length <= 4000).WithMessage("The query is too long.");
    }
}
