import { memo, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { alignPositions, type AlignMode } from '../align';
import { useEditor } from '../context';
import { Field } from '../editors/Field';
import { ActivityIcon } from '../icons';
import { localized, type Locale } from '../model/descriptors';
import { isPlainObject, type ElsaActivity, type ElsaVariable, type ElsaWorkflowInput } from '../model/elsa';
import { applyField, fieldModel } from '../model/propertyModel';
import { useStore } from '../store';
import { WorkflowSettings } from './WorkflowSettings';

const EMPTY: ElsaVariable[] = [];
const EMPTY_INPUTS: ElsaWorkflowInput[] = [];

export const PropertyPanel = memo(function PropertyPanel() {
  const editor = useEditor();
  const { t } = useTranslation();
  const selected = useStore(editor.doc, (s) => {
    let ids = '';
    for (const n of s.history.present.nodes) if (n.selected) ids += (ids ? ',' : '') + n.id;
    return ids;
  });
  const focus = useStore(editor.ui, (s) => s.focusField);
  const ids = selected ? selected.split(',') : [];

  useEffect(() => {
    if (!focus) return;
    const frame = requestAnimationFrame(() => {
      const panel = document.querySelector('.property-panel');
      const field = panel?.querySelector<HTMLElement>(`[data-field="${CSS.escape(focus.field)}"]`);
      // The value's editor, not the Literal/JavaScript switch in front of it.
      const target = field?.querySelector<HTMLElement>('input, textarea, select') ?? field?.querySelector<HTMLElement>('button')
        ?? panel?.querySelector<HTMLElement>('h2');
      target?.focus();
      field?.scrollIntoView({ block: 'nearest' });
    });
    return () => cancelAnimationFrame(frame);
  }, [focus]);

  return (
    <aside className="property-panel" aria-label={t('designer.properties.title')}>
      {ids.length === 1 ? <ActivityProperties id={ids[0]} key={ids[0]} /> : ids.length > 1 ? <MultiSelection ids={ids} /> : <WorkflowSettings />}
      <h2 className="sr-only" tabIndex={-1}>{t('designer.properties.title')}</h2>
    </aside>
  );
});

function MultiSelection({ ids }: { ids: string[] }) {
  const editor = useEditor();
  const { t } = useTranslation();
  const modes: AlignMode[] = ['left', 'centerX', 'right', 'top', 'middle', 'bottom', 'distributeX', 'distributeY'];
  return (
    <section className="panel-section">
      <h2 className="panel-title">{t('designer.properties.multi', { count: ids.length })}</h2>
      <div className="align-grid" role="group" aria-label={t('designer.align.title')}>
        {modes.map((m) => (
          <button key={m} type="button" className="btn small" disabled={editor.readOnly || (m.startsWith('distribute') && ids.length < 3)}
            onClick={() => editor.move(alignPositions(editor.present, ids, m))}>{t(`designer.align.${m}`)}</button>
        ))}
      </div>
      <button type="button" className="btn small danger" disabled={editor.readOnly} onClick={() => editor.deleteSelection()}>{t('designer.deleteSelection')}</button>
    </section>
  );
}

function ActivityProperties({ id }: { id: string }) {
  const editor = useEditor();
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const activity = useStore(editor.doc, (s) => s.history.present.nodes.find((n) => n.id === id)?.data.activity);
  const variables = useStore(editor.doc, (s) => s.history.present.definition.variables ?? EMPTY);
  const workflowInputs = useStore(editor.doc, (s) => s.history.present.definition.inputs ?? EMPTY_INPUTS);
  const problems = useStore(editor.problems, (s) => s.problems);
  const descriptor = activity ? editor.descriptorOf(activity.type) : undefined;
  const mine = useMemo(() => problems.filter((p) => p.activityId === id), [problems, id]);
  if (!activity) return null;
  const update = (fn: (a: ElsaActivity) => ElsaActivity, key: string) => editor.updateActivity(id, fn, key);
  const general = mine.filter((p) => !descriptor?.inputs.some((i) => i.name.toLowerCase() === p.field.toLowerCase()) && p.field !== 'name');
  const canStart = activity.customProperties?.canStartWorkflow === true;

  return (
    <section className="panel-section">
      <header className="activity-panel-head">
        <ActivityIcon name={descriptor?.icon} />
        <div>
          <h2 className="panel-title" tabIndex={-1}>{descriptor ? localized(descriptor.displayName, locale) : activity.type}</h2>
          <p className="muted small">{descriptor ? localized(descriptor.description, locale) : t('designer.node.unknownType', { type: activity.type })}</p>
        </div>
      </header>
      <div className="prop-field" data-field="name">
        <label className="prop-label" htmlFor={`name-${id}`}>{t('designer.properties.name')}</label>
        <input id={`name-${id}`} value={activity.name ?? ''} disabled={editor.readOnly}
          onChange={(e) => update((a) => ({ ...a, name: e.target.value }), `name:${id}`)} />
        <p className="muted small mono">{activity.type} · {t('designer.properties.id')} {activity.id}</p>
      </div>
      {descriptor?.canStartWorkflow && (
        <label className="field checkbox-row" data-field="canStartWorkflow">
          <input type="checkbox" checked={canStart} disabled={editor.readOnly}
            onChange={(e) => update((a) => ({ ...a, customProperties: { ...(a.customProperties ?? {}), canStartWorkflow: e.target.checked } }), `start:${id}`)} />
          <span>{t('designer.properties.canStart')}</span>
        </label>
      )}
      {descriptor?.inputs.map((input) => {
        const model = fieldModel(activity, input);
        return (
          <Field
            key={input.name}
            model={model}
            variables={variables}
            inputs={workflowInputs}
            readOnly={editor.readOnly}
            problems={mine.filter((p) => p.field.toLowerCase() === input.name.toLowerCase()).map((p) => p.message)}
            onChange={(syntax, value) => update((a) => applyField(a, input, syntax, value, { variables }), `input:${id}:${input.name}:${syntax}`)}
          />
        );
      })}
      {descriptor && descriptor.outputs.length > 0 && (
        <fieldset className="outputs">
          <legend>{t('designer.properties.outputs')}</legend>
          {descriptor.outputs.map((output) => {
            const written = activity[output.name];
            const bound = isPlainObject(written) && isPlainObject(written.memoryReference) ? String(written.memoryReference.id ?? '') : '';
            return (
              <label key={output.name} className="field" data-field={output.name}>
                <span>{localized(output.displayName, locale) || output.name} → {t('designer.properties.storeIn')}</span>
                <select value={bound} disabled={editor.readOnly} onChange={(e) => update((a) => {
                  const next = { ...a };
                  if (e.target.value) next[output.name] = { typeName: output.typeName, memoryReference: { id: e.target.value } };
                  else delete next[output.name];
                  return next;
                }, `output:${id}:${output.name}`)}>
                  <option value="">{t('designer.properties.notStored')}</option>
                  {variables.map((v) => <option key={v.id} value={v.id}>{v.name}</option>)}
                </select>
              </label>
            );
          })}
        </fieldset>
      )}
      {general.length > 0 && (
        <ul className="prop-problems" data-field="connections" tabIndex={-1}>
          {general.map((p, i) => <li key={i}>{p.message}</li>)}
        </ul>
      )}
      <ActivityJson activity={activity} onApply={(next) => update(() => next, `json:${id}`)} readOnly={editor.readOnly} />
    </section>
  );
}

/** The step as Elsa JSON, editable: for inputs no editor knows and for activity types this server lacks. */
function ActivityJson({ activity, onApply, readOnly }: { activity: ElsaActivity; onApply: (a: ElsaActivity) => void; readOnly: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const shown = useMemo(() => JSON.stringify(activity, null, 2), [activity]);
  useEffect(() => { if (open) { setText(shown); setError(undefined); } }, [open, shown]);
  return (
    <details className="activity-json" onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>{t('designer.properties.json')}</summary>
      {open && (
        <>
          <textarea className="mono" rows={12} spellCheck={false} value={text} readOnly={readOnly} aria-label={t('designer.properties.json')}
            onChange={(e) => setText(e.target.value)} />
          {error && <p className="error-text small" role="alert">{error}</p>}
          {!readOnly && (
            <button type="button" className="btn small" disabled={text === shown} onClick={() => {
              try {
                const parsed = JSON.parse(text) as ElsaActivity;
                if (!isPlainObject(parsed) || typeof parsed.type !== 'string') throw new Error(t('designer.properties.jsonNotActivity'));
                // The id ties connections and problems to the step: it stays.
                onApply({ ...parsed, id: activity.id });
                setError(undefined);
              } catch (e) {
                setError((e as Error).message);
              }
            }}>{t('designer.properties.applyJson')}</button>
          )}
        </>
      )}
    </details>
  );
}
