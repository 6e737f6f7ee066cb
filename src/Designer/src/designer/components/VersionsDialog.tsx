import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endpoints } from '../../api/endpoints';
import { Dialog } from '../../components/Dialog';
import { Loading } from '../../components/Loading';
import { ProblemView } from '../../components/ProblemView';
import { StatusBadge } from '../../components/StatusBadge';
import { formatInstant } from '../../lib/dates';
import { useEditor } from '../context';
import type { ElsaDefinition } from '../model/elsa';
import { DiffView } from './DiffView';

type Side = number | 'current';

/** Version history: open a version, compare any two (or one with the unsaved canvas), delete a draft. */
export function VersionsDialog({ definitionId, current, onOpen }: { definitionId: string; current: ElsaDefinition; onOpen: (version: number) => void }) {
  const editor = useEditor();
  const { t } = useTranslation();
  const client = useQueryClient();
  const versions = useQuery({ queryKey: ['versions', definitionId], queryFn: ({ signal }) => endpoints.versions(definitionId, signal) });
  const [picked, setPicked] = useState<Side[]>([]);
  const [compare, setCompare] = useState<[Side, Side]>();
  const remove = useMutation({
    mutationFn: (version: number) => endpoints.deleteVersion(definitionId, version),
    onSuccess: () => client.invalidateQueries({ queryKey: ['versions', definitionId] }),
  });
  const toggle = (side: Side) => setPicked((p) => (p.includes(side) ? p.filter((x) => x !== side) : [...p, side].slice(-2)));
  const close = () => editor.openDialog(undefined);

  if (compare) return <DiffDialog definitionId={definitionId} sides={compare} current={current} onBack={() => setCompare(undefined)} />;

  return (
    <Dialog open title={t('designer.versions.title')} onClose={close} className="wide"
      footer={<button type="button" className="btn primary" disabled={picked.length !== 2}
        onClick={() => setCompare([...picked].sort((a, b) => (a === 'current' ? 1 : b === 'current' ? -1 : a - b)) as [Side, Side])}>{t('designer.versions.compare')}</button>}>
      {versions.isLoading && <Loading />}
      {versions.isError && <ProblemView error={versions.error} />}
      <table className="table">
        <thead>
          <tr>
            <th scope="col"><span className="sr-only">{t('designer.versions.pick')}</span></th>
            <th scope="col">{t('designer.versions.version')}</th>
            <th scope="col">{t('workflows.status')}</th>
            <th scope="col">{t('designer.versions.createdAt')}</th>
            <th scope="col">{t('designer.versions.comment')}</th>
            <th scope="col"><span className="sr-only">{t('common.actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td><input type="checkbox" checked={picked.includes('current')} onChange={() => toggle('current')} aria-label={t('designer.versions.pickCurrent')} /></td>
            <td colSpan={5}><em>{t('designer.versions.current')}</em></td>
          </tr>
          {(versions.data ?? []).map((v) => (
            <tr key={v.version}>
              <td><input type="checkbox" checked={picked.includes(v.version)} onChange={() => toggle(v.version)} aria-label={t('designer.versions.pickVersion', { version: v.version })} /></td>
              <td>v{v.version}{v.isLatest ? ` · ${t('designer.versions.latest')}` : ''}{v.isPublished ? ` · ${t('designer.versions.published')}${v.publishedBy ? ` (${v.publishedBy})` : ''}` : ''}</td>
              <td><StatusBadge status={v.reviewStatus} /></td>
              <td>{formatInstant(v.createdAt)}{v.createdBy ? ` · ${v.createdBy}` : ''}</td>
              <td>{v.reviewComment ?? ''}</td>
              <td className="actions-cell">
                <button type="button" className="btn ghost small" onClick={() => { close(); onOpen(v.version); }}>{t('common.open')}</button>
                <button type="button" className="btn ghost small" onClick={() => setCompare([v.version, 'current'])}>{t('designer.versions.compareWithCurrent')}</button>
                {v.reviewStatus === 'Draft' && !v.isPublished && (
                  <button type="button" className="btn ghost small danger" onClick={() => { if (confirm(t('designer.versions.confirmDelete', { version: v.version }))) remove.mutate(v.version); }}>{t('common.delete')}</button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {remove.isError && <ProblemView error={remove.error} />}
    </Dialog>
  );
}

function DiffDialog({ definitionId, sides, current, onBack }: { definitionId: string; sides: [Side, Side]; current: ElsaDefinition; onBack: () => void }) {
  const editor = useEditor();
  const { t } = useTranslation();
  const load = (side: Side) => (side === 'current' ? Promise.resolve(current) : endpoints.get(definitionId, side));
  const before = useQuery({ queryKey: ['definition', definitionId, sides[0], 'diff'], queryFn: () => load(sides[0]) });
  const after = useQuery({ queryKey: ['definition', definitionId, sides[1], 'diff'], queryFn: () => load(sides[1]) });
  const label = (s: Side) => (s === 'current' ? t('designer.versions.current') : `v${s}`);
  return (
    <Dialog open title={t('designer.versions.diffTitle', { a: label(sides[0]), b: label(sides[1]) })} onClose={() => editor.openDialog(undefined)} className="wide tall"
      footer={<button type="button" className="btn" onClick={onBack}>{t('common.back')}</button>}>
      {(before.isLoading || after.isLoading) && <Loading />}
      {before.isError && <ProblemView error={before.error} />}
      {after.isError && <ProblemView error={after.error} />}
      {before.data && after.data && <DiffView before={before.data} after={after.data} />}
    </Dialog>
  );
}
