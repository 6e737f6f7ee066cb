/**
 * The start form of a workflow: one control per input its published version declares (Elsa's `inputs`), the values
 * shown, and the `input` object a start sends. The server checks every value again (WorkflowInputs.cs); this only
 * picks the control, fills in defaults and writes each value in the JSON type its declared type takes.
 */
import type { ElsaWorkflowInput } from '../designer/model/elsa';
import { todayInHanoi } from '../lib/dates';

/** How a value is entered: by the input's hint first, then by its type. */
export type StartControl = 'date' | 'year' | 'dayofyear' | 'deadlinerule' | 'unitquery' | 'inspectionkind' | 'checkbox' | 'number' | 'json' | 'text';

/** What a control holds: text as typed, or a checkbox's state. */
export type StartValue = string | boolean;
export type StartValues = Record<string, StartValue>;

/** Why a value cannot be sent as its type (before the server is asked). */
export type StartProblem = 'required' | 'number' | 'json';

// A list of units (`unitlist`) is written as a JSON list, as its declared type String[] takes it.
const HINTS = new Set<StartControl>(['date', 'year', 'dayofyear', 'deadlinerule', 'unitquery', 'inspectionkind']);
const NUMBERS = new Set(['int32', 'int64', 'int16', 'byte', 'double', 'decimal', 'single', 'float']);
const STRUCTURED = new Set(['string[]', 'object', 'object[]', 'jsonnode', 'jsonobject', 'jsonarray', 'expandoobject']);

/** A declared type as written without a namespace and case ("System.Int32" → "int32"). */
function typeKey(type: string | null | undefined): string {
  return (type ?? '').trim().replace(/^System\./i, '').toLowerCase();
}

export function startControl(input: Pick<ElsaWorkflowInput, 'type' | 'uiHint'>): StartControl {
  const hint = input.uiHint?.trim().toLowerCase() as StartControl | undefined;
  if (hint && HINTS.has(hint)) return hint;
  const type = typeKey(input.type);
  if (type === 'boolean') return 'checkbox';
  if (NUMBERS.has(type)) return 'number';
  if (STRUCTURED.has(type)) return 'json';
  return 'text';
}

/** How the value is written in the request: by the declared type, whatever control enters it. */
type JsonKind = 'boolean' | 'number' | 'structured' | 'list' | 'text';

function jsonKind(input: Pick<ElsaWorkflowInput, 'type'>): JsonKind {
  const type = typeKey(input.type);
  if (type === 'boolean') return 'boolean';
  if (NUMBERS.has(type)) return 'number';
  if (type === 'string[]' || type === 'object[]') return 'list';
  if (STRUCTURED.has(type)) return 'structured';
  return 'text';
}

/**
 * A label in the page's language: the shipped templates write "Vietnamese / English" in one string, so a text with
 * " / " exactly once shows the part for the language; any other text shows whole.
 */
export function localLabel(text: string | null | undefined, language: string): string {
  const value = (text ?? '').trim();
  const parts = value.split(' / ');
  if (parts.length !== 2 || !parts[0].trim() || !parts[1].trim()) return value;
  return (language === 'en' ? parts[1] : parts[0]).trim();
}

/** A workflow's name in the page's language: its English name on an English page when it has one, else its name. */
export function definitionName(definition: { name?: string | null; nameEn?: string | null; customProperties?: Record<string, unknown> | null }, language: string): string {
  const english = definition.nameEn ?? (typeof definition.customProperties?.nameEn === 'string' ? definition.customProperties.nameEn : undefined);
  // A definition with an English name has a Vietnamese name of its own; an older one may hold both as "vi / en".
  if (english?.trim()) return language === 'en' ? english.trim() : (definition.name ?? '').trim();
  return localLabel(definition.name, language);
}

export function inputLabel(input: Pick<ElsaWorkflowInput, 'name' | 'displayName'>, language: string): string {
  return localLabel(input.displayName, language) || input.name;
}

/** The current year in Hà Nội. */
export function currentYear(now = new Date()): number {
  return Number(todayInHanoi(now).slice(0, 4));
}

/**
 * A declared default as the value the server would start with, in the JSON type the input takes; undefined when
 * there is none or it cannot be read as that type. Definitions write some defaults as text (a list as `["SYT"]`).
 */
export function defaultJson(input: ElsaWorkflowInput): unknown {
  const value = input.defaultValue;
  if (value === null || value === undefined) return undefined;
  switch (jsonKind(input)) {
    case 'boolean':
      return typeof value === 'boolean' ? value : typeof value === 'string' && /^(true|false)$/i.test(value.trim()) ? value.trim().toLowerCase() === 'true' : undefined;
    case 'number': {
      const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : NaN;
      return Number.isFinite(n) ? n : undefined;
    }
    case 'list':
    case 'structured':
      if (typeof value === 'string') {
        try {
          return JSON.parse(value);
        } catch {
          return jsonKind(input) === 'structured' ? value : undefined;
        }
      }
      return value;
    default:
      return typeof value === 'string' ? value : String(value);
  }
}

/** A value as its control shows it. */
function shown(input: ElsaWorkflowInput, value: unknown): StartValue {
  if (startControl(input) === 'checkbox') return value === true;
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** The form as it opens: each declared default; a year without one is this year in Hà Nội. */
export function initialValues(inputs: ElsaWorkflowInput[], now = new Date()): StartValues {
  const values: StartValues = {};
  for (const input of inputs) {
    const fallback = startControl(input) === 'year' ? currentYear(now) : undefined;
    const given = defaultJson(input);
    values[input.name] = shown(input, given === undefined ? fallback : given);
  }
  return values;
}

type Parsed = { value: unknown } | { problem: StartProblem } | { empty: true };

/**
 * A control's value in the JSON type the input takes. Emptied text is still text (''), so clearing a default is sent
 * as such rather than quietly replaced by the default; an emptied number, date or list is not given at all.
 */
function parse(input: ElsaWorkflowInput, value: StartValue | undefined): Parsed {
  if (typeof value === 'boolean') return { value };
  const kind = jsonKind(input);
  const text = value ?? '';
  if (kind === 'text') return { value: text };
  const trimmed = text.trim();
  if (trimmed === '') return { empty: true };
  if (kind === 'number') {
    const n = Number(trimmed.replace(',', '.'));
    return Number.isFinite(n) ? { value: n } : { problem: 'number' };
  }
  if (kind === 'boolean') return /^(true|false)$/i.test(trimmed) ? { value: trimmed.toLowerCase() === 'true' } : { problem: 'json' };
  try {
    return { value: JSON.parse(trimmed) };
  } catch {
    // An Object takes anything, text too; a list must be written as one.
    return kind === 'structured' ? { value: text } : { problem: 'json' };
  }
}

const blank = (parsed: Parsed) => 'empty' in parsed || ('value' in parsed && typeof parsed.value === 'string' && parsed.value.trim() === '');

/** What keeps the form from being sent, by input name: a required value left empty, a number or JSON that does not read. */
export function startProblems(inputs: ElsaWorkflowInput[], values: StartValues): Record<string, StartProblem> {
  const problems: Record<string, StartProblem> = {};
  for (const input of inputs) {
    const parsed = parse(input, values[input.name]);
    if ('problem' in parsed) problems[input.name] = parsed.problem;
    else if (input.isRequired && blank(parsed)) problems[input.name] = 'required';
  }
  return problems;
}

/**
 * The `input` a start sends: each value the user filled or changed from its default, and every required one, in the
 * JSON type its declared type takes (numbers as numbers, booleans as booleans, lists as lists). A value left as the
 * default is not sent, so the server applies the definition's own.
 */
export function startInput(inputs: ElsaWorkflowInput[], values: StartValues): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const input of inputs) {
    const parsed = parse(input, values[input.name]);
    if (!('value' in parsed)) continue;
    const declared = defaultJson(input);
    if (declared === undefined ? blank(parsed) || parsed.value === false : JSON.stringify(declared) === JSON.stringify(parsed.value)) {
      if (!input.isRequired) continue;
    }
    body[input.name] = parsed.value;
  }
  return body;
}

/** The MM-dd a day-of-year control holds, split into day and month as it shows them (day first). */
export function splitDayOfYear(value: string): { day: string; month: string } {
  const m = /^(\d*)-(\d*)$/.exec(value.trim());
  return m ? { month: m[1], day: m[2] } : { month: '', day: value.trim() };
}

/** Day and month as MM-dd (each padded to two digits); '' when both are empty. */
export function joinDayOfYear(day: string, month: string): string {
  const d = day.trim(), m = month.trim();
  if (!d && !m) return '';
  return `${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/**
 * The server's reasons by input name (`input.<name>`, names compared without case), the correlation id's, and
 * whether anything is left for the top of the form.
 */
export function serverProblems(errors: Record<string, string[]> | undefined, inputs: ElsaWorkflowInput[]): {
  byInput: Record<string, string>; correlationId?: string; rest: Record<string, string[]>;
} {
  const byInput: Record<string, string> = {};
  const rest: Record<string, string[]> = {};
  let correlationId: string | undefined;
  for (const [key, messages] of Object.entries(errors ?? {})) {
    const message = Array.isArray(messages) ? messages.join(' ') : String(messages);
    const name = /^input\.(.+)$/i.exec(key)?.[1];
    const input = name === undefined ? undefined : inputs.find((i) => i.name.toLowerCase() === name.toLowerCase());
    if (input) byInput[input.name] = message;
    else if (key.toLowerCase() === 'correlationid') correlationId = message;
    else rest[key] = Array.isArray(messages) ? messages : [String(messages)];
  }
  return { byInput, correlationId, rest };
}
