import { useEffect, useId, useRef, useState, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, parseDate, parseTime } from '../lib/dates';
import { Icon } from './Icon';

type TextProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'onChange' | 'min' | 'max'>;

/**
 * A value typed as text in the form people write it, kept as the form the server takes: what is typed shows as typed,
 * a complete and allowed value is given on at once, anything else marks the field invalid (with the reason, also as
 * its validation message) and leaves the value as it was. A value set from outside replaces what was typed.
 */
function useTyped(value: string, onChange: (value: string) => void, parse: (text: string) => string | undefined, format: (value: string) => string,
  problemOf: (parsed: string | undefined) => string, complete: RegExp) {
  const field = useRef<HTMLInputElement>(null);
  const [shown, setShown] = useState({ value, text: format(value) });
  if (shown.value !== value) setShown({ value, text: parse(shown.text) === value ? shown.text : format(value) });
  const problem = problemOf(parse(shown.text));
  useEffect(() => field.current?.setCustomValidity(problem), [problem]);
  const take = (text: string) => {
    const parsed = parse(text);
    const allowed = parsed !== undefined && !problemOf(parsed);
    setShown({ value: allowed ? parsed : value, text });
    if (allowed && parsed !== value) onChange(parsed);
  };
  const [left, setLeft] = useState(false);
  const tidy = () => {
    setLeft(true);
    const parsed = parse(shown.text);
    if (parsed !== undefined) setShown({ ...shown, text: format(parsed) });
  };
  // The reason is also written under the field: a title alone left an impossible date (31/02) looking taken while the
  // value stayed the last good one.
  // It shows once the text is written out (a full year, the minutes) or the field is left, not at every keystroke before.
  const problemId = useId();
  const told = !!problem && (left || complete.test(shown.text.trim()));
  return { field, text: shown.text, problem, problemId, told, take, tidy };
}

/** Why the typed text is not taken, under its field, for as long as it is not. */
function Problem({ typed }: { typed: ReturnType<typeof useTyped> }) {
  return typed.told ? <span id={typed.problemId} className="typed-problem">{typed.problem}</span> : null;
}

/** The text field of a typed value: its reason for refusing shows as its title and marks it invalid. */
function TypedField({ typed, onBlur, ...rest }: TextProps & { typed: ReturnType<typeof useTyped> }) {
  return (
    <input
      {...rest}
      ref={typed.field}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      title={typed.problem || rest.title}
      aria-invalid={rest['aria-invalid'] ?? (typed.problem ? true : undefined)}
      aria-describedby={[rest['aria-describedby'], typed.told ? typed.problemId : undefined].filter(Boolean).join(' ') || undefined}
      value={typed.text}
      onChange={(e) => typed.take(e.target.value)}
      onBlur={(e) => { typed.tidy(); onBlur?.(e); }}
    />
  );
}

type DateInputProps = TextProps & {
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
  const picker = useRef<HTMLInputElement>(null);
  const typed = useTyped(value, onChange, parseDate, formatDate, (iso) =>
    iso === undefined ? t('date.invalid')
      : iso && min && iso < min ? t('date.tooEarly', { date: formatDate(min) })
        : iso && max && iso > max ? t('date.tooLate', { date: formatDate(max) })
          : '', /\d{4}$/);
  return (
    <>
      <span className="date-input">
        <TypedField {...rest} typed={typed} placeholder={t('date.placeholder')} onBlur={onBlur} />
        <button type="button" className="date-input-pick" aria-label={t('date.pick')} title={t('date.pick')} disabled={rest.disabled}
          onClick={() => picker.current?.showPicker?.()}>
          <Icon name="calendar" />
        </button>
        <input ref={picker} type="date" className="date-input-native" tabIndex={-1} aria-hidden="true" value={value} min={min || undefined} max={max || undefined}
          onChange={(e) => typed.take(formatDate(e.target.value))} />
      </span>
      <Problem typed={typed} />
    </>
  );
}

type TimeInputProps = TextProps & {
  /** HH:mm on a 24-hour clock, or '' for none. */
  value: string;
  onChange: (value: string) => void;
};

/** A time of day typed and shown on a 24-hour clock (08:30, 17:00) in both languages, not in the browser's 12-hour form. */
export function TimeInput({ value, onChange, onBlur, ...rest }: TimeInputProps) {
  const { t } = useTranslation();
  const typed = useTyped(value, onChange, parseTime, (v) => v, (time) => (time === undefined ? t('time.invalid') : ''), /[:hH.]\d{2}$/);
  return (
    <>
      <TypedField {...rest} typed={typed} className={`time-input ${rest.className ?? ''}`} placeholder={t('time.placeholder')} onBlur={onBlur} />
      <Problem typed={typed} />
    </>
  );
}
