using Supervision.Domain.Common;

namespace Supervision.Domain.Planning;

/// <summary>A periodic progress report on a task; created only through <see cref="WorkTask.ReportProgress"/>.</summary>
public sealed class ProgressUpdate : Entity
{
    private ProgressUpdate()
    {
    }

    private ProgressUpdate(Guid id)
        : base(id)
    {
    }

    public Guid TaskId { get; private set; }

    public DateTimeOffset AsOf { get; private set; }

    public int Percent { get; private set; }

    public string Narrative { get; private set; } = null!;

    /// <summary>Khó khăn, vướng mắc.</summary>
    public string? Obstacles { get; private set; }

    /// <summary>Kiến nghị, đề xuất.</summary>
    public string? Proposals { get; private set; }

    public Guid ByUserId { get; private set; }

    internal static ProgressUpdate Record(
        Guid taskId, Guid byUserId, int percent, string narrative, string? obstacles, string? proposals, DateTimeOffset now)
    {
        if (percent is < 0 or > 100)
        {
            throw new DomainException($"Progress is a percentage from 0 to 100, not {percent}.");
        }

        return new ProgressUpdate(NewId(now))
        {
            TaskId = taskId,
            ByUserId = Guard.NotEmpty(byUserId, nameof(byUserId)),
            Percent = percent,
            Narrative = Guard.Text(narrative, "A progress narrative"),
            Obstacles = Guard.OptionalText(obstacles),
            Proposals = Guard.OptionalText(proposals),
            AsOf = now,
        };
    }
}
