/** The work calendar's day form: its values, what `PUT /calendar/{date}` is sent, and the checks worth making before. */
import type { CalendarDay, CalendarDayBody, CalendarDayStatus, CalendarDayType } from '../api/admin';

export interface CalendarFormValues {
  date: string;
  type: CalendarDayType | '';
  nameVi: string;
  nameEn: string;
  status: CalendarDayStatus;
  source: string;
}

/** A new entry (on a date given, or none yet) or an existing one to change. */
export function calendarValues(day?: CalendarDay, date = ''): CalendarFormValues {
  if (!day) return { date, type: '', nameVi: '', nameEn: '', status: 'Official', source: '' };
  return { date: day.date, type: day.type, nameVi: day.nameVi, nameEn: day.nameEn, status: day.status, source: day.source ?? '' };
}

/** The body for the date: names trimmed; no English name or source is null (the server then uses the Vietnamese name). */
export function calendarPayload(values: CalendarFormValues): CalendarDayBody {
  return {
    type: values.type as CalendarDayType,
    nameVi: values.nameVi.trim(),
    nameEn: values.nameEn.trim() || null,
    status: values.status,
    source: values.source.trim() || null,
  };
}

/** The day of the week of a yyyy-mm-dd date, 0 for Sunday. */
export function weekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** A make-up working day replaces a weekly rest day: on a weekday it is refused, so the form says so at once. */
export function makeUpOnWeekday(values: Pick<CalendarFormValues, 'date' | 'type'>): boolean {
  if (values.type !== 'MakeUpWorkday' || !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) return false;
  const day = weekday(values.date);
  return day !== 0 && day !== 6;
}

/** The fields the form shows the server's messages beside (`date` is the date's own: its year, the weekday rule). */
export const CALENDAR_FIELDS = ['date', 'type', 'nameVi', 'nameEn', 'status', 'source'] as const;
