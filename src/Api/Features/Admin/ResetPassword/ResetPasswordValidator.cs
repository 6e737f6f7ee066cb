using FluentValidation;
using Microsoft.Extensions.Options;
using Supervision.Api.Security;

namespace Supervision.Api.Features.Admin.ResetPassword;

internal sealed class ResetPasswordValidator : AbstractValidator<ResetPassword>
{
    public ResetPasswordValidator(IOptions<AuthOptions> options) => PasswordProfile.Apply(RuleFor(r => r.NewPassword), options.Value);
}
