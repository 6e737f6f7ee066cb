using FluentValidation;

namespace Supervision.Api.Features.Admin.AddRoleAssignment;

internal sealed class AddRoleAssignmentValidator : AbstractValidator<AddRoleAssignment>
{
    public AddRoleAssignmentValidator()
    {
        RuleFor(r => r.UserName).NotEmpty().WithMessage("Name the user (userName).");
        RuleFor(r => r.UnitId).NotEmpty().WithMessage("Name the unit (unitId).");
        RuleFor(r => r.Role).NotEmpty().WithMessage("Name the role.")
            .Must(r => Users.UnitRoles.Contains(r)).When(r => !string.IsNullOrEmpty(r.Role), ApplyConditionTo.CurrentValidator).WithMessage($"The role is one of {string.Join(", ", Users.UnitRoles)}.");
        RuleFor(r => r.ValidTo).GreaterThanOrEqualTo(r => r.ValidFrom).When(r => r.ValidFrom is not null && r.ValidTo is not null)
            .WithMessage("validTo is before validFrom.");
    }
}
