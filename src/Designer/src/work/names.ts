/** Names the work pages read from lists the app already loads: activity types (the palette), units and plans (the inbox filters). */
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { endpoints } from '../api/endpoints';
import { work, type FilterUnit } from '../api/work';
import type { UnitRef } from '../api/types';
import { unitName as refName } from '../records/common';
import { localText } from '../lib/localText';
import { indexDescriptors, localized, type DescriptorIndex, type Locale } from '../designer/model/descriptors';

/** An activity type's palette name in the page's language (`Supervision.UserTask` → "Công việc"), undefined for an unknown type. */
export function activityTypeName(index: DescriptorIndex, type: string, locale: string): string | undefined {
  const descriptor = index.get(type);
  return descriptor ? localized(descriptor.displayName, (locale === 'en' ? 'en' : 'vi') as Locale) || undefined : undefined;
}

export function useActivityTypeName(): (type: string) => string | undefined {
  const { i18n } = useTranslation();
  const descriptors = useQuery({ queryKey: ['activity-descriptors'], queryFn: ({ signal }) => endpoints.descriptors(signal), staleTime: Infinity });
  const index = useMemo(() => indexDescriptors(descriptors.data ?? []), [descriptors.data]);
  const locale = i18n.language;
  return useCallback((type: string) => activityTypeName(index, type, locale), [index, locale]);
}

/** A unit's name in the page's language from the units the reader sees, else the name the server gave, else its code. */
export function unitNameOf(units: readonly FilterUnit[] | undefined, id: string, locale: string, fallback?: string | null): string {
  const unit = units?.find((u) => u.id === id);
  if (unit) return (locale === 'en' ? unit.nameEn || unit.nameVi : unit.nameVi || unit.nameEn) || fallback || id;
  return fallback || id;
}

/** A plan by its title in the page's language and its key ("Kế hoạch công tác khoa giáo năm 2026 (KH-KG-2026)"), else its key. */
export function usePlanName(): (key: string) => string {
  const { i18n } = useTranslation();
  const options = useQuery({ queryKey: ['task-filter-options'], queryFn: ({ signal }) => work.filterOptions(signal), staleTime: 5 * 60_000 });
  const titles = options.data?.planTitles;
  const locale = i18n.language;
  return useCallback((key: string) => {
    const title = titles?.[key];
    return title ? `${localText(title.titleVi, title.titleEn, locale)} (${key})` : key;
  }, [titles, locale]);
}

export function useUnitName(named?: readonly UnitRef[]): (id: string, fallback?: string | null) => string {
  const { i18n } = useTranslation();
  const options = useQuery({ queryKey: ['task-filter-options'], queryFn: ({ signal }) => work.filterOptions(signal), staleTime: 5 * 60_000 });
  const units = options.data?.units;
  const locale = i18n.language;
  return useCallback((id: string, fallback?: string | null) => {
    // A unit the reader does not see (who assigned their work, where a report goes) is named as the answer naming it gives it.
    const given = named?.find((u) => u.id === id);
    return unitNameOf(units, id, locale, given ? refName(given, locale) : fallback);
  }, [units, locale, named]);
}
