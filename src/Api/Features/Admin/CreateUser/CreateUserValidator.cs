using FluentValidation;
using Microsoft.Extensions.Options;
using Supervision.Api.Features.Common;
using Supervision.Api.Security;

namespace Supervision.Api.Features.Admin.CreateUser;

internal sealed class CreateUserValidator : AbstractValidator<CreateUser>
{
    public CreateUserValidator(IOptions<AuthOptions> options)
    {
        RuleFor(r => r.UserName).NotEmpty().WithMessage("A user name is required.")
            .Matches("^[a-z0-9][a-z0-9._-]{1,63}$").WithMessage("A user name has 2–64 lower-case letters, digits, '.', '_' or '-'.");
        RuleFor(r => r.DisplayName).NotEmpty().WithMessage("A display name is required.").MaximumLength(256).NoControlCharacters();
        RuleFor(r => r.Email).EmailAddress().When(r => !string.IsNullOrWhiteSpace(r.Email)).WithMessage("The e-mail address is not valid.").MaximumLength(256).NoControlCharacters();
        PasswordProfile.Apply(RuleFor(r => r.Password), options.Value);
        UserSettingsRules.Apply(this, r => r.Roles, r => r.UnitId, r => r.Locale);
    }
}

/// <summary>Roles, unit and locale: the settings an administrator gives a user.</summary>
internal static class UserSettingsRules
{
    public static void Apply<T>(AbstractValidator<T> validator, Func<T, IReadOnlyList<string>?> roles, Func<T, string?> unitId, Func<T, string?> locale)
    {
        validator.RuleFor(r => roles(r)).NotEmpty().OverridePropertyName("roles").WithMessage($"Give at least one role of {string.Join(", ", Roles.All)}.");
        validator.RuleForEach(r => roles(r)).Must(r => Roles.All.Contains(r)).OverridePropertyName("roles")
            .WithMessage((_, role) => $"'{role}' is not a role; roles are {string.Join(", ", Roles.All)}.");
        validator.RuleFor(r => unitId(r)).NotEmpty().When(r => roles(r)?.Contains(Roles.UnitOfficer) == true).OverridePropertyName("unitId")
            .WithMessage("A unit officer needs a unit.");
        validator.RuleFor(r => unitId(r)).NoControlCharacters().OverridePropertyName("unitId");
        validator.RuleFor(r => locale(r)).Must(l => l is null || Users.Locales.Contains(l)).OverridePropertyName("locale")
            .WithMessage($"The locale is one of {string.Join(", ", Users.Locales)}.");
    }
}
