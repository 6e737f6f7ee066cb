import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { WORK_TASK_STATUSES, planning, type UnitRef, type WorkTask } from '../api/records-planning';
import { DeadlineBadge } from '../components/DeadlineBadge';
import { Loading } from '../components/Loading';
import { Pager } from '../components/Pager';
import { ProblemView } from '../components/ProblemView';
import { formatDate, formatInstant } from '../lib/dates';
import { apiQuery, formatPercent, localText } from './oversight';
import { BackLink, DebouncedInput, Fact, Facts, useBackToList, useListFilter, useListState } from './OversightParts';
import { planPath } from './planning';
import { pageCount, unitName, personName } from './common';
import '../work/work.css';
import { DateInput } from '../components/DateInput';

/** Work tasks (nhiệm vụ) assigned to units, earliest due first; by plan, status, due dates and text. */
export function WorkTasksPage() {
  const { t, i18n } = useTranslation();
  const { filter, setFilter, change } = useListFilter('workTasks');
  const query = apiQuery(filter);
  const list = useQuery({
    queryKey: ['records', 'work-tasks', query.toString()],
    queryFn: ({ signal }) => planning.workTasks(query, signal),
    placeholderData: (previous) => previous,
  });
  const linkState = useListState();
  const items = list.data?.items ?? [];
  const language = i18n.language;
  const filtered = !!(filter.planId || filter.status || filter.dueFrom || filter.dueTo || filter.q);

  return (
    <section aria-labelledby="records-work-tasks" className="record-page">
      <header className="page-head">
        <h2 id="records-work-tasks">{t('records.tabs.workTasks')}</h2>
        {list.data && <span className="muted" aria-live="polite">{t('records.workTasks.total', { count: list.data.total })}</span>}
      </header>
      <form className="dash-controls record-filters" role="search" aria-label={t('records.workTasks.filters')} onSubmit={(e) => e.preventDefault()}>
        <label>{t('records.workTasks.status')}
          <select value={filter.status} onChange={(e) => change('status', e.target.value)}>
            <option value="">{t('common.all')}</option>
            {WORK_TASK_STATUSES.map((s) => <option key={s} value={s}>{t(`records.workTasks.statuses.${s}`)}</option>)}
          </select>
        </label>
        <DebouncedInput label={t('records.workTasks.plan')} value={filter.planId} maxLength={128} size={14} className="mono"
          placeholder={t('records.workTasks.planHint')} onCommit={(v) => change('planId', v)} />
        <label>{t('records.workTasks.dueFrom')}
          <DateInput value={filter.dueFrom} max={filter.dueTo || undefined} onChange={(value) => change('dueFrom', value)} />
        </label>
        <label>{t('records.workTasks.dueTo')}
          <DateInput value={filter.dueTo} min={filter.dueFrom || undefined} onChange={(value) => change('dueTo', value)} />
        </label>
        <DebouncedInput label={t('records.workTasks.q')} type="search" value={filter.q} maxLength={200} placeholder={t('records.workTasks.qHint')}
          onCommit={(v) => change('q', v)} />
        <button type="button" className="btn ghost" disabled={!filtered}
          onClick={() => setFilter({ planId: '', status: '', dueFrom: '', dueTo: '', q: '', page: 1 })}>{t('records.workTasks.clear')}</button>
      </form>

      {list.isPending ? <Loading /> : list.error ? <ProblemView error={list.error} /> : items.length === 0 ? (
        <p className="muted empty">{t('records.workTasks.empty')}</p>
      ) : (
        <table className="table record-table work-tasks-table" aria-label={t('records.workTasks.table')} aria-busy={list.isFetching || undefined}>
          <thead>
            <tr>
              <th scope="col">{t('records.workTasks.code')}</th>
              <th scope="col">{t('records.workTasks.title')}</th>
              <th scope="col">{t('records.workTasks.lead')}</th>
              <th scope="col">{t('records.workTasks.assigner')}</th>
              <th scope="col">{t('records.workTasks.dueOn')}</th>
              <th scope="col">{t('records.workTasks.status')}</th>
              <th scope="col">{t('records.workTasks.deadlineState')}</th>
              <th scope="col" className="num">{t('records.workTasks.returnsExtensions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((w) => (
              <tr key={w.id} data-id={w.id}>
                <th scope="row" className="nowrap">
                  <Link to={`/records/work-tasks/${encodeURIComponent(w.id)}`} state={linkState} className="mono">{w.code}</Link>
                </th>
                <td>{localText(w.title, w.titleEn, language)}</td>
                <td>{unitName(w.lead, language)}</td>
                <td>{unitName(w.assigner, language)}</td>
                <td className="nowrap">{w.dueOn ? <time dateTime={w.dueOn}>{formatDate(w.dueOn)}</time> : <span className="muted">{t('records.workTasks.noDue')}</span>}</td>
                <td><WorkTaskStatusBadge status={w.status} /></td>
                <td><DeadlineBadge state={w.deadlineState} /></td>
                <td className="num nowrap" data-col="returnsExtensions"
                  title={t('records.workTasks.returnsExtensionsTitle', { returns: w.returnCount, extensions: w.extensionCount })}>
                  {w.returnCount} / {w.extensionCount}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager page={filter.page} pages={pageCount(list.data?.total)} onPage={(page) => setFilter({ ...filter, page })} />
    </section>
  );
}

export function WorkTaskStatusBadge({ status }: { status: WorkTask['status'] }) {
  const { t } = useTranslation();
  return <span className={`badge work-task-${status}`} data-status={status}>{t(`records.workTasks.statuses.${status}`, { defaultValue: status })}</span>;
}

/** One work task: who assigned it to whom, under which plan, its deadline and how its result was decided. */
export function WorkTaskPage() {
  const { workTaskId = '' } = useParams();
  const { t } = useTranslation();
  const back = useBackToList('/records/work-tasks');
  const detail = useQuery({ queryKey: ['records', 'work-task', workTaskId], queryFn: ({ signal }) => planning.workTask(workTaskId, signal) });
  const backLink = <BackLink to={back}>{t('records.workTasks.back')}</BackLink>;
  if (detail.isPending) return <section className="record-page">{backLink}<Loading /></section>;
  if (detail.error) return <section className="record-page">{backLink}<ProblemView error={detail.error} /></section>;
  return <section className="record-page" aria-labelledby="work-task-head">{backLink}<WorkTaskView task={detail.data} /></section>;
}

export function WorkTaskView({ task: w }: { task: WorkTask }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const none = <span className="muted">—</span>;
  const date = (value: string | null) => (value ? <time dateTime={value}>{formatDate(value)}</time> : none);
  const instant = (value: string | null) => (value ? <time dateTime={value}>{formatInstant(value)}</time> : none);
  const units = (list: UnitRef[]) => (list.length === 0 ? none : (
    <ul className="plain-list tight">{list.map((u) => <li key={u.id} data-unit={u.id}>{unitName(u, language)}</li>)}</ul>
  ));
  return (
    <>
      <header className="page-head">
        <h2 id="work-task-head"><span className="mono">{w.code}</span> · {localText(w.title, w.titleEn, language)}</h2>
        <span className="badges">
          <WorkTaskStatusBadge status={w.status} /> <DeadlineBadge state={w.deadlineState} />
        </span>
      </header>

      <section className="panel" aria-labelledby="work-task-details">
        <h3 id="work-task-details">{t('records.workTasks.details')}</h3>
        <Facts>
          <Fact term={t('records.workTasks.code')}><span className="mono">{w.code}</span></Fact>
          <Fact term={t('records.workTasks.title')}>{localText(w.title, w.titleEn, language)}</Fact>
          <Fact term={t('records.workTasks.plan')}>
            {w.planId ? <Link to={planPath(w.planId)} className="mono">{w.planId}</Link> : <span className="muted">{t('records.workTasks.noPlan')}</span>}
          </Fact>
          <Fact term={t('records.workTasks.assigner')}>{unitName(w.assigner, language)}</Fact>
          <Fact term={t('records.workTasks.lead')}>{unitName(w.lead, language)}</Fact>
          <Fact term={t('records.workTasks.supporting')}>{units(w.supporting)}</Fact>
          <Fact term={t('records.workTasks.kind')}>{t(`records.workTasks.kinds.${w.kind}`, { defaultValue: w.kind })}</Fact>
          <Fact term={t('records.workTasks.status')}><WorkTaskStatusBadge status={w.status} /></Fact>
          <Fact term={t('records.workTasks.deadlineState')}><DeadlineBadge state={w.deadlineState} /></Fact>
          <Fact term={t('records.workTasks.startOn')}>{date(w.startOn)}</Fact>
          <Fact term={t('records.workTasks.dueOn')}>{w.dueOn ? date(w.dueOn) : <span className="muted">{t('records.workTasks.noDue')}</span>}</Fact>
          <Fact term={t('records.workTasks.expectedOutput')}>{w.expectedOutput || none}</Fact>
          <Fact term={t('records.workTasks.progress')}>
            <span className="nowrap">
              <progress value={w.progressPercent} max={100} aria-hidden="true" /> {formatPercent(w.progressPercent / 100, language)}
            </span>
          </Fact>
          <Fact term={t('records.workTasks.returns')}>{w.returnCount}</Fact>
          <Fact term={t('records.workTasks.extensions')}>{w.extensionCount}</Fact>
          <Fact term={t('records.workTasks.assignedAt')}>{instant(w.assignedAt)}</Fact>
          <Fact term={t('records.workTasks.submittedAt')}>{instant(w.submittedAt)}</Fact>
          {w.submittedBy && <Fact term={t('records.workTasks.submittedBy')}>{personName(w.submittedBy, t('records.workTasks.system'))}</Fact>}
          <Fact term={t('records.workTasks.completedAt')}>{instant(w.completedAt)}</Fact>
          {w.approvedBy && <Fact term={t('records.workTasks.approvedBy')}>{personName(w.approvedBy, t('records.workTasks.system'))}</Fact>}
          <Fact term={t('records.workTasks.completion')}>
            {w.completedOnTime === true ? <span data-completion="onTime">{t('records.workTasks.onTime')}</span>
              : w.completedOnTime === false ? <span className="warn" data-completion="late">{t('records.workTasks.late')}</span>
                : <span className="muted" data-completion="open">{t('records.workTasks.notCompleted')}</span>}
          </Fact>
          <Fact term={t('records.workTasks.lastDecisionComment')}>{w.lastDecisionComment || none}</Fact>
          <Fact term={t('records.workTasks.statusReason')}>{w.statusReason || none}</Fact>
          <Fact term={t('records.workTasks.instance')}>
            {w.instanceId
              ? <Link to={`/instances/${encodeURIComponent(w.instanceId)}`}>{t('records.workTasks.openInstance', { id: w.instanceId })}</Link>
              : <span className="muted">{t('records.workTasks.noInstance')}</span>}
          </Fact>
        </Facts>
      </section>
    </>
  );
}
