using FluentValidation;
using Supervision.Api.Features.Common;
using Supervision.Api.Security;

namespace Supervision.Api.Features.Admin;

/// <summary>The configured password profile (<c>Auth:PasswordProfile</c>) for passwords an administrator sets.</summary>
internal static class PasswordProfile
{
    public static void Apply<T>(IRuleBuilder<T, string?> rule, AuthOptions options)
    {
        var checks = rule.NotEmpty().WithMessage("A password is required.").MaximumLength(512).NoControlCharacters();
        if (string.Equals(options.PasswordProfile, "Strict", StringComparison.OrdinalIgnoreCase))
        {
            checks.MinimumLength(12).WithMessage("Use at least 12 characters.")
                .Matches("[A-Z]").WithMessage("Use an upper-case letter.")
                .Matches("[a-z]").WithMessage("Use a lower-case letter.")
                .Matches("[0-9]").WithMessage("Use a digit.")
                .Matches("[^A-Za-z0-9]").WithMessage("Use a symbol.");
        }
        else
        {
            checks.MinimumLength(8).WithMessage("Use at least 8 characters.");
        }
    }
}
