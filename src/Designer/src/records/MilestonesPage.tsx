import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ApiError } from '../api/client';
import { MILESTONE_STATUSES, recordsProgress, type MilestoneDecision, type MilestoneSummary } from '../api/records-progress';
import { DeadlineBadge } from '../components/DeadlineBadge';
import { Loading } from '../components/Loading';
import { ProblemView } from '../components/ProblemView';
import { formatDate, formatInstant } from '../lib/dates';
import { ActionDialog } from './ActionDialog';
import { Pager } from '../components/Pager';
import {
  apiQuery, decidedOnTaskPage, milestoneActions, milestoneFilterFromParams, milestoneFilterToParams, type MilestoneFilter,
} from './progress';
import { pageCount } from './common';
import '../work/work.css';
import './records-progress.css';
import { localText } from '../lib/localText';

/** The milestones of the running cycles: those waiting for a decision, and how the others were decided. */
export function MilestonesPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => milestoneFilterFromParams(params), [params]);
  const setFilter = (next: MilestoneFilter) => setParams(milestoneFilterToParams(next), { replace: true });
  const query = apiQuery(filter);
  const list = useQuery({
    queryKey: ['records', 'milestones', query.toString()],
    queryFn: ({ signal }) => recordsProgress.milestones(query, signal),
    staleTime: 0,
    placeholderData: (previous) => previous,
  });
  const [acting, setActing] = useState<{ milestone: MilestoneSummary; decision: MilestoneDecision }>();
  const [flash, setFlash] = useState<string>();
  const queryClient = useQueryClient();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['records', 'milestones'] });
    void queryClient.invalidateQueries({ queryKey: ['tasks'] });
    void queryClient.invalidateQueries({ queryKey: ['task'] });
    void queryClient.invalidateQueries({ queryKey: ['inbox-watch'] });
  };
  const decide = useMutation({
    mutationFn: ({ milestone, decision, comment }: { milestone: MilestoneSummary; decision: MilestoneDecision; comment: string }) =>
      recordsProgress.decideMilestone(milestone.id, decision, comment),
    onSuccess: (_, { milestone, decision }) => {
      setActing(undefined);
      setFlash(t(decision === 'approve' ? 'records.milestones.doneApprove' : 'records.milestones.doneReturn', { name: milestone.milestone }));
      refresh();
    },
    // Decided meanwhile by someone else: the list should say so.
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) refresh();
    },
  });
  const open = (milestone: MilestoneSummary, decision: MilestoneDecision) => {
    decide.reset();
    setFlash(undefined);
    setActing({ milestone, decision });
  };

  const items = list.data?.items ?? [];
  const withActions = items.some((m) => milestoneActions(m).length > 0 || decidedOnTaskPage(m));
  const pages = pageCount(list.data?.total, list.data?.pageSize);

  return (
    <section aria-labelledby="records-milestones">
      <div className="records-list-head">
        <h2 id="records-milestones">{t('records.tabs.milestones')}</h2>
        {list.data && <span className="muted" aria-live="polite">{t('records.milestones.total', { count: list.data.total })}</span>}
      </div>
      <form className="records-filters" role="search" aria-label={t('records.filters')} onSubmit={(e) => e.preventDefault()}>
        <fieldset className="segmented">
          <legend className="sr-only">{t('records.milestones.status')}</legend>
          {MILESTONE_STATUSES.map((status) => (
            <label key={status} className={filter.status === status ? 'on' : undefined}>
              <input type="radio" name="milestone-status" value={status} checked={filter.status === status} onChange={() => setFilter({ ...filter, status, page: 1 })} />
              {t(`records.milestones.statuses.${status}`)}
            </label>
          ))}
        </fieldset>
        <label>{t('records.unitCode')}
          <input value={filter.unitId} onChange={(e) => setFilter({ ...filter, unitId: e.target.value.trim(), page: 1 })} maxLength={128} />
        </label>
      </form>

      {flash && <p role="status" className="flash">{flash}</p>}
      {list.isPending ? <Loading /> : list.error ? <ProblemView error={list.error} /> : items.length === 0 ? (
        <p className="muted empty">{t('records.milestones.empty')}</p>
      ) : (
        <table className="table records-table" aria-labelledby="records-milestones">
          <thead>
            <tr>
              <th scope="col">{t('records.milestones.milestone')}</th>
              <th scope="col">{t('records.milestones.unit')}</th>
              <th scope="col">{t('records.milestones.due')}</th>
              <th scope="col">{t('records.milestones.status')}</th>
              <th scope="col">{t('records.milestones.decided')}</th>
              <th scope="col">{t('records.milestones.comment')}</th>
              {withActions && <th scope="col">{t('records.milestones.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {items.map((m) => (
              <tr key={m.id} data-milestone-id={m.id}>
                <td>
                  {localText(m.milestone, m.milestoneEn, i18n.language)}
                  {m.title && m.title !== m.milestone && <span className="sub">{localText(m.title, m.titleEn, i18n.language)}</span>}
                  <span className="sub"><Link to={`/instances/${encodeURIComponent(m.instanceId)}`}>{t('records.milestones.openInstance')}</Link></span>
                </td>
                <td>{m.unitName ?? m.unitId ?? m.assigneeUnitId ?? '—'}</td>
                <td>
                  {m.dueOn ? <time dateTime={m.dueOn}>{formatDate(m.dueOn)}</time> : <span className="muted">{t('records.milestones.noDue')}</span>}
                  <span className="sub"><DeadlineBadge state={m.deadlineState} /></span>
                </td>
                <td><span className={`status-pill ms-${m.status}`}>{t(`records.milestones.statuses.${m.status}`, { defaultValue: m.status })}</span></td>
                <td>
                  {m.decidedBy ?? ''}
                  {m.decidedAt && <span className="sub"><time dateTime={m.decidedAt}>{formatInstant(m.decidedAt)}</time></span>}
                </td>
                <td>{m.comment ? <q>{m.comment}</q> : ''}</td>
                {withActions && (
                  <td className="actions-cell">
                    {decidedOnTaskPage(m) && (
                      <Link to={`/tasks/${encodeURIComponent(m.id)}`} className="btn small" data-action="open-task">{t('records.milestones.openTask')}</Link>
                    )}
                    {milestoneActions(m).map((decision) => (
                      <button key={decision} type="button" className={`btn small ${decision === 'approve' ? 'primary' : 'danger'}`} data-action={decision}
                        aria-label={t(decision === 'approve' ? 'records.milestones.approveOf' : 'records.milestones.returnOf', { name: m.milestone })}
                        onClick={() => open(m, decision)}>
                        {t(`records.milestones.${decision}`)}
                      </button>
                    ))}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager page={filter.page} pages={pages} onPage={(page) => setFilter({ ...filter, page })} />

      {acting && (
        <ActionDialog
          title={t(acting.decision === 'approve' ? 'records.milestones.dialogApprove' : 'records.milestones.dialogReturn')}
          subject={acting.milestone.milestone}
          action={acting.decision}
          confirmLabel={t(`records.milestones.${acting.decision}`)}
          pending={decide.isPending}
          error={decide.error}
          onConfirm={(comment) => decide.mutate({ milestone: acting.milestone, decision: acting.decision, comment })}
          onClose={() => setActing(undefined)}
        />
      )}
    </section>
  );
}
