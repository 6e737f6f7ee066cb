using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Infrastructure;
using Supervision.Api.Security;
using Supervision.Domain.Calendar;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Admin.CreateUser;

/// <summary>Creates a user with a password that follows the configured profile.</summary>
public sealed record CreateUser(
    string? UserName,
    string? DisplayName,
    string? Email,
    string? Password,
    IReadOnlyList<string>? Roles,
    string? UnitId,
    string? Locale) : IRequest<AdminUserResponse>, IAuditedCommand;

internal sealed class CreateUserHandler(SupervisionDbContext db, DbOrgDirectory directory, TimeProvider clock) : IRequestHandler<CreateUser, AdminUserResponse>
{
    private static readonly PasswordHasher<UserRecord> Hasher = new();

    public async ValueTask<AdminUserResponse> Handle(CreateUser request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = WorkCalendar.ToLocalDate(now);
        if (await db.Users.AnyAsync(u => u.UserName == request.UserName, cancellationToken))
            throw new ConflictException($"User '{request.UserName}' exists already.");
        await UserRules.EnsureOpenUnitAsync(db, request.UnitId, today, cancellationToken);
        var user = new UserRecord
        {
            Id = Guid.NewGuid().ToString("N"),
            UserName = request.UserName!,
            DisplayName = request.DisplayName!.Trim(),
            Email = string.IsNullOrWhiteSpace(request.Email) ? null : request.Email.Trim(),
            Roles = string.Join(',', request.Roles!.Distinct(StringComparer.Ordinal)),
            UnitId = string.IsNullOrWhiteSpace(request.UnitId) ? null : request.UnitId,
            Locale = request.Locale ?? "vi-VN",
            CreatedAt = now,
            PasswordChangedAt = now,
            // No sign-in yet: the unused-account rule counts from the creation (UserRecord.UnusedSince).
        };
        user.PasswordHash = Hasher.HashPassword(user, request.Password!);
        db.Users.Add(user);
        await db.SaveChangesAsync(cancellationToken);
        return await Users.ToResponseAsync(db, directory, user, today, withAssignments: true, cancellationToken);
    }
}

internal static class UserRules
{
    public static async Task EnsureOpenUnitAsync(SupervisionDbContext db, string? unitId, DateOnly today, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(unitId))
            return;
        var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, cancellationToken);
        if (unit is null || !Units.IsOpen(unit, today))
        {
            throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure("unitId",
                unit is null ? $"Unit '{unitId}' does not exist." : $"Unit '{unitId}' is closed.")]);
        }
    }
}
