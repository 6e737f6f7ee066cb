import { useTranslation } from 'react-i18next';
import { useEditor } from '../context';
import { INPUT_HINTS, inputHint, newActivityId, withInputHint, type ElsaDefinition, type ElsaVariable, type ElsaWorkflowInput } from '../model/elsa';
import { useStore } from '../store';

const TYPES = ['String', 'Boolean', 'Int32', 'Int64', 'Double', 'Decimal', 'DateTime', 'DateTimeOffset', 'TimeSpan', 'Guid', 'Object', 'JSON', 'String[]'];

/** The definition's own properties: name, description, variables and inputs. */
export function WorkflowSettings() {
  const editor = useEditor();
  const { t } = useTranslation();
  const definition = useStore(editor.doc, (s) => s.history.present.definition);
  const problems = useStore(editor.problems, (s) => s.problems);
  const ro = editor.readOnly;
  const variables = definition.variables ?? [];
  const inputs = definition.inputs ?? [];
  const setVariables = (next: ElsaVariable[], key: string) => editor.updateDefinition((d) => ({ ...d, variables: next }), key);
  const setInputs = (next: ElsaWorkflowInput[], key: string) => editor.updateDefinition((d) => ({ ...d, inputs: next }), key);
  const general = problems.filter((p) => !p.activityId);

  return (
    <section className="panel-section">
      <h2 className="panel-title" tabIndex={-1}>{t('designer.workflow.title')}</h2>
      <label className="field" data-field="name"><span>{t('designer.workflow.name')}</span>
        <input value={definition.name ?? ''} disabled={ro} onChange={(e) => editor.updateDefinition((d) => ({ ...d, name: e.target.value }), 'def:name')} />
      </label>
      <label className="field" data-field="customProperties.nameEn"><span>{t('designer.workflow.nameEn')}</span>
        <input value={customText(definition, 'nameEn')} disabled={ro} onChange={(e) => editor.updateDefinition((d) => withCustomText(d, 'nameEn', e.target.value), 'def:nameEn')} />
      </label>
      <label className="field" data-field="description"><span>{t('designer.workflow.description')}</span>
        <textarea rows={3} value={definition.description ?? ''} disabled={ro} onChange={(e) => editor.updateDefinition((d) => ({ ...d, description: e.target.value }), 'def:description')} />
      </label>
      <label className="field" data-field="customProperties.descriptionEn"><span>{t('designer.workflow.descriptionEn')}</span>
        <textarea rows={3} value={customText(definition, 'descriptionEn')} disabled={ro}
          onChange={(e) => editor.updateDefinition((d) => withCustomText(d, 'descriptionEn', e.target.value), 'def:descriptionEn')} />
      </label>
      <p className="muted small mono">{t('designer.workflow.definitionId')}: {definition.definitionId} · v{definition.version ?? 1}</p>

      <fieldset className="table-editor" data-field="variables">
        <legend>{t('designer.workflow.variables')}</legend>
        {variables.length === 0 && <p className="muted small">{t('designer.workflow.noVariables')}</p>}
        {variables.map((v, i) => (
          <div className="row" key={v.id}>
            <input aria-label={t('designer.workflow.variableName', { n: i + 1 })} value={v.name} disabled={ro}
              onChange={(e) => setVariables(variables.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)), `var:${v.id}:name`)} />
            <select aria-label={t('designer.workflow.type')} value={v.typeName} disabled={ro}
              onChange={(e) => setVariables(variables.map((x, j) => (j === i ? { ...x, typeName: e.target.value } : x)), `var:${v.id}:type`)}>
              {[...new Set([...TYPES, v.typeName])].map((ty) => <option key={ty}>{ty}</option>)}
            </select>
            <input aria-label={t('designer.workflow.initialValue')} placeholder={t('designer.workflow.initialValue')} value={v.value === undefined || v.value === null ? '' : String(v.value)} disabled={ro}
              onChange={(e) => setVariables(variables.map((x, j) => (j === i ? { ...x, value: e.target.value } : x)), `var:${v.id}:value`)} />
            <button type="button" className="btn ghost icon small" disabled={ro} aria-label={t('designer.workflow.removeVariable', { name: v.name })}
              onClick={() => setVariables(variables.filter((_, j) => j !== i), `var:remove`)}>✕</button>
          </div>
        ))}
        <button type="button" className="btn small" disabled={ro}
          onClick={() => setVariables([...variables, { id: newActivityId(), name: `Variable${variables.length + 1}`, typeName: 'String', isArray: false, value: '' }], 'var:add')}>
          {t('designer.workflow.addVariable')}
        </button>
      </fieldset>

      <fieldset className="table-editor" data-field="inputs">
        <legend>{t('designer.workflow.inputs')}</legend>
        {inputs.length === 0 && <p className="muted small">{t('designer.workflow.noInputs')}</p>}
        {inputs.map((input, i) => (
          <div className="row wrap" key={i}>
            <input aria-label={t('designer.workflow.inputName', { n: i + 1 })} value={input.name} disabled={ro}
              onChange={(e) => setInputs(inputs.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)), `in:${i}:name`)} />
            <select aria-label={t('designer.workflow.type')} value={input.type} disabled={ro}
              onChange={(e) => setInputs(inputs.map((x, j) => (j === i ? { ...x, type: e.target.value } : x)), `in:${i}:type`)}>
              {[...new Set([...TYPES, input.type])].map((ty) => <option key={ty}>{ty}</option>)}
            </select>
            <input aria-label={t('designer.workflow.displayName')} placeholder={t('designer.workflow.displayName')} value={input.displayName ?? ''} disabled={ro}
              onChange={(e) => setInputs(inputs.map((x, j) => (j === i ? { ...x, displayName: e.target.value } : x)), `in:${i}:display`)} />
            <input aria-label={t('designer.workflow.defaultValue')} placeholder={t('designer.workflow.defaultValue')} value={input.defaultValue === undefined || input.defaultValue === null ? '' : String(input.defaultValue)} disabled={ro}
              onChange={(e) => setInputs(inputs.map((x, j) => (j === i ? { ...x, defaultValue: e.target.value } : x)), `in:${i}:default`)} />
            <InputHintSelect input={input} disabled={ro} onChange={(hint) => setInputs(inputs.map((x, j) => (j === i ? withInputHint(x, hint) : x)), `in:${i}:hint`)} />
            <label className="checkbox-row small"><input type="checkbox" checked={input.isRequired === true} disabled={ro}
              onChange={(e) => setInputs(inputs.map((x, j) => (j === i ? { ...x, isRequired: e.target.checked } : x)), `in:${i}:req`)} />{t('designer.workflow.required')}</label>
            <button type="button" className="btn ghost icon small" disabled={ro} aria-label={t('designer.workflow.removeInput', { name: input.name })}
              onClick={() => setInputs(inputs.filter((_, j) => j !== i), 'in:remove')}>✕</button>
          </div>
        ))}
        <button type="button" className="btn small" disabled={ro}
          onClick={() => setInputs([...inputs, { name: `input${inputs.length + 1}`, type: 'String', displayName: '', description: null, defaultValue: null }], 'in:add')}>
          {t('designer.workflow.addInput')}
        </button>
      </fieldset>
      {general.length > 0 && (
        <ul className="prop-problems">{general.map((p, i) => <li key={i}>{p.path}: {p.message}</li>)}</ul>
      )}
    </section>
  );
}

/** What an input's value is, for the checks a start makes; a hint the server does not know stays offered as it is written. */
function InputHintSelect({ input, disabled, onChange }: { input: ElsaWorkflowInput; disabled: boolean; onChange: (hint: string) => void }) {
  const { t } = useTranslation();
  const known = inputHint(input);
  const written = input.uiHint?.trim() ?? '';
  const other = !known && written ? written : undefined;
  return (
    <label className="input-hint" title={t('designer.workflow.uiHintHelp')}>
      <span className="small">{t('designer.workflow.uiHintLabel')}</span>
      <select aria-label={t('designer.workflow.uiHint', { name: input.name })} value={known ?? other ?? ''} disabled={disabled} data-field="uiHint"
        onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('designer.workflow.hints.none')}</option>
        {INPUT_HINTS.map((hint) => <option key={hint} value={hint}>{t(`designer.workflow.hints.${hint}`)}</option>)}
        {other && <option value={other}>{t('designer.workflow.otherHint', { hint: other })}</option>}
      </select>
    </label>
  );
}

/** The English name and description, for readers of the English interface, kept where Elsa keeps what it does not model. */
type EnglishText = 'nameEn' | 'descriptionEn';

export function customText(definition: ElsaDefinition, key: EnglishText): string {
  const value = definition.customProperties?.[key];
  return typeof value === 'string' ? value : '';
}

/** The definition with one of its English texts set, or the key removed when the text is cleared. */
export function withCustomText(definition: ElsaDefinition, key: EnglishText, text: string): ElsaDefinition {
  const others = Object.fromEntries(Object.entries(definition.customProperties ?? {}).filter(([k]) => k !== key));
  return { ...definition, customProperties: text.trim() ? { ...others, [key]: text } : others };
}
