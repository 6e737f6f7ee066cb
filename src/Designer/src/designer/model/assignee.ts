import type { InputDescriptor } from './descriptors';
import { isPlainObject } from './elsa';
import { parseStructured } from './inputs';

/**
 * Who a human task is for, as the engine reads it (Workflows' TaskAssignee): a role people hold in a unit, a person, or
 * any of several units. Definitions write it as JSON text in an `Object` expression, `{"role": "Specialist", "unitId":
 * "BTGDV-KG"}`, `{"userName": "..."}` or `{"candidateUnitIds": ["DU-SYT", ...]}`.
 */
export type AssigneeMode = 'role' | 'user' | 'units';
export const ASSIGNEE_MODES: AssigneeMode[] = ['role', 'user', 'units'];

export interface Assignee { mode: AssigneeMode; role: string; unitId: string; userName: string; candidateUnitIds: string[] }

export const EMPTY_ASSIGNEE: Assignee = { mode: 'role', role: '', unitId: '', userName: '', candidateUnitIds: [] };

/** What an assignee input holds: the text as written, and the assignee read from it (undefined when it cannot be read). */
export interface AssigneeField { text: string; assignee: Assignee | undefined }

/**
 * Whether a `rolepicker` input holds a whole assignee. One typed String holds only a role name (the role a unit's task
 * goes to, e.g. AssignTasks' `assigneeRole`); the others hold an assignee.
 */
export function holdsAssignee(input: InputDescriptor): boolean {
  return input.typeName !== 'String';
}

const KEYS: Record<string, { mode: AssigneeMode; key: 'role' | 'unitId' | 'userName' | 'candidateUnitIds' }> = {
  role: { mode: 'role', key: 'role' },
  unitid: { mode: 'role', key: 'unitId' },
  username: { mode: 'user', key: 'userName' },
  candidateunitids: { mode: 'units', key: 'candidateUnitIds' },
};

/**
 * The assignee a value holds, read from JSON text or an object; empty reads as an empty role in a unit. Undefined when it
 * is not one the editor can show without losing something: not JSON, unknown keys, keys of two kinds of assignee at once,
 * or values of the wrong type. Keys are read in any case, as the server reads them; `null` and "" count as absent.
 */
export function parseAssignee(value: unknown): Assignee | undefined {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return { ...EMPTY_ASSIGNEE, candidateUnitIds: [] };
  const parsed = parseStructured(value);
  if (!isPlainObject(parsed)) return undefined;
  const result: Assignee = { ...EMPTY_ASSIGNEE, candidateUnitIds: [] };
  const modes = new Set<AssigneeMode>();
  for (const [name, raw] of Object.entries(parsed)) {
    const known = KEYS[name.toLowerCase()];
    if (!known) return undefined;
    if (raw === null || raw === '') continue;
    if (known.key === 'candidateUnitIds') {
      if (!Array.isArray(raw) || !raw.every((x) => typeof x === 'string')) return undefined;
      if (raw.length === 0) continue;
      result.candidateUnitIds = raw as string[];
    } else {
      if (typeof raw !== 'string') return undefined;
      result[known.key] = raw;
    }
    modes.add(known.mode);
  }
  if (modes.size > 1) return undefined;
  const [mode = 'role'] = modes;
  return { ...result, mode };
}

/** The text and the assignee of an input's written value (a string as it is; an object as JSON). */
export function readAssignee(value: unknown): AssigneeField {
  const text = value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  return { text, assignee: parseAssignee(value) };
}

/**
 * The JSON text of an assignee, written as the shipped workflows write it (`{"role": "Leader", "unitId": "BTGDV-TU"}`),
 * with only the keys of its mode, trimmed, empty ones dropped; "" when nothing is left.
 */
export function formatAssignee(assignee: Assignee): string {
  const entries: Array<[string, string | string[]]> = [];
  const add = (key: string, value: string) => { if (value.trim()) entries.push([key, value.trim()]); };
  switch (assignee.mode) {
    case 'role':
      add('role', assignee.role);
      add('unitId', assignee.unitId);
      break;
    case 'user':
      add('userName', assignee.userName);
      break;
    case 'units': {
      const units = assignee.candidateUnitIds.map((u) => u.trim()).filter(Boolean);
      if (units.length) entries.push(['candidateUnitIds', units]);
      break;
    }
  }
  if (entries.length === 0) return '';
  const json = (v: string | string[]) => (Array.isArray(v) ? `[${v.map((x) => JSON.stringify(x)).join(', ')}]` : JSON.stringify(v));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}: ${json(v)}`).join(', ')}}`;
}

/**
 * The assignee shown after the author picks another mode: what is shown now, with what was typed earlier for the other
 * modes (`remembered`) filling the fields left empty, so a mode picked by mistake can be picked back.
 */
export function withMode(current: Assignee, mode: AssigneeMode, remembered: Assignee = EMPTY_ASSIGNEE): Assignee {
  return {
    mode,
    role: current.role || remembered.role,
    unitId: current.unitId || remembered.unitId,
    userName: current.userName || remembered.userName,
    candidateUnitIds: current.candidateUnitIds.length ? current.candidateUnitIds : remembered.candidateUnitIds,
  };
}
