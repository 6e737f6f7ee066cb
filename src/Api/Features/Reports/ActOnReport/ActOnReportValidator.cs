using FluentValidation;
using Supervision.Api.Features.Common;

namespace Supervision.Api.Features.Reports.ActOnReport;

internal sealed class ActOnReportValidator : AbstractValidator<ActOnReport>
{
    public ActOnReportValidator()
    {
        RuleFor(r => r.UnitId).NotEmpty().WithMessage("Name the unit (unitId).").MaximumLength(128).NoControlCharacters();
        RuleFor(r => r.Action).Must(a => ReportActions.All.Contains(a)).WithMessage($"The action is one of {string.Join(", ", ReportActions.All)}.");
        RuleFor(r => r.Comment).NotEmpty().When(r => r.Action == ReportActions.Return).WithMessage("Say what should change: a comment is required.");
        RuleFor(r => r.Comment).MaximumLength(4000).NoControlCharacters(multiLine: true);
    }
}
