import { Background, Handle, MarkerType, Position, ReactFlow, ReactFlowProvider, type Edge, type Node } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../context';
import { localized, type Locale } from '../model/descriptors';
import { diffDefinitions, isEmptyDiff } from '../model/diff';
import { activityLabel, readLink, readPosition, type ElsaActivity, type ElsaDefinition } from '../model/elsa';

type DiffState = 'added' | 'removed' | 'changed' | 'same';
interface DiffNodeData extends Record<string, unknown> { activity: ElsaActivity; state: DiffState; typeLabel: string; fields: string[] }

const DiffNode = memo(function DiffNode({ data }: { data: DiffNodeData }) {
  const { t, i18n } = useTranslation();
  const label = activityLabel(data.activity, i18n.language);
  const name = data.activity.name || data.activity.id;
  return (
    <div className={`diff-node ${data.state}`} aria-label={`${t(`designer.diff.${data.state}`)}: ${label}`}>
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <div className="activity-type">{data.typeLabel}</div>
      <Handle type="source" position={Position.Right} isConnectable={false} />
      <div className="activity-name" title={label !== name ? name : undefined}>{label}</div>
      {data.state !== 'same' && <div className="diff-tag">{t(`designer.diff.${data.state}`)}{data.fields.length ? `: ${data.fields.join(', ')}` : ''}</div>}
    </div>
  );
});
const nodeTypes = { diff: DiffNode };

/** Two versions on one read-only canvas: added green, changed amber, removed red (dashed). */
export function DiffView({ before, after }: { before: ElsaDefinition; after: ElsaDefinition }) {
  const editor = useEditor();
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const diff = useMemo(() => diffDefinitions(before, after), [before, after]);
  const { nodes, edges } = useMemo(() => {
    const label = (a: ElsaActivity) => { const d = editor.descriptorOf(a.type); return d ? localized(d.displayName, locale) : a.type; };
    const changed = new Map(diff.changed.map((c) => [c.id, c.fields]));
    const added = new Set(diff.added);
    const nodes: Node<DiffNodeData>[] = [];
    (after.root?.activities ?? []).forEach((a, i) => nodes.push({
      id: a.id, type: 'diff', position: readPosition(a) ?? { x: (i % 6) * 260, y: Math.floor(i / 6) * 120 }, draggable: false,
      data: { activity: a, state: added.has(a.id) ? 'added' : changed.has(a.id) ? 'changed' : 'same', typeLabel: label(a), fields: changed.get(a.id) ?? [] },
    }));
    for (const a of before.root?.activities ?? []) {
      if (!diff.removed.includes(a.id)) continue;
      nodes.push({ id: a.id, type: 'diff', position: readPosition(a) ?? { x: 0, y: 0 }, draggable: false, data: { activity: a, state: 'removed', typeLabel: label(a), fields: [] } });
    }
    const key = (l: { source: string; sourcePort: string; target: string; targetPort: string }) => `${l.source}:${l.sourcePort}->${l.target}:${l.targetPort}`;
    const addedLinks = new Set(diff.connectionsAdded.map(key));
    const edges: Edge[] = (after.root?.connections ?? []).map((c) => {
      const l = readLink(c);
      return { id: `a:${key(l)}`, source: l.source, target: l.target, className: addedLinks.has(key(l)) ? 'diff-edge added' : 'diff-edge', markerEnd: { type: MarkerType.ArrowClosed } };
    });
    for (const l of diff.connectionsRemoved) edges.push({ id: `r:${key(l)}`, source: l.source, target: l.target, className: 'diff-edge removed', markerEnd: { type: MarkerType.ArrowClosed } });
    return { nodes, edges };
  }, [before, after, diff, editor, locale]);

  return (
    <div className="diff-view">
      <ul className="diff-summary" aria-label={t('designer.diff.summary')}>
        {isEmptyDiff(diff) && <li>{t('designer.diff.noChanges')}</li>}
        {diff.added.length > 0 && <li className="added">{t('designer.diff.addedCount', { count: diff.added.length })}</li>}
        {diff.removed.length > 0 && <li className="removed">{t('designer.diff.removedCount', { count: diff.removed.length })}</li>}
        {diff.changed.length > 0 && <li className="changed">{t('designer.diff.changedCount', { count: diff.changed.length })}</li>}
        {diff.connectionsAdded.length + diff.connectionsRemoved.length > 0 && (
          <li>{t('designer.diff.connections', { added: diff.connectionsAdded.length, removed: diff.connectionsRemoved.length })}</li>
        )}
        {diff.moved.length > 0 && <li>{t('designer.diff.movedCount', { count: diff.moved.length })}</li>}
        {diff.definitionFields.length > 0 && <li>{t('designer.diff.definition', { fields: diff.definitionFields.join(', ') })}</li>}
      </ul>
      <div className="diff-canvas">
        <ReactFlowProvider>
          <ReactFlow nodes={nodes} edges={edges} nodeTypes={nodeTypes} fitView nodesConnectable={false} nodesDraggable={false}
            elementsSelectable={false} proOptions={{ hideAttribution: true }} minZoom={0.1}>
            <Background gap={20} size={1} />
          </ReactFlow>
        </ReactFlowProvider>
      </div>
    </div>
  );
}
