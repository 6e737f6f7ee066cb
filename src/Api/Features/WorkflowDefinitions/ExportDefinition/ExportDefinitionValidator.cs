using FluentValidation;

namespace Supervision.Api.Features.WorkflowDefinitions.ExportDefinition;

internal sealed class ExportDefinitionValidator : AbstractValidator<ExportDefinition>
{
    public ExportDefinitionValidator()
    {
        RuleFor(r => r.Version).GreaterThanOrEqualTo(1).WithMessage("Versions are numbered from 1.");
        RuleFor(r => r.Published).Must(p => p != true).When(r => r.Version is not null)
            .WithMessage("Ask for a version number or for the published version, not both.");
    }
}
