/** Pieces the records lists and their detail pages share: the filter in the address bar, inputs, marks, facts, back links. */
import { useEffect, useMemo, useState, type InputHTMLAttributes, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import type { Classification, RatingView } from '../api/records-oversight';
import { filterFrom, filterToParams, isRestricted, ratingLabel, type Filter, type RecordList } from './oversight';

/** The list's filter, kept in the address bar so a list can be linked to and the back button restores it. */
export function useListFilter<L extends RecordList>(list: L) {
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => filterFrom(list, params), [list, params]);
  const setFilter = (next: Filter<L>) => setParams(filterToParams(list, next), { replace: true });
  /** Another value for one filter: back to the first page. */
  const change = (key: keyof Filter<L> & string, value: string) => setFilter({ ...filter, [key]: value, page: 1 });
  return { filter, setFilter, change };
}

/** Where a detail page's "back" goes: the list as it was filtered when the row was opened. */
export function useBackToList(path: string): { pathname: string; search: string } {
  const state = useLocation().state as { list?: string } | null;
  return { pathname: path, search: state?.list ?? '' };
}

/** The state a row's link passes on, so the detail page can return to the same filtered list. */
export function useListState(): { list: string } {
  return { list: useLocation().search };
}

/**
 * A text filter that asks the server once typing settles (300 ms); `complete` keeps a half-typed value (a year of three
 * digits) in the box without sending it.
 */
export function DebouncedInput({ label, value, onCommit, complete = () => true, ...rest }: {
  label: string; value: string; onCommit: (value: string) => void; complete?: (value: string) => boolean;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const valid = text.trim() === '' || complete(text.trim());
  useEffect(() => {
    if (text.trim() === value || !valid) return;
    const timer = setTimeout(() => onCommit(text.trim()), 300);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text]);
  return (
    <label>{label}
      <input {...rest} value={text} aria-invalid={valid ? undefined : true} onChange={(e) => setText(e.target.value)} />
    </label>
  );
}


/** A rating by its abbreviation (HTTNV), the full name on hover and for screen readers; `full` writes the name out too. */
export function RatingMark({ rating, full }: { rating: RatingView | null | undefined; full?: boolean }) {
  const { t, i18n } = useTranslation();
  if (!rating) return <span className="muted">—</span>;
  const label = ratingLabel(rating, i18n.language);
  const name = label.nameKey ? t(label.nameKey) : label.fallback;
  return (
    <span className={`rating rating-${label.abbreviation}`} data-rating={label.abbreviation}>
      <abbr title={name}>{label.abbreviation}</abbr>
      {full ? <span className="rating-name"> — {name}</span> : <span className="sr-only"> ({name})</span>}
    </span>
  );
}

/** Confidentiality as a stamp: plain text for "Thường", a marked box for anything restricted. */
export function ConfidentialityMark({ level }: { level: Classification | string }) {
  const { t } = useTranslation();
  const name = t(`records.documents.classifications.${level}`, { defaultValue: level });
  if (!isRestricted(level)) return <span className="muted">{name}</span>;
  return (
    <span className={`conf-mark conf-${level}`} data-confidentiality={level} title={t('records.documents.confidentialityMark', { level: name })}>
      <span aria-hidden="true">◈ </span><span className="sr-only">{t('records.documents.confidentiality')}: </span>{name}
    </span>
  );
}

/** A label–value list of a record's facts. */
export function Facts({ children, label }: { children: ReactNode; label?: string }) {
  return <dl className="task-meta record-facts" aria-label={label}>{children}</dl>;
}

export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return <><dt>{term}</dt><dd>{children}</dd></>;
}

export function BackLink({ to, children }: { to: { pathname: string; search: string }; children: ReactNode }) {
  return <p className="record-back"><Link to={to}>← {children}</Link></p>;
}
