using FluentValidation;
using Supervision.Api.Features.Common;

namespace Supervision.Api.Features.Admin.RenameUnit;

internal sealed class RenameUnitValidator : AbstractValidator<RenameUnit>
{
    public RenameUnitValidator()
    {
        RuleFor(r => r.NameVi).NotEmpty().WithMessage("The Vietnamese name is required.").MaximumLength(256).NoControlCharacters();
        RuleFor(r => r.NameEn).MaximumLength(256).NoControlCharacters();
    }
}
