using System.Text.Json.Serialization;

namespace Supervision.Domain.Calendar;

/// <summary>What a <see cref="CalendarDay"/> does to the working week.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CalendarDayType>))]
public enum CalendarDayType
{
    /// <summary>A public holiday (ngày nghỉ lễ, Tết): not a working day.</summary>
    Holiday,

    /// <summary>A day off given because a holiday fell on a weekly rest day (nghỉ bù): not a working day.</summary>
    CompensatoryOff,

    /// <summary>A working day swapped for a make-up Saturday (hoán đổi): not a working day.</summary>
    SwappedOff,

    /// <summary>A weekly rest day worked instead of a swapped day (làm bù): a working day.</summary>
    MakeUpWorkday,

    /// <summary>A commemoration shown in the calendar that changes nothing (e.g. 1/8, Ngày truyền thống ngành Tuyên giáo).</summary>
    Observance,
}

/// <summary>Whether a calendar entry has been decided by the competent authority.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CalendarDayStatus>))]
public enum CalendarDayStatus
{
    /// <summary>Computed or proposed; an administrator should confirm it when the decision is published.</summary>
    Proposed,

    /// <summary>Announced by the competent authority.</summary>
    Official,
}

/// <summary>
/// One dated entry of a <see cref="WorkCalendar"/>: a holiday, a day off in lieu, a swapped day,
/// a make-up working Saturday or an observance. Entries are reference data an administrator edits.
/// </summary>
/// <param name="Date">The local (UTC+7) date.</param>
/// <param name="Type">What the entry does to the working week.</param>
/// <param name="NameVi">Name in Vietnamese, e.g. "Tết Nguyên đán Bính Ngọ".</param>
/// <param name="NameEn">Name in English, e.g. "Lunar New Year (Tết)".</param>
/// <param name="Status">Whether the entry is official or only proposed.</param>
/// <param name="Source">Symbol or address of the document that announces the entry, if known.</param>
public sealed record CalendarDay(
    DateOnly Date,
    CalendarDayType Type,
    string NameVi,
    string NameEn,
    CalendarDayStatus Status = CalendarDayStatus.Official,
    string? Source = null)
{
    /// <summary>True for entries that take a day off: holidays, compensatory and swapped days.</summary>
    [JsonIgnore]
    public bool IsDayOff => Type is CalendarDayType.Holiday or CalendarDayType.CompensatoryOff or CalendarDayType.SwappedOff;
}
