using Supervision.Domain.Planning;

namespace Supervision.Domain.Tests.Planning;

internal static class Tasks
{
    public static readonly DateOnly Due = new(2026, 6, 10);
    public static readonly Guid Assigner = Guid.NewGuid();
    public static readonly Guid Lead = Guid.NewGuid();
    public static readonly Guid Officer = Guid.NewGuid();
    public static readonly Guid Approver = Guid.NewGuid();

    public static WorkTask Draft(DateOnly? due = null, WorkTaskKind kind = WorkTaskKind.OneOff) => WorkTask.Create(
        "KG-2026-01", "Tuyên truyền 20-NQ/TW về y tế", null, Assigner, Lead, [Guid.NewGuid()], kind,
        new DateOnly(2026, 2, 15), kind == WorkTaskKind.Continuous ? null : due ?? Due, Times.Now);

    public static WorkTask Assigned(DateOnly? due = null)
    {
        var task = Draft(due);
        task.Assign(Officer, Times.Now);
        return task;
    }

    public static WorkTask InProgress(DateOnly? due = null)
    {
        var task = Assigned(due);
        task.Accept(Officer, Times.Now);
        task.Start(Times.Now);
        return task;
    }

    public static WorkTask Submitted(DateOnly? due = null, DateTimeOffset? at = null)
    {
        var task = InProgress(due);
        task.Submit(Officer, at ?? Times.Now);
        return task;
    }

    public static WorkTask Returned()
    {
        var task = Submitted();
        task.Return(Approver, "Thiếu số liệu", Times.Now);
        return task;
    }

    public static WorkTask Approved(DateTimeOffset at)
    {
        var task = Submitted(at: at);
        task.Approve(Approver, null, at);
        return task;
    }
}
