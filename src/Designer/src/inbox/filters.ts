/** The inbox's filter: what the address bar holds, what a saved filter keeps, and what `GET /api/tasks` is asked. */
import { DEADLINE_STATES, type DeadlineState } from '../components/DeadlineBadge';

export type TaskSort = 'dueOn' | '-dueOn';

export interface InboxFilter {
  /** My tasks (true) or every task I can see (false). */
  mine: boolean;
  states: DeadlineState[];
  unitId: string;
  planId: string;
  dueFrom: string;
  dueTo: string;
  q: string;
  sort: TaskSort;
  page: number;
}

export const DEFAULT_FILTER: InboxFilter = { mine: true, states: [], unitId: '', planId: '', dueFrom: '', dueTo: '', q: '', sort: 'dueOn', page: 1 };

export const PAGE_SIZE = 50;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads a filter from a query string (unknown or malformed values fall back to the defaults). */
export function filterFromParams(params: URLSearchParams): InboxFilter {
  const states = (params.get('state') ?? '').split(',').map((s) => s.trim())
    .filter((s): s is DeadlineState => (DEADLINE_STATES as string[]).includes(s));
  const page = Number(params.get('page'));
  const date = (key: string) => {
    const value = params.get(key) ?? '';
    return DATE.test(value) ? value : '';
  };
  return {
    mine: params.get('scope') !== 'all',
    states: [...new Set(states)],
    unitId: params.get('unit')?.trim() ?? '',
    planId: params.get('plan')?.trim() ?? '',
    dueFrom: date('dueFrom'),
    dueTo: date('dueTo'),
    q: params.get('q') ?? '',
    sort: params.get('sort') === '-dueOn' ? '-dueOn' : 'dueOn',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The filter as a query string for the address bar and saved filters: only what differs from the defaults, in a fixed order. */
export function filterToParams(filter: InboxFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (!filter.mine) params.set('scope', 'all');
  if (filter.states.length) params.set('state', [...filter.states].sort((a, b) => DEADLINE_STATES.indexOf(a) - DEADLINE_STATES.indexOf(b)).join(','));
  if (filter.unitId) params.set('unit', filter.unitId);
  if (filter.planId) params.set('plan', filter.planId);
  if (filter.dueFrom) params.set('dueFrom', filter.dueFrom);
  if (filter.dueTo) params.set('dueTo', filter.dueTo);
  if (filter.q.trim()) params.set('q', filter.q.trim());
  if (filter.sort !== 'dueOn') params.set('sort', filter.sort);
  if (filter.page > 1) params.set('page', String(filter.page));
  return params;
}

/** The query of `GET /api/tasks` (the server folds the text itself: "dieu tra" finds "điều tra"). */
export function filterToApiQuery(filter: InboxFilter, pageSize = PAGE_SIZE): URLSearchParams {
  const query = new URLSearchParams();
  query.set('mine', String(filter.mine));
  if (filter.states.length) query.set('deadlineState', filter.states.join(','));
  if (filter.unitId) query.set('unitId', filter.unitId);
  if (filter.planId) query.set('planId', filter.planId);
  if (filter.dueFrom) query.set('dueFrom', filter.dueFrom);
  if (filter.dueTo) query.set('dueTo', filter.dueTo);
  if (filter.q.trim()) query.set('q', filter.q.trim());
  query.set('sort', filter.sort);
  query.set('page', String(filter.page));
  query.set('pageSize', String(pageSize));
  return query;
}

/** What a saved filter stores: the address bar's query without the page. */
export function filterToSaved(filter: InboxFilter): Record<string, string> {
  return Object.fromEntries(filterToParams({ ...filter, page: 1 }));
}

export function filterFromSaved(query: Record<string, unknown>): InboxFilter {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) if (typeof value === 'string') params.set(key, value);
  return filterFromParams(params);
}

/** Toggles one deadline state chip; any change of the filter goes back to the first page. */
export function toggleState(filter: InboxFilter, state: DeadlineState): InboxFilter {
  const states = filter.states.includes(state) ? filter.states.filter((s) => s !== state) : [...filter.states, state];
  return { ...filter, states, page: 1 };
}

export function isDefaultFilter(filter: InboxFilter): boolean {
  return filterToParams(filter).toString() === '';
}

/**
 * How many of the side panel's filters differ from the defaults (the scope and the state chips stay in view): a phone
 * folds the panel away, and its button says that some still narrow the list.
 */
export function sidePanelFilterCount(filter: InboxFilter): number {
  return [filter.q.trim(), filter.unitId, filter.planId, filter.dueFrom, filter.dueTo, filter.sort !== DEFAULT_FILTER.sort].filter(Boolean).length;
}
