using FluentValidation;
using Supervision.Api.Features.Common;

namespace Supervision.Api.Features.Admin.ListAudit;

internal sealed class ListAuditValidator : AbstractValidator<ListAudit>
{
    public ListAuditValidator()
    {
        RuleFor(r => r.Actor).MaximumLength(256).NoControlCharacters();
        RuleFor(r => r.Action).MaximumLength(64).NoControlCharacters();
        Paging.RulesFor(this, r => r.Page, r => r.PageSize);
    }
}
