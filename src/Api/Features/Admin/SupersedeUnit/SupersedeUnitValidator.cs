using FluentValidation;
using Supervision.Api.Features.Common;

namespace Supervision.Api.Features.Admin.SupersedeUnit;

internal sealed class SupersedeUnitValidator : AbstractValidator<SupersedeUnit>
{
    public SupersedeUnitValidator()
    {
        RuleFor(r => r.ByUnitId).NotEmpty().WithMessage("Name the unit that takes over (byUnitId).").MaximumLength(128).NoControlCharacters();
        RuleFor(r => r.On).NotNull().WithMessage("The unit's last day (on) is required.");
    }
}
