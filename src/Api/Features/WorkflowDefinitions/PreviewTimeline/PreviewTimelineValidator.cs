using FluentValidation;
using Supervision.Api.Features.Common;

namespace Supervision.Api.Features.WorkflowDefinitions.PreviewTimeline;

internal sealed class PreviewTimelineValidator : AbstractValidator<PreviewTimeline>
{
    public PreviewTimelineValidator()
    {
        RuleFor(r => r.Definition).NotNull().WithMessage("A workflow definition (Elsa 3 JSON object) is required.");
        RuleFor(r => r.StartDate).NotNull().WithMessage("A start date (yyyy-MM-dd) is required.");
        RuleFor(r => r.StartDate).Must(d => CalendarDates.Contains(d)).WithMessage($"The start date must fall in {CalendarDates.Years}.");
    }
}
