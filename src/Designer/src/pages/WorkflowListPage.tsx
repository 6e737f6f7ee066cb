import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { endpoints } from '../api/endpoints';
import { REVIEW_STATUSES, type DefinitionSummary, type ReviewStatus } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { Loading } from '../components/Loading';
import { ProblemView } from '../components/ProblemView';
import { StatusBadge } from '../components/StatusBadge';
import { formatInstant } from '../lib/dates';
import { downloadBlob, fileNameOf } from '../lib/download';
import { filterBySearch } from '../lib/search';
import { Pager } from '../components/Pager';
import { StartWorkflowDialog } from '../instances/StartWorkflowDialog';
import { definitionName } from '../instances/startModel';

const PAGE_SIZE = 50;

export function WorkflowListPage({ reviewOnly }: { reviewOnly?: boolean }) {
  const { t, i18n } = useTranslation();
  const { can } = useAuth();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<ReviewStatus | ''>(reviewOnly ? 'InReview' : '');
  const [page, setPage] = useState(1);
  const deferred = useDeferredValue(search);
  const fileRef = useRef<HTMLInputElement>(null);
  // Supervisors (and administrators) start the published version; the review list is about versions not yet published.
  const canStart = !reviewOnly && can('Supervisor');
  const [starting, setStarting] = useState<string>();

  const query = useQuery({
    queryKey: ['definitions', deferred, page],
    queryFn: ({ signal }) => endpoints.list({ search: deferred, page, pageSize: PAGE_SIZE }, signal),
  });
  const importMutation = useMutation({
    mutationFn: (file: File) => endpoints.import(file),
    onSuccess: () => client.invalidateQueries({ queryKey: ['definitions'] }),
  });

  // The server searches too; filtering here as well keeps Vietnamese accent-insensitive matching the same everywhere.
  const items = useMemo(() => {
    const all = query.data?.items ?? [];
    const byText = filterBySearch(all, deferred, (d) => [d.name, d.nameEn, d.description, d.descriptionEn, d.definitionId]);
    return status ? byText.filter((d) => d.reviewStatus === status) : byText;
  }, [query.data, deferred, status]);

  async function exportOne(definitionId: string, name: string) {
    const response = await endpoints.export(definitionId);
    downloadBlob(await response.blob(), fileNameOf(name, 'json'));
  }

  const total = query.data?.total ?? 0;
  return (
    <main className="page" id="main">
      <div className="page-head">
        <h1>{reviewOnly ? t('nav.reviews') : t('workflows.title')}</h1>
        {!reviewOnly && can('Designer') && (
          <div className="actions">
            <button type="button" className="btn" onClick={() => fileRef.current?.click()} disabled={importMutation.isPending}>{t('workflows.import')}</button>
            <input ref={fileRef} type="file" accept=".json,.zip,application/json,application/zip" hidden aria-label={t('workflows.import')}
              onChange={(e) => { const f = e.target.files?.[0]; if (f) importMutation.mutate(f); e.target.value = ''; }} />
            <Link className="btn primary" to="/workflows/new">{t('workflows.new')}</Link>
          </div>
        )}
      </div>
      {importMutation.isError && <ProblemView error={importMutation.error} />}
      {importMutation.isSuccess && <p role="status" className="ok-text">{t('workflows.imported')}</p>}
      <div className="filters" role="search">
        <label className="field inline">
          <span>{t('common.search')}</span>
          <input type="search" value={search} onChange={(e) => { setSearch(e.target.value); setPage(1); }} placeholder={t('workflows.searchPlaceholder')} />
        </label>
        {!reviewOnly && (
          <label className="field inline">
            <span>{t('workflows.status')}</span>
            <select value={status} onChange={(e) => setStatus(e.target.value as ReviewStatus | '')}>
              <option value="">{t('common.all')}</option>
              {REVIEW_STATUSES.map((s) => <option key={s} value={s}>{t(`review.status.${s}`)}</option>)}
            </select>
          </label>
        )}
      </div>
      {query.isLoading && <Loading />}
      {query.isError && <ProblemView error={query.error} />}
      {query.isSuccess && (
        items.length === 0 ? <p className="muted">{t('workflows.empty')}</p> : (
          <table className="table">
            <caption className="sr-only">{t('workflows.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('workflows.name')}</th>
                <th scope="col">{t('workflows.status')}</th>
                <th scope="col">{t('workflows.latestVersion')}</th>
                <th scope="col">{t('workflows.publishedVersion')}</th>
                <th scope="col">{t('workflows.updatedAt')}</th>
                <th scope="col"><span className="sr-only">{t('common.actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {items.map((d) => (
                <tr key={d.definitionId} onDoubleClick={() => navigate(`/workflows/${encodeURIComponent(d.definitionId)}`)}>
                  <td>
                    <Link to={`/workflows/${encodeURIComponent(d.definitionId)}${reviewOnly ? `?version=${d.latestVersion}&review=1` : ''}`}>{definitionName(d, i18n.language) || d.definitionId}</Link>
                    {(i18n.language === 'en' && d.descriptionEn) || d.description ? <div className="muted small">{(i18n.language === 'en' && d.descriptionEn) || d.description}</div> : null}
                  </td>
                  <td><StatusBadge status={shownStatus(d)} /></td>
                  <td>v{d.latestVersion}</td>
                  <td>{d.publishedVersion ? `v${d.publishedVersion}` : '—'}</td>
                  <td>{formatInstant(d.updatedAt)}</td>
                  <td className="actions-cell">
                    {canStart && d.publishedVersion ? (
                      <button type="button" className="btn small" onClick={() => setStarting(d.definitionId)}
                        aria-label={t('startWorkflow.startOne', { name: definitionName(d, i18n.language) || d.definitionId })}>{t('startWorkflow.start')}</button>
                    ) : null}
                    <button type="button" className="btn ghost small" onClick={() => exportOne(d.definitionId, d.name)}>{t('workflows.export')}</button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      )}
      <Pager page={page} pages={Math.ceil(total / PAGE_SIZE)} onPage={setPage} />
      {starting && <StartWorkflowDialog definitionId={starting} onClose={() => setStarting(undefined)} />}
    </main>
  );
}

/** The latest version's state: its review when it had one, else published when it is the published version, else a draft. */
export function shownStatus(d: Pick<DefinitionSummary, 'reviewStatus' | 'latestVersion' | 'publishedVersion'>): ReviewStatus {
  if (d.reviewStatus) return d.reviewStatus;
  return d.publishedVersion === d.latestVersion ? 'Published' : 'Draft';
}
