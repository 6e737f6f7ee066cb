using FluentValidation;
using Supervision.Api.Features.Common;

namespace Supervision.Api.Features.Admin.ListAudit;

internal sealed class ListAuditValidator : AbstractValidator<ListAudit>
{
    public ListAuditValidator()
    {
        RuleFor(r => r.Actor).MaximumLength(256).NoControlCharacters();
        RuleFor(r => r.Action).MaximumLength(64).NoControlCharacters();
        RuleFor(r => r.Since).WithinCalendar();
        RuleFor(r => r.Until).WithinCalendar();
        // since ≤ time < until: an until at or before since selects nothing, which is a mistake, not an empty audit.
        RuleFor(r => r.Until).GreaterThan(r => r.Since).When(r => r.Since is not null && r.Until is not null)
            .WithMessage("until is not after since.");
        Paging.RulesFor(this, r => r.Page, r => r.PageSize);
    }
}
