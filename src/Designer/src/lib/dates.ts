/**
 * The one way the app shows dates and moments, in both languages and in Hà Nội time: a date as dd/MM/yyyy
 * (`formatDate`), a moment as dd/MM/yyyy HH:mm (`formatInstant`), a value that may be either through `formatValue`.
 * Nothing else formats a date for display (no toLocaleString, whose output differs by language and browser).
 */

/** A calendar date (yyyy-mm-dd) as people read it: dd/mm/yyyy in both languages. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : value;
}

/**
 * A date as people type it, as yyyy-mm-dd: day, month and the full year (06/04/2026, 6/4/2026, 6.4.2026, 6-4-2026),
 * or yyyy-mm-dd as it is. Blank gives ''; anything else, or a day the month does not have (31/02), gives undefined.
 */
export function parseDate(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const typed = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const [year, month, day] = typed ? [+typed[3], +typed[2], +typed[1]] : iso ? [+iso[1], +iso[2], +iso[3]] : [0, 0, 0];
  if (year < 1000 || month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A time of day as people type it on a 24-hour clock (8:30, 08:30, 8h30) as HH:mm; blank gives ''; anything else undefined. */
export function parseTime(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const m = /^([01]?\d|2[0-3])[:hH.]([0-5]\d)$/.exec(trimmed);
  return m ? `${m[1].padStart(2, '0')}:${m[2]}` : undefined;
}

/** Today in Hà Nội as yyyy-mm-dd. */
export function todayInHanoi(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * A moment as people in Việt Nam read it, in Hà Nội time: "10/12/2026 09:00" (day, month, the full year, then the hour
 * on a 24-hour clock), in both languages; the server's text when it is not a moment.
 */
export function formatInstant(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// A moment the server wrote with its offset (or Z); one without an offset would be read in the browser's zone.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

/** A value from a form or the server: an ISO date or moment as the two functions above show it, any other text as it is. */
export function formatValue(value: string): string {
  const trimmed = value.trim();
  if (ISO_DATE.test(trimmed)) return formatDate(trimmed);
  if (ISO_INSTANT.test(trimmed)) return formatInstant(trimmed);
  return value;
}

// A moment written inside a message: ISO 8601 with a T or a space (.NET's "u" format), always with its offset or Z.
const MOMENT_IN_TEXT = /\b(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})\b/gi;

/** A server's message with every moment in it as `formatInstant` shows it ("since 2026-05-02 02:14:31Z" → "since 02/05/2026 09:14"). */
export function formatMomentsIn(text: string): string {
  return text.replace(MOMENT_IN_TEXT, (whole, day: string, time: string, zone: string) => {
    const shown = formatInstant(`${day}T${time}${zone.toUpperCase()}`);
    return shown.includes('T') ? whole : shown;
  });
}
