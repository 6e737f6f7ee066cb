import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { admin } from '../api/admin';
import { DateInput } from '../components/DateInput';
import { Loading } from '../components/Loading';
import { Pager } from '../components/Pager';
import { ProblemView } from '../components/ProblemView';
import { formatInstant } from '../lib/dates';
import { date, oneOf, readFilter, text, writeFilter, type FilterOf } from '../records/addressBar';
import { pageCount } from '../records/common';
import { DebouncedInput } from '../records/OversightParts';

export const AUDIT_PAGE_SIZE = 50;

/** The commands the audit keeps by name (a refused call by someone who is not an administrator is kept as its route). */
export const AUDIT_ACTIONS = [
  'CreateUser', 'UpdateUser', 'SetUserEnabled', 'ResetPassword', 'ResetTwoStep', 'AddRoleAssignment', 'EndRoleAssignment',
  'CreateUnit', 'RenameUnit', 'CloseUnit', 'SupersedeUnit', 'SetCalendarDay', 'RemoveCalendarDay', 'ReadCadreRating',
] as const;

const AUDIT_FILTER = { actor: text(256), action: oneOf(AUDIT_ACTIONS), since: date, until: date };

/** The day after a `yyyy-MM-dd` date. */
function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** The query for a page of the audit: `since` is the start of that day in Hà Nội, `until` the end of its day. */
export function auditQuery(filter: FilterOf<typeof AUDIT_FILTER>): URLSearchParams {
  const query = new URLSearchParams();
  if (filter.actor) query.set('actor', filter.actor);
  if (filter.action) query.set('action', filter.action);
  if (filter.since) query.set('since', `${filter.since}T00:00:00+07:00`);
  if (filter.until) query.set('until', `${nextDay(filter.until)}T00:00:00+07:00`);
  query.set('page', String(filter.page));
  query.set('pageSize', String(AUDIT_PAGE_SIZE));
  return query;
}

/** Every administrative change and every refused attempt, newest first: who, when, what, and how it ended. */
export function AuditPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => readFilter(AUDIT_FILTER, params), [params]);
  const setFilter = (next: typeof filter) => setParams(writeFilter(AUDIT_FILTER, next), { replace: true });
  const change = (key: keyof typeof AUDIT_FILTER, value: string) => setFilter({ ...filter, [key]: value, page: 1 });
  const query = auditQuery(filter);
  const list = useQuery({
    queryKey: ['admin', 'audit', query.toString()],
    queryFn: ({ signal }) => admin.audit(query, signal),
    placeholderData: (previous) => previous,
  });
  const items = list.data?.items ?? [];
  const actionName = (action: string) => t(`admin.audit.actions.${action}`, { defaultValue: action });
  return (
    <section aria-labelledby="admin-audit" className="record-page">
      <header className="page-head">
        <h2 id="admin-audit">{t('admin.tabs.audit')}</h2>
        {list.data && <span className="muted" aria-live="polite">{t('admin.audit.total', { count: list.data.total })}</span>}
      </header>
      <form className="dash-controls record-filters" role="search" aria-label={t('admin.audit.filters')} onSubmit={(e) => e.preventDefault()}>
        <DebouncedInput label={t('admin.audit.actor')} type="search" value={filter.actor} maxLength={256} placeholder={t('admin.audit.actorHint')}
          onCommit={(v) => change('actor', v)} />
        <label>{t('admin.audit.action')}
          <select value={filter.action} onChange={(e) => change('action', e.target.value)}>
            <option value="">{t('common.all')}</option>
            {AUDIT_ACTIONS.map((a) => <option key={a} value={a}>{actionName(a)}</option>)}
          </select>
        </label>
        <label>{t('admin.audit.since')}
          <DateInput value={filter.since} onChange={(v) => change('since', v)} />
        </label>
        <label>{t('admin.audit.until')}
          <DateInput value={filter.until} onChange={(v) => change('until', v)} />
        </label>
        <button type="button" className="btn ghost" disabled={!filter.actor && !filter.action && !filter.since && !filter.until}
          onClick={() => setFilter({ actor: '', action: '', since: '', until: '', page: 1 })}>{t('admin.audit.clear')}</button>
      </form>
      {list.isPending ? <Loading /> : list.error ? <ProblemView error={list.error} /> : items.length === 0 ? (
        <p className="muted empty">{t('admin.audit.empty')}</p>
      ) : (
        <table className="table record-table audit-table" aria-label={t('admin.audit.table')} aria-busy={list.isFetching || undefined}>
          <thead>
            <tr>
              <th scope="col">{t('admin.audit.at')}</th>
              <th scope="col">{t('admin.audit.actor')}</th>
              <th scope="col">{t('admin.audit.action')}</th>
              <th scope="col">{t('admin.audit.outcome')}</th>
              <th scope="col">{t('admin.audit.details')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((entry) => (
              <tr key={entry.id} data-id={entry.id} data-outcome={entry.outcome}>
                <td className="nowrap"><time dateTime={entry.at}>{formatInstant(entry.at)}</time></td>
                <td className="mono">{entry.actor}</td>
                <td>{actionName(entry.action)}</td>
                <td>
                  <span className={`badge audit-${entry.outcome}`}>{t(`admin.audit.outcomes.${entry.outcome}`, { defaultValue: entry.outcome })}</span>
                  {entry.reason ? <div className="small audit-reason">{entry.reason}</div> : null}
                </td>
                <td>
                  {entry.details != null ? (
                    <details>
                      <summary>{t('admin.audit.show')}</summary>
                      <pre className="json">{JSON.stringify(entry.details, null, 2)}</pre>
                    </details>
                  ) : <span className="muted">—</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager page={filter.page} pages={pageCount(list.data?.total, AUDIT_PAGE_SIZE)} onPage={(page) => setFilter({ ...filter, page })} />
    </section>
  );
}
