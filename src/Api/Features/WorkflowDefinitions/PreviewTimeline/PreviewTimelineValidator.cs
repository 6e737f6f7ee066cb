using FluentValidation;

namespace Supervision.Api.Features.WorkflowDefinitions.PreviewTimeline;

internal sealed class PreviewTimelineValidator : AbstractValidator<PreviewTimeline>
{
    public PreviewTimelineValidator()
    {
        RuleFor(r => r.Definition).NotNull().WithMessage("A workflow definition (Elsa 3 JSON object) is required.");
        RuleFor(r => r.StartDate).NotNull().WithMessage("A start date (yyyy-MM-dd) is required.");
        RuleFor(r => r.StartDate!.Value.Year).InclusiveBetween(Domain.Calendar.HolidayCatalog.MinYear + 1, Domain.Calendar.HolidayCatalog.MaxYear - 12)
            .When(r => r.StartDate is not null).OverridePropertyName("startDate")
            .WithMessage($"The start date must fall in {Domain.Calendar.HolidayCatalog.MinYear + 1}–{Domain.Calendar.HolidayCatalog.MaxYear - 12}.");
    }
}
