namespace Supervision.Domain.Evaluations;

/// <summary>Xếp loại; ordered so that a higher value is a better rating.</summary>
public enum Rating
{
    /// <summary>Không hoàn thành nhiệm vụ (KHTNV).</summary>
    NotCompleted = 0,

    /// <summary>Hoàn thành nhiệm vụ (HTNV).</summary>
    Completed = 1,

    /// <summary>Hoàn thành tốt nhiệm vụ (HTTNV).</summary>
    WellCompleted = 2,

    /// <summary>Hoàn thành xuất sắc nhiệm vụ (HTXSNV).</summary>
    ExcellentlyCompleted = 3,
}

/// <summary>How a rating is written: the abbreviation used in documents, and its Vietnamese and English names.</summary>
public static class RatingNames
{
    public static string Abbreviation(this Rating rating) => rating switch
    {
        Rating.ExcellentlyCompleted => "HTXSNV",
        Rating.WellCompleted => "HTTNV",
        Rating.Completed => "HTNV",
        Rating.NotCompleted => "KHTNV",
        _ => throw new ArgumentOutOfRangeException(nameof(rating), rating, null),
    };

    public static string VietnameseName(this Rating rating) => rating switch
    {
        Rating.ExcellentlyCompleted => "Hoàn thành xuất sắc nhiệm vụ",
        Rating.WellCompleted => "Hoàn thành tốt nhiệm vụ",
        Rating.Completed => "Hoàn thành nhiệm vụ",
        Rating.NotCompleted => "Không hoàn thành nhiệm vụ",
        _ => throw new ArgumentOutOfRangeException(nameof(rating), rating, null),
    };

    public static string EnglishName(this Rating rating) => rating switch
    {
        Rating.ExcellentlyCompleted => "Excellently completed",
        Rating.WellCompleted => "Well completed",
        Rating.Completed => "Completed",
        Rating.NotCompleted => "Not completed",
        _ => throw new ArgumentOutOfRangeException(nameof(rating), rating, null),
    };

    /// <summary>A rating by its member name or its abbreviation, ignoring case ("WellCompleted", "httnv").</summary>
    public static bool TryParse(string? text, out Rating rating)
    {
        var value = text?.Trim();
        foreach (var candidate in Enum.GetValues<Rating>())
        {
            if (string.Equals(value, candidate.ToString(), StringComparison.OrdinalIgnoreCase)
                || string.Equals(value, candidate.Abbreviation(), StringComparison.OrdinalIgnoreCase))
            {
                rating = candidate;
                return true;
            }
        }
        rating = default;
        return false;
    }
}
