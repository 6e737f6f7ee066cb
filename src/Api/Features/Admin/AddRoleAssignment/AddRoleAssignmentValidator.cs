using FluentValidation;
using Supervision.Api.Features.Common;

namespace Supervision.Api.Features.Admin.AddRoleAssignment;

internal sealed class AddRoleAssignmentValidator : AbstractValidator<AddRoleAssignment>
{
    public AddRoleAssignmentValidator()
    {
        RuleFor(r => r.UserName).NotEmpty().WithMessage("Name the user (userName).").MaximumLength(256).NoControlCharacters();
        RuleFor(r => r.UnitId).NotEmpty().WithMessage("Name the unit (unitId).").MaximumLength(128).NoControlCharacters();
        RuleFor(r => r.Role).NotEmpty().WithMessage("Name the role.")
            .Must(r => Users.UnitRoles.Contains(r)).When(r => !string.IsNullOrEmpty(r.Role), ApplyConditionTo.CurrentValidator).WithMessage($"The role is one of {string.Join(", ", Users.UnitRoles)}.");
        RuleFor(r => r.DelegatedFromUserName).MaximumLength(256).NoControlCharacters();
        // User names are lower case (CreateUser), so a name in another case is the same person.
        RuleFor(r => r.DelegatedFromUserName).NotEqual(r => r.UserName, StringComparer.OrdinalIgnoreCase).When(r => !string.IsNullOrEmpty(r.DelegatedFromUserName))
            .WithMessage("A user cannot delegate a role to themselves: delegatedFromUserName is someone other than userName.");
        RuleFor(r => r.ValidTo).GreaterThanOrEqualTo(r => r.ValidFrom).When(r => r.ValidFrom is not null && r.ValidTo is not null)
            .WithMessage("validTo is before validFrom.");
    }
}
