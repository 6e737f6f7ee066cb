import { Handle, NodeResizer, Position, useUpdateNodeInternals, type NodeProps } from '@xyflow/react';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useEditor } from '../context';
import { categoryColor, ActivityIcon } from '../icons';
import { useLabels } from '../labels';
import { localized } from '../model/descriptors';
import { activityLabel, readSize, withDesignerMetadata } from '../model/elsa';
import type { DesignerNode } from '../model/graph';
import { outcomePorts } from '../model/ports';
import { useStore } from '../store';

/**
 * One activity on the canvas. Memoised: while a node is dragged only that node's object changes, so
 * the other nodes do not render again.
 */
export const ActivityNodeView = memo(function ActivityNodeView({ id, data, selected }: NodeProps<DesignerNode>) {
  const editor = useEditor();
  const labels = useLabels();
  const activity = data.activity;
  const descriptor = editor.descriptorOf(activity.type);
  const ports = useMemo(() => outcomePorts(activity, descriptor), [activity, descriptor]);
  const portKey = ports.join('\u0001');
  const updateInternals = useUpdateNodeInternals();
  // React Flow measures a node's handles when it mounts; tell it again only when the ports change,
  // so loading a large definition costs one measurement pass, not one per node.
  const firstPorts = useRef(portKey);
  useEffect(() => {
    if (firstPorts.current === portKey) return;
    firstPorts.current = portKey;
    updateInternals(id);
  }, [id, portKey, updateInternals]);
  const errors = useStore(editor.problems, (s) => s.errorsByActivity.get(id) ?? 0);
  const warnings = useStore(editor.problems, (s) => s.warningsByActivity.get(id) ?? 0);
  const renaming = useStore(editor.ui, (s) => s.renamingId === id);
  const size = readSize(activity);
  const typeLabel = descriptor ? localized(descriptor.displayName, labels.locale) : activity.type;
  const name = activity.name || activity.id;
  // People read the step's display text; its name (what scripts call it) is its tooltip and what F2 renames.
  const label = activityLabel(activity, labels.locale);
  const single = ports.length === 1;

  return (
    <div
      className={`activity-node${selected ? ' selected' : ''}${errors ? ' has-errors' : warnings ? ' has-warnings' : ''}${descriptor ? '' : ' unknown-type'}`}
      style={{ minWidth: size?.width, minHeight: size?.height, height: '100%', ['--accent' as string]: categoryColor(descriptor?.category) }}
      aria-label={`${typeLabel}: ${label}${errors ? `, ${labels.errors(errors)}` : ''}`}
      data-activity-id={id}
      data-activity-type={activity.type}
      title={descriptor ? localized(descriptor.description, labels.locale) : labels.unknownType(activity.type)}
    >
      {selected && !editor.readOnly && (
        <NodeResizer minWidth={180} minHeight={56} lineClassName="resize-line" handleClassName="resize-handle"
          onResizeEnd={(_, p) => editor.updateActivity(id, (a) => withDesignerMetadata(a, 'size', { width: Math.round(p.width), height: Math.round(p.height) }))} />
      )}
      <Handle type="target" position={Position.Left} id="In" className="port-in" aria-label={labels.input} />
      <div className="activity-head">
        <ActivityIcon name={descriptor?.icon} />
        <span className="activity-type">{typeLabel}</span>
        {(errors > 0 || warnings > 0) && (
          <span className={`node-badge ${errors ? 'error' : 'warning'}`} aria-hidden="true">{errors || warnings}</span>
        )}
      </div>
      {renaming ? <RenameInput id={id} initial={name} label={labels.rename} /> : <div className="activity-name" title={label !== name ? name : undefined}>{label}</div>}
      <div className={`ports${single ? ' single' : ''}`}>
        {ports.map((port, index) => (
          <div className="port-row" key={port}>
            {!single && <span className="port-label">{labels.port(port)}</span>}
            <Handle type="source" position={Position.Right} id={port} className="port-out" aria-label={labels.output(port)} />
            {!editor.readOnly && (
              <button
                type="button"
                className="port-add nodrag nopan"
                aria-label={labels.addAfter(port, name)}
                onClick={(e) => {
                  e.stopPropagation();
                  editor.select([id]);
                  editor.openDialog({ kind: 'add', source: { nodeId: id, port, portIndex: index } });
                }}
              >+</button>
            )}
          </div>
        ))}
      </div>
    </div>
  );
});

function RenameInput({ id, initial, label }: { id: string; initial: string; label: string }) {
  const editor = useEditor();
  const [value, setValue] = useState(initial);
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  const finish = (save: boolean) => {
    if (save && value.trim() && value !== initial) editor.rename(id, value);
    editor.setUi({ renamingId: undefined });
    document.querySelector<HTMLElement>('.canvas-wrap')?.focus();
  };
  return (
    <input
      ref={ref}
      className="rename-input nodrag"
      aria-label={label}
      value={value}
      onChange={(e) => setValue(e.target.value)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') finish(true);
        if (e.key === 'Escape') finish(false);
      }}
      onBlur={() => finish(true)}
    />
  );
}
