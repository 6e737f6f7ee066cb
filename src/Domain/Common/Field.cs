namespace Supervision.Domain.Common;

/// <summary>Lĩnh vực: the Khoa giáo fields a task, document or inspection belongs to.</summary>
public enum Field
{
    ScienceTechnology,
    EducationTraining,
    Health,
    Population,
    Sports,
    Family,
    Children,
    Other,
}
