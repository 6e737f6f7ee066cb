import { describe, expect, it } from 'vitest';
import { apiQuery, code, date, oneOf, readFilter, text, writeFilter } from './addressBar';

const RULES = { status: oneOf(['Pending', 'Approved']), unitId: code(8), from: date, q: text(5) };
const DEFAULTS = { status: 'Pending' };
const params = (query: string) => new URLSearchParams(query);

describe('a filter kept in the address bar', () => {
  it('reads trimmed values by their rules, falling back to the defaults', () => {
    expect(readFilter(RULES, params('status=%20Approved%20&unitId=DU-SYT&from=2026-06-01&q=abcdefgh&page=2'), DEFAULTS))
      .toEqual({ status: 'Approved', unitId: 'DU-SYT', from: '2026-06-01', q: 'abcde', page: 2 });
    expect(readFilter(RULES, params('status=approved&unitId=TOO-LONG-CODE&from=01/06/2026&page=0'), DEFAULTS))
      .toEqual({ status: 'Pending', unitId: '', from: '', q: '', page: 1 });
  });

  it('writes only what differs from the defaults, and asks the server with every value', () => {
    const filter = { status: 'Pending', unitId: 'DU-SYT', from: '', q: '', page: 1 };
    expect(writeFilter(RULES, filter, DEFAULTS).toString()).toBe('unitId=DU-SYT');
    expect(apiQuery(filter).toString()).toBe('status=Pending&unitId=DU-SYT&page=1&pageSize=20');
    expect(writeFilter(RULES, { ...filter, status: 'Approved', page: 3 }, DEFAULTS).toString()).toBe('status=Approved&unitId=DU-SYT&page=3');
  });
});
