import { useEffect, useRef, useState, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, parseDate } from '../lib/dates';
import { Icon } from './Icon';

type DateInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'onChange' | 'min' | 'max'> & {
  /** yyyy-mm-dd, or '' for none. */
  value: string;
  onChange: (value: string) => void;
  min?: string;
  max?: string;
};

/**
 * A date shown and typed as dd/mm/yyyy in both languages. A browser's own date field writes the date in the browser's
 * language, where 04/06/2026 reads as the 6th of April; here it is always the 4th of June. The calendar opens from the
 * button beside it. The value given and taken is yyyy-mm-dd; text that is not a date, or falls outside min and max,
 * marks the field invalid and leaves the value as it was.
 */
export function DateInput({ value, onChange, min, max, onBlur, ...rest }: DateInputProps) {
  const { t } = useTranslation();
  const field = useRef<HTMLInputElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  const [shown, setShown] = useState({ value, text: formatDate(value) });
  // A value set from outside (a filter cleared, a form reset) replaces what was typed, unless it is the same date.
  if (shown.value !== value) setShown({ value, text: parseDate(shown.text) === value ? shown.text : formatDate(value) });

  const problemOf = (iso: string | undefined): string =>
    iso === undefined ? t('date.invalid')
      : iso && min && iso < min ? t('date.tooEarly', { date: formatDate(min) })
        : iso && max && iso > max ? t('date.tooLate', { date: formatDate(max) })
          : '';
  const problem = problemOf(parseDate(shown.text));
  useEffect(() => field.current?.setCustomValidity(problem), [problem]);

  const take = (text: string) => {
    const iso = parseDate(text);
    setShown({ value: iso !== undefined && !problemOf(iso) ? iso : value, text });
    if (iso !== undefined && !problemOf(iso) && iso !== value) onChange(iso);
  };

  return (
    <span className="date-input">
      <input
        {...rest}
        ref={field}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('date.placeholder')}
        title={problem || rest.title}
        aria-invalid={rest['aria-invalid'] ?? (problem ? true : undefined)}
        value={shown.text}
        onChange={(e) => take(e.target.value)}
        onBlur={(e) => {
          const iso = parseDate(shown.text);
          if (iso !== undefined) setShown({ ...shown, text: formatDate(iso) });
          onBlur?.(e);
        }}
      />
      <button type="button" className="date-input-pick" aria-label={t('date.pick')} title={t('date.pick')} disabled={rest.disabled}
        onClick={() => picker.current?.showPicker?.()}>
        <Icon name="calendar" />
      </button>
      <input ref={picker} type="date" className="date-input-native" tabIndex={-1} aria-hidden="true" value={value} min={min || undefined} max={max || undefined}
        onChange={(e) => take(formatDate(e.target.value))} />
    </span>
  );
}
