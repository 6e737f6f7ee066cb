namespace Supervision.Domain.Common;

/// <summary>Derived, never stored (DESIGN §4). UI colours in brackets.</summary>
public enum DeadlineState
{
    /// <summary>Chưa thực hiện (grey).</summary>
    NotStarted,

    /// <summary>Đang thực hiện, trong hạn (blue).</summary>
    OnTrack,

    /// <summary>Sắp đến hạn (amber).</summary>
    DueSoon,

    /// <summary>Quá hạn (red).</summary>
    OverdueOpen,

    /// <summary>Hoàn thành đúng hạn (green).</summary>
    DoneOnTime,

    /// <summary>Hoàn thành quá hạn (orange).</summary>
    DoneLate,

    /// <summary>No due date, or no longer tracked (grey).</summary>
    NoDeadline,
}
