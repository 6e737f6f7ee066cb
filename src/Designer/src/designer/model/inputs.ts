import type { ElsaActivity, ElsaExpression, ElsaInputValue } from './elsa';
import { isPlainObject } from './elsa';

/** How an input's value is written: a literal, a script, a JSON literal or a variable reference. */
export type Syntax = 'Literal' | 'JavaScript' | 'Object' | 'Variable';

export interface WrittenInput {
  /** The key the input is written under (case kept as in the file). */
  key: string | undefined;
  syntax: Syntax;
  value: unknown;
  /** True when the file holds the value bare, not wrapped in `{typeName, expression}`. */
  bare: boolean;
}

const KNOWN_SYNTAX: Syntax[] = ['Literal', 'JavaScript', 'Object', 'Variable'];

/** Finds the property holding an input: camelCase as written, any case accepted. */
export function inputKey(activity: ElsaActivity, name: string): string | undefined {
  if (name in activity) return name;
  const lower = name.toLowerCase();
  return Object.keys(activity).find((key) => key.toLowerCase() === lower);
}

export function normaliseSyntax(type: unknown): Syntax {
  if (typeof type !== 'string') return 'Literal';
  if (type === 'Javascript') return 'JavaScript';
  return (KNOWN_SYNTAX as string[]).includes(type) ? (type as Syntax) : 'Literal';
}

/** Reads an input as written; a missing input reads as an empty literal. */
export function readInput(activity: ElsaActivity, name: string): WrittenInput {
  const key = inputKey(activity, name);
  const raw = key === undefined ? undefined : activity[key];
  if (isPlainObject(raw) && isPlainObject(raw.expression)) {
    const expression = raw.expression as unknown as ElsaExpression;
    return { key, syntax: normaliseSyntax(expression.type), value: expression.value, bare: false };
  }
  return { key, syntax: 'Literal', value: raw, bare: key !== undefined };
}

/**
 * A copy of the activity with the input written as `{typeName, expression: {type, value}}`. Keys of the
 * existing input object other than the expression (e.g. `typeName`) are kept; `value === undefined`
 * removes the input.
 */
export function writeInput(activity: ElsaActivity, name: string, typeName: string, syntax: Syntax, value: unknown): ElsaActivity {
  const key = inputKey(activity, name) ?? name;
  const next: ElsaActivity = { ...activity };
  if (value === undefined) {
    delete next[key];
    return next;
  }
  const existing = activity[key];
  const base: ElsaInputValue = isPlainObject(existing) && isPlainObject(existing.expression)
    ? { ...(existing as ElsaInputValue) }
    : { typeName };
  base.typeName ??= typeName;
  base.expression = { type: syntax, value };
  next[key] = base;
  return next;
}

/** A copy of the activity with a raw property (an input the activity reads itself, e.g. switch cases). */
export function writeRaw(activity: ElsaActivity, name: string, value: unknown): ElsaActivity {
  const key = inputKey(activity, name) ?? name;
  const next: ElsaActivity = { ...activity };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/** Parses JSON text written in an `Object` expression or a string literal; the value itself otherwise. */
export function parseStructured(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (!(text.startsWith('[') || text.startsWith('{'))) return value;
  try {
    return JSON.parse(text);
  } catch {
    return value;
  }
}

/** A literal list of strings (fork branches, outcomes), or undefined when it is a script. */
export function readStringList(activity: ElsaActivity, name: string): string[] | undefined {
  const written = readInput(activity, name);
  if (written.syntax === 'JavaScript' || written.syntax === 'Variable') return undefined;
  const value = parseStructured(written.value);
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  if (typeof value === 'string' && value.length > 0) return value.split(',').map((s) => s.trim()).filter(Boolean);
  return written.key === undefined ? undefined : [];
}

export interface SwitchCase { label: string; condition: { type: Syntax; value: string } }

/** Switch cases as written: a bare array, JSON text, or wrapped in an expression. */
export function readSwitchCases(activity: ElsaActivity, name = 'cases'): SwitchCase[] {
  const written = readInput(activity, name);
  const value = parseStructured(written.value);
  if (!Array.isArray(value)) return [];
  return value.filter(isPlainObject).map((item) => {
    const condition = item.condition;
    if (isPlainObject(condition) && 'type' in condition) {
      return { label: String(item.label ?? ''), condition: { type: normaliseSyntax(condition.type), value: stringify(condition.value) } };
    }
    if (isPlainObject(condition) && isPlainObject(condition.expression)) {
      const expression = condition.expression as unknown as ElsaExpression;
      return { label: String(item.label ?? ''), condition: { type: normaliseSyntax(expression.type), value: stringify(expression.value) } };
    }
    return { label: String(item.label ?? ''), condition: { type: 'Literal' as Syntax, value: stringify(condition) } };
  });
}

function stringify(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
