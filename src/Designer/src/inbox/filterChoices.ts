import type { FilterUnit } from '../api/work';

/** A unit as the filter lists it: its name in the page's language, indented under its parent. */
export interface UnitChoice { id: string; label: string }

/**
 * The units of the unit filter in tree order, each indented by its depth; a unit named by the address but not offered
 * (another scope, since closed) is kept, by its id, so that the filter shows what it filters by.
 */
export function unitChoices(units: readonly FilterUnit[], selected: string, locale: string): UnitChoice[] {
  const choices = units.map((u) => ({
    id: u.id,
    label: `${'\u00a0\u00a0'.repeat(u.depth)}${(locale === 'en' ? u.nameEn : u.nameVi) || u.nameVi || u.code}`,
  }));
  return selected && !units.some((u) => u.id === selected) ? [...choices, { id: selected, label: selected }] : choices;
}
