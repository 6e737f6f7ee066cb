import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EVALUATION_STATUSES, oversight, RATING_ABBREVIATIONS, type EvaluationDetail, type EvaluationSummary, type TaskStats } from '../api/records-oversight';
import { Loading } from '../components/Loading';
import { ProblemView } from '../components/ProblemView';
import { apiQuery, formatPercent, formatScore } from './oversight';
import { BackLink, DebouncedInput, Fact, Facts, RatingMark, useBackToList, useListFilter, useListState } from './OversightParts';
import { pageCount, unitName } from './common';
import { Pager } from '../components/Pager';
import { formatInstant } from '../lib/dates';
import '../work/work.css';

const RATING_CODES = { HTXSNV: 'ExcellentlyCompleted', HTTNV: 'WellCompleted', HTNV: 'Completed', KHTNV: 'NotCompleted' } as const;

/** Evaluations and ratings by Regulation 366-QĐ/TW (đánh giá, xếp loại), latest period first. */
export function EvaluationsPage() {
  const { t, i18n } = useTranslation();
  const { filter, setFilter, change } = useListFilter('evaluations');
  const query = apiQuery(filter);
  const list = useQuery({
    queryKey: ['records', 'evaluations', query.toString()],
    queryFn: ({ signal }) => oversight.evaluations(query, signal),
    placeholderData: (previous) => previous,
  });
  const linkState = useListState();
  const items = list.data?.items ?? [];
  const language = i18n.language;

  return (
    <section aria-labelledby="records-evaluations" className="record-page">
      <header className="page-head">
        <h2 id="records-evaluations">{t('records.tabs.evaluations')}</h2>
        {list.data && <span className="muted" aria-live="polite">{t('records.evaluations.total', { count: list.data.total })}</span>}
      </header>
      <form className="dash-controls record-filters" role="search" aria-label={t('records.evaluations.filters')} onSubmit={(e) => e.preventDefault()}>
        <DebouncedInput label={t('records.evaluations.periodKey')} value={filter.periodKey} maxLength={64} size={10}
          placeholder={t('records.evaluations.periodKeyHint')} onCommit={(v) => change('periodKey', v)} />
        <label>{t('records.evaluations.rating')}
          <select value={filter.rating} onChange={(e) => change('rating', e.target.value)}>
            <option value="">{t('common.all')}</option>
            {RATING_ABBREVIATIONS.map((r) => <option key={r} value={r}>{r} — {t(`records.evaluations.ratings.${RATING_CODES[r]}`)}</option>)}
          </select>
        </label>
        <label>{t('records.evaluations.status')}
          <select value={filter.status} onChange={(e) => change('status', e.target.value)}>
            <option value="">{t('common.all')}</option>
            {EVALUATION_STATUSES.map((s) => <option key={s} value={s}>{t(`records.evaluations.statuses.${s}`)}</option>)}
          </select>
        </label>
        <button type="button" className="btn ghost" disabled={!filter.periodKey && !filter.rating && !filter.status}
          onClick={() => setFilter({ periodKey: '', rating: '', status: '', page: 1 })}>{t('records.evaluations.clear')}</button>
      </form>

      {list.isPending ? <Loading /> : list.error ? <ProblemView error={list.error} /> : items.length === 0 ? (
        <p className="muted empty">{t('records.evaluations.empty')}</p>
      ) : (
        <table className="table record-table evaluations-table" aria-label={t('records.evaluations.table')} aria-busy={list.isFetching || undefined}>
          <colgroup><col /><col /></colgroup>
          <colgroup span={3} />
          <colgroup span={3} />
          <colgroup span={5} />
          <colgroup><col /></colgroup>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>{t('records.evaluations.subject')}</th>
              <th scope="col" rowSpan={2}>{t('records.evaluations.period')}</th>
              <th scope="colgroup" colSpan={3} className="group">{t('records.evaluations.scoreGroup')}</th>
              <th scope="colgroup" colSpan={3} className="group">{t('records.evaluations.ratingGroup')}</th>
              <th scope="colgroup" colSpan={5} className="group">{t('records.evaluations.tasks')}</th>
              <th scope="col" rowSpan={2}>{t('records.evaluations.status')}</th>
            </tr>
            <tr>
              <th scope="col" className="num">{t('records.evaluations.stepSelf')}</th>
              <th scope="col" className="num">{t('records.evaluations.stepReviewed')}</th>
              <th scope="col" className="num">{t('records.evaluations.stepFinal')}</th>
              <th scope="col">{t('records.evaluations.stepSelf')}</th>
              <th scope="col">{t('records.evaluations.stepProposed')}</th>
              <th scope="col">{t('records.evaluations.stepFinal')}</th>
              <th scope="col" className="num">{t('records.evaluations.assigned')}</th>
              <th scope="col" className="num">{t('records.evaluations.doneOnTime')}</th>
              <th scope="col" className="num">{t('records.evaluations.doneLate')}</th>
              <th scope="col" className="num">{t('records.evaluations.openOverdue')}</th>
              <th scope="col" className="num">{t('records.evaluations.onTimeRate')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((e) => (
              <tr key={e.id} data-id={e.id}>
                <th scope="row"><Link to={`/records/evaluations/${encodeURIComponent(e.id)}`} state={linkState}><Subject evaluation={e} /></Link></th>
                <td className="nowrap"><Period evaluation={e} /></td>
                <td className="num" data-col="selfScore">{formatScore(e.selfScore, language)}</td>
                <td className="num" data-col="reviewedScore">{formatScore(e.reviewedScore, language)}</td>
                <td className="num" data-col="finalScore">{formatScore(e.finalScore, language)}</td>
                <td data-col="selfRating"><RatingMark rating={e.selfRating} /></td>
                <td data-col="proposedRating"><RatingMark rating={e.proposedRating} /></td>
                <td data-col="finalRating"><RatingMark rating={e.finalRating} /></td>
                <td className="num" data-col="assigned">{e.taskStats.assigned}</td>
                <td className="num" data-col="doneOnTime">{e.taskStats.doneOnTime}</td>
                <td className="num" data-col="doneLate">{e.taskStats.doneLate}</td>
                <td className={`num${e.taskStats.openOverdue > 0 ? ' warn' : ''}`} data-col="openOverdue">{e.taskStats.openOverdue}</td>
                <td className="num" data-col="onTimeRate">{formatPercent(e.taskStats.onTimeRate, language)}</td>
                <td><span className={`badge evaluation-${e.status}`}>{t(`records.evaluations.statuses.${e.status}`, { defaultValue: e.status })}</span></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager page={filter.page} pages={pageCount(list.data?.total)} onPage={(page) => setFilter({ ...filter, page })} />
    </section>
  );
}

function Subject({ evaluation }: { evaluation: EvaluationSummary }) {
  const { t, i18n } = useTranslation();
  return <>{evaluation.unit ? unitName(evaluation.unit, i18n.language) : evaluation.personName ?? t('records.evaluations.person', { id: evaluation.subjectId })}</>;
}

function Period({ evaluation }: { evaluation: EvaluationSummary }) {
  const { t } = useTranslation();
  return <>{t('records.evaluations.periodLabel', { period: t(`records.evaluations.periods.${evaluation.period}`, { defaultValue: evaluation.period }), key: evaluation.periodKey })}</>;
}

/** One evaluation: the three steps with their scores and ratings, the task figures, the criteria and the reasons given. */
export function EvaluationPage() {
  const { evaluationId = '' } = useParams();
  const { t } = useTranslation();
  const back = useBackToList('/records/evaluations');
  const detail = useQuery({ queryKey: ['records', 'evaluation', evaluationId], queryFn: ({ signal }) => oversight.evaluation(evaluationId, signal) });
  const backLink = <BackLink to={back}>{t('records.evaluations.back')}</BackLink>;
  if (detail.isPending) return <section className="record-page">{backLink}<Loading /></section>;
  if (detail.error) return <section className="record-page">{backLink}<ProblemView error={detail.error} /></section>;
  return <section className="record-page" aria-labelledby="evaluation-head">{backLink}<EvaluationView detail={detail.data} /></section>;
}

function EvaluationView({ detail }: { detail: EvaluationDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const s = detail.summary;
  const steps = [
    { key: 'self', label: t('records.evaluations.stepSelf'), score: s.selfScore, rating: s.selfRating, at: s.selfAssessedAt },
    { key: 'reviewed', label: t('records.evaluations.stepProposed'), score: s.reviewedScore, rating: s.proposedRating, at: s.reviewedAt },
    { key: 'final', label: t('records.evaluations.stepFinal'), score: s.finalScore, rating: s.finalRating, at: s.approvedAt },
  ];
  return (
    <>
      <header className="page-head">
        <h2 id="evaluation-head"><Subject evaluation={s} /> · <Period evaluation={s} /></h2>
        <span className={`badge evaluation-${s.status}`}>{t(`records.evaluations.statuses.${s.status}`, { defaultValue: s.status })}</span>
      </header>

      <section className="panel" aria-labelledby="evaluation-details">
        <h3 id="evaluation-details">{t('records.evaluations.details')}</h3>
        <Facts>
          <Fact term={t('records.evaluations.standing')}><RatingMark rating={s.rating} full /></Fact>
          <Fact term={t('records.evaluations.discipline')}>{s.hasDisciplineCase ? <strong className="warn">✕ {t('records.evaluations.yes')}</strong> : t('records.evaluations.no')}</Fact>
          {s.publishedAt && <Fact term={t('records.evaluations.publishedAt')}>{formatInstant(s.publishedAt)}</Fact>}
          <Fact term={t('records.evaluations.instance')}>
            {s.workflowInstanceId
              ? <Link to={`/instances/${encodeURIComponent(s.workflowInstanceId)}`}>{t('records.evaluations.openInstance', { id: s.workflowInstanceId })}</Link>
              : <span className="muted">{t('records.evaluations.noInstance')}</span>}
          </Fact>
        </Facts>
        <table className="table record-table steps-table" aria-label={t('records.evaluations.steps')}>
          <thead>
            <tr>
              <th scope="col">{t('records.evaluations.step')}</th>
              <th scope="col" className="num">{t('records.evaluations.scoreGroup')}</th>
              <th scope="col">{t('records.evaluations.ratingGroup')}</th>
              <th scope="col">{t('records.evaluations.at')}</th>
            </tr>
          </thead>
          <tbody>
            {steps.map((step) => (
              <tr key={step.key} data-step={step.key}>
                <th scope="row">{step.label}</th>
                <td className="num">{formatScore(step.score, language)}</td>
                <td>{step.rating ? <RatingMark rating={step.rating} full /> : <span className="muted">{t('records.evaluations.notYet')}</span>}</td>
                <td>{step.at ? formatInstant(step.at) : <span className="muted">—</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="panel" aria-labelledby="evaluation-tasks">
        <h3 id="evaluation-tasks">{t('records.evaluations.taskStats')}</h3>
        <TaskFigures stats={s.taskStats} />
      </section>

      <section className="panel" aria-labelledby="evaluation-criteria">
        <h3 id="evaluation-criteria">{t('records.evaluations.criteria')}</h3>
        <table className="table record-table criteria-table" aria-labelledby="evaluation-criteria">
          <thead>
            <tr>
              <th scope="col">{t('records.evaluations.criterion')}</th>
              <th scope="col" className="num">{t('records.evaluations.maxPoints')}</th>
              <th scope="col" className="num">{t('records.evaluations.selfPoints')}</th>
              <th scope="col" className="num">{t('records.evaluations.reviewedPoints')}</th>
            </tr>
          </thead>
          <tbody>
            {detail.criteria.map((c) => (
              <tr key={c.code} data-criterion={c.code}>
                <th scope="row">{t(`records.evaluations.criterionCodes.${c.code}`, { defaultValue: c.code })}</th>
                <td className="num">{formatScore(c.maxPoints, language)}</td>
                <td className="num">{formatScore(c.selfPoints, language)}</td>
                <td className="num">{formatScore(c.reviewedPoints, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="panel" aria-labelledby="evaluation-reasons">
        <h3 id="evaluation-reasons">{t('records.evaluations.reasons')}</h3>
        <Facts>
          <Fact term={t('records.evaluations.reviewComment')}>{detail.reviewComment || <span className="muted">{t('records.evaluations.none')}</span>}</Fact>
          <Fact term={t('records.evaluations.decisionReason')}>{detail.decisionReason || <span className="muted">{t('records.evaluations.none')}</span>}</Fact>
        </Facts>
      </section>
    </>
  );
}

function TaskFigures({ stats }: { stats: TaskStats }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <Facts label={t('records.evaluations.taskStats')}>
      <Fact term={t('records.evaluations.assigned')}>{stats.assigned}</Fact>
      <Fact term={t('records.evaluations.doneOnTime')}>{stats.doneOnTime}</Fact>
      <Fact term={t('records.evaluations.doneLate')}>{stats.doneLate}</Fact>
      <Fact term={t('records.evaluations.openOverdue')}>{stats.openOverdue > 0 ? <strong className="warn">{stats.openOverdue}</strong> : stats.openOverdue}</Fact>
      <Fact term={t('records.evaluations.openNotDue')}>{stats.openNotDue}</Fact>
      <Fact term={t('records.evaluations.exceeded')}>{stats.exceeded}</Fact>
      <Fact term={t('records.evaluations.onTimeRate')}>{formatPercent(stats.onTimeRate, language)}</Fact>
      <Fact term={t('records.evaluations.lateRate')}>{formatPercent(stats.lateRate, language)}</Fact>
    </Facts>
  );
}
