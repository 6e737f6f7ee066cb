import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTER, filterFromParams, filterFromSaved, filterToApiQuery, filterToParams, filterToSaved, isDefaultFilter, sidePanelFilterCount, toggleState } from './filters';

describe('inbox filter ↔ query string', () => {
  it('writes nothing for the defaults and reads the defaults back', () => {
    expect(filterToParams(DEFAULT_FILTER).toString()).toBe('');
    expect(filterFromParams(new URLSearchParams())).toEqual(DEFAULT_FILTER);
    expect(isDefaultFilter(DEFAULT_FILTER)).toBe(true);
  });

  it('round-trips every field, Vietnamese text included', () => {
    const filter = { mine: false, states: ['OverdueOpen' as const, 'DueSoon' as const], unitId: 'DU-SYT', planId: 'KH-2026', dueFrom: '2026-01-01', dueTo: '2026-12-31', q: 'điều tra', sort: '-dueOn' as const, page: 3 };
    const text = filterToParams(filter).toString();
    expect(text).toBe('scope=all&state=DueSoon%2COverdueOpen&unit=DU-SYT&plan=KH-2026&dueFrom=2026-01-01&dueTo=2026-12-31&q=%C4%91i%E1%BB%81u+tra&sort=-dueOn&page=3');
    expect(filterFromParams(new URLSearchParams(text))).toEqual({ ...filter, states: ['DueSoon', 'OverdueOpen'] });
  });

  it('drops unknown states, malformed dates and pages', () => {
    const read = filterFromParams(new URLSearchParams('state=Bogus,DueSoon,DueSoon&dueFrom=tomorrow&dueTo=2026-13&page=-2&sort=title'));
    expect(read.states).toEqual(['DueSoon']);
    expect(read.dueFrom).toBe('');
    expect(read.dueTo).toBe('');
    expect(read.page).toBe(1);
    expect(read.sort).toBe('dueOn');
  });

  it('asks the server with its own parameter names', () => {
    const query = filterToApiQuery({ ...DEFAULT_FILTER, states: ['OverdueOpen', 'DueSoon'], unitId: 'DU-SYT', q: ' dieu tra ', page: 2 });
    expect(Object.fromEntries(query)).toEqual({
      mine: 'true', deadlineState: 'OverdueOpen,DueSoon', unitId: 'DU-SYT', q: 'dieu tra', sort: 'dueOn', page: '2', pageSize: '50',
    });
    expect(filterToApiQuery({ ...DEFAULT_FILTER, mine: false }).get('mine')).toBe('false');
  });

  it('saves without the page and applies a saved filter', () => {
    const saved = filterToSaved({ ...DEFAULT_FILTER, states: ['OverdueOpen'], page: 4 });
    expect(saved).toEqual({ state: 'OverdueOpen' });
    expect(filterFromSaved(saved)).toEqual({ ...DEFAULT_FILTER, states: ['OverdueOpen'] });
    expect(filterFromSaved({ state: 7, q: 'a' } as unknown as Record<string, string>).q).toBe('a');
  });

  it('toggles a chip and goes back to the first page', () => {
    const on = toggleState({ ...DEFAULT_FILTER, page: 5 }, 'DueSoon');
    expect(on.states).toEqual(['DueSoon']);
    expect(on.page).toBe(1);
    expect(toggleState(on, 'DueSoon').states).toEqual([]);
  });
});

describe('sidePanelFilterCount', () => {
  it('counts nothing for the defaults, nor for the scope, the state chips or the page', () => {
    expect(sidePanelFilterCount(DEFAULT_FILTER)).toBe(0);
    expect(sidePanelFilterCount({ ...DEFAULT_FILTER, mine: false, states: ['OverdueOpen'], page: 3 })).toBe(0);
  });

  it('counts each of the panel\'s filters that narrows or orders the list', () => {
    expect(sidePanelFilterCount(filterFromParams(new URLSearchParams('q=khoa%20gi%C3%A1o&unit=DU-SYT&plan=KH-1&dueFrom=2026-01-01&dueTo=2026-02-01&sort=-dueOn')))).toBe(6);
    expect(sidePanelFilterCount({ ...DEFAULT_FILTER, sort: '-dueOn' })).toBe(1);
  });

  it('does not count a search of blanks, which asks nothing', () => {
    expect(sidePanelFilterCount({ ...DEFAULT_FILTER, q: '   ' })).toBe(0);
  });
});
