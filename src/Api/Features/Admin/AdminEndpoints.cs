using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Supervision.Api.Features.Admin.ListCalendarDays;
using Supervision.Api.Features.Common;
using Supervision.Api.Security;
using Supervision.Api.Infrastructure.OpenApi;

namespace Supervision.Api.Features.Admin;

[ValidatedAs(typeof(RenameUnit.RenameUnit))]
public sealed record RenameUnitBody(string? NameVi, string? NameEn);

[ValidatedAs(typeof(CloseUnit.CloseUnit))]
public sealed record CloseUnitBody(DateOnly? On);

[ValidatedAs(typeof(SupersedeUnit.SupersedeUnit))]
public sealed record SupersedeUnitBody(string? ByUnitId, DateOnly? On);

[ValidatedAs(typeof(UpdateUser.UpdateUser))]
public sealed record UserSettingsBody(string? DisplayName, string? Email, IReadOnlyList<string>? Roles, string? UnitId, string? Locale);

[ValidatedAs(typeof(ResetPassword.ResetPassword))]
public sealed record ResetPasswordBody(string? NewPassword);

/// <summary>Why an account is disabled or enabled (optional; kept in the audit).</summary>
[ValidatedAs(typeof(SetUserEnabled.SetUserEnabled))]
public sealed record UserStateBody(string? Reason);

[ValidatedAs(typeof(EndRoleAssignment.EndRoleAssignment))]
public sealed record EndAssignmentBody(DateOnly? On);

[ValidatedAs(typeof(SetCalendarDay.SetCalendarDay))]
public sealed record CalendarDayBody(string? Type, string? NameVi, string? NameEn, string? Status, string? Source);

internal static class AdminEndpoints
{
    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin").WithTags("Administration").RequireAuthorization(Policies.Admin);

        // ---- organisation units ----
        group.MapGet("/units", async Task<Ok<IReadOnlyList<UnitNode>>> (bool? includeClosed, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListUnits.ListUnits(includeClosed == true), ct)))
            .WithSummary("The organisation units as a tree (closed and superseded ones with includeClosed=true).");
        group.MapPost("/units", async Task<Created<UnitNode>> (CreateUnit.CreateUnit request, IMediator mediator, CancellationToken ct) =>
            {
                var unit = await mediator.Send(request, ct);
                return TypedResults.Created($"/api/admin/units/{Uri.EscapeDataString(unit.Id)}", unit);
            })
            .WithSummary("Create a unit under an open parent (or at the top).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/units/{id}/name", async Task<Ok<UnitNode>> (string id, RenameUnitBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RenameUnit.RenameUnit(id, body.NameVi, body.NameEn), ct)))
            .WithSummary("Rename a unit (its id and code stay).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/units/{id}/close", async Task<Ok<UnitNode>> (string id, CloseUnitBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new CloseUnit.CloseUnit(id, body.On), ct)))
            .WithSummary("Close a unit on a date (its last day); it is never deleted. 409 while units under it stay open.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/units/{id}/supersede", async Task<Ok<UnitNode>> (string id, SupersedeUnitBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SupersedeUnit.SupersedeUnit(id, body.ByUnitId, body.On), ct)))
            .WithSummary("Supersede a unit by another from a date: it closes, and its open sub-units move under the successor.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        // ---- audit ----
        group.MapGet("/audit", async Task<Ok<PageOf<ListAudit.AuditEntry>>> (string? actor, string? action, DateTimeOffset? since, DateTimeOffset? until, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListAudit.ListAudit(actor, action, since, page, pageSize, until), ct)))
            .WithSummary("The administrative audit, newest first: every change to users, roles, units and the work calendar, and every refused attempt (since ≤ at < until).")
            .ProducesValidationProblem();

        // ---- users ----
        group.MapGet("/users", async Task<Ok<PageOf<AdminUserResponse>>> (string? search, string? unitId, string? role, bool? includeDisabled, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListUsers.ListUsers(search, unitId, role, includeDisabled, page, pageSize), ct)))
            .WithSummary("List users by name (marks ignored), unit and system role, a page at a time.")
            .WithQueryValues("role", Roles.All)
            .ProducesValidationProblem();
        group.MapGet("/users/{userName}", async Task<Ok<AdminUserResponse>> (string userName, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetUser.GetUser(userName), ct)))
            .WithSummary("A user with their role assignments.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/users", async Task<Created<AdminUserResponse>> (CreateUser.CreateUser request, IMediator mediator, CancellationToken ct) =>
            {
                var user = await mediator.Send(request, ct);
                return TypedResults.Created($"/api/admin/users/{Uri.EscapeDataString(user.UserName)}", user);
            })
            .WithSummary("Create a user with a password following the configured profile, system roles, unit and locale.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/users/{userName}", async Task<Ok<AdminUserResponse>> (string userName, UserSettingsBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new UpdateUser.UpdateUser(userName, body.DisplayName, body.Email, body.Roles, body.UnitId, body.Locale), ct)))
            .WithSummary("Set a user's display name, e-mail, system roles, unit and locale.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/users/{userName}/disable", async Task<Ok<AdminUserResponse>> (string userName, UserStateBody? body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SetUserEnabled.SetUserEnabled(userName, false, body?.Reason), ct)))
            .WithSummary("Disable a user (not yourself, not the last administrator); an optional {\"reason\"} is kept in the audit.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/users/{userName}/enable", async Task<Ok<AdminUserResponse>> (string userName, UserStateBody? body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SetUserEnabled.SetUserEnabled(userName, true, body?.Reason), ct)))
            .WithSummary("Enable a user again, lifting a lockout; an optional {\"reason\"} is kept in the audit.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/users/{userName}/reset-password", async Task<NoContent> (string userName, ResetPasswordBody body, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new ResetPassword.ResetPassword(userName, body.NewPassword), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Set a new password for a user (following the configured profile).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/users/{userName}/reset-totp", async Task<NoContent> (string userName, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new ResetTwoStep.ResetTwoStep(userName), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Turn a user's two-step sign-in off (a lost phone); the user sets it up again, and tokens issued before are refused.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        // ---- role assignments ----
        group.MapGet("/role-assignments", async Task<Ok<PageOf<RoleAssignmentResponse>>> (string? userName, string? unitId, string? role, DateOnly? activeOn, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListRoleAssignments.ListRoleAssignments(userName, unitId, role, activeOn, page, pageSize), ct)))
            .WithSummary("List role assignments by user, unit and role (activeOn: those in force that day), a page at a time, by unit, role and user.")
            .WithQueryValues("role", Users.UnitRoles)
            .ProducesValidationProblem();
        group.MapPost("/role-assignments", async Task<Created<RoleAssignmentResponse>> (AddRoleAssignment.AddRoleAssignment request, IMediator mediator, CancellationToken ct) =>
            {
                var assignment = await mediator.Send(request, ct);
                return TypedResults.Created($"/api/admin/role-assignments?userName={Uri.EscapeDataString(assignment.UserName ?? "")}", assignment);
            })
            .WithSummary("Give a user a role in a unit for a period.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/role-assignments/{id}/end", async Task<Ok<RoleAssignmentResponse>> (string id, EndAssignmentBody? body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new EndRoleAssignment.EndRoleAssignment(id, body?.On), ct)))
            .WithSummary("End a role assignment on a day (today by default); it stays on record.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        // ---- work calendar ----
        group.MapGet("/calendar", async Task<Ok<CalendarYearResponse>> (int? year, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListCalendarDays.ListCalendarDays(year), ct)))
            .WithSummary("A year of the work calendar: holidays, days off in lieu, swapped days, make-up working days and observances.")
            .ProducesValidationProblem();
        group.MapPut("/calendar/{date}", async Task<Ok<CalendarDayResponse>> (DateOnly date, CalendarDayBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SetCalendarDay.SetCalendarDay(date, body.Type, body.NameVi, body.NameEn, body.Status, body.Source), ct)))
            .WithSummary("Add or change the calendar entry of a date (Holiday, CompensatoryOff, SwappedOff, MakeUpWorkday, Observance; Official or Proposed).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/calendar/{date}", async Task<NoContent> (DateOnly date, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RemoveCalendarDay.RemoveCalendarDay(date), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Remove the calendar entry of a date.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
