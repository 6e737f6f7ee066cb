/**
 * How a records list keeps its filter in the address bar: each field has a rule that turns what the address bar says
 * into a value ('' for anything not acceptable, which then falls back to the field's default). The address bar holds
 * only what differs from the defaults; the server is asked with every field that has a value.
 */

import { RECORDS_PAGE_SIZE } from './common';

/** A field's rule: the value an address-bar entry (trimmed) stands for, or '' when it is not acceptable. */
export type FieldRule = (value: string) => string;
export type FieldRules = Record<string, FieldRule>;
export type FilterOf<R extends FieldRules> = { [K in keyof R]: string } & { page: number };
export type Defaults<R extends FieldRules> = Partial<Record<keyof R, string>>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** One of the given values, exactly. */
export const oneOf = (allowed: readonly string[]) => (value: string) => (allowed.includes(value) ? value : '');
/** A yyyy-mm-dd date. */
export const date: FieldRule = (value) => (DATE.test(value) ? value : '');
/** Text, cut to its first `max` characters. */
export const text = (max: number): FieldRule => (value) => value.slice(0, max);
/** An id or code of at most `max` characters (a longer one is refused, not cut). */
export const code = (max: number): FieldRule => (value) => (value.length <= max ? value : '');

/** The filter the address bar holds: malformed values give way to the defaults and are not sent on to the server. */
export function readFilter<R extends FieldRules>(rules: R, params: URLSearchParams, defaults: Defaults<R> = {}): FilterOf<R> {
  const filter: Record<string, string | number> = {};
  for (const [key, rule] of Object.entries(rules)) {
    const given = params.get(key)?.trim() ?? '';
    filter[key] = (given && rule(given)) || defaults[key] || '';
  }
  const page = Number(params.get('page'));
  filter.page = Number.isInteger(page) && page > 1 ? page : 1;
  return filter as FilterOf<R>;
}

/** The filter as the address bar keeps it: only what is set and differs from the defaults, in the rules' order; page 1 left out. */
export function writeFilter<R extends FieldRules>(rules: R, filter: FilterOf<R>, defaults: Defaults<R> = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(rules)) {
    const value = (filter as Record<string, string | number>)[key];
    if (value && value !== (defaults[key] ?? '')) params.set(key, String(value));
  }
  if (filter.page > 1) params.set('page', String(filter.page));
  return params;
}

/** The query the server is asked (the address bar's names are the API's): every field with a value, the page and its size. */
export function apiQuery(filter: Record<string, string | number> & { page: number }, pageSize = RECORDS_PAGE_SIZE): URLSearchParams {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (key !== 'page' && typeof value === 'string' && value) query.set(key, value);
  query.set('page', String(filter.page));
  query.set('pageSize', String(pageSize));
  return query;
}
