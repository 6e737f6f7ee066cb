using FluentValidation;

namespace Supervision.Api.Features.Admin.CloseUnit;

internal sealed class CloseUnitValidator : AbstractValidator<CloseUnit>
{
    public CloseUnitValidator()
    {
        RuleFor(r => r.On).NotNull().WithMessage("The unit's last day (on) is required.");
    }
}
