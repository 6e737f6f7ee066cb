import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ElsaVariable } from '../model/elsa';
import type { SwitchCase, Syntax } from '../model/inputs';
import { localized, type Locale } from '../model/descriptors';
import { ASSIGNEE_MODES, EMPTY_ASSIGNEE, formatAssignee, holdsAssignee, withMode, type Assignee, type AssigneeField, type AssigneeMode } from '../model/assignee';
import {
  CRON_PRESETS, DEADLINE_BASES, FORM_FIELD_TYPES, withFormLabel, cronProblem, deadlineRuleProblem, formatTimeSpan, isMissing, literalAsScript, parseTimeSpan,
  type DeadlineRuleValue, type FieldModel, type FormField, type ReminderPolicyValue,
} from '../model/propertyModel';
import { DateInput, TimeInput } from '../../components/DateInput';
import { UNIT_ROLES, roleName } from '../../i18n/terms';

export interface FieldProps {
  model: FieldModel;
  onChange: (syntax: Syntax, value: unknown) => void;
  variables: ElsaVariable[];
  problems: string[];
  readOnly?: boolean;
  /** The workflow's declared inputs, offered to scripts as `getName()`. */
  inputs?: Array<{ name: string }>;
}

/** What a script can read (DESIGN.md §3): variables and workflow inputs through Elsa's generated accessors. */
export function scriptAccessors(variables: Array<{ name: string }>, inputs: Array<{ name: string }>): string[] {
  const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
  return [...variables.map((v) => `get${pascal(v.name)}()`), ...inputs.map((i) => `get${pascal(i.name)}()`)]
    .filter((x, i, all) => all.indexOf(x) === i);
}

/** One input of an activity: label, the Literal/JavaScript switch, the editor its uiHint names, and its problems. */
export function Field({ model, onChange, variables, problems, readOnly, inputs = [] }: FieldProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const id = useId();
  const { input } = model;
  const accessors = scriptAccessors(variables, inputs);
  const label = localized(input.displayName, locale) || input.name;
  const description = localized(input.description, locale);
  const missing = isMissing(model);
  const allProblems = missing && problems.length === 0 ? [t('editor.required')] : problems;
  const describedBy = [description ? `${id}-desc` : '', allProblems.length ? `${id}-err` : ''].filter(Boolean).join(' ') || undefined;
  const common = { id, 'aria-describedby': describedBy, 'aria-invalid': allProblems.length > 0 || undefined, disabled: readOnly };

  return (
    <div className={`prop-field${allProblems.length ? ' invalid' : ''}`} data-field={input.name}>
      <div className="prop-label-row">
        <label htmlFor={id} className="prop-label">
          {label}{input.isRequired && <span className="required" aria-label={t('editor.requiredMark')}> *</span>}
        </label>
        {model.canSwitch && !readOnly && (
          <div className="syntax-switch" role="radiogroup" aria-label={t('editor.syntax', { field: label })}>
            {(['Literal', 'JavaScript'] as const).map((s) => (
              <button key={s} type="button" role="radio" aria-checked={model.syntax === s || (s === 'Literal' && model.syntax !== 'JavaScript')}
                className={model.syntax === s ? 'on' : ''}
                onClick={() => {
                  if (s === model.syntax) return;
                  if (s === 'JavaScript') onChange('JavaScript', literalAsScript(model));
                  else onChange('Literal', model.kind === 'checkbox' ? false : '');
                }}
              >{s === 'Literal' ? t('editor.literal') : 'JS'}</button>
            ))}
          </div>
        )}
      </div>
      {description && <p id={`${id}-desc`} className="prop-desc">{description}</p>}
      {model.syntax !== 'Literal' && model.kind !== 'switchcases'
        ? <CodeEditor {...common} value={String(model.value ?? '')} onChange={(v) => onChange(model.syntax === 'Variable' ? 'Variable' : model.syntax, v)} syntax={model.syntax} accessors={accessors} />
        : <LiteralEditor model={model} common={common} onChange={(v) => onChange('Literal', v)} variables={variables} accessors={accessors} />}
      {allProblems.length > 0 && (
        <ul id={`${id}-err`} className="prop-problems">
          {allProblems.map((p, i) => <li key={i}>{p}</li>)}
        </ul>
      )}
    </div>
  );
}

type Common = { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean; 'aria-label'?: string; disabled?: boolean };

function CodeEditor({ value, onChange, syntax, accessors = [], ...common }: Common & { value: string; onChange: (v: string) => void; syntax: Syntax; accessors?: string[] }) {
  const { t } = useTranslation();
  const insert = (text: string) => {
    const el = document.getElementById(common.id) as HTMLTextAreaElement | null;
    const at = el?.selectionStart ?? value.length;
    const end = el?.selectionEnd ?? value.length;
    onChange(value.slice(0, at) + text + value.slice(end));
    requestAnimationFrame(() => { el?.focus(); el?.setSelectionRange(at + text.length, at + text.length); });
  };
  return (
    <div className="code-editor">
      {syntax === 'JavaScript' && accessors.length > 0 && !common.disabled && (
        <div className="accessors" role="group" aria-label={t('editor.accessors')}>
          {accessors.map((a) => <button key={a} type="button" className="chip mono" onClick={() => insert(a)}>{a}</button>)}
        </div>
      )}
      <span className="code-tag">{syntax === 'JavaScript' ? 'JavaScript' : syntax}</span>
      <textarea {...common} spellCheck={false} rows={Math.min(12, Math.max(2, value.split('\n').length))} value={value}
        placeholder={syntax === 'JavaScript' ? t('editor.jsPlaceholder') : ''}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          // Tab indents inside code; Escape leaves the editor so Tab navigation still works.
          if (e.key === 'Tab' && !e.shiftKey && !e.ctrlKey) {
            const el = e.currentTarget;
            if (el.dataset.tabMode === 'off') return;
            e.preventDefault();
            const { selectionStart: s, selectionEnd: end } = el;
            const next = `${value.slice(0, s)}  ${value.slice(end)}`;
            onChange(next);
            requestAnimationFrame(() => el.setSelectionRange(s + 2, s + 2));
          }
          if (e.key === 'Escape') e.currentTarget.dataset.tabMode = 'off';
        }}
        onBlur={(e) => { delete e.currentTarget.dataset.tabMode; }}
      />
    </div>
  );
}

function LiteralEditor({ model, common, onChange, variables, accessors }: { model: FieldModel; common: Common; onChange: (v: unknown) => void; variables: ElsaVariable[]; accessors: string[] }) {
  const { t } = useTranslation();
  const v = model.value;
  switch (model.kind) {
    case 'multiline':
      return <textarea {...common} rows={3} value={String(v ?? '')} onChange={(e) => onChange(e.target.value)} />;
    case 'number':
      return <input {...common} type="text" inputMode="decimal" value={String(v ?? '')} onChange={(e) => onChange(e.target.value)} />;
    case 'checkbox':
      return <input {...common} type="checkbox" checked={v === true} onChange={(e) => onChange(e.target.checked)} />;
    case 'dropdown':
      return (
        <select {...common} value={String(v ?? '')} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('editor.choose')}</option>
          {(model.input.options ?? []).map((o) => <option key={o} value={o}>{optionLabel(o, t)}</option>)}
        </select>
      );
    case 'date':
      return <DateInput {...common} value={String(v ?? '').slice(0, 10)} onChange={(value) => onChange(value)} />;
    case 'datetime':
      return <DateTimeEditor common={common} value={String(v ?? '')} onChange={onChange} />;
    case 'duration':
      return <DurationEditor common={common} value={String(v ?? '')} onChange={onChange} />;
    case 'cron':
      return <CronEditor common={common} value={String(v ?? '')} onChange={onChange} />;
    case 'json':
      return <JsonEditor common={common} value={String(v ?? '')} onChange={onChange} />;
    case 'code':
      return <CodeEditor {...common} value={String(v ?? '')} onChange={onChange} syntax="JavaScript" accessors={accessors} />;
    case 'stringlist':
    case 'outcomes':
      return <StringListEditor common={common} value={(v as string[]) ?? []} onChange={onChange} />;
    case 'unitlist':
      return <StringListEditor common={common} value={(v as string[]) ?? []} onChange={onChange} list="known-units" />;
    case 'switchcases':
      return <SwitchCasesEditor common={common} value={(v as SwitchCase[]) ?? []} onChange={onChange} />;
    case 'variable':
      return (
        <select {...common} value={String(v ?? '')} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('editor.chooseVariable')}</option>
          {variables.map((x) => <option key={x.id} value={x.id}>{x.name} ({x.typeName})</option>)}
          {v && !variables.some((x) => x.id === v || x.name === v) ? <option value={String(v)}>{String(v)} ⚠</option> : null}
        </select>
      );
    case 'deadlinerule':
      return <DeadlineRuleEditor common={common} value={v as DeadlineRuleValue} onChange={onChange} />;
    case 'unitpicker':
      return <input {...common} type="text" list="known-units" value={String(v ?? '')} placeholder={t('editor.unitPlaceholder')} onChange={(e) => onChange(e.target.value)} />;
    case 'rolepicker':
      return holdsAssignee(model.input)
        ? <AssigneeEditor common={common} value={v as AssigneeField} onChange={onChange} />
        : <RoleSelect common={common} value={String(v ?? '')} onChange={onChange} />;
    case 'reminderpolicy':
      return <ReminderPolicyEditor common={common} value={v as ReminderPolicyValue} onChange={onChange} />;
    case 'formfields':
      return <FormFieldsEditor common={common} value={(v as FormField[]) ?? []} onChange={onChange} />;
    default:
      return <input {...common} type="text" value={String(v ?? '')} onChange={(e) => onChange(e.target.value)} />;
  }
}

function optionLabel(option: string, t: (k: string) => string) {
  const key = `editor.options.${option}`;
  const v = t(key);
  return v === key ? option : `${v} (${option})`;
}

function DateTimeEditor({ common, value, onChange }: { common: Common; value: string; onChange: (v: string) => void }) {
  const { t } = useTranslation();
  // Shown and entered in Vietnam time, the date day first and the time on a 24-hour clock; written with its offset so
  // the engine reads the same moment. A date without a time yet starts at midnight.
  const [, date = '', time = ''] = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(value) ?? [];
  const write = (d: string, tm: string) => onChange(d ? `${d}T${tm || '00:00'}:00+07:00` : '');
  return (
    <div className="inline-row">
      <DateInput {...common} value={date} onChange={(d) => write(d, time)} />
      <TimeInput aria-label={t('time.label')} disabled={common.disabled || !date} value={date ? time : ''} onChange={(tm) => write(date, tm)} />
      <span className="muted small">UTC+7</span>
    </div>
  );
}

function DurationEditor({ common, value, onChange }: { common: Common; value: string; onChange: (v: string) => void }) {
  const { t } = useTranslation();
  const parsed = parseTimeSpan(value);
  const d = parsed ?? { days: 0, hours: 0, minutes: 0, seconds: 0 };
  const set = (key: keyof typeof d, n: string) => onChange(formatTimeSpan({ ...d, [key]: Math.max(0, Number(n) || 0) }));
  const parts: Array<[keyof typeof d, string]> = [['days', t('editor.duration.days')], ['hours', t('editor.duration.hours')], ['minutes', t('editor.duration.minutes')], ['seconds', t('editor.duration.seconds')]];
  return (
    <fieldset className="duration" aria-describedby={common['aria-describedby']}>
      {parts.map(([key, label], i) => (
        <label key={key}>
          <input id={i === 0 ? common.id : undefined} disabled={common.disabled} type="number" min={0} value={d[key]} onChange={(e) => set(key, e.target.value)} aria-label={label} />
          <span>{label}</span>
        </label>
      ))}
      {value && !parsed && <span className="error-text small">{t('editor.duration.unreadable', { value })}</span>}
    </fieldset>
  );
}

function CronEditor({ common, value, onChange }: { common: Common; value: string; onChange: (v: string) => void }) {
  const { t } = useTranslation();
  const problem = value ? cronProblem(value) : undefined;
  return (
    <div>
      <input {...common} type="text" className="mono" value={value} onChange={(e) => onChange(e.target.value)} placeholder="0 0 8 * * MON-FRI" />
      <div className="presets">
        {CRON_PRESETS.map((p) => <button key={p.value} type="button" className="chip" disabled={common.disabled} onClick={() => onChange(p.value)}>{t(p.key)}</button>)}
      </div>
      <p className={`small ${problem ? 'error-text' : 'muted'}`}>{problem ? t(problem) : t('editor.cron.help')}</p>
    </div>
  );
}

function JsonEditor({ common, value, onChange }: { common: Common; value: string; onChange: (v: string) => void }) {
  const { t } = useTranslation();
  let error: string | undefined;
  if (value.trim()) {
    try { JSON.parse(value); } catch (e) { error = (e as Error).message; }
  }
  return (
    <div>
      <textarea {...common} className="mono" spellCheck={false} rows={5} value={value} onChange={(e) => onChange(e.target.value)} />
      {error && <p className="error-text small">{t('editor.badJson', { error })}</p>}
    </div>
  );
}

function StringListEditor({ common, value, onChange, list }: { common: Common; value: string[]; onChange: (v: string[]) => void; list?: string }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const add = () => {
    const text = draft.trim();
    if (text && !value.includes(text)) onChange([...value, text]);
    setDraft('');
  };
  return (
    <div className="string-list">
      <ul>
        {value.map((item, i) => (
          <li key={`${item}-${i}`} className="chip">
            <input aria-label={t('editor.list.item', { n: i + 1 })} value={item} disabled={common.disabled}
              onChange={(e) => onChange(value.map((x, j) => (j === i ? e.target.value : x)))} />
            <button type="button" className="btn ghost icon small" disabled={common.disabled} aria-label={t('editor.list.remove', { item })} onClick={() => onChange(value.filter((_, j) => j !== i))}>✕</button>
          </li>
        ))}
      </ul>
      <div className="inline-row">
        <input {...common} type="text" list={list} value={draft} placeholder={t('editor.list.placeholder')} onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); add(); } }} />
        <button type="button" className="btn small" disabled={common.disabled} onClick={add}>{t('editor.list.add')}</button>
      </div>
    </div>
  );
}

/**
 * A role people hold in a unit, the only roles a task can be given to. A role the definition names that is not one of
 * them (an app role such as Supervisor) stays shown, flagged, so opening the panel changes nothing.
 */
function RoleSelect({ common, value, onChange, optional }: { common: Common; value: string; onChange: (v: string) => void; optional?: boolean }) {
  const { t } = useTranslation();
  const unknown = value !== '' && !(UNIT_ROLES as readonly string[]).includes(value);
  const warning = `${common.id}-warning`;
  const describedBy = [common['aria-describedby'], unknown ? warning : ''].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <select {...common} aria-describedby={describedBy} aria-invalid={common['aria-invalid'] || unknown || undefined} value={value} onChange={(e) => onChange(e.target.value)}>
        {(optional || value === '') && <option value="">{t('editor.assignee.chooseRole')}</option>}
        {UNIT_ROLES.map((r) => <option key={r} value={r}>{roleName(t, r)}</option>)}
        {unknown && <option value={value}>{value} ⚠</option>}
      </select>
      {unknown && <p id={warning} className="error-text small">{t('editor.assignee.notUnitRole', { role: value })}</p>}
    </>
  );
}

/**
 * Who a task is for: a role in a unit, a person, or any of several units. A value it cannot read stays in the JSON editor
 * for as long as the field is shown, so mending it by hand does not swap the editor mid-word once it reads.
 */
function AssigneeEditor({ common, value, onChange }: { common: Common; value: AssigneeField; onChange: (v: Assignee | string) => void }) {
  const { t } = useTranslation();
  const [asJson] = useState(value.assignee === undefined);
  // The mode an empty assignee is shown in: nothing written says which the author picked.
  const [chosen, setChosen] = useState<AssigneeMode>(value.assignee?.mode ?? 'role');
  // What was typed for the other modes, brought back when one is picked again.
  const remembered = useRef<Assignee>(EMPTY_ASSIGNEE);
  const current = value.assignee;
  const written = current !== undefined && formatAssignee(current) !== '';
  if (written && chosen !== current.mode) setChosen(current.mode);
  if (asJson || current === undefined) return <JsonEditor common={common} value={value.text} onChange={onChange} />;

  const shown: Assignee = { ...current, mode: written ? current.mode : chosen };
  const set = (patch: Partial<Assignee>) => onChange({ ...shown, ...patch });
  const pick = (mode: AssigneeMode) => {
    remembered.current = withMode(shown, shown.mode, remembered.current);
    setChosen(mode);
    onChange(withMode(shown, mode, remembered.current));
  };
  const { disabled } = common;
  return (
    <div className="field assignee">
      <select {...common} value={shown.mode} onChange={(e) => pick(e.target.value as AssigneeMode)}>
        {ASSIGNEE_MODES.map((m) => <option key={m} value={m}>{t(`editor.assignee.modes.${m}`)}</option>)}
      </select>
      {shown.mode === 'role' && (
        <>
          <div className="field"><span>{t('editor.assignee.role')}</span>
            <RoleSelect common={{ id: `${common.id}-role`, 'aria-label': t('editor.assignee.role'), disabled }} optional value={shown.role} onChange={(role) => set({ role })} />
          </div>
          <label className="field"><span>{t('editor.assignee.unit')}</span>
            <input type="text" list="known-units" disabled={disabled} value={shown.unitId} placeholder={t('editor.unitPlaceholder')} onChange={(e) => set({ unitId: e.target.value })} />
          </label>
        </>
      )}
      {shown.mode === 'user' && (
        <label className="field"><span>{t('editor.assignee.userName')}</span>
          <input type="text" disabled={disabled} value={shown.userName} autoComplete="off" onChange={(e) => set({ userName: e.target.value })} />
        </label>
      )}
      {shown.mode === 'units' && (
        <div className="field"><span>{t('editor.assignee.units')}</span>
          <StringListEditor common={{ id: `${common.id}-units`, 'aria-label': t('editor.assignee.addUnit'), disabled }} list="known-units"
            value={shown.candidateUnitIds} onChange={(candidateUnitIds) => set({ candidateUnitIds })} />
        </div>
      )}
    </div>
  );
}

function SwitchCasesEditor({ common, value, onChange }: { common: Common; value: SwitchCase[]; onChange: (v: SwitchCase[]) => void }) {
  const { t } = useTranslation();
  const update = (i: number, patch: Partial<SwitchCase>) => onChange(value.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  return (
    <div className="cases" id={common.id}>
      {value.map((c, i) => (
        <fieldset key={i} className="case">
          <legend>{t('editor.cases.case', { n: i + 1 })}</legend>
          <label className="field"><span>{t('editor.cases.label')}</span>
            <input value={c.label} disabled={common.disabled} onChange={(e) => update(i, { label: e.target.value })} />
          </label>
          <label className="field"><span>{t('editor.cases.condition')}</span>
            <textarea className="mono" rows={2} spellCheck={false} disabled={common.disabled} value={c.condition.value}
              onChange={(e) => update(i, { condition: { type: 'JavaScript', value: e.target.value } })} />
          </label>
          <div className="inline-row">
            <button type="button" className="btn ghost small" disabled={common.disabled || i === 0} onClick={() => onChange(move(value, i, -1))}>{t('editor.moveUp')}</button>
            <button type="button" className="btn ghost small" disabled={common.disabled || i === value.length - 1} onClick={() => onChange(move(value, i, 1))}>{t('editor.moveDown')}</button>
            <button type="button" className="btn ghost small danger" disabled={common.disabled} onClick={() => onChange(value.filter((_, j) => j !== i))}>{t('common.remove')}</button>
          </div>
        </fieldset>
      ))}
      <button type="button" className="btn small" disabled={common.disabled}
        onClick={() => onChange([...value, { label: `Case${value.length + 1}`, condition: { type: 'JavaScript', value: 'false' } }])}>{t('editor.cases.add')}</button>
    </div>
  );
}

function move<T>(list: T[], i: number, by: number): T[] {
  const next = [...list];
  const [item] = next.splice(i, 1);
  next.splice(i + by, 0, item);
  return next;
}

function DeadlineRuleEditor({ common, value, onChange }: { common: Common; value: DeadlineRuleValue; onChange: (v: DeadlineRuleValue) => void }) {
  const { t } = useTranslation();
  const problem = value.value ? deadlineRuleProblem(value) : undefined;
  const placeholder = value.basis === 'FixedDate' ? 'MM-dd' : value.basis === 'DayOfMonth' ? '25' : '10';
  return (
    <div>
      <div className="inline-row">
        <select id={common.id} disabled={common.disabled} aria-label={t('editor.deadline.basis')} value={value.basis} onChange={(e) => onChange({ ...value, basis: e.target.value as DeadlineRuleValue['basis'] })}>
          {DEADLINE_BASES.map((b) => <option key={b} value={b}>{t(`editor.deadline.${b}`)}</option>)}
        </select>
        <input disabled={common.disabled} aria-label={t('editor.deadline.value')} value={value.value} placeholder={placeholder} onChange={(e) => onChange({ ...value, value: e.target.value })} />
      </div>
      <p className={`small ${problem ? 'error-text' : 'muted'}`}>{problem ? t(problem) : t(`editor.deadline.help${value.basis}`)}</p>
    </div>
  );
}

const numbers = (text: string) => text.split(/[,;\s]+/).map((s) => Number(s)).filter((n) => Number.isFinite(n) && n >= 0);

function ReminderPolicyEditor({ common, value, onChange }: { common: Common; value: ReminderPolicyValue; onChange: (v: ReminderPolicyValue) => void }) {
  const { t } = useTranslation();
  const [before, setBefore] = useState(value.offsetsBefore.join(', '));
  const [after, setAfter] = useState(value.overdueAfter.join(', '));
  return (
    <fieldset className="reminder-policy" id={common.id}>
      <label className="field"><span>{t('editor.reminders.before')}</span>
        <input disabled={common.disabled} value={before} onChange={(e) => { setBefore(e.target.value); onChange({ ...value, offsetsBefore: numbers(e.target.value) }); }} />
      </label>
      <label className="field checkbox-row">
        <input type="checkbox" disabled={common.disabled} checked={value.onDueAt !== null} onChange={(e) => onChange({ ...value, onDueAt: e.target.checked ? '08:00' : null })} />
        <span>{t('editor.reminders.onDay')}</span>
        {value.onDueAt !== null && <TimeInput disabled={common.disabled} aria-label={t('editor.reminders.onDayTime')} value={value.onDueAt} onChange={(time) => onChange({ ...value, onDueAt: time })} />}
      </label>
      <label className="field"><span>{t('editor.reminders.overdue')}</span>
        <input disabled={common.disabled} value={after} onChange={(e) => { setAfter(e.target.value); onChange({ ...value, overdueAfter: numbers(e.target.value) }); }} />
      </label>
      <label className="field"><span>{t('editor.reminders.sendAt')}</span>
        <TimeInput disabled={common.disabled} value={value.sendAt} onChange={(time) => onChange({ ...value, sendAt: time })} />
      </label>
    </fieldset>
  );
}

function FormFieldsEditor({ common, value, onChange }: { common: Common; value: FormField[]; onChange: (v: FormField[]) => void }) {
  const { t } = useTranslation();
  const update = (i: number, patch: Partial<FormField>) => onChange(value.map((f, j) => (j === i ? { ...f, ...patch } : f)));
  return (
    <div className="form-fields" id={common.id}>
      {value.map((f, i) => (
        <fieldset key={i} className="case">
          <legend>{f.labelVi || f.label || f.name || t('editor.form.field', { n: i + 1 })}</legend>
          <div className="grid2">
            <label className="field"><span>{t('editor.form.name')}</span><input disabled={common.disabled} value={f.name} onChange={(e) => update(i, { name: e.target.value })} /></label>
            <label className="field"><span>{t('editor.form.labelVi')}</span>
              <input disabled={common.disabled} value={f.labelVi ?? f.label ?? ''} onChange={(e) => onChange(value.map((g, j) => (j === i ? withFormLabel(g, 'vi', e.target.value) : g)))} /></label>
            <label className="field"><span>{t('editor.form.labelEn')}</span>
              <input disabled={common.disabled} value={f.labelEn ?? f.label ?? ''} onChange={(e) => onChange(value.map((g, j) => (j === i ? withFormLabel(g, 'en', e.target.value) : g)))} /></label>
            <label className="field"><span>{t('editor.form.type')}</span>
              <select disabled={common.disabled} value={f.type} onChange={(e) => update(i, { type: e.target.value })}>
                {(FORM_FIELD_TYPES.includes(f.type) ? FORM_FIELD_TYPES : [...FORM_FIELD_TYPES, f.type]).map((ft) => (
                  <option key={ft} value={ft}>{t(`editor.form.types.${ft}`, { defaultValue: ft })}</option>
                ))}
              </select>
            </label>
            <label className="field checkbox-row"><input type="checkbox" disabled={common.disabled} checked={f.required} onChange={(e) => update(i, { required: e.target.checked })} /><span>{t('editor.form.required')}</span></label>
          </div>
          {f.type === 'select' && (
            <label className="field"><span>{t('editor.form.options')}</span>
              <input disabled={common.disabled} value={(f.options ?? []).join(', ')} onChange={(e) => update(i, { options: e.target.value.split(',').map((s) => s.trim()).filter(Boolean) })} />
            </label>
          )}
          <button type="button" className="btn ghost small danger" disabled={common.disabled} onClick={() => onChange(value.filter((_, j) => j !== i))}>{t('common.remove')}</button>
        </fieldset>
      ))}
      <button type="button" className="btn small" disabled={common.disabled} onClick={() => onChange([...value, { name: `field${value.length + 1}`, labelVi: '', type: 'text', required: false }])}>{t('editor.form.add')}</button>
    </div>
  );
}
