using FluentValidation;
using Supervision.Api.Features.Common;
using Supervision.Workflows.Execution;

namespace Supervision.Api.Features.WorkflowInstances.ListInstances;

internal sealed class ListInstancesValidator : AbstractValidator<ListInstances>
{
    public ListInstancesValidator()
    {
        RuleFor(r => r.CreatedFrom).WithinCalendar();
        RuleFor(r => r.CreatedTo).WithinCalendar();
        RuleFor(r => r.DefinitionId).MaximumLength(128).NoControlCharacters();
        RuleFor(r => r.CorrelationId).MaximumLength(128).NoControlCharacters();
        RuleFor(r => r.Status).Must(s => string.IsNullOrEmpty(s) || Enum.GetNames<WorkflowStatus>().Contains(s, StringComparer.OrdinalIgnoreCase))
            .WithMessage($"The status is one of {string.Join(", ", Enum.GetNames<WorkflowStatus>())}.");
        RuleFor(r => r.CreatedTo).GreaterThanOrEqualTo(r => r.CreatedFrom).When(r => r.CreatedFrom is not null && r.CreatedTo is not null)
            .WithMessage("createdTo is before createdFrom.");
        Paging.RulesFor(this, r => r.Page, r => r.PageSize);
    }
}
