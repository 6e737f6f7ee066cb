using FluentValidation;

namespace Supervision.Api.Features.WorkflowInstances.MigrateInstance;

internal sealed class MigrateInstanceValidator : AbstractValidator<MigrateInstance>
{
    public MigrateInstanceValidator()
    {
        RuleFor(r => r.TargetVersion).NotNull().WithMessage("Name the version to migrate to (targetVersion).")
            .GreaterThanOrEqualTo(1).WithMessage("Versions are numbered from 1.");
        RuleFor(r => r.ActivityMap!.Count).LessThanOrEqualTo(2000).When(r => r.ActivityMap is not null).OverridePropertyName("activityMap")
            .WithMessage("The activity map has more entries than a definition has activities.");
        RuleForEach(r => r.ActivityMap).Must(p => !string.IsNullOrWhiteSpace(p.Key) && !string.IsNullOrWhiteSpace(p.Value))
            .When(r => r.ActivityMap is not null).OverridePropertyName("activityMap")
            .WithMessage("Every entry maps a source activity id to a target activity id.");
    }
}
