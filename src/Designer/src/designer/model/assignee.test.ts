import { describe, expect, it } from 'vitest';
import descriptors from './__fixtures__/activity-descriptors.json';
import { EMPTY_ASSIGNEE, formatAssignee, holdsAssignee, parseAssignee, readAssignee, withMode, type Assignee, type AssigneeField } from './assignee';
import type { ActivityDescriptor } from './descriptors';
import type { ElsaActivity } from './elsa';
import { isPlainObject } from './elsa';
import { applyField, fieldModel, isMissing, literalAsScript } from './propertyModel';
import { input, shippedWorkflows } from './testing';

const assignee = (partial: Partial<Assignee>): Assignee => ({ ...EMPTY_ASSIGNEE, ...partial });

describe('parseAssignee', () => {
  it('reads each kind of assignee from JSON text or an object', () => {
    expect(parseAssignee('{"role": "Specialist", "unitId": "BTGDV-KG"}')).toEqual(assignee({ role: 'Specialist', unitId: 'BTGDV-KG' }));
    expect(parseAssignee({ userName: 'nguyenvana' })).toEqual(assignee({ mode: 'user', userName: 'nguyenvana' }));
    expect(parseAssignee(' {"candidateUnitIds": ["DU-SYT", "DU-SGD"]}')).toEqual(assignee({ mode: 'units', candidateUnitIds: ['DU-SYT', 'DU-SGD'] }));
  });

  it('reads a role without a unit and a unit without a role as a role in a unit', () => {
    expect(parseAssignee('{"role": "Leader"}')).toEqual(assignee({ role: 'Leader' }));
    expect(parseAssignee('{"unitId": "SYT"}')).toEqual(assignee({ unitId: 'SYT' }));
  });

  it('reads keys in any case, as the server does, and takes null and "" as absent', () => {
    expect(parseAssignee('{"Role": "Clerk", "UnitId": "BTGDV-TU"}')).toEqual(assignee({ role: 'Clerk', unitId: 'BTGDV-TU' }));
    expect(parseAssignee({ userName: 'a', role: null, unitId: '', candidateUnitIds: [] })).toEqual(assignee({ mode: 'user', userName: 'a' }));
  });

  it('reads nothing as an empty role in a unit', () => {
    for (const empty of [undefined, null, '', '  ', '{}']) expect(parseAssignee(empty)).toEqual(EMPTY_ASSIGNEE);
  });

  it('refuses what it cannot show without losing something', () => {
    expect(parseAssignee('Specialist')).toBeUndefined();
    expect(parseAssignee('{"role": "Leader"')).toBeUndefined();
    expect(parseAssignee('["DU-SYT"]')).toBeUndefined();
    expect(parseAssignee('{"role": "Leader", "unitId": "SYT", "note": "x"}')).toBeUndefined();
    expect(parseAssignee('{"role": "Leader", "userName": "a"}')).toBeUndefined();
    expect(parseAssignee('{"role": 3}')).toBeUndefined();
    expect(parseAssignee('{"candidateUnitIds": "DU-SYT"}')).toBeUndefined();
    expect(parseAssignee(42)).toBeUndefined();
  });
});

describe('formatAssignee', () => {
  it('writes the keys of its mode as the shipped workflows do, others and empty ones dropped', () => {
    expect(formatAssignee(assignee({ role: 'Leader', unitId: 'BTGDV-TU', userName: 'left over' }))).toBe('{"role": "Leader", "unitId": "BTGDV-TU"}');
    expect(formatAssignee(assignee({ role: 'Leader', unitId: ' ' }))).toBe('{"role": "Leader"}');
    expect(formatAssignee(assignee({ mode: 'user', role: 'Leader', userName: ' nguyenvana ' }))).toBe('{"userName": "nguyenvana"}');
    expect(formatAssignee(assignee({ mode: 'units', candidateUnitIds: ['DU-SYT', '', ' DU-SGD'] }))).toBe('{"candidateUnitIds": ["DU-SYT", "DU-SGD"]}');
  });

  it('writes nothing for an empty assignee', () => {
    expect(formatAssignee(EMPTY_ASSIGNEE)).toBe('');
    expect(formatAssignee(assignee({ mode: 'units', candidateUnitIds: [' '] }))).toBe('');
    expect(formatAssignee(assignee({ mode: 'user', role: 'Leader' }))).toBe('');
  });

  it('reads back what it writes', () => {
    for (const a of [assignee({ role: 'Secretary', unitId: 'Ban "A"' }), assignee({ mode: 'user', userName: 'lê.văn' }), assignee({ mode: 'units', candidateUnitIds: ['A', 'B'] })]) {
      expect(parseAssignee(formatAssignee(a))).toEqual(a);
    }
  });
});

describe('withMode', () => {
  it('brings back what was typed for a mode picked again', () => {
    const role = assignee({ role: 'Leader', unitId: 'SYT' });
    const asUser = withMode(role, 'user');
    expect(formatAssignee(asUser)).toBe('');
    const shownAsUser = parseAssignee(formatAssignee(asUser))!;
    expect(withMode({ ...shownAsUser, mode: 'user' }, 'role', role)).toEqual(role);
  });
});

describe('assignee inputs', () => {
  const object = input({ name: 'assignee', uiHint: 'rolepicker', typeName: 'Object', isRequired: true });
  const blank: ElsaActivity = { id: 'a', type: 'Supervision.UserTask' };
  const written = (value: unknown, type = 'Object'): ElsaActivity => ({ ...blank, assignee: { typeName: 'Object', expression: { type, value } } });

  it('holds an assignee unless typed String, which holds a role name', () => {
    expect(holdsAssignee(object)).toBe(true);
    expect(holdsAssignee(input({ name: 'assigneeRole', uiHint: 'rolepicker', typeName: 'String' }))).toBe(false);
  });

  it('shows an Object expression as the assignee it holds, with its text', () => {
    const model = fieldModel(written('{"role": "Specialist", "unitId": "BTGDV-KG"}'), object);
    expect(model).toMatchObject({ kind: 'rolepicker', syntax: 'Literal', canSwitch: true });
    expect(model.value).toEqual({ text: '{"role": "Specialist", "unitId": "BTGDV-KG"}', assignee: assignee({ role: 'Specialist', unitId: 'BTGDV-KG' }) });
  });

  it('writes an assignee as JSON text in an Object expression, and removes an empty one', () => {
    const next = applyField(blank, object, 'Literal', assignee({ mode: 'units', candidateUnitIds: ['DU-SYT'] }));
    expect(next.assignee).toEqual({ typeName: 'Object', expression: { type: 'Object', value: '{"candidateUnitIds": ["DU-SYT"]}' } });
    expect(applyField(next, object, 'Literal', EMPTY_ASSIGNEE).assignee).toBeUndefined();
  });

  it('keeps text it cannot read, and writes text typed for it as it is', () => {
    const model = fieldModel(written('Supervisor', 'Literal'), object);
    expect(model.value).toEqual({ text: 'Supervisor', assignee: undefined } satisfies AssigneeField);
    expect(isMissing(model)).toBe(false);
    expect(applyField(blank, object, 'Literal', '{"role": "Leader", "note": 1}').assignee)
      .toEqual({ typeName: 'Object', expression: { type: 'Object', value: '{"role": "Leader", "note": 1}' } });
  });

  it('is missing when it names nobody', () => {
    expect(isMissing(fieldModel(blank, object))).toBe(true);
    expect(isMissing(fieldModel(written('{}'), object))).toBe(true);
    expect(isMissing(fieldModel(written('{"userName": "a"}'), object))).toBe(false);
  });

  it('becomes a script returning the same text', () => {
    expect(literalAsScript(fieldModel(written('{"userName": "a"}'), object))).toBe('"{\\"userName\\": \\"a\\"}"');
    expect(literalAsScript(fieldModel(blank, object))).toBe('');
  });

  it('reads an object written bare', () => {
    expect(readAssignee({ role: 'Leader' })).toEqual({ text: '{\n  "role": "Leader"\n}', assignee: assignee({ role: 'Leader' }) });
  });
});

describe('the shipped workflows', () => {
  const inputs = new Map((descriptors as unknown as ActivityDescriptor[])
    .map((d) => [d.typeName, d.inputs.filter((i) => i.uiHint === 'rolepicker' && holdsAssignee(i))]));
  const activities = (node: unknown): ElsaActivity[] => {
    if (Array.isArray(node)) return node.flatMap(activities);
    if (!isPlainObject(node)) return [];
    const own = typeof node.type === 'string' && inputs.has(node.type) ? [node as ElsaActivity] : [];
    return [...own, ...Object.values(node).flatMap(activities)];
  };
  const found = shippedWorkflows().flatMap(({ file, json }) => activities(json).flatMap((activity) =>
    inputs.get(activity.type)!.filter((i) => activity[i.name] !== undefined).map((i) => ({ file, activity, input: i }))));

  it('have assignees', () => {
    expect(found.length).toBeGreaterThan(10);
  });

  it('read every assignee and write each back byte for byte', () => {
    for (const { file, activity, input: i } of found) {
      const { assignee: read } = fieldModel(activity, i).value as AssigneeField;
      expect(read, `${file} ${activity.id} ${i.name}`).toBeDefined();
      expect(JSON.stringify(applyField(activity, i, 'Literal', read)), `${file} ${activity.id} ${i.name}`).toBe(JSON.stringify(activity));
    }
  });
});
