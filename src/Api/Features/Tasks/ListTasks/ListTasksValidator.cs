using FluentValidation;
using Supervision.Api.Features.Common;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Tasks.ListTasks;

internal sealed class ListTasksValidator : AbstractValidator<ListTasks>
{
    internal static readonly string[] Sorts = ["dueOn", "-dueOn", "createdAt", "-createdAt", "title"];
    internal static readonly string[] States = ["NotStarted", "OnTrack", "DueSoon", "OverdueOpen", "DoneOnTime", "DoneLate", "NoDeadline"];

    /// <summary>A task's statuses, and Active for open or claimed.</summary>
    internal static readonly string[] Statuses =
        ["Active", TaskStatuses.Open, TaskStatuses.Claimed, TaskStatuses.Completed, TaskStatuses.TimedOut, TaskStatuses.Cancelled, TaskStatuses.Returned];

    public ListTasksValidator()
    {
        RuleFor(r => r.DueFrom).WithinCalendar();
        RuleFor(r => r.DueTo).WithinCalendar();
        Paging.PageRules<ListTasks>(this, r => r.Page);
        RuleFor(r => r.PageSize).InclusiveBetween(1, 200).WithMessage("The page size must be between 1 and 200.");
        RuleFor(r => r.Sort).Must(s => Sorts.Contains(s)).WithMessage($"Sort by one of {string.Join(", ", Sorts)}.");
        RuleFor(r => r.DeadlineState).Must(s => s is null || s.Split(',').All(x => States.Contains(x.Trim(), StringComparer.OrdinalIgnoreCase)))
            .WithMessage($"Deadline states are {string.Join(", ", States)}.");
        RuleFor(r => r.Status).Must(s => s is null || s == "Active" || s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .All(x => x != "Active" && Statuses.Contains(x, StringComparer.Ordinal)))
            .WithMessage($"The status is one of {string.Join(", ", Statuses)}.");
        RuleFor(r => r.Kind).Must(k => k is null || k.Split(',').All(x => TaskKinds.All.Contains(x.Trim(), StringComparer.Ordinal)))
            .WithMessage($"Kinds of task are {string.Join(", ", TaskKinds.All)}.");
        RuleFor(r => r.Q).MaximumLength(200).NoControlCharacters();
        RuleFor(r => r.UnitId).MaximumLength(128).NoControlCharacters();
        RuleFor(r => r.PlanId).MaximumLength(128).NoControlCharacters();
        RuleFor(r => r).Must(r => r.DueFrom is null || r.DueTo is null || r.DueFrom <= r.DueTo).WithName("dueTo").WithMessage("The due range ends before it starts.");
    }
}
