import type { InputDescriptor } from './descriptors';
import type { ElsaActivity, ElsaVariable } from './elsa';
import { isPlainObject } from './elsa';
import type { Syntax, SwitchCase } from './inputs';
import { inputKey, parseStructured, readInput, readSwitchCases, writeInput, writeRaw } from './inputs';
import { formatAssignee, holdsAssignee, readAssignee, type Assignee, type AssigneeField } from './assignee';

/** The editors the property panel has, one per `uiHint` (ActivityAttributes.cs `UIHints`). */
export type EditorKind =
  | 'singleline' | 'multiline' | 'number' | 'checkbox' | 'dropdown' | 'date' | 'datetime' | 'duration'
  | 'cron' | 'json' | 'code' | 'stringlist' | 'switchcases' | 'variable' | 'deadlinerule' | 'unitpicker'
  | 'rolepicker' | 'reminderpolicy' | 'outcomes' | 'formfields'
  /** A unit picker on a list of units (`String[]`): one chip per unit. */
  | 'unitlist';

const KINDS = new Set<EditorKind>([
  'singleline', 'multiline', 'number', 'checkbox', 'dropdown', 'date', 'datetime', 'duration', 'cron', 'json', 'code',
  'stringlist', 'switchcases', 'variable', 'deadlinerule', 'unitpicker', 'rolepicker', 'reminderpolicy', 'outcomes', 'formfields',
]);

const NUMERIC = new Set(['Int32', 'Int64', 'Double', 'Decimal', 'Single']);

/** Which editor an input gets: its hint, or for a plain text hint one that fits its type. */
export function editorKind(input: InputDescriptor): EditorKind {
  const hint = (input.uiHint || 'singleline').toLowerCase() as EditorKind;
  if (hint === 'singleline') {
    if (NUMERIC.has(input.typeName)) return 'number';
    if (input.typeName === 'Boolean') return 'checkbox';
    if (input.typeName === 'TimeSpan') return 'duration';
    if (input.typeName === 'DateTimeOffset' || input.typeName === 'DateTime') return 'datetime';
  }
  if (hint === 'unitpicker' && input.typeName.endsWith('[]')) return 'unitlist';
  return KINDS.has(hint) ? hint : 'singleline';
}

/** Inputs the activity evaluates itself: written bare, never as a script. */
export const RAW_KINDS = new Set<EditorKind>(['switchcases', 'variable']);

// ---- value shapes of the structured editors ------------------------------------------------

export type DeadlineBasis = 'WorkingDays' | 'CalendarDays' | 'FixedDate' | 'DayOfMonth';
export const DEADLINE_BASES: DeadlineBasis[] = ['WorkingDays', 'CalendarDays', 'FixedDate', 'DayOfMonth'];
/** `WorkingDays:10`, `CalendarDays:30`, `FixedDate:06-10`, `DayOfMonth:25` (Domain's DeadlineRule). */
export interface DeadlineRuleValue { basis: DeadlineBasis; value: string }

export function parseDeadlineRule(text: unknown): DeadlineRuleValue {
  if (typeof text !== 'string' || !text.includes(':')) return { basis: 'WorkingDays', value: typeof text === 'string' ? text : '' };
  const [basis, ...rest] = text.split(':');
  const b = DEADLINE_BASES.find((x) => x.toLowerCase() === basis.trim().toLowerCase()) ?? 'WorkingDays';
  return { basis: b, value: rest.join(':').trim() };
}

export function formatDeadlineRule(rule: DeadlineRuleValue): string {
  return `${rule.basis}:${rule.value.trim()}`;
}

/** Checks a rule as the server will; returns an i18n key of the problem, or undefined. */
export function deadlineRuleProblem(rule: DeadlineRuleValue): string | undefined {
  const v = rule.value.trim();
  switch (rule.basis) {
    case 'WorkingDays':
    case 'CalendarDays':
      return /^\d+$/.test(v) && Number(v) <= 3660 ? undefined : 'editor.deadline.badDays';
    case 'DayOfMonth':
      return /^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 31 ? undefined : 'editor.deadline.badDayOfMonth';
    case 'FixedDate': {
      // That day of one year (yyyy-MM-dd), within the years the work calendar counts.
      const dated = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
      if (dated) {
        const [year, month, day] = [Number(dated[1]), Number(dated[2]), Number(dated[3])];
        const date = new Date(Date.UTC(year, month - 1, day));
        return year >= 1901 && year <= 2187 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? undefined : 'editor.deadline.badFixedDate';
      }
      const m = /^(\d{1,2})-(\d{1,2})$/.exec(v);
      if (!m) return 'editor.deadline.badFixedDate';
      const month = Number(m[1]), day = Number(m[2]);
      const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
      return month >= 1 && month <= 12 && day >= 1 && day <= days[month - 1] ? undefined : 'editor.deadline.badFixedDate';
    }
  }
}

/** Domain's ReminderPolicy: working days before, a reminder on the due day, then overdue repeats. */
export interface ReminderPolicyValue { offsetsBefore: number[]; onDueAt: string | null; overdueAfter: number[]; sendAt: string }
export const DEFAULT_REMINDER_POLICY: ReminderPolicyValue = { offsetsBefore: [5, 2, 1], onDueAt: '08:00', overdueAfter: [1, 3, 7], sendAt: '08:00' };

export function parseReminderPolicy(value: unknown): ReminderPolicyValue {
  const v = parseStructured(value);
  if (!isPlainObject(v)) return { ...DEFAULT_REMINDER_POLICY };
  const nums = (x: unknown, fallback: number[]) => (Array.isArray(x) ? x.map(Number).filter((n) => Number.isFinite(n)) : fallback);
  return {
    offsetsBefore: nums(v.offsetsBefore, DEFAULT_REMINDER_POLICY.offsetsBefore),
    onDueAt: v.onDueAt === null ? null : typeof v.onDueAt === 'string' ? v.onDueAt.slice(0, 5) : DEFAULT_REMINDER_POLICY.onDueAt,
    overdueAfter: nums(v.overdueAfter, DEFAULT_REMINDER_POLICY.overdueAfter),
    sendAt: typeof v.sendAt === 'string' ? v.sendAt.slice(0, 5) : DEFAULT_REMINDER_POLICY.sendAt,
  };
}

/**
 * One field of a task's form as the designer edits it: its key, its labels (one for both languages, or Vietnamese and
 * English), kind, whether it is required and a choice's options. Whatever else the definition writes on a field
 * (maxLength, optionLabels, a kind this editor does not list) is kept as written.
 */
export interface FormField {
  name: string; label?: string; labelVi?: string; labelEn?: string; type: string; required: boolean; options?: string[];
  [other: string]: unknown;
}
export const FORM_FIELD_TYPES = ['text', 'multiline', 'number', 'date', 'checkbox', 'select', 'file', 'docsymbol'];

export function parseFormFields(value: unknown): FormField[] {
  const v = parseStructured(value);
  if (!Array.isArray(v)) return [];
  return v.filter(isPlainObject).map((f) => ({
    ...f,
    name: String(f.name ?? ''),
    type: typeof f.type === 'string' && f.type.trim() ? f.type : 'text',
    required: f.required === true,
    ...(Array.isArray(f.options) ? { options: f.options.map(String) } : {}),
  }));
}

/** A field with its label in one language changed; a label written once for both languages keeps serving the other. */
export function withFormLabel(field: FormField, language: 'vi' | 'en', text: string): FormField {
  const { label, ...rest } = field;
  const other = language === 'vi' ? rest.labelEn ?? label : rest.labelVi ?? label;
  const next: FormField = { ...rest, [language === 'vi' ? 'labelVi' : 'labelEn']: text };
  if (other !== undefined && other !== '') next[language === 'vi' ? 'labelEn' : 'labelVi'] = other;
  return next;
}

// ---- TimeSpan ------------------------------------------------------------------------------

export interface Duration { days: number; hours: number; minutes: number; seconds: number }

/** Reads .NET TimeSpan text (`d.hh:mm:ss`, `hh:mm:ss`, `hh:mm`), or undefined. */
export function parseTimeSpan(text: unknown): Duration | undefined {
  if (typeof text !== 'string') return undefined;
  const m = /^\s*(?:(\d+)\.)?(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.\d+)?)?\s*$/.exec(text);
  if (m) return { days: Number(m[1] ?? 0), hours: Number(m[2]), minutes: Number(m[3]), seconds: Number(m[4] ?? 0) };
  const d = /^\s*(\d+)\s*$/.exec(text);
  return d ? { days: Number(d[1]), hours: 0, minutes: 0, seconds: 0 } : undefined;
}

export function formatTimeSpan(d: Duration): string {
  const total = ((d.days * 24 + d.hours) * 60 + d.minutes) * 60 + d.seconds;
  const days = Math.floor(total / 86400);
  const rest = total % 86400;
  const pad = (n: number) => String(n).padStart(2, '0');
  const hms = `${pad(Math.floor(rest / 3600))}:${pad(Math.floor((rest % 3600) / 60))}:${pad(rest % 60)}`;
  return days > 0 ? `${days}.${hms}` : hms;
}

// ---- cron ----------------------------------------------------------------------------------

/** Six fields, seconds first (Cronos); returns an i18n key of the problem, or undefined. */
export function cronProblem(text: string): string | undefined {
  const fields = text.trim().split(/\s+/).filter(Boolean);
  if (fields.length !== 6) return 'editor.cron.sixFields';
  const ok = /^[\d*?/,\-LW#A-Za-z]+$/;
  return fields.every((f) => ok.test(f)) ? undefined : 'editor.cron.badField';
}

export const CRON_PRESETS = [
  { key: 'editor.cron.everyWorkdayAt8', value: '0 0 8 * * MON-FRI' },
  { key: 'editor.cron.firstOfMonthAt8', value: '0 0 8 1 * *' },
  { key: 'editor.cron.everyMondayAt8', value: '0 0 8 * * MON' },
  { key: 'editor.cron.every15Minutes', value: '0 */15 * * * *' },
];

// ---- the field model -----------------------------------------------------------------------

/** What one property-panel field shows and edits. */
export interface FieldModel {
  input: InputDescriptor;
  kind: EditorKind;
  /** Literal (the kind's own editor) or a script / JSON / variable written instead. */
  syntax: Syntax;
  /** The value for the kind's editor when `syntax` is Literal; the script text otherwise. */
  value: unknown;
  /** Whether the Literal/JavaScript switch is offered. */
  canSwitch: boolean;
  isSet: boolean;
}

function literalFor(kind: EditorKind, written: unknown, activity: ElsaActivity, input: InputDescriptor): unknown {
  if (kind === 'rolepicker' && holdsAssignee(input)) return readAssignee(written);
  switch (kind) {
    case 'checkbox':
      return written === true || (typeof written === 'string' && written.toLowerCase() === 'true');
    case 'number':
      return written === undefined || written === null ? '' : String(written);
    case 'stringlist':
    case 'unitlist':
    case 'outcomes': {
      const list = parseStructured(written);
      return Array.isArray(list) ? list.map(String) : typeof list === 'string' && list ? list.split(',').map((s) => s.trim()) : [];
    }
    case 'switchcases':
      return readSwitchCases(activity, input.name);
    case 'variable': {
      const raw = activity[inputKey(activity, input.name) ?? input.name];
      if (isPlainObject(raw)) return String(raw.id ?? raw.name ?? '');
      return typeof raw === 'string' ? raw : '';
    }
    case 'deadlinerule':
      return parseDeadlineRule(written);
    case 'reminderpolicy':
      return parseReminderPolicy(written);
    case 'formfields':
      return parseFormFields(written);
    case 'json':
      return written === undefined ? '' : typeof written === 'string' ? written : JSON.stringify(written, null, 2);
    default:
      return written === undefined || written === null ? '' : typeof written === 'string' ? written : JSON.stringify(written);
  }
}

export function fieldModel(activity: ElsaActivity, input: InputDescriptor): FieldModel {
  const kind = editorKind(input);
  const written = readInput(activity, input.name);
  const raw = RAW_KINDS.has(kind);
  const canSwitch = input.allowExpressions && !raw && kind !== 'code';
  let syntax: Syntax = kind === 'code' ? 'JavaScript' : written.syntax;
  if (kind === 'json' || kind === 'stringlist' || kind === 'unitlist' || kind === 'outcomes' || kind === 'reminderpolicy' || kind === 'formfields' || kind === 'rolepicker') {
    if (syntax === 'Object') syntax = 'Literal';
  }
  const value = syntax === 'Literal' || raw
    ? literalFor(kind, written.value ?? (written.key === undefined ? input.defaultValue : undefined), activity, input)
    : written.value === undefined || written.value === null ? '' : String(written.value);
  return { input, kind, syntax: raw ? 'Literal' : syntax, value, canSwitch, isSet: written.key !== undefined };
}

export interface ApplyContext { variables?: ElsaVariable[] }

/** Writes an editor's value back into the activity, in the shape the engine and Elsa read. */
export function applyField(activity: ElsaActivity, input: InputDescriptor, syntax: Syntax, value: unknown, context: ApplyContext = {}): ElsaActivity {
  const kind = editorKind(input);
  const typeName = input.typeName || 'Object';
  if (kind === 'switchcases') {
    const cases = (value as SwitchCase[]).map((c) => ({ label: c.label, condition: { type: c.condition.type, value: c.condition.value } }));
    const key = inputKey(activity, input.name);
    const existing = key ? activity[key] : undefined;
    // Keep the wrapping the file used; Elsa itself writes the bare array.
    if (isPlainObject(existing) && isPlainObject(existing.expression)) return writeInput(activity, input.name, typeName, 'Object', JSON.stringify(cases));
    return writeRaw(activity, input.name, cases);
  }
  if (kind === 'variable') {
    const id = String(value ?? '');
    if (!id) return writeRaw(activity, input.name, undefined);
    const variable = context.variables?.find((v) => v.id === id || v.name === id);
    return writeRaw(activity, input.name, variable
      ? { id: variable.id, name: variable.name, typeName: variable.typeName, value: variable.value ?? '' }
      : { id, name: id });
  }
  if (syntax !== 'Literal') return writeInput(activity, input.name, typeName, syntax, String(value ?? ''));
  if (kind === 'rolepicker' && holdsAssignee(input)) {
    // An assignee from its editor, or text from the JSON editor (a value the editor cannot read) kept as typed.
    const text = typeof value === 'string' ? value : formatAssignee(value as Assignee);
    return writeInput(activity, input.name, typeName, 'Object', text.trim() === '' ? undefined : text);
  }
  switch (kind) {
    case 'code':
      return writeInput(activity, input.name, typeName, 'JavaScript', String(value ?? ''));
    case 'checkbox':
      return writeInput(activity, input.name, typeName, 'Literal', value === true);
    case 'number': {
      const text = String(value ?? '').trim();
      if (text === '') return writeInput(activity, input.name, typeName, 'Literal', undefined);
      const n = Number(text.replace(',', '.'));
      return writeInput(activity, input.name, typeName, 'Literal', Number.isFinite(n) ? n : text);
    }
    case 'stringlist':
    case 'unitlist':
    case 'outcomes':
      return writeInput(activity, input.name, typeName, 'Object', JSON.stringify((value as string[]).filter((s) => s.trim() !== '')));
    case 'json':
      return writeInput(activity, input.name, typeName, 'Object', String(value ?? ''));
    case 'deadlinerule':
      return writeInput(activity, input.name, typeName, 'Literal', formatDeadlineRule(value as DeadlineRuleValue));
    case 'reminderpolicy':
      return writeInput(activity, input.name, typeName, 'Object', JSON.stringify(value));
    case 'formfields':
      return writeInput(activity, input.name, typeName, 'Object', JSON.stringify(value));
    default: {
      const text = String(value ?? '');
      return writeInput(activity, input.name, typeName, 'Literal', text);
    }
  }
}

/** The script a literal becomes when the author switches to JavaScript, so nothing typed is lost. */
export function literalAsScript(model: FieldModel): string {
  const v = model.value;
  if (model.kind === 'deadlinerule') return JSON.stringify(formatDeadlineRule(v as DeadlineRuleValue));
  // The engine reads an assignee from JSON text, so the script returns the text the input held.
  if (model.kind === 'rolepicker' && holdsAssignee(model.input)) {
    const { text } = v as AssigneeField;
    return text === '' ? '' : JSON.stringify(text);
  }
  if (typeof v === 'string') return v === '' ? '' : JSON.stringify(v);
  return JSON.stringify(v);
}

/** Required but empty: shown before the server says so. */
export function isMissing(model: FieldModel): boolean {
  if (!model.input.isRequired) return false;
  const v = model.value;
  if (model.syntax !== 'Literal') return String(v ?? '').trim() === '';
  if (model.kind === 'rolepicker' && holdsAssignee(model.input)) {
    const { text, assignee } = v as AssigneeField;
    return assignee ? formatAssignee(assignee) === '' : text.trim() === '';
  }
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === 'string') return v.trim() === '';
  return v === undefined || v === null;
}
