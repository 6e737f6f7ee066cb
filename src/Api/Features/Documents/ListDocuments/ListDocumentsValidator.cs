using FluentValidation;
using Supervision.Api.Features.Common;
using Supervision.Domain.Documents;

namespace Supervision.Api.Features.Documents.ListDocuments;

internal sealed class ListDocumentsValidator : AbstractValidator<ListDocuments>
{
    internal static readonly string[] Types = Enum.GetNames<DocType>();

    public ListDocumentsValidator()
    {
        RuleFor(r => r.IssuedFrom).WithinCalendar();
        RuleFor(r => r.IssuedTo).WithinCalendar();
        RuleFor(r => r.DocType).Must(t => string.IsNullOrEmpty(t) || Types.Contains(t, StringComparer.OrdinalIgnoreCase))
            .WithMessage($"The document type is one of {string.Join(", ", Types)}.");
        RuleFor(r => r.IssuerUnitId).MaximumLength(128).NoControlCharacters();
        RuleFor(r => r.IssuedTo).GreaterThanOrEqualTo(r => r.IssuedFrom).When(r => r.IssuedFrom is not null && r.IssuedTo is not null)
            .WithMessage("issuedTo is before issuedFrom.");
        RuleFor(r => r.Q).MaximumLength(200).WithMessage("Search for at most 200 characters.").NoControlCharacters();
        Paging.RulesFor(this, r => r.Page, r => r.PageSize);
    }
}
