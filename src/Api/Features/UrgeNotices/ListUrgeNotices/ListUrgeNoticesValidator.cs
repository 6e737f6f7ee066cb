using FluentValidation;
using Supervision.Api.Features.Common;
using Supervision.Domain.Urging;

namespace Supervision.Api.Features.UrgeNotices.ListUrgeNotices;

internal sealed class ListUrgeNoticesValidator : AbstractValidator<ListUrgeNotices>
{
    private static readonly int[] Levels = [.. Enumerable.Range(UrgeNotice.MinLevel, UrgeNotice.MaxLevel - UrgeNotice.MinLevel + 1)];

    public ListUrgeNoticesValidator()
    {
        RuleFor(r => r.IssuedFrom).WithinCalendar();
        RuleFor(r => r.IssuedTo).WithinCalendar();
        RuleFor(r => r.UnitId).MaximumLength(128).NoControlCharacters();
        RuleFor(r => r.Level).Must(l => l is null || Levels.Contains(l.Value))
            .WithMessage($"The level is one of {string.Join(", ", Levels)}.");
        RuleFor(r => r.IssuedTo).GreaterThanOrEqualTo(r => r.IssuedFrom).When(r => r.IssuedFrom is not null && r.IssuedTo is not null)
            .WithMessage("issuedTo is before issuedFrom.");
        Paging.RulesFor(this, r => r.Page, r => r.PageSize);
    }
}
