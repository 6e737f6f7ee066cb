import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { REPORT_STATUS_FILTERS, recordsProgress, type Report, type ReportAction } from '../api/records-progress';
import { useAuth } from '../auth/AuthContext';
import { Loading } from '../components/Loading';
import { ProblemView } from '../components/ProblemView';
import { formatDate, formatInstant } from '../lib/dates';
import { ActionDialog } from './ActionDialog';
import { Pager } from '../components/Pager';
import {
  apiQuery, backwardsRange, formatPeriod, owingOverdue, REPORT_DEFAULTS, reportFilterFromParams, reportFilterToParams, reportRoles, reportRows, rowActions, type ReportFilter, type ReportRoles, type ReportRow,
} from './progress';
import { pageCount, unitName } from './common';
import '../work/work.css';
import './records-progress.css';
import { localText } from '../lib/localText';
import { useStepAction } from './useStepAction';
import { DateInput } from '../components/DateInput';

interface Acting { report: Report; row: ReportRow; action: ReportAction }

const DONE_KEYS: Record<ReportAction, string> = { submit: 'records.reports.doneSubmit', accept: 'records.reports.doneAccept', return: 'records.reports.doneReturn' };
const DIALOG_KEYS: Record<ReportAction, string> = { submit: 'records.reports.dialogSubmit', accept: 'records.reports.dialogAccept', return: 'records.reports.dialogReturn' };
const ROW_LABEL_KEYS: Record<ReportAction, string> = { submit: 'records.reports.submitOf', accept: 'records.reports.acceptOf', return: 'records.reports.returnOf' };

/** Reporting obligations with each unit's submission and the units still owing; officers submit, supervisors review. */
export function ReportsPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { user } = useAuth();
  const roles = reportRoles(user?.roles);
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => reportFilterFromParams(params), [params]);
  const setFilter = (next: ReportFilter) => setParams(reportFilterToParams(next), { replace: true });
  const backwards = backwardsRange(filter.dueFrom, filter.dueTo);
  const query = apiQuery(filter);
  const list = useQuery({
    queryKey: ['records', 'reports', query.toString()],
    queryFn: ({ signal }) => recordsProgress.reports(query, signal),
    enabled: !backwards,
    staleTime: 0,
    placeholderData: (previous) => previous,
  });
  const { acting, flash, act, open, close } = useStepAction<Acting>(
    ({ report, row, action, comment }) => recordsProgress.actOnReport(report.id, row.unit.id, action, comment),
    ({ row, action }) => t(DONE_KEYS[action], { unit: unitName(row.unit, locale) }),
    [['records', 'reports'], ['tasks'], ['inbox-watch']]);
  const items = list.data?.items ?? [];
  const pages = pageCount(list.data?.total, list.data?.pageSize);
  const isDefault = reportFilterToParams({ ...filter, page: 1 }).toString() === '';

  return (
    <section aria-labelledby="records-reports">
      <div className="records-list-head">
        <h2 id="records-reports">{t('records.tabs.reports')}</h2>
        {list.data && !backwards && <span className="muted" aria-live="polite">{t('records.reports.total', { count: list.data.total })}</span>}
      </div>
      <form className="records-filters" role="search" aria-label={t('records.filters')} onSubmit={(e) => e.preventDefault()}>
        <label>{t('records.reports.status')}
          <select value={filter.status} onChange={(e) => setFilter({ ...filter, status: e.target.value, page: 1 })}>
            <option value="">{t('records.reports.anyStatus')}</option>
            {REPORT_STATUS_FILTERS.map((s) => <option key={s} value={s}>{t(`records.reports.statusFilter.${s}`)}</option>)}
          </select>
        </label>
        <label>{t('records.unitCode')}
          <input value={filter.unitId} onChange={(e) => setFilter({ ...filter, unitId: e.target.value.trim(), page: 1 })} maxLength={128} />
        </label>
        <label>{t('records.reports.dueFrom')}
          <DateInput value={filter.dueFrom} onChange={(value) => setFilter({ ...filter, dueFrom: value, page: 1 })} />
        </label>
        <label>{t('records.reports.dueTo')}
          <DateInput value={filter.dueTo} min={filter.dueFrom || undefined} onChange={(value) => setFilter({ ...filter, dueTo: value, page: 1 })} />
        </label>
        <button type="button" className="btn ghost" disabled={isDefault} onClick={() => setFilter({ ...REPORT_DEFAULTS, page: 1 })}>{t('records.clear')}</button>
      </form>

      {flash && <p role="status" className="flash">{flash}</p>}
      {backwards ? <p role="alert" className="problem">{t('records.backwardsRange')}</p>
        : list.isPending ? <Loading /> : list.error ? <ProblemView error={list.error} /> : items.length === 0 ? (
          <p className="muted empty">{t('records.reports.empty')}</p>
        ) : (
          <ul className="report-list">
            {items.map((report) => <ReportCard key={report.id} report={report} roles={roles} locale={locale} onAct={open} />)}
          </ul>
        )}
      {!backwards && <Pager page={filter.page} pages={pages} onPage={(page) => setFilter({ ...filter, page })} />}

      {acting && (
        <ActionDialog
          title={t(DIALOG_KEYS[acting.action])}
          subject={t('records.reports.dialogWhat', { title: localText(acting.report.title, acting.report.titleEn, locale), unit: unitName(acting.row.unit, locale) })}
          action={acting.action}
          confirmLabel={t(`records.reports.${acting.action}`)}
          pending={act.isPending}
          error={act.error}
          hint={acting.action === 'submit' ? t('records.reports.formHint') : undefined}
          onConfirm={(comment) => act.mutate({ ...acting, comment })}
          onClose={close}
        />
      )}
    </section>
  );
}

function ReportCard({ report, roles, locale, onAct }: { report: Report; roles: ReportRoles; locale: string; onAct: (acting: Acting) => void }) {
  const { t } = useTranslation();
  const rows = reportRows(report);
  const headId = `report-${report.id}`;
  const withActions = rows.some((r) => { const a = rowActions(report, r, roles); return a.actions.length > 0 || !!a.formTaskId; });
  return (
    <li>
      <article className="panel report-card" data-report-id={report.id} aria-labelledby={headId}>
        <h3 id={headId}>{localText(report.title, report.titleEn, locale)}</h3>
        <dl className="task-meta">
          <dt>{t('records.reports.kind')}</dt><dd>{t(`records.reports.kinds.${report.kind}`, { defaultValue: report.kind })}</dd>
          <dt>{t('records.reports.period')}</dt><dd>{formatPeriod(report.dataFrom, report.dataTo)}</dd>
          <dt>{t('records.reports.due')}</dt><dd><time dateTime={report.dueOn}>{formatDate(report.dueOn)}</time></dd>
          <dt>{t('records.reports.recipient')}</dt><dd>{unitName(report.recipient, locale)}</dd>
        </dl>
        {report.workflowInstanceId && (
          <p><Link to={`/instances/${encodeURIComponent(report.workflowInstanceId)}`}>{t('records.reports.openInstance')}</Link></p>
        )}
        {rows.length === 0 ? <p className="muted">{t('records.reports.noUnits')}</p> : (
          <table className="table records-table" aria-label={`${t('records.reports.units')}: ${localText(report.title, report.titleEn, locale)}`}>
            <thead>
              <tr>
                <th scope="col">{t('records.reports.unit')}</th>
                <th scope="col">{t('records.reports.rowStatus')}</th>
                <th scope="col">{t('records.reports.timeliness')}</th>
                <th scope="col">{t('records.reports.submittedAt')}</th>
                <th scope="col">{t('records.reports.review')}</th>
                <th scope="col" className="num">{t('records.reports.returns')}</th>
                {withActions && <th scope="col">{t('records.reports.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const s = row.submission;
                const name = unitName(row.unit, locale);
                const { actions, formTaskId } = rowActions(report, row, roles);
                return (
                  <tr key={row.unit.id} data-unit-id={row.unit.id} data-status={row.status}>
                    <th scope="row">{name}{name !== row.unit.id && <span className="sub mono">{row.unit.id}</span>}</th>
                    <td><span className={`status-pill sub-${row.status}`}>{t(`records.reports.rowStatuses.${row.status}`, { defaultValue: row.status })}</span></td>
                    <td>
                      {s ? (s.isLate ? <span className="warn">{t('records.reports.late')}</span> : t('records.reports.onTime'))
                        : owingOverdue(row.status, report.dueOn) ? <span className="error-text">{t('records.reports.overdue')}</span> : '—'}
                    </td>
                    <td>
                      {s && <time dateTime={s.submittedAt}>{formatInstant(s.submittedAt)}</time>}
                      {s && s.firstSubmittedAt !== s.submittedAt && (
                        <span className="sub">{t('records.reports.firstSubmittedAt', { at: formatInstant(s.firstSubmittedAt) })}</span>
                      )}
                    </td>
                    <td>
                      {s?.reviewNotes && <q>{s.reviewNotes}</q>}
                      {s?.reviewedAt && <span className="sub">{t('records.reports.reviewedAt', { at: formatInstant(s.reviewedAt) })}</span>}
                    </td>
                    <td className="num">{s ? s.returnCount : ''}</td>
                    {withActions && (
                      <td className="actions-cell">
                        {formTaskId && (
                          <Link className="btn small primary" to={`/tasks/${encodeURIComponent(formTaskId)}`}>{t('records.reports.openForm')}</Link>
                        )}
                        {actions.map((action) => (
                          <button key={action} type="button" className={`btn small ${action === 'return' ? 'danger' : 'primary'}`} data-action={action}
                            aria-label={t(ROW_LABEL_KEYS[action], { unit: name })} onClick={() => onAct({ report, row, action })}>
                            {t(`records.reports.${action}`)}
                          </button>
                        ))}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </article>
    </li>
  );
}
