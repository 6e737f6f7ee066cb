using FluentValidation;
using Supervision.Api.Features.Common;

namespace Supervision.Api.Features.Admin.SetUserEnabled;

public sealed class SetUserEnabledValidator : AbstractValidator<SetUserEnabled>
{
    public SetUserEnabledValidator()
    {
        RuleFor(r => r.Reason).MaximumLength(1000).NoControlCharacters(multiLine: true);
    }
}
