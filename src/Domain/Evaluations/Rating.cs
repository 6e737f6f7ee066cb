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
