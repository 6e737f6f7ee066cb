import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { work, type ActivityState } from '../api/work';
import { useAuth } from '../auth/AuthContext';
import { homePathFor, navFor } from '../auth/session';
import { DeadlineBadge } from '../components/DeadlineBadge';
import { Loading } from '../components/Loading';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ProblemView } from '../components/ProblemView';
import { formatDate, formatInstant } from '../lib/dates';
import { localText } from '../lib/localText';
import { activityLabels } from '../designer/model/elsa';
import { useActivityTypeName } from '../work/names';
import { StateLegend, STATE_GLYPHS } from '../work/activityStates';
import { JOURNAL_PAGE, VirtualJournal } from './VirtualJournal';
import '../work/work.css';

const ProcessDiagram = lazy(() => import('../work/ProcessDiagram'));

export function InstancePage() {
  const { instanceId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { can } = useAuth();
  const typeName = useActivityTypeName();
  const queryClient = useQueryClient();
  const instance = useQuery({ queryKey: ['instance', instanceId], queryFn: ({ signal }) => work.instance(instanceId, signal), staleTime: 0, refetchInterval: 30_000 });
  const summary = instance.data?.summary;
  const definition = useQuery({
    queryKey: ['definition', summary?.definitionId, summary?.version],
    queryFn: ({ signal }) => work.definitionVersion(summary!.definitionId, summary!.version, signal),
    enabled: !!summary,
    retry: false,
    staleTime: Infinity,
  });
  // An officer reads the progress and their units' tasks; the journal, incidents and input are not theirs to read.
  const whole = instance.data?.wholeInstance !== false;
  const journalHead = useQuery({
    queryKey: ['journal', instanceId, 1],
    queryFn: ({ signal }) => work.journal(instanceId, 1, JOURNAL_PAGE, signal),
    enabled: !!summary && whole,
    retry: false,
  });
  const states = useMemo(() => Object.fromEntries((instance.data?.activities ?? []).map((a) => [a.activityId, a.state])) as Record<string, ActivityState>, [instance.data]);
  const waiting = useMemo(() => new Set((instance.data?.activities ?? []).filter((a) => a.state === 'Waiting' || a.state === 'Faulted').map((a) => a.activityId)), [instance.data]);
  // Steps by what the definition calls them for people (its display texts), else by the name the server gives.
  const names = useMemo(() => ({
    ...Object.fromEntries((instance.data?.activities ?? []).map((a) => [a.activityId, a.name ?? a.activityId])),
    ...activityLabels(definition.data, i18n.language),
  }) as Record<string, string>, [instance.data, definition.data, i18n.language]);
  const after = () => {
    void queryClient.invalidateQueries({ queryKey: ['instance', instanceId] });
    void queryClient.invalidateQueries({ queryKey: ['journal', instanceId] });
  };
  const retry = useMutation({ mutationFn: (incidentId: string) => work.retry(instanceId, incidentId), onSuccess: after });
  const cancel = useMutation({ mutationFn: () => work.cancelInstance(instanceId), onSuccess: after });
  const [asking, setAsking] = useState(false);

  if (instance.isPending) return <main className="page" id="main"><Loading /></main>;
  if (instance.error) return <main className="page" id="main"><BackLink /><ProblemView error={instance.error} /></main>;
  const data = instance.data;
  const live = data.summary.status === 'Running' || data.summary.status === 'Suspended' || data.summary.status === 'Faulted';
  const locale = i18n.language;

  return (
    <main className="page work-page" id="main">
      <BackLink />
      <header className="page-head">
        <h1>{data.summary.definitionName ?? data.summary.definitionId}</h1>
        <span className={`status-pill instance-${data.summary.status}`}>{t(`instances.statuses.${data.summary.status}`, { defaultValue: data.summary.status })}</span>
      </header>
      <p className="muted">v{data.summary.version} · {t('instances.created')} {formatInstant(data.summary.createdAt)} · {t('instances.updated')} {formatInstant(data.summary.updatedAt)}
        {live && can('Supervisor') && (
          <> · <button type="button" className="btn danger" disabled={cancel.isPending} onClick={() => setAsking(true)}>{t('instances.cancel')}</button></>
        )}
      </p>
      {asking && (
        <ConfirmDialog title={t('instances.cancel')} confirmLabel={t('instances.cancel')} danger pending={cancel.isPending} error={cancel.error}
          onConfirm={() => cancel.mutate(undefined, { onSuccess: () => setAsking(false) })} onClose={() => { setAsking(false); cancel.reset(); }}>
          <p>{t('instances.cancelConfirm')}</p>
        </ConfirmDialog>
      )}
      <div className="instance-grid">
        <div className="work-column">
          <section className="panel" aria-labelledby="graph-head">
            <h2 id="graph-head">{t('task.diagram')}</h2>
            <StateLegend />
            {definition.error ? <ProblemView error={definition.error} compact /> : !definition.data ? <Loading /> : (
              <Suspense fallback={<Loading />}>
                <ProcessDiagram definition={definition.data} states={states} current={waiting} label={t('task.diagram')} />
              </Suspense>
            )}
          </section>
          {whole && (
            <section className="panel" aria-labelledby="journal-head">
              <h2 id="journal-head">{t('instances.journal')} {journalHead.data && <small className="muted">({t('instances.journalCount', { count: journalHead.data.total })})</small>}</h2>
              {journalHead.error ? <ProblemView error={journalHead.error} compact /> : !journalHead.data ? <Loading /> : (
                <VirtualJournal instanceId={instanceId} total={journalHead.data.total} names={names} />
              )}
            </section>
          )}
        </div>
        <aside className="work-column">
          <section className="panel" aria-labelledby="bookmarks-head">
            <h2 id="bookmarks-head">{t('instances.bookmarks')}</h2>
            {data.bookmarks.length === 0 ? <p className="muted">{t('instances.noBookmarks')}</p> : (
              <ul className="plain-list">
                {data.bookmarks.map((b) => (
                  <li key={b.id} data-bookmark={b.activityId}>
                    <span className="state-Waiting"><span className="state-swatch" aria-hidden="true">{STATE_GLYPHS.Waiting}</span></span>{' '}
                    <strong>{names[b.activityId] ?? b.activityName ?? b.activityId}</strong> <small className="muted">{typeName(b.activityType) ?? b.activityType}</small>
                    {b.dueAt && <small> · {formatInstant(b.dueAt)}</small>}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="panel" aria-labelledby="tasks-head">
            <h2 id="tasks-head">{t('instances.tasks')}</h2>
            <ul className="plain-list">
              {data.tasks.map((task) => (
                <li key={task.id}>
                  {task.canOpen === false
                    ? <span data-task={task.id}>{localText(task.title, task.titleEn, locale)}</span>
                    : <Link to={`/tasks/${encodeURIComponent(task.id)}`}>{localText(task.title, task.titleEn, locale)}</Link>}{' '}
                  <DeadlineBadge state={task.deadlineState} /> <small className="muted">{formatDate(task.dueOn)} · {t(`inbox.status_${task.status}`, { defaultValue: task.status })}</small>
                </li>
              ))}
            </ul>
          </section>
          {whole && (<>
            <section className="panel" aria-labelledby="incidents-head">
              <h2 id="incidents-head">{t('instances.incidents')}</h2>
              {data.incidents.length === 0 ? <p className="muted">{t('instances.noIncidents')}</p> : (
                <ul className="plain-list">
                  {data.incidents.map((incident) => (
                    <li key={incident.id}>
                      <span className={incident.resolvedAt ? 'state-Done' : 'state-Faulted'}>
                        <span className="state-swatch" aria-hidden="true">{incident.resolvedAt ? STATE_GLYPHS.Done : STATE_GLYPHS.Faulted}</span>
                      </span>{' '}
                      <strong>{names[incident.activityId] ?? incident.activityId}</strong>: {incident.message}
                      <small className="muted"> · {formatInstant(incident.at)}{incident.resolvedAt ? ` · ${t('instances.resolved')}` : ''}</small>
                      {!incident.resolvedAt && can('Supervisor') && (
                        <button type="button" className="btn" disabled={retry.isPending} onClick={() => retry.mutate(incident.id)}>{t('instances.retry')}</button>
                      )}
                      {incident.stackTrace && <details><summary>{incident.exceptionType}</summary><pre>{incident.stackTrace}</pre></details>}
                    </li>
                  ))}
                </ul>
              )}
              {retry.isSuccess && <p role="status">{t('instances.retried')}</p>}
              {retry.error && <ProblemView error={retry.error} compact />}
            </section>
            <section className="panel" aria-labelledby="input-head">
              <h2 id="input-head">{t('instances.input')}</h2>
              <pre className="json">{JSON.stringify(data.input, null, 2)}</pre>
              {Object.keys(data.variables).length > 0 && <><h2>{t('instances.variables')}</h2><pre className="json">{JSON.stringify(data.variables, null, 2)}</pre></>}
            </section>
          </>)}
        </aside>
      </div>
    </main>
  );
}

/**
 * Back to the list of running workflows for those whose navigation has it; anyone else (an officer who came from a plan or a
 * task) goes back where they came from, or home when the page was opened directly.
 */
function BackLink() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const navigate = useNavigate();
  if (navFor(user).some((item) => item.path === '/instances')) return <p><Link to="/instances">← {t('instances.back')}</Link></p>;
  // React Router numbers the entries it pushes: above 0, the previous one is a page of this app.
  const cameFromApp = ((window.history.state as { idx?: number } | null)?.idx ?? 0) > 0;
  return (
    <p>
      {cameFromApp
        ? <button type="button" className="link-btn" onClick={() => navigate(-1)}>← {t('common.back')}</button>
        : <Link to={homePathFor(user)}>← {t('common.back')}</Link>}
    </p>
  );
}
