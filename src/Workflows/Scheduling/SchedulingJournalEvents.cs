namespace Supervision.Workflows.Scheduling;

/// <summary>Journal events the scheduling layer appends to an instance's journal.</summary>
public static class SchedulingJournalEvents
{
    /// <summary>Reminders and escalations of a task sent at one instant. Data: taskId, at, reminders, escalations.</summary>
    public const string ReminderSent = "ReminderSent";

    /// <summary>A task's due date changed. Data: taskId, from, to, reason.</summary>
    public const string TaskDueDateChanged = "TaskDueDateChanged";
}

/// <summary>Actor names the scheduling layer writes into journals.</summary>
public static class SchedulingActors
{
    public const string Scheduler = "system:scheduler";
}
