import { useQuery } from '@tanstack/react-query';
import type { SelectHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { admin, type UnitNode } from '../api/admin';
import { flattenUnits, optionLabel, unitIndex } from './units';

/** The organisation tree; `includeClosed` also brings the closed and superseded units (to name them, not to choose them). */
export function useUnits(includeClosed = false) {
  return useQuery({
    queryKey: ['admin', 'units', includeClosed],
    queryFn: ({ signal }) => admin.units(includeClosed, signal),
    staleTime: 60_000,
  });
}

/** Every unit ever recorded by id, to name the units a user or an assignment points at, closed ones too. */
export function useUnitNames(): Map<string, UnitNode> {
  const all = useUnits(true);
  return all.data ? unitIndex(all.data) : new Map();
}

/**
 * A unit to choose among the open ones, indented as in the tree. `empty` is the label of "no unit" (left out when a
 * unit must be chosen); `exclude` leaves units out (a unit and those under it, which cannot take it over).
 */
export function UnitSelect({ value, onChange, empty, exclude, ...rest }: {
  value: string; onChange: (id: string) => void; empty?: string; exclude?: Set<string>;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'>) {
  const { t, i18n } = useTranslation();
  const units = useUnits();
  const options = flattenUnits(units.data ?? []).filter(({ unit }) => !exclude?.has(unit.id));
  return (
    <select {...rest} value={value} onChange={(e) => onChange(e.target.value)} aria-busy={units.isPending || undefined}>
      <option value="">{empty ?? t('admin.units.choose')}</option>
      {/* A unit already chosen that is not in the open tree (closed since) stays shown, so the form does not change it. */}
      {value && units.data && !options.some(({ unit }) => unit.id === value) ? <option value={value}>{value}</option> : null}
      {options.map(({ unit, depth }) => (
        <option key={unit.id} value={unit.id}>{optionLabel(unit, depth, i18n.language)}</option>
      ))}
    </select>
  );
}
