import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { work, type TaskSummary } from '../api/work';
import { useAuth } from '../auth/AuthContext';
import { DeadlineBadge, type DeadlineState } from '../components/DeadlineBadge';
import { Loading } from '../components/Loading';
import { ProblemView } from '../components/ProblemView';
import { formatDate } from '../lib/dates';
import { assigneeText } from '../i18n/terms';
import { useUnitName } from '../work/names';
import { unitChoices } from './filterChoices';
import { DEFAULT_FILTER, filterFromParams, filterFromSaved, filterToApiQuery, filterToParams, filterToSaved, isDefaultFilter, PAGE_SIZE, sidePanelFilterCount, toggleState, type InboxFilter } from './filters';
import '../work/work.css';
import { Pager } from '../components/Pager';
import { localText } from '../lib/localText';
import { DateInput } from '../components/DateInput';
import { claimedByShown, rowDeadline } from './rowView';
import { FoldAway } from '../components/FoldAway';

/** The chips: the six states of DOMAIN.md §3.7 that a task list shows. */
const CHIP_STATES: DeadlineState[] = ['NotStarted', 'OnTrack', 'DueSoon', 'OverdueOpen', 'DoneOnTime', 'DoneLate'];

export function InboxPage() {
  const { t, i18n } = useTranslation();
  const { can } = useAuth();
  const [params, setParams] = useSearchParams();
  const flash = (useLocation().state as { flash?: string } | null)?.flash;
  const filter = useMemo(() => filterFromParams(params), [params]);
  const setFilter = (next: InboxFilter) => setParams(filterToParams(next), { replace: true });
  const [text, setText] = useState(filter.q);
  useEffect(() => setText(filter.q), [filter.q]);
  // Typing settles for 300 ms before the server is asked.
  useEffect(() => {
    if (text === filter.q) return;
    const timer = setTimeout(() => setFilter({ ...filter, q: text, page: 1 }), 300);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text]);

  const apiQuery = filterToApiQuery(filter);
  const options = useQuery({ queryKey: ['task-filter-options'], queryFn: ({ signal }) => work.filterOptions(signal), staleTime: 5 * 60_000 });
  const unitName = useUnitName();
  const tasks = useQuery({
    queryKey: ['tasks', apiQuery.toString()],
    queryFn: ({ signal }) => work.tasks(apiQuery, signal),
    refetchInterval: 30_000,
    staleTime: 0,
    placeholderData: (previous) => previous,
  });
  const supervisor = can('Supervisor');
  const items = tasks.data?.items ?? [];

  // Bulk approval needs each task's actions: asked for the tasks I can act on (kept for the task page too).
  const details = useQueries({
    queries: (supervisor ? items.filter((i) => i.canAct) : []).map((i) => ({
      queryKey: ['task', i.id],
      queryFn: ({ signal }: { signal: AbortSignal }) => work.task(i.id, signal),
      staleTime: 30_000,
    })),
  });
  const approvable = new Set(details.flatMap((d) => (d.data?.actions.includes('Approve') ? [d.data.task.id] : [])));
  const [selected, setSelected] = useState<Set<string>>(new Set());
  useEffect(() => setSelected((s) => new Set([...s].filter((id) => items.some((i) => i.id === id)))), [tasks.data]); // eslint-disable-line react-hooks/exhaustive-deps
  const [bulkComment, setBulkComment] = useState('');
  const queryClient = useQueryClient();
  const bulk = useMutation({
    mutationFn: () => work.bulkApprove([...selected], bulkComment.trim() || undefined),
    onSuccess: () => {
      setSelected(new Set());
      setBulkComment('');
      void queryClient.invalidateQueries({ queryKey: ['tasks'] });
      void queryClient.invalidateQueries({ queryKey: ['inbox-watch'] });
      void queryClient.invalidateQueries({ queryKey: ['task'] });
    },
  });

  const counts = tasks.data?.countsByDeadlineState ?? {};
  const pages = Math.max(1, Math.ceil((tasks.data?.total ?? 0) / PAGE_SIZE));
  const toggle = (id: string) => setSelected((s) => {
    const next = new Set(s);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  });

  return (
    <main className="page work-page" id="main">
      <header className="page-head">
        <h1>{t('nav.inbox')}</h1>
        {tasks.data && <span className="muted" aria-live="polite">{t('inbox.total', { count: tasks.data.total })}</span>}
      </header>

      {flash && <p role="status" className="flash">{flash}</p>}
      <div className="inbox-top">
        <fieldset className="segmented">
          <legend className="sr-only">{t('inbox.scope')}</legend>
          {[true, false].map((mine) => (
            <label key={String(mine)} className={filter.mine === mine ? 'on' : undefined}>
              <input type="radio" name="scope" checked={filter.mine === mine} onChange={() => setFilter({ ...filter, mine, page: 1 })} />
              {mine ? t('inbox.mine') : t('inbox.all')}
            </label>
          ))}
        </fieldset>
        <div className="chips" role="group" aria-label={t('inbox.states')}>
          {CHIP_STATES.map((state) => (
            <button key={state} type="button" className={`chip${filter.states.includes(state) ? ' on' : ''}`} aria-pressed={filter.states.includes(state)}
              onClick={() => setFilter(toggleState(filter, state))} data-state={state}>
              <DeadlineBadge state={state} count={counts[state] ?? 0} />
            </button>
          ))}
        </div>
      </div>

      <div className="inbox-layout">
        <FoldAway id="inbox-filters" className="inbox-side" label={t('inbox.filters')} count={sidePanelFilterCount(filter)}>
          <form className="filter-form" onSubmit={(e) => e.preventDefault()} role="search" aria-label={t('inbox.search')}>
            <label>{t('inbox.search')}
              <input type="search" value={text} placeholder={t('inbox.searchPlaceholder')} onChange={(e) => setText(e.target.value)} />
            </label>
            <label>{t('inbox.unit')}
              <select value={filter.unitId} onChange={(e) => setFilter({ ...filter, unitId: e.target.value, page: 1 })}>
                <option value="">{t('inbox.anyUnit')}</option>
                {unitChoices(options.data?.units ?? [], filter.unitId, i18n.language).map((u) => (
                  <option key={u.id} value={u.id}>{u.label}</option>
                ))}
              </select>
            </label>
            <label>{t('inbox.plan')}
              <select value={filter.planId} onChange={(e) => setFilter({ ...filter, planId: e.target.value, page: 1 })}>
                <option value="">{t('inbox.anyPlan')}</option>
                {[...new Set([...(options.data?.plans ?? []), ...(filter.planId ? [filter.planId] : [])])].map((p) => {
                  const title = options.data?.planTitles?.[p];
                  return <option key={p} value={p}>{title ? `${localText(title.titleVi, title.titleEn, i18n.language)} (${p})` : p}</option>;
                })}
              </select>
            </label>
            <div className="row2">
              <label>{t('inbox.dueFrom')}
                <DateInput value={filter.dueFrom} onChange={(value) => setFilter({ ...filter, dueFrom: value, page: 1 })} />
              </label>
              <label>{t('inbox.dueTo')}
                <DateInput value={filter.dueTo} onChange={(value) => setFilter({ ...filter, dueTo: value, page: 1 })} />
              </label>
            </div>
            <label>{t('inbox.sort')}
              <select value={filter.sort} onChange={(e) => setFilter({ ...filter, sort: e.target.value === '-dueOn' ? '-dueOn' : 'dueOn', page: 1 })}>
                <option value="dueOn">{t('inbox.sortDue')}</option>
                <option value="-dueOn">{t('inbox.sortDueDesc')}</option>
              </select>
            </label>
            <button type="button" className="btn ghost" disabled={isDefaultFilter({ ...filter, mine: true })}
              onClick={() => { setText(''); setFilter({ ...DEFAULT_FILTER, mine: filter.mine }); }}>{t('inbox.clear')}</button>
          </form>
          <SavedFilters filter={filter} apply={(f) => { setText(f.q); setFilter(f); }} />
        </FoldAway>

        <section className="inbox-main" aria-label={t('nav.inbox')}>
          {supervisor && approvable.size > 0 && (
            <div className="bulk-bar">
              <input aria-label={t('inbox.bulkComment')} placeholder={t('inbox.bulkComment')} value={bulkComment} onChange={(e) => setBulkComment(e.target.value)} />
              <button type="button" className="btn primary" disabled={selected.size === 0 || bulk.isPending} onClick={() => bulk.mutate()}>
                {t('inbox.bulkApprove', { count: selected.size })}
              </button>
            </div>
          )}
          {/* Outside the bar: approving the last approvable task removes the bar, the result stays. */}
          {bulk.data && (
            <p role="status" className="flash">
              {t('inbox.bulkDone', { count: bulk.data.approved.length, failed: Object.keys(bulk.data.failed).length })}
              {Object.entries(bulk.data.failed).map(([id, message]) => <span key={id}><br />{id}: {message}</span>)}
            </p>
          )}
          {bulk.error && <ProblemView error={bulk.error} compact />}
          {tasks.isPending ? <Loading /> : tasks.error ? <ProblemView error={tasks.error} /> : items.length === 0 ? (
            <p className="muted empty">{t('inbox.empty')}</p>
          ) : (
            <table className="table task-table">
              <thead>
                <tr>
                  {supervisor && approvable.size > 0 && (
                    <th scope="col" className="check">
                      <input type="checkbox" aria-label={t('inbox.selectAll')} checked={approvable.size > 0 && [...approvable].every((id) => selected.has(id))}
                        onChange={(e) => setSelected(e.target.checked ? new Set(approvable) : new Set())} />
                    </th>
                  )}
                  <th scope="col">{t('inbox.title')}</th>
                  <th scope="col">{t('inbox.unitCol')}</th>
                  <th scope="col" aria-sort={filter.sort === 'dueOn' ? 'ascending' : 'descending'}>
                    <button type="button" className="linkish" onClick={() => setFilter({ ...filter, sort: filter.sort === 'dueOn' ? '-dueOn' : 'dueOn', page: 1 })}>
                      {t('inbox.due')} <span aria-hidden="true">{filter.sort === 'dueOn' ? '▲' : '▼'}</span>
                    </button>
                  </th>
                  <th scope="col">{t('inbox.state')}</th>
                  <th scope="col">{t('inbox.assignee')}</th>
                  <th scope="col">{t('inbox.status')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((task) => (
                  <TaskRow key={task.id} task={task} showCheck={supervisor && approvable.size > 0} checkable={approvable.has(task.id)}
                    checked={selected.has(task.id)} onToggle={() => toggle(task.id)} unitName={unitName} />
                ))}
              </tbody>
            </table>
          )}
          <Pager page={filter.page} pages={pages} onPage={(page) => setFilter({ ...filter, page })} />
        </section>
      </div>
    </main>
  );
}

function TaskRow({ task, showCheck, checkable, checked, onToggle, unitName }: {
  task: TaskSummary; showCheck: boolean; checkable: boolean; checked: boolean; onToggle: () => void; unitName: (id: string, fallback?: string | null) => string;
}) {
  const { t, i18n } = useTranslation();
  const title = localText(task.title, task.titleEn, i18n.language);
  const claimedBy = claimedByShown(task);
  const deadline = rowDeadline(task);
  return (
    <tr data-task-id={task.id} className={task.canAct ? undefined : 'not-mine'}>
      {showCheck && (
        <td className="check">
          {checkable && <input type="checkbox" checked={checked} onChange={onToggle} aria-label={t('inbox.select', { title })} />}
        </td>
      )}
      <td className="task-title">
        <Link to={`/tasks/${encodeURIComponent(task.id)}`}>{title}</Link>
        {claimedBy && <small className="muted"> · {t('inbox.claimedBy', { user: claimedBy })}</small>}
        {task.escalationLevel > 0 && <small className="warn"> · {t('inbox.escalated', { level: task.escalationLevel })}</small>}
        {task.flaggedForCommittee && <small className="warn"> · {t('inbox.committee')}</small>}
      </td>
      <td className="task-unit" data-label={t('inbox.unitCol')}>{task.unitId ? unitName(task.unitId, task.unitName) : task.unitName}</td>
      <td className="task-due" data-label={t('inbox.due')}><time dateTime={task.dueOn ?? undefined}>{formatDate(task.dueOn)}</time></td>
      <td className="task-state">{'note' in deadline ? <small className="muted" data-deadline-note={deadline.note}>{t(`inbox.deadlineNote_${deadline.note}`)}</small> : <DeadlineBadge state={deadline.state} />}</td>
      <td className="task-assignee" data-label={t('inbox.assignee')}>{assigneeText(t, task, unitName)}</td>
      <td className="task-status" data-label={t('inbox.status')}>{t(`inbox.status_${task.status}`, { defaultValue: task.status })}</td>
    </tr>
  );
}

function SavedFilters({ filter, apply }: { filter: InboxFilter; apply: (f: InboxFilter) => void }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const queryClient = useQueryClient();
  const saved = useQuery({ queryKey: ['task-filters'], queryFn: ({ signal }) => work.filters(signal) });
  const [name, setName] = useState('');
  const [share, setShare] = useState(false);
  const save = useMutation({
    mutationFn: () => work.saveFilter({ name: name.trim(), sharedWithUnit: share, query: filterToSaved(filter) }),
    onSuccess: () => {
      setName('');
      setShare(false);
      void queryClient.invalidateQueries({ queryKey: ['task-filters'] });
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => work.deleteFilter(id),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['task-filters'] }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim()) save.mutate();
  };
  return (
    <section className="saved-filters" aria-labelledby="saved-filters-head">
      <h2 id="saved-filters-head">{t('inbox.saved')}</h2>
      {saved.error ? <ProblemView error={saved.error} compact /> : (saved.data ?? []).length === 0 ? <p className="muted">{t('inbox.savedNone')}</p> : (
        <ul>
          {saved.data!.map((f) => (
            <li key={f.id}>
              <button type="button" className="linkish" onClick={() => apply(filterFromSaved(f.query))} aria-label={t('inbox.apply', { name: f.name })}>{f.name}</button>
              {f.sharedWithUnit && <small className="muted"> ({t('inbox.shared')})</small>}
              {f.ownerUser === user?.userName && (
                <button type="button" className="btn ghost icon" onClick={() => remove.mutate(f.id)} aria-label={t('inbox.deleteFilter', { name: f.name })}>✕</button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} className="save-filter">
        <label>{t('inbox.filterName')}<input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} /></label>
        <label className="check-label"><input type="checkbox" checked={share} onChange={(e) => setShare(e.target.checked)} disabled={!user?.unitId} /> {t('inbox.share')}</label>
        <button type="submit" className="btn" disabled={!name.trim() || save.isPending}>{t('inbox.saveFilter')}</button>
        {save.isSuccess && <span role="status" className="muted">{t('inbox.savedDone')}</span>}
        {save.error && <ProblemView error={save.error} compact />}
      </form>
    </section>
  );
}
