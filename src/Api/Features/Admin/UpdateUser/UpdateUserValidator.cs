using FluentValidation;
using Supervision.Api.Features.Admin.CreateUser;
using Supervision.Api.Features.Common;

namespace Supervision.Api.Features.Admin.UpdateUser;

internal sealed class UpdateUserValidator : AbstractValidator<UpdateUser>
{
    public UpdateUserValidator()
    {
        RuleFor(r => r.DisplayName).MaximumLength(256).NoControlCharacters();
        RuleFor(r => r.Email).EmailAddress().When(r => !string.IsNullOrWhiteSpace(r.Email)).WithMessage("The e-mail address is not valid.").MaximumLength(256).NoControlCharacters();
        UserSettingsRules.Apply(this, r => r.Roles, r => r.UnitId, r => r.Locale);
    }
}
