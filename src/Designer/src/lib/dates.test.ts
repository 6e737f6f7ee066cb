import { describe, expect, it } from 'vitest';
import { formatDate, formatInstant, formatValue, todayInHanoi, formatMomentsIn } from './dates';

describe('the one date format', () => {
  it('shows a date as dd/MM/yyyy', () => {
    expect(formatDate('2026-12-01')).toBe('01/12/2026');
    expect(formatDate('2026-12-01T00:00:00')).toBe('01/12/2026');
    expect(formatDate(null)).toBe('');
    expect(formatDate('soon')).toBe('soon');
  });

  it('shows a moment as dd/MM/yyyy HH:mm in Hà Nội time, whatever the zone of the browser', () => {
    expect(formatInstant('2026-11-26T11:34:00Z')).toBe('26/11/2026 18:34');
    expect(formatInstant('2026-11-26T11:32:10.9779619+00:00')).toBe('26/11/2026 18:32');
    // The end of a due day (24:00 Hà Nội) is midnight of the next.
    expect(formatInstant('2027-06-10T17:00:00Z')).toBe('11/06/2027 00:00');
    expect(formatInstant('2026-12-01T01:00:00Z')).toBe('01/12/2026 08:00');
    expect(formatInstant(undefined)).toBe('');
    expect(formatInstant('not a time')).toBe('not a time');
  });

  it('shows values that are dates or moments the same way, and other text as it is', () => {
    expect(formatValue('2026-12-17')).toBe('17/12/2026');
    expect(formatValue('2026-11-26T11:32:10.9779619+00:00')).toBe('26/11/2026 18:32');
    expect(formatValue('2026-11-26T04:32:10Z')).toBe('26/11/2026 11:32');
    // Without an offset the moment is not known; it is shown as written.
    expect(formatValue('2026-11-26T11:32:10')).toBe('2026-11-26T11:32:10');
    expect(formatValue('12-KH/BTGDV')).toBe('12-KH/BTGDV');
    expect(formatValue('2026')).toBe('2026');
  });

  it('knows today in Hà Nội', () => {
    expect(todayInHanoi(new Date('2026-12-31T17:30:00Z'))).toBe('2027-01-01');
  });
});

describe('moments in a server message', () => {
  it('read as dd/MM/yyyy HH:mm in Hà Nội time, whether written with a T or a space', () => {
    expect(formatMomentsIn("Version 2 of 'plan' is already in review since 2026-05-02 02:14:31Z."))
      .toBe("Version 2 of 'plan' is already in review since 02/05/2026 09:14.");
    expect(formatMomentsIn('Due 2026-12-31T17:30:00+00:00, asked 2026-12-31T08:00:00.123+07:00.')).toBe('Due 01/01/2027 00:30, asked 31/12/2026 08:00.');
  });

  it('leave dates, unzoned times and other numbers alone', () => {
    expect(formatMomentsIn('Due on 2026-02-15; rule WorkingDays:10; at 2026-02-15 08:00.')).toBe('Due on 2026-02-15; rule WorkingDays:10; at 2026-02-15 08:00.');
  });
});
