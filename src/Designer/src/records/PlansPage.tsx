import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PLAN_STATUSES, planning, type PlanDetail, type PlanSummary, type StatisticsRow } from '../api/records-planning';
import { Loading } from '../components/Loading';
import { Pager } from '../components/Pager';
import { ProblemView } from '../components/ProblemView';
import { formatInstant } from '../lib/dates';
import { apiQuery, FILTERS, formatPercent, MAX_YEAR, MIN_YEAR } from './oversight';
import { BackLink, DebouncedInput, Fact, Facts, useBackToList, useListFilter, useListState } from './OversightParts';
import { PLAN_FIGURES, planPath, planPeriod, workTasksOfPlan } from './planning';
import { pageCount, unitName } from './common';
import '../work/work.css';
import { DocumentRef } from './InspectionsPage';

/** Plans (kế hoạch), latest year first, with how their tasks stand; by year, status and text in the title or key. */
export function PlansPage() {
  const { t, i18n } = useTranslation();
  const { filter, setFilter, change } = useListFilter('plans');
  const query = apiQuery(filter);
  const list = useQuery({
    queryKey: ['records', 'plans', query.toString()],
    queryFn: ({ signal }) => planning.plans(query, signal),
    placeholderData: (previous) => previous,
  });
  const linkState = useListState();
  const items = list.data?.items ?? [];
  const language = i18n.language;

  return (
    <section aria-labelledby="records-plans" className="record-page">
      <header className="page-head">
        <h2 id="records-plans">{t('records.tabs.plans')}</h2>
        {list.data && <span className="muted" aria-live="polite">{t('records.plans.total', { count: list.data.total })}</span>}
      </header>
      <form className="dash-controls record-filters" role="search" aria-label={t('records.plans.filters')} onSubmit={(e) => e.preventDefault()}>
        <DebouncedInput label={t('records.plans.year')} type="number" value={filter.year} min={MIN_YEAR} max={MAX_YEAR} step={1}
          placeholder={t('records.plans.yearHint')} complete={(v) => FILTERS.plans.year(v) !== ''} onCommit={(v) => change('year', v)} />
        <label>{t('records.plans.status')}
          <select value={filter.status} onChange={(e) => change('status', e.target.value)}>
            <option value="">{t('common.all')}</option>
            {PLAN_STATUSES.map((s) => <option key={s} value={s}>{t(`records.plans.statuses.${s}`)}</option>)}
          </select>
        </label>
        <DebouncedInput label={t('records.plans.q')} type="search" value={filter.q} maxLength={200} placeholder={t('records.plans.qHint')}
          onCommit={(v) => change('q', v)} />
        <button type="button" className="btn ghost" disabled={!filter.year && !filter.status && !filter.q}
          onClick={() => setFilter({ year: '', status: '', q: '', page: 1 })}>{t('records.plans.clear')}</button>
      </form>

      {list.isPending ? <Loading /> : list.error ? <ProblemView error={list.error} /> : items.length === 0 ? (
        <p className="muted empty">{t('records.plans.empty')}</p>
      ) : (
        <table className="table record-table plans-table" aria-label={t('records.plans.table')} aria-busy={list.isFetching || undefined}>
          <thead>
            <tr>
              <th scope="col">{t('records.plans.title')}</th>
              <th scope="col">{t('records.plans.key')}</th>
              <th scope="col">{t('records.plans.owner')}</th>
              <th scope="col">{t('records.plans.yearPeriod')}</th>
              <th scope="col">{t('records.plans.status')}</th>
              <th scope="col" className="num">{t('dashboard.assigned')}</th>
              <th scope="col" className="num">{t('dashboard.overdue')}</th>
              <th scope="col" className="num">{t('dashboard.doneOnTime')}</th>
              <th scope="col" className="num">{t('dashboard.onTimeRate')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((p) => (
              <tr key={p.id} data-id={p.id}>
                <th scope="row"><Link to={planPath(p.id)} state={linkState}>{p.title || p.id}</Link></th>
                <td className="mono nowrap">{p.id}</td>
                <td>{p.owner ? unitName(p.owner, language) : <span className="muted">—</span>}</td>
                <td><YearAndPeriod plan={p} /></td>
                <td><PlanStatusBadge status={p.status} /></td>
                <td className="num" data-col="assigned">{p.tasks.assigned}</td>
                <td className="num" data-col="overdue">{p.tasks.overdue}</td>
                <td className="num" data-col="doneOnTime">{p.tasks.doneOnTime}</td>
                <td className="num" data-col="onTimeRate">{formatPercent(p.tasks.onTimeRate, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager page={filter.page} pages={pageCount(list.data?.total)} onPage={(page) => setFilter({ ...filter, page })} />
    </section>
  );
}

/** A plan's status; a key no plan row records has none, and says so. */
export function PlanStatusBadge({ status }: { status: PlanSummary['status'] }) {
  const { t } = useTranslation();
  if (!status) return <span className="muted">{t('records.plans.unrecorded')}</span>;
  return <span className={`badge plan-${status}`} data-status={status}>{t(`records.plans.statuses.${status}`, { defaultValue: status })}</span>;
}

function YearAndPeriod({ plan }: { plan: PlanSummary }) {
  const period = planPeriod(plan);
  if (plan.year == null && !period) return <span className="muted">—</span>;
  return (
    <>
      {plan.year != null && <strong>{plan.year}</strong>}
      {plan.year != null && period && <br />}
      {period && <small className="muted nowrap">{period}</small>}
    </>
  );
}

/** One plan: what it is, how its tasks stand unit by unit, and the workflow instances that carry it out. */
export function PlanPage() {
  const { planKey = '' } = useParams();
  const { t } = useTranslation();
  const back = useBackToList('/records/plans');
  const detail = useQuery({ queryKey: ['records', 'plan', planKey], queryFn: ({ signal }) => planning.plan(planKey, signal) });
  const backLink = <BackLink to={back}>{t('records.plans.back')}</BackLink>;
  if (detail.isPending) return <section className="record-page">{backLink}<Loading /></section>;
  if (detail.error) return <section className="record-page">{backLink}<ProblemView error={detail.error} /></section>;
  return <section className="record-page" aria-labelledby="plan-head">{backLink}<PlanView detail={detail.data} /></section>;
}

function PlanView({ detail }: { detail: PlanDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const p = detail.plan;
  const period = planPeriod(p);
  const instant = (value: string | null) => (value ? <time dateTime={value}>{formatInstant(value)}</time> : <span className="muted">—</span>);
  return (
    <>
      <header className="page-head">
        <h2 id="plan-head">{p.title || p.id}</h2>
        <PlanStatusBadge status={p.status} />
      </header>

      <section className="panel" aria-labelledby="plan-details">
        <h3 id="plan-details">{t('records.plans.details')}</h3>
        {!p.status && <p className="muted">{t('records.plans.unrecordedNote')}</p>}
        <Facts>
          <Fact term={t('records.plans.key')}><span className="mono">{p.id}</span></Fact>
          <Fact term={t('records.plans.owner')}>{p.owner ? unitName(p.owner, language) : <span className="muted">—</span>}</Fact>
          <Fact term={t('records.plans.year')}>{p.year ?? <span className="muted">—</span>}</Fact>
          <Fact term={t('records.plans.period')}>
            {period ? <span className="nowrap">{period}</span> : <span className="muted">—</span>}
          </Fact>
          {p.documentId && <Fact term={t('records.plans.document')}><DocumentRef id={p.documentId} /></Fact>}
          <Fact term={t('records.plans.activatedAt')}>{instant(p.activatedAt)}</Fact>
          <Fact term={t('records.plans.closedAt')}>{instant(p.closedAt)}</Fact>
          <Fact term={t('records.plans.instance')}>
            {p.instanceId
              ? <Link to={`/instances/${encodeURIComponent(p.instanceId)}`}>{t('records.plans.openInstance', { id: p.instanceId })}</Link>
              : <span className="muted">{t('records.plans.noInstance')}</span>}
          </Fact>
        </Facts>
      </section>

      <section className="panel" aria-labelledby="plan-figures">
        <h3 id="plan-figures">{t('records.plans.figures')}</h3>
        <p><Link to={workTasksOfPlan(p.id)}>{t('records.plans.workTasksLink', { count: p.tasks.assigned })}</Link></p>
        <PlanFigures units={detail.units} totals={p.tasks} />
      </section>

      <section className="panel" aria-labelledby="plan-instances">
        <h3 id="plan-instances">{t('records.plans.instances')}</h3>
        {detail.instances.length === 0 ? <p className="muted">{t('records.plans.noInstances')}</p> : (
          <table className="table record-table plan-instances-table" aria-label={t('records.plans.instancesTable')}>
            <thead>
              <tr>
                <th scope="col">{t('records.plans.instanceId')}</th>
                <th scope="col">{t('instances.definition')}</th>
                <th scope="col">{t('instances.status')}</th>
                <th scope="col">{t('records.plans.startedAt')}</th>
                <th scope="col">{t('records.plans.finishedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {detail.instances.map((i) => (
                <tr key={i.id} data-instance={i.id}>
                  <th scope="row"><Link to={`/instances/${encodeURIComponent(i.id)}`} className="mono">{i.id}</Link></th>
                  <td data-col="definition">
                    {i.definitionName ? (
                      <>{i.definitionName}<br /><small className="muted mono">{t('records.plans.definitionVersion', { id: i.definitionId, version: i.definitionVersion })}</small></>
                    ) : t('records.plans.definitionVersion', { id: i.definitionId, version: i.definitionVersion })}
                  </td>
                  <td><span className={`status-pill instance-${i.status}`}>{t(`instances.statuses.${i.status}`, { defaultValue: i.status })}</span></td>
                  <td className="nowrap">{instant(i.createdAt)}</td>
                  <td className="nowrap">{instant(i.finishedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}

/** A plan's task figures, one row per unit, and the plan's own figures as the totals. */
export function PlanFigures({ units, totals }: { units: StatisticsRow[]; totals: StatisticsRow }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  if (units.length === 0) return <p className="muted">{t('records.plans.noTasks')}</p>;
  return (
    <table className="table record-table stats-table plan-figures-table" aria-label={t('records.plans.figuresTable')}>
      <thead>
        <tr>
          <th scope="col">{t('records.plans.unit')}</th>
          {PLAN_FIGURES.map((key) => <th key={key} scope="col" className="num">{t(`dashboard.${key}`)}</th>)}
          <th scope="col" className="num">{t('dashboard.onTimeRate')}</th>
        </tr>
      </thead>
      <tbody>
        {units.map((u) => (
          <tr key={u.key || u.name} data-unit={u.key}>
            <th scope="row">{u.name || u.key || '—'}</th>
            {PLAN_FIGURES.map((key) => <td key={key} className="num" data-col={key}>{u[key]}</td>)}
            <td className="num" data-col="onTimeRate">{formatPercent(u.onTimeRate, language)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('dashboard.totals')}</th>
          {PLAN_FIGURES.map((key) => <td key={key} className="num" data-col={key}>{totals[key]}</td>)}
          <td className="num" data-col="onTimeRate">{formatPercent(totals.onTimeRate, language)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
