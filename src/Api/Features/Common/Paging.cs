using FluentValidation;

namespace Supervision.Api.Features.Common;

/// <summary>One page of a list: the items, how many there are in all, and the page that was served.</summary>
public sealed record PageOf<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

/// <summary>Page numbers start at 1; a page size above <see cref="MaxPageSize"/> is served as <see cref="MaxPageSize"/>.</summary>
public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static int Page(int? page) => page ?? 1;

    public static int Size(int? pageSize) => Math.Min(pageSize ?? DefaultPageSize, MaxPageSize);

    public static int Skip(int? page, int? pageSize) => (Page(page) - 1) * Size(pageSize);

    /// <summary>Page 1 or more and page size 1 or more; a larger page size than the cap is not an error, it is capped.</summary>
    public static void RulesFor<T>(AbstractValidator<T> validator, Func<T, int?> page, Func<T, int?> pageSize)
    {
        PageRules(validator, page);
        validator.RuleFor(r => pageSize(r)).GreaterThanOrEqualTo(1).OverridePropertyName("pageSize").WithMessage("The page size must be 1 or more.");
    }

    /// <summary>
    /// The page number alone: from 1 up to <see cref="MaxPage"/>, so that the rows skipped (page - 1) × page size
    /// cannot overflow and serve page 1 again.
    /// </summary>
    public static void PageRules<T>(AbstractValidator<T> validator, Func<T, int?> page)
    {
        validator.RuleFor(r => page(r)).GreaterThanOrEqualTo(1).OverridePropertyName("page").WithMessage("Pages are numbered from 1.");
        validator.RuleFor(r => page(r)).LessThanOrEqualTo(MaxPage).OverridePropertyName("page").WithMessage("The page number is too large.");
    }

    /// <summary>The highest page number served.</summary>
    public const int MaxPage = 1_000_000;
}
