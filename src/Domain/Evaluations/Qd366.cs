using Supervision.Domain.Common;

namespace Supervision.Domain.Evaluations;

/// <summary>
/// Rating levels of Quy định 366-QĐ/TW (30/8/2025) on the 100-point scale, for a collective
/// (DOMAIN §1.5):
/// <list type="bullet">
/// <item><b>Hoàn thành xuất sắc</b>: score ≥ 90, 100 % of tasks done on time, at least 30 % of
/// tasks exceeding requirements, and no subordinate unit or leadership member disciplined.</item>
/// <item><b>Hoàn thành tốt</b>: score ≥ 70 and 100 % of tasks done on time. A score of 90 or more
/// that misses an extra condition of the level above lands here.</item>
/// <item><b>Hoàn thành</b>: score ≥ 50, 100 % of tasks done, and at most 20 % behind schedule (done
/// late or still overdue). A higher score without 100 % on time lands here.</item>
/// <item><b>Không hoàn thành</b>: anything else, in particular a score below 50, or tasks left
/// undone, or more than 20 % behind schedule. The source marks the "below 50" bound as inferred.</item>
/// </list>
/// Each level is the best one whose conditions all hold. The competent body may decide a lower
/// rating (e.g. under a quota), never a higher one; see <see cref="Evaluation.Approve"/>.
/// </summary>
public static class Qd366
{
    public const decimal ExcellentScore = 90m;
    public const decimal WellScore = 70m;
    public const decimal CompletedScore = 50m;
    public const int ExcellentExceededPercent = 30;
    public const int CompletedLatePercentMax = 20;

    public static Rating Rate(decimal score, TaskStats tasks, bool hasDisciplineCase)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        EnsureScore(score);

        if (score >= ExcellentScore && tasks.AllOnTime && tasks.ExceededAtLeast(ExcellentExceededPercent) && !hasDisciplineCase)
        {
            return Rating.ExcellentlyCompleted;
        }

        if (score >= WellScore && tasks.AllOnTime)
        {
            return Rating.WellCompleted;
        }

        if (score >= CompletedScore && tasks.AllDone && tasks.LateAtMost(CompletedLatePercentMax))
        {
            return Rating.Completed;
        }

        return Rating.NotCompleted;
    }

    internal static decimal EnsureScore(decimal score) =>
        score is < 0m or > 100m ? throw new DomainException($"Scores are on a 0–100 scale, not {score}.") : score;
}
