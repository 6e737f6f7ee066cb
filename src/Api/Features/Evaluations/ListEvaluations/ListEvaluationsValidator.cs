using FluentValidation;
using Supervision.Api.Features.Common;
using Supervision.Domain.Evaluations;

namespace Supervision.Api.Features.Evaluations.ListEvaluations;

internal sealed class ListEvaluationsValidator : AbstractValidator<ListEvaluations>
{
    public ListEvaluationsValidator()
    {
        RuleFor(r => r.UnitId).MaximumLength(128).NoControlCharacters();
        RuleFor(r => r.PeriodKey).MaximumLength(64).NoControlCharacters();
        RuleFor(r => r.Rating).Must(RatingFilter.IsValid).WithMessage($"The rating is one of {RatingFilter.Choices}.");
        RuleFor(r => r.Status).Must(EnumFilter.IsValid<EvaluationStatus>).WithMessage($"The status is one of {EnumFilter.Names<EvaluationStatus>()}.");
        Paging.RulesFor(this, r => r.Page, r => r.PageSize);
    }
}

/// <summary>The <c>rating</c> parameter: comma-separated abbreviations or member names, in any case ("HTTNV,completed").</summary>
internal static class RatingFilter
{
    public static readonly string Choices = string.Join(", ", Enum.GetValues<Rating>().OrderDescending().Select(r => $"{r.Abbreviation()} ({r})"));

    public static bool IsValid(string? text) => Split(text).All(name => RatingNames.TryParse(name, out _));

    /// <summary>The ratings named, or null when none is (no filter).</summary>
    public static List<Rating>? Parse(string? text)
    {
        var names = Split(text);
        return names.Length == 0 ? null : names.Select(name => RatingNames.TryParse(name, out var rating) ? rating : (Rating?)null).OfType<Rating>().Distinct().ToList();
    }

    private static string[] Split(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
