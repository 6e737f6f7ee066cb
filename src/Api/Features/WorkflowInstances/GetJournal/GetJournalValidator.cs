using FluentValidation;
using Supervision.Api.Features.Common;

namespace Supervision.Api.Features.WorkflowInstances.GetJournal;

internal sealed class GetJournalValidator : AbstractValidator<GetJournal>
{
    public GetJournalValidator() => Paging.RulesFor(this, r => r.Page, r => r.PageSize);
}
