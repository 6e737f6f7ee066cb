using FluentValidation;
using Supervision.Api.Features.Common;

namespace Supervision.Api.Features.Admin.ListRoleAssignments;

internal sealed class ListRoleAssignmentsValidator : AbstractValidator<ListRoleAssignments>
{
    public ListRoleAssignmentsValidator()
    {
        // Assignments hold unit roles (not the system roles users are filtered by): a name that is none matches nothing.
        RuleFor(r => r.Role).Must(r => string.IsNullOrEmpty(r) || Users.UnitRoles.Contains(r))
            .WithMessage($"The role is one of {string.Join(", ", Users.UnitRoles)}.");
        RuleFor(r => r.UserName).MaximumLength(256).NoControlCharacters();
        RuleFor(r => r.UnitId).MaximumLength(128).NoControlCharacters();
        RuleFor(r => r.ActiveOn).WithinCalendar();
        Paging.RulesFor(this, r => r.Page, r => r.PageSize);
    }
}
