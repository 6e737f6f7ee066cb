using FluentValidation;
using Supervision.Api.Features.Common;

namespace Supervision.Api.Features.Auth.IssueToken;

internal sealed class IssueTokenValidator : AbstractValidator<IssueToken>
{
    public IssueTokenValidator()
    {
        RuleFor(r => r.UserName).NotEmpty().WithMessage("The user name is required.").MaximumLength(256).NoControlCharacters();
        RuleFor(r => r.Password).NotEmpty().WithMessage("The password is required.").MaximumLength(512);
        RuleFor(r => r.Totp).MaximumLength(10);
    }
}
