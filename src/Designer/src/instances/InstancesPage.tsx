import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { work } from '../api/work';
import { useAuth } from '../auth/AuthContext';
import { Loading } from '../components/Loading';
import { ProblemView } from '../components/ProblemView';
import { formatInstant } from '../lib/dates';
import '../work/work.css';
import { Pager } from '../components/Pager';
import { StartWorkflowDialog } from './StartWorkflowDialog';

export const INSTANCE_STATUSES = ['Running', 'Suspended', 'Finished', 'Cancelled', 'Faulted'];
const PAGE = 50;

export function InstancesPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const [starting, setStarting] = useState(false);
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const query = new URLSearchParams({ page: String(page), pageSize: String(PAGE) });
  if (status) query.set('status', status);
  const list = useQuery({ queryKey: ['instances', query.toString()], queryFn: ({ signal }) => work.instances(query, signal), staleTime: 0, refetchInterval: 30_000 });
  const pages = Math.max(1, Math.ceil((list.data?.total ?? 0) / PAGE));
  const set = (next: Record<string, string>) => {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) if (v) p.set(k, v); else p.delete(k);
    setParams(p, { replace: true });
  };
  return (
    <main className="page work-page" id="main">
      <header className="page-head">
        <h1>{t('instances.title')}</h1>
        {can('Supervisor') && <button type="button" className="btn primary" onClick={() => setStarting(true)}>{t('startWorkflow.startNew')}</button>}
      </header>
      <div className="filters">
        <label>{t('instances.status')}{' '}
          <select value={status} onChange={(e) => set({ status: e.target.value, page: '' })}>
            <option value="">{t('common.all')}</option>
            {INSTANCE_STATUSES.map((s) => <option key={s} value={s}>{t(`instances.statuses.${s}`)}</option>)}
          </select>
        </label>
      </div>
      {list.isPending ? <Loading /> : list.error ? <ProblemView error={list.error} /> : list.data.items.length === 0 ? <p className="muted empty">{t('instances.empty')}</p> : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('instances.definition')}</th><th scope="col">{t('instances.version')}</th><th scope="col">{t('instances.status')}</th>
              <th scope="col">{t('instances.created')}</th><th scope="col">{t('instances.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((i) => (
              <tr key={i.id} data-instance-id={i.id}>
                <td><Link to={`/instances/${encodeURIComponent(i.id)}`} aria-label={t('instances.open', { name: i.definitionName ?? i.definitionId })}>{i.definitionName ?? i.definitionId}</Link>
                  {i.correlationId && <small className="muted"> · {i.correlationId}</small>}</td>
                <td>{i.version}</td>
                <td><span className={`status-pill instance-${i.status}`}>{t(`instances.statuses.${i.status}`, { defaultValue: i.status })}</span></td>
                <td>{formatInstant(i.createdAt)}</td>
                <td>{formatInstant(i.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager page={page} pages={pages} onPage={(next) => set({ page: String(next) })} />
      {starting && <StartWorkflowDialog onClose={() => setStarting(false)} />}
    </main>
  );
}
