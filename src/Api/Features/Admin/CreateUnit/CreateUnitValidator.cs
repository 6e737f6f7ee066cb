using FluentValidation;
using Supervision.Api.Features.Common;

namespace Supervision.Api.Features.Admin.CreateUnit;

internal sealed class CreateUnitValidator : AbstractValidator<CreateUnit>
{
    public CreateUnitValidator()
    {
        RuleFor(r => r.Code).NotEmpty().WithMessage("A unit code is required.")
            .MaximumLength(64).Matches("^[A-Za-z0-9][A-Za-z0-9._-]*$").WithMessage("A code has letters, digits, '.', '_' or '-' (at most 64).");
        RuleFor(r => r.Id).MaximumLength(128).Matches("^[A-Za-z0-9][A-Za-z0-9._-]*$").When(r => !string.IsNullOrEmpty(r.Id))
            .WithMessage("An id has letters, digits, '.', '_' or '-' (at most 128).");
        RuleFor(r => r.ParentId).Must(p => p is null || !string.IsNullOrWhiteSpace(p))
            .WithMessage("Name the parent unit, or leave parentId out (null) for a unit at the top.");
        RuleFor(r => r.ParentId).MaximumLength(128).NoControlCharacters();
        RuleFor(r => r.NameVi).NotEmpty().WithMessage("The Vietnamese name is required.").MaximumLength(256).NoControlCharacters();
        RuleFor(r => r.NameEn).MaximumLength(256).NoControlCharacters();
        RuleFor(r => r.Kind).NotEmpty().WithMessage("The kind is required.")
            .Must(k => Units.Kinds.Contains(k)).When(r => !string.IsNullOrEmpty(r.Kind), ApplyConditionTo.CurrentValidator).WithMessage($"The kind is one of {string.Join(", ", Units.Kinds)}.");
        RuleFor(r => r.Level).Must(l => l is null || Units.Levels.Contains(l)).WithMessage($"The level is one of {string.Join(", ", Units.Levels)}.");
        RuleFor(r => r.System).Must(s => s is null || Units.Systems.Contains(s)).WithMessage($"The system is one of {string.Join(", ", Units.Systems)}.");
    }
}
