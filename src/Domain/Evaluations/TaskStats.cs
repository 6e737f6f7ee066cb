using Supervision.Domain.Common;
using Supervision.Domain.Planning;

namespace Supervision.Domain.Evaluations;

/// <summary>
/// Task figures for a rating: the tasks with a due date in the evaluation period. Tasks due
/// later and continuous tasks are left out, so "100 % on time" is not spoiled by work that
/// is not due yet. Rates of a subject with no such task are 100 % on time and 0 % late.
/// </summary>
public sealed record TaskStats
{
    public TaskStats(int assigned, int doneOnTime, int doneLate, int openOverdue, int exceeded)
    {
        if (assigned < 0 || doneOnTime < 0 || doneLate < 0 || openOverdue < 0 || exceeded < 0)
        {
            throw new DomainException("Task counts cannot be negative.");
        }

        if (doneOnTime + doneLate + openOverdue > assigned)
        {
            throw new DomainException("Done and overdue tasks cannot outnumber the tasks assigned.");
        }

        if (exceeded > doneOnTime + doneLate)
        {
            throw new DomainException("Only finished tasks can have exceeded their requirements.");
        }

        Assigned = assigned;
        DoneOnTime = doneOnTime;
        DoneLate = doneLate;
        OpenOverdue = openOverdue;
        Exceeded = exceeded;
    }

    public static TaskStats None { get; } = new(0, 0, 0, 0, 0);

    public int Assigned { get; }

    public int DoneOnTime { get; }

    public int DoneLate { get; }

    public int OpenOverdue { get; }

    public int Exceeded { get; }

    /// <summary>Assigned tasks neither done nor overdue yet.</summary>
    public int OpenNotDue => Assigned - DoneOnTime - DoneLate - OpenOverdue;

    public decimal OnTimeRate => Rate(DoneOnTime, 1m);

    /// <summary>Behind schedule: done late or still open past the due day.</summary>
    public decimal LateRate => Rate(DoneLate + OpenOverdue, 0m);

    public decimal ExceededRate => Rate(Exceeded, 0m);

    // The rule's thresholds are compared in whole numbers (count × 100 against percent ×
    // assigned), so 3 of 10 is exactly 30 % and no rounding decides a rating.
    internal bool AllOnTime => DoneOnTime == Assigned;

    internal bool AllDone => DoneOnTime + DoneLate == Assigned;

    internal bool ExceededAtLeast(int percent) => Exceeded * 100 >= percent * Assigned;

    internal bool LateAtMost(int percent) => (DoneLate + OpenOverdue) * 100 <= percent * Assigned;

    /// <summary>Counts the tasks due from <paramref name="from"/> to <paramref name="to"/>, as they stand at <paramref name="asOf"/>.</summary>
    public static TaskStats Of(IEnumerable<WorkTask> tasks, DateOnly from, DateOnly to, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        int assigned = 0, onTime = 0, late = 0, overdue = 0, exceeded = 0;
        foreach (var task in tasks)
        {
            if (task.IsDeleted || task.DueOn is not { } due || due < from || due > to
                || task.Status is WorkTaskStatus.Draft or WorkTaskStatus.Cancelled)
            {
                continue;
            }

            assigned++;
            if (task.Status == WorkTaskStatus.Approved)
            {
                if (task.IsCompletedOnTime == true)
                {
                    onTime++;
                }
                else
                {
                    late++;
                }

                if (task.ExceededRequirements)
                {
                    exceeded++;
                }
            }
            else if (VietnamTime.IsPast(due, asOf))
            {
                overdue++;
            }
        }

        return new TaskStats(assigned, onTime, late, overdue, exceeded);
    }

    private decimal Rate(int count, decimal whenNoTasks) => Assigned == 0 ? whenNoTasks : (decimal)count / Assigned;
}
