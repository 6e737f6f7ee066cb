using FluentValidation;
using Microsoft.Extensions.Options;
using Supervision.Api.Features.Common;
using Supervision.Api.Security;

namespace Supervision.Api.Features.Auth.ChangePassword;

internal sealed class ChangePasswordValidator : AbstractValidator<ChangePassword>
{
    public ChangePasswordValidator(IOptions<AuthOptions> options)
    {
        RuleFor(r => r.CurrentPassword).NotEmpty().WithMessage("The current password is required.");
        RuleFor(r => r.NewPassword).NotEmpty().WithMessage("A new password is required.").MaximumLength(512).NoControlCharacters();
        RuleFor(r => r.NewPassword).NotEqual(r => r.CurrentPassword).WithMessage("The new password must differ from the current one.");
        if (string.Equals(options.Value.PasswordProfile, "Strict", StringComparison.OrdinalIgnoreCase))
        {
            RuleFor(r => r.NewPassword).MinimumLength(12).WithMessage("Use at least 12 characters.")
                .Matches("[A-Z]").WithMessage("Use an upper-case letter.")
                .Matches("[a-z]").WithMessage("Use a lower-case letter.")
                .Matches("[0-9]").WithMessage("Use a digit.")
                .Matches("[^A-Za-z0-9]").WithMessage("Use a symbol.");
        }
        else
        {
            RuleFor(r => r.NewPassword).MinimumLength(8).WithMessage("Use at least 8 characters.");
        }
    }
}
