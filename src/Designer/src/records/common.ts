/** What every records list shares: the page size, the page count, and how a unit is named. */
import type { PersonRef, UnitRef } from '../api/types';

/** The records endpoints serve 20 a page unless asked otherwise. */
export const RECORDS_PAGE_SIZE = 20;

export function pageCount(total: number | undefined, pageSize = RECORDS_PAGE_SIZE): number {
  return Math.max(1, Math.ceil((total ?? 0) / Math.max(1, pageSize)));
}

/** A unit's name in the language of the page, then in the other one, then its id. */
export function unitName(unit: UnitRef | null | undefined, locale: string): string {
  if (!unit) return '';
  const [first, second] = locale === 'en' ? [unit.nameEn, unit.nameVi] : [unit.nameVi, unit.nameEn];
  return first || second || unit.id;
}

/** A person's display name, then their user name; the engine acting on its own reads as `systemLabel`; "—" when unknown. */
export function personName(person: PersonRef | null | undefined, systemLabel: string): string {
  if (!person) return '—';
  if (person.userName === 'system' && !person.displayName) return systemLabel;
  return person.displayName || person.userName || '—';
}
