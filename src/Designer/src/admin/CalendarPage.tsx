import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { admin, CALENDAR_DAY_STATUSES, CALENDAR_DAY_TYPES, MAX_CALENDAR_YEAR, MIN_CALENDAR_YEAR, type CalendarDay } from '../api/admin';
import { DateInput } from '../components/DateInput';
import { Dialog } from '../components/Dialog';
import { Loading } from '../components/Loading';
import { ProblemView } from '../components/ProblemView';
import { formatDate, todayInHanoi } from '../lib/dates';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { CALENDAR_FIELDS, calendarPayload, calendarValues, makeUpOnWeekday, weekday, type CalendarFormValues } from './calendar';
import { Field, fieldErrors, FormProblem } from './fields';

/** The year the address bar names, else this year (Hà Nội time). */
export function yearFrom(params: URLSearchParams, today = todayInHanoi()): number {
  const year = Number(params.get('year'));
  return Number.isInteger(year) && year >= MIN_CALENDAR_YEAR && year <= MAX_CALENDAR_YEAR ? year : Number(today.slice(0, 4));
}

/**
 * A year of the work calendar: holidays, days off in lieu, swapped days, make-up working days and observances, with
 * their names in both languages, whether they are official or only proposed, and the document that announced them.
 */
export function CalendarPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const year = yearFrom(params);
  const setYear = (next: number) => setParams(next === Number(todayInHanoi().slice(0, 4)) ? {} : { year: String(next) }, { replace: true });
  const calendar = useQuery({
    queryKey: ['admin', 'calendar', year],
    queryFn: ({ signal }) => admin.calendar(year, signal),
    placeholderData: (previous) => previous,
  });
  const [editing, setEditing] = useState<{ day?: CalendarDay }>();
  const [removing, setRemoving] = useState<CalendarDay>();
  const [flash, setFlash] = useState<string>();
  const queries = useQueryClient();
  const remove = useMutation({
    mutationFn: (day: CalendarDay) => admin.removeCalendarDay(day.date),
    onSuccess: (_, day) => {
      setRemoving(undefined);
      setFlash(t('admin.calendar.removed', { date: formatDate(day.date) }));
      void queries.invalidateQueries({ queryKey: ['admin', 'calendar'] });
    },
  });
  const days = calendar.data?.year === year ? calendar.data.days : [];
  const english = i18n.language === 'en';

  return (
    <section aria-labelledby="admin-calendar" className="record-page">
      <header className="page-head">
        <h2 id="admin-calendar">{t('admin.calendar.title', { year })}</h2>
        <div className="actions">
          <button type="button" className="btn" onClick={() => setYear(year - 1)} disabled={year <= MIN_CALENDAR_YEAR}
            aria-label={t('admin.calendar.previousYear')}>←</button>
          <label className="calendar-year">{t('admin.calendar.year')}
            <YearInput year={year} onYear={setYear} />
          </label>
          <button type="button" className="btn" onClick={() => setYear(year + 1)} disabled={year >= MAX_CALENDAR_YEAR}
            aria-label={t('admin.calendar.nextYear')}>→</button>
          <button type="button" className="btn primary" onClick={() => { setFlash(undefined); setEditing({}); }} aria-haspopup="dialog">
            {t('admin.calendar.add')}
          </button>
        </div>
      </header>
      {calendar.data?.year === year ? (
        <p className="muted small" data-origin={calendar.data.origin}>
          {calendar.data.origin === 'Catalogue' ? t('admin.calendar.fromCatalogue') : t('admin.calendar.stored')} {t('admin.calendar.newDeadlines')}
        </p>
      ) : null}
      {flash ? <p className="flash" role="status">{flash}</p> : null}
      {calendar.isPending ? <Loading /> : calendar.error ? <ProblemView error={calendar.error} /> : days.length === 0 ? (
        <p className="muted empty">{t('admin.calendar.empty', { year })}</p>
      ) : (
        <table className="table record-table calendar-table" aria-label={t('admin.calendar.table', { year })} aria-busy={calendar.isFetching || undefined}>
          <thead>
            <tr>
              <th scope="col">{t('admin.calendar.date')}</th>
              <th scope="col">{t('admin.calendar.type')}</th>
              <th scope="col">{t('admin.calendar.nameVi')}</th>
              <th scope="col">{t('admin.calendar.nameEn')}</th>
              <th scope="col">{t('admin.calendar.status')}</th>
              <th scope="col">{t('admin.calendar.source')}</th>
              <th scope="col"><span className="sr-only">{t('common.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day.date} data-date={day.date} className={day.isDayOff ? 'day-off' : undefined}>
                <th scope="row" className="nowrap">
                  <time dateTime={day.date}>{formatDate(day.date)}</time>
                  <span className="muted small"> {t(`admin.calendar.weekdays.${weekday(day.date)}`)}</span>
                </th>
                <td><span className={`badge calendar-${day.type}`}>{t(`admin.calendar.types.${day.type}`, { defaultValue: day.type })}</span></td>
                <td lang="vi" className={english ? 'muted' : undefined}>{day.nameVi}</td>
                <td lang="en" className={english ? undefined : 'muted'}>{day.nameEn}</td>
                <td><span className={`badge calendar-status-${day.status}`}>{t(`admin.calendar.statuses.${day.status}`, { defaultValue: day.status })}</span></td>
                <td className="calendar-source">{day.source || <span className="muted">—</span>}</td>
                <td className="nowrap">
                  <button type="button" className="btn small" onClick={() => { setFlash(undefined); setEditing({ day }); }} aria-haspopup="dialog"
                    aria-label={t('admin.calendar.editOne', { date: formatDate(day.date) })}>{t('admin.calendar.edit')}</button>{' '}
                  <button type="button" className="btn small danger" onClick={() => { setFlash(undefined); remove.reset(); setRemoving(day); }} aria-haspopup="dialog"
                    aria-label={t('admin.calendar.removeOne', { date: formatDate(day.date) })}>{t('common.delete')}</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing ? (
        <CalendarDayDialog day={editing.day} taken={days.map((d) => d.date)} onClose={() => setEditing(undefined)}
          onDone={(saved) => {
            setEditing(undefined);
            setFlash(t('admin.calendar.saved', { date: formatDate(saved.date) }));
            // A day added in another year shows in its year's list.
            if (Number(saved.date.slice(0, 4)) !== year) setYear(Number(saved.date.slice(0, 4)));
          }} />
      ) : null}
      {removing ? (
        <ConfirmDialog title={t('admin.calendar.removeTitle')} confirmLabel={t('common.delete')} danger pending={remove.isPending} error={remove.error}
          onConfirm={() => remove.mutate(removing)} onClose={() => setRemoving(undefined)}>
          <p>{t('admin.calendar.removeConfirm', { date: formatDate(removing.date), name: english ? removing.nameEn : removing.nameVi })}</p>
          <p className="muted small">{t('admin.calendar.removeHint')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

/** A year typed in full; it is taken once it is a year the calendar counts with. */
function YearInput({ year, onYear }: { year: number; onYear: (year: number) => void }) {
  const [text, setText] = useState(String(year));
  const [shown, setShown] = useState(year);
  if (shown !== year) {
    setShown(year);
    setText(String(year));
  }
  const take = (value: string) => {
    setText(value);
    const next = Number(value);
    if (/^\d{4}$/.test(value) && next >= MIN_CALENDAR_YEAR && next <= MAX_CALENDAR_YEAR && next !== year) onYear(next);
  };
  return <input type="text" inputMode="numeric" className="year-input" value={text} maxLength={4} onChange={(e) => take(e.target.value.trim())} />;
}

/** Adds an entry or changes one; the date of an entry is what it is kept under, so it is fixed once there. */
export function CalendarDayDialog({ day, taken = [], onClose, onDone }: {
  day?: CalendarDay; taken?: string[]; onClose: () => void; onDone: (saved: CalendarDay) => void;
}) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [values, setValues] = useState<CalendarFormValues>(() => calendarValues(day));
  const set = <K extends keyof CalendarFormValues>(key: K, value: CalendarFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const save = useMutation({
    mutationFn: () => admin.setCalendarDay(values.date, calendarPayload(values)),
    onSuccess: (saved) => {
      void queries.invalidateQueries({ queryKey: ['admin', 'calendar'] });
      onDone(saved);
    },
  });
  const errors = fieldErrors(save.error);
  const weekdayMakeUp = makeUpOnWeekday(values);
  const ready = !!values.date && !!values.type && !!values.nameVi.trim() && !weekdayMakeUp && !save.isPending;
  return (
    <Dialog open title={day ? t('admin.calendar.editOne', { date: formatDate(day.date) }) : t('admin.calendar.add')} onClose={onClose}>
      <form className="dialog-form admin-form" noValidate aria-label={t('admin.calendar.form')}
        onSubmit={(e) => { e.preventDefault(); if (ready) save.mutate(); }}>
        <Field label={t('admin.calendar.date')} name="date" errors={errors}
          hint={!day && taken.includes(values.date) ? t('admin.calendar.replaces') : undefined}>
          {(a11y) => (
            <DateInput {...a11y} value={values.date} onChange={(v) => set('date', v)} disabled={!!day}
              min={day ? undefined : `${MIN_CALENDAR_YEAR}-01-01`} max={day ? undefined : `${MAX_CALENDAR_YEAR}-12-31`} />
          )}
        </Field>
        <Field label={t('admin.calendar.type')} name="type" errors={weekdayMakeUp ? { ...errors, type: [t('admin.calendar.makeUpWeekend')] } : errors}>
          {(a11y) => (
            <select {...a11y} value={values.type} onChange={(e) => set('type', e.target.value as CalendarFormValues['type'])}>
              <option value="">{t('admin.calendar.chooseType')}</option>
              {CALENDAR_DAY_TYPES.map((type) => <option key={type} value={type}>{t(`admin.calendar.types.${type}`)}</option>)}
            </select>
          )}
        </Field>
        <Field label={t('admin.calendar.nameVi')} name="nameVi" errors={errors}>
          {(a11y) => <input {...a11y} lang="vi" value={values.nameVi} onChange={(e) => set('nameVi', e.target.value)} maxLength={256} />}
        </Field>
        <Field label={t('admin.calendar.nameEn')} name="nameEn" errors={errors} hint={t('admin.calendar.nameEnHint')}>
          {(a11y) => <input {...a11y} lang="en" value={values.nameEn} onChange={(e) => set('nameEn', e.target.value)} maxLength={256} />}
        </Field>
        <Field label={t('admin.calendar.status')} name="status" errors={errors}>
          {(a11y) => (
            <select {...a11y} value={values.status} onChange={(e) => set('status', e.target.value as CalendarFormValues['status'])}>
              {CALENDAR_DAY_STATUSES.map((s) => <option key={s} value={s}>{t(`admin.calendar.statuses.${s}`)}</option>)}
            </select>
          )}
        </Field>
        <Field label={t('admin.calendar.source')} name="source" errors={errors} hint={t('admin.calendar.sourceHint')}>
          {(a11y) => <input {...a11y} value={values.source} onChange={(e) => set('source', e.target.value)} maxLength={1024} />}
        </Field>
        <FormProblem error={save.error} fields={CALENDAR_FIELDS} />
        <div className="actions">
          <button type="button" className="btn" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" className="btn primary" disabled={!ready}>{save.isPending ? t('admin.saving') : t('admin.save')}</button>
        </div>
      </form>
    </Dialog>
  );
}
