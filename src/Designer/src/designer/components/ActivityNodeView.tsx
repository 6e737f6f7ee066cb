import { Handle, Position, useUpdateNodeInternals, type NodeProps } from '@xyflow/react';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../context';
import { categoryColor, ActivityIcon } from '../icons';
import { localized, type Locale } from '../model/descriptors';
import { readSize } from '../model/elsa';
import type { DesignerNode } from '../model/graph';
import { outcomePorts } from '../model/ports';
import { useStore } from '../store';

/**
 * One activity on the canvas. Memoised: while a node is dragged only that node's object changes, so
 * the other nodes do not render again.
 */
export const ActivityNodeView = memo(function ActivityNodeView({ id, data, selected }: NodeProps<DesignerNode>) {
  const editor = useEditor();
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const activity = data.activity;
  const descriptor = editor.descriptorOf(activity.type);
  const ports = useMemo(() => outcomePorts(activity, descriptor), [activity, descriptor]);
  const portKey = ports.join('\u0001');
  const updateInternals = useUpdateNodeInternals();
  useEffect(() => updateInternals(id), [id, portKey, updateInternals]);
  const errors = useStore(editor.problems, (s) => s.errorsByActivity.get(id) ?? 0);
  const warnings = useStore(editor.problems, (s) => s.warningsByActivity.get(id) ?? 0);
  const renaming = useStore(editor.ui, (s) => s.renamingId === id);
  const size = readSize(activity);
  const typeLabel = descriptor ? localized(descriptor.displayName, locale) : activity.type;
  const name = activity.name || activity.id;
  const label = `${typeLabel}: ${name}${errors ? `, ${t('designer.node.errors', { count: errors })}` : ''}`;
  const single = ports.length === 1;

  return (
    <div
      className={`activity-node${selected ? ' selected' : ''}${errors ? ' has-errors' : warnings ? ' has-warnings' : ''}${descriptor ? '' : ' unknown-type'}`}
      style={{ minWidth: size?.width, minHeight: size?.height, ['--accent' as string]: categoryColor(descriptor?.category) }}
      aria-label={label}
      data-activity-id={id}
      data-activity-type={activity.type}
      title={descriptor ? localized(descriptor.description, locale) : t('designer.node.unknownType', { type: activity.type })}
    >
      <Handle type="target" position={Position.Left} id="In" className="port-in" aria-label={t('designer.node.input')} />
      <div className="activity-head">
        <ActivityIcon name={descriptor?.icon} />
        <span className="activity-type">{typeLabel}</span>
        {(errors > 0 || warnings > 0) && (
          <span className={`node-badge ${errors ? 'error' : 'warning'}`} aria-hidden="true">{errors || warnings}</span>
        )}
      </div>
      {renaming ? <RenameInput id={id} initial={name} /> : <div className="activity-name">{name}</div>}
      <div className={`ports${single ? ' single' : ''}`}>
        {ports.map((port, index) => (
          <div className="port-row" key={port}>
            {!single && <span className="port-label">{portLabel(port, t)}</span>}
            <Handle type="source" position={Position.Right} id={port} className="port-out" aria-label={t('designer.node.output', { port: portLabel(port, t) })} />
            {!editor.readOnly && (
              <button
                type="button"
                className="port-add nodrag nopan"
                aria-label={t('designer.node.addAfter', { port: portLabel(port, t), name })}
                title={t('designer.node.addAfter', { port: portLabel(port, t), name })}
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

export function portLabel(port: string, t: (key: string) => string): string {
  const key = `designer.ports.${port}`;
  const translated = t(key);
  return translated === key ? port : translated;
}

function RenameInput({ id, initial }: { id: string; initial: string }) {
  const editor = useEditor();
  const { t } = useTranslation();
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
      aria-label={t('designer.rename')}
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
