import { describe, expect, it } from 'vitest';
import type { ElsaActivity } from './elsa';
import type { SwitchCase } from './inputs';
import {
  applyField, cronProblem, deadlineRuleProblem, editorKind, fieldModel, formatTimeSpan, isMissing, literalAsScript,
  parseDeadlineRule, parseTimeSpan, withFormLabel, type FormField, type ReminderPolicyValue,
} from './propertyModel';
import { input } from './testing';

const blank = (type = 'Test.Activity'): ElsaActivity => ({ id: 'a', type });

/** Writes a value through the editor model and reads it back. */
function roundTrip(hint: string, value: unknown, typeName = 'String', extra: Partial<Parameters<typeof input>[0]> = {}) {
  const i = input({ name: 'field', uiHint: hint, typeName, ...extra });
  const written = applyField(blank(), i, 'Literal', value);
  return { written, model: fieldModel(written, i) };
}

describe('editorKind', () => {
  it('maps each hint to its editor', () => {
    for (const hint of ['multiline', 'dropdown', 'date', 'datetime', 'duration', 'cron', 'json', 'code', 'stringlist', 'switchcases', 'variable',
      'deadlinerule', 'unitpicker', 'rolepicker', 'reminderpolicy', 'outcomes', 'formfields', 'checkbox', 'number']) {
      expect(editorKind(input({ name: 'x', uiHint: hint }))).toBe(hint);
    }
  });

  it('picks an editor by type for plain text hints and unknown hints fall back to text', () => {
    expect(editorKind(input({ name: 'x', typeName: 'Int32' }))).toBe('number');
    expect(editorKind(input({ name: 'x', typeName: 'Boolean' }))).toBe('checkbox');
    expect(editorKind(input({ name: 'x', typeName: 'TimeSpan' }))).toBe('duration');
    expect(editorKind(input({ name: 'x', typeName: 'DateTimeOffset' }))).toBe('datetime');
    expect(editorKind(input({ name: 'x', uiHint: 'mystery' }))).toBe('singleline');
  });

  it('gives a unit picker on a list of units one chip per unit, written as the JSON array the engine reads', () => {
    expect(editorKind(input({ name: 'x', uiHint: 'unitpicker', typeName: 'String[]' }))).toBe('unitlist');
    expect(editorKind(input({ name: 'x', uiHint: 'unitpicker', typeName: 'String' }))).toBe('unitpicker');
    const { written, model } = roundTrip('unitpicker', ['DU-SYT', ' ', 'DU-SGDDT'], 'String[]');
    expect(written.field).toEqual({ typeName: 'String[]', expression: { type: 'Object', value: '["DU-SYT","DU-SGDDT"]' } });
    expect(model).toMatchObject({ kind: 'unitlist', syntax: 'Literal', value: ['DU-SYT', 'DU-SGDDT'] });
    const asTheTemplatesWriteIt = { ...blank(), field: { typeName: 'String[]', expression: { type: 'Object', value: '["DU-SYT", "DU-SGDDT"]' } } };
    expect(fieldModel(asTheTemplatesWriteIt, input({ name: 'field', uiHint: 'unitpicker', typeName: 'String[]' })).value).toEqual(['DU-SYT', 'DU-SGDDT']);
  });
});

describe('field model per uiHint', () => {
  it('singleline and multiline: a string literal', () => {
    const { written, model } = roundTrip('multiline', 'Xin chào\ndòng hai');
    expect(written.field).toEqual({ typeName: 'String', expression: { type: 'Literal', value: 'Xin chào\ndòng hai' } });
    expect(model).toMatchObject({ kind: 'multiline', syntax: 'Literal', value: 'Xin chào\ndòng hai', canSwitch: true, isSet: true });
    expect(roundTrip('singleline', 'x').model.value).toBe('x');
  });

  it('number: a number literal, text kept when it is not a number, cleared when empty', () => {
    expect(roundTrip('number', '3,5', 'Double').written.field).toEqual({ typeName: 'Double', expression: { type: 'Literal', value: 3.5 } });
    expect(roundTrip('number', '12', 'Int32').model.value).toBe('12');
    expect(roundTrip('number', 'abc', 'Int32').written.field).toMatchObject({ expression: { value: 'abc' } });
    expect(roundTrip('number', '', 'Int32').written.field).toBeUndefined();
  });

  it('checkbox: a boolean, reading "True" too', () => {
    expect(roundTrip('checkbox', true, 'Boolean').written.field).toEqual({ typeName: 'Boolean', expression: { type: 'Literal', value: true } });
    const i = input({ name: 'flag', typeName: 'Boolean', uiHint: 'checkbox' });
    expect(fieldModel({ ...blank(), flag: { typeName: 'Boolean', expression: { type: 'Literal', value: 'True' } } }, i).value).toBe(true);
    expect(fieldModel({ ...blank(), flag: false }, i).value).toBe(false);
  });

  it('dropdown, date, datetime, cron, unit and role pickers: string literals', () => {
    expect(roundTrip('dropdown', 'WaitAll', 'String', { options: ['WaitAny', 'WaitAll'] }).model.value).toBe('WaitAll');
    expect(roundTrip('date', '2026-06-10').model.value).toBe('2026-06-10');
    expect(roundTrip('datetime', '2026-06-10T08:00:00+07:00', 'DateTimeOffset').model.value).toBe('2026-06-10T08:00:00+07:00');
    expect(roundTrip('cron', '0 0 8 1 * *').model.value).toBe('0 0 8 1 * *');
    expect(roundTrip('unitpicker', 'so-y-te').model.value).toBe('so-y-te');
    expect(roundTrip('rolepicker', 'Supervisor').model.value).toBe('Supervisor');
  });

  it('duration: TimeSpan text', () => {
    const { written, model } = roundTrip('duration', formatTimeSpan({ days: 2, hours: 3, minutes: 0, seconds: 5 }), 'TimeSpan');
    expect(written.field).toEqual({ typeName: 'TimeSpan', expression: { type: 'Literal', value: '2.03:00:05' } });
    expect(parseTimeSpan(model.value)).toEqual({ days: 2, hours: 3, minutes: 0, seconds: 5 });
    expect(parseTimeSpan('00:01:00')).toEqual({ days: 0, hours: 0, minutes: 1, seconds: 0 });
    expect(formatTimeSpan({ days: 0, hours: 25, minutes: 0, seconds: 0 })).toBe('1.01:00:00');
    expect(parseTimeSpan('soon')).toBeUndefined();
  });

  it('json: an Object expression holding the text', () => {
    const { written, model } = roundTrip('json', '{"a": 1}', 'Object');
    expect(written.field).toEqual({ typeName: 'Object', expression: { type: 'Object', value: '{"a": 1}' } });
    expect(model).toMatchObject({ syntax: 'Literal', value: '{"a": 1}' });
  });

  it('code: always JavaScript, without the switch', () => {
    const { written, model } = roundTrip('code', 'return x > 3;', 'Boolean');
    expect(written.field).toEqual({ typeName: 'Boolean', expression: { type: 'JavaScript', value: 'return x > 3;' } });
    expect(model).toMatchObject({ kind: 'code', syntax: 'JavaScript', value: 'return x > 3;', canSwitch: false });
  });

  it('stringlist and outcomes: a JSON array in an Object expression, as Elsa writes fork branches', () => {
    const { written, model } = roundTrip('stringlist', ['Board', 'Agency', ' '], 'String[]');
    expect(written.field).toEqual({ typeName: 'String[]', expression: { type: 'Object', value: '["Board","Agency"]' } });
    expect(model.value).toEqual(['Board', 'Agency']);
    expect(roundTrip('outcomes', ['Approve', 'Return'], 'String[]').model.value).toEqual(['Approve', 'Return']);
  });

  it('switchcases: the bare array Elsa writes, or the wrapping the file had', () => {
    const i = input({ name: 'cases', uiHint: 'switchcases', typeName: 'Object', allowExpressions: false });
    const cases: SwitchCase[] = [{ label: 'A', condition: { type: 'JavaScript', value: 'x == 1' } }];
    const bare = applyField(blank('Elsa.FlowSwitch'), i, 'Literal', cases);
    expect(bare.cases).toEqual([{ label: 'A', condition: { type: 'JavaScript', value: 'x == 1' } }]);
    expect(fieldModel(bare, i)).toMatchObject({ kind: 'switchcases', value: cases, canSwitch: false });
    const wrapped = applyField({ ...blank(), cases: { typeName: 'Object', expression: { type: 'Object', value: '[]' } } }, i, 'Literal', cases);
    expect(wrapped.cases).toEqual({ typeName: 'Object', expression: { type: 'Object', value: JSON.stringify(cases) } });
    expect(fieldModel(wrapped, i).value).toEqual(cases);
  });

  it('variable: the variable reference object, picked from the workflow variables', () => {
    const i = input({ name: 'variable', uiHint: 'variable', typeName: 'Object', allowExpressions: false, isRequired: true });
    const variables = [{ id: 'c008425e7ac4c73d', name: 'Counter', typeName: 'Int32', value: '0' }];
    const written = applyField(blank('Elsa.SetVariable'), i, 'Literal', 'c008425e7ac4c73d', { variables });
    expect(written.variable).toEqual({ id: 'c008425e7ac4c73d', name: 'Counter', typeName: 'Int32', value: '0' });
    expect(fieldModel(written, i)).toMatchObject({ kind: 'variable', value: 'c008425e7ac4c73d' });
    expect(isMissing(fieldModel(blank(), i))).toBe(true);
    expect(applyField(written, i, 'Literal', '').variable).toBeUndefined();
  });

  it('deadlinerule: the Domain rule text, checked per basis', () => {
    const { written, model } = roundTrip('deadlinerule', { basis: 'WorkingDays', value: '10' });
    expect(written.field).toEqual({ typeName: 'String', expression: { type: 'Literal', value: 'WorkingDays:10' } });
    expect(model.value).toEqual({ basis: 'WorkingDays', value: '10' });
    expect(parseDeadlineRule('FixedDate:06-10')).toEqual({ basis: 'FixedDate', value: '06-10' });
    expect(deadlineRuleProblem({ basis: 'FixedDate', value: '02-30' })).toBeDefined();
    expect(deadlineRuleProblem({ basis: 'FixedDate', value: '06-10' })).toBeUndefined();
    // That day of one year, as the server reads it: a real date in a year the work calendar counts.
    expect(parseDeadlineRule('FixedDate:2026-06-10')).toEqual({ basis: 'FixedDate', value: '2026-06-10' });
    expect(deadlineRuleProblem({ basis: 'FixedDate', value: '2026-06-10' })).toBeUndefined();
    expect(deadlineRuleProblem({ basis: 'FixedDate', value: '2028-02-29' })).toBeUndefined();
    expect(deadlineRuleProblem({ basis: 'FixedDate', value: '2026-02-29' })).toBeDefined();
    expect(deadlineRuleProblem({ basis: 'FixedDate', value: '1800-06-10' })).toBeDefined();
    expect(deadlineRuleProblem({ basis: 'DayOfMonth', value: '32' })).toBeDefined();
    expect(deadlineRuleProblem({ basis: 'CalendarDays', value: '45' })).toBeUndefined();
  });

  it('reminderpolicy: the Domain policy as JSON, defaults when unset', () => {
    const i = input({ name: 'reminders', uiHint: 'reminderpolicy', typeName: 'Object' });
    expect(fieldModel(blank(), i).value).toEqual({ offsetsBefore: [5, 2, 1], onDueAt: '08:00', overdueAfter: [1, 3, 7], sendAt: '08:00' });
    const policy: ReminderPolicyValue = { offsetsBefore: [3], onDueAt: null, overdueAfter: [2, 4], sendAt: '07:30' };
    const written = applyField(blank(), i, 'Literal', policy);
    expect(written.reminders).toEqual({ typeName: 'Object', expression: { type: 'Object', value: JSON.stringify(policy) } });
    expect(fieldModel(written, i).value).toEqual(policy);
  });

  it('formfields: a JSON array of fields', () => {
    const fields: FormField[] = [
      { name: 'summary', label: 'Tóm tắt', type: 'multiline', required: true },
      { name: 'rating', label: 'Xếp loại', type: 'select', required: false, options: ['A', 'B'] },
    ];
    const { model } = roundTrip('formfields', fields, 'Object');
    expect(model.value).toEqual(fields);
  });

  it('formfields: keeps labels in both languages, a maximum length, option labels and a kind it does not list', () => {
    const written = [
      { name: 'symbol', labelVi: 'Số, ký hiệu', labelEn: 'Number and symbol', required: true, maxLength: 64 },
      { name: 'result', labelVi: 'Kết luận', type: 'select', options: ['None', 'Raised'], optionLabels: { Raised: { vi: 'Có khuyết điểm', en: 'Findings' } } },
      { name: 'when', label: 'Ngày', type: 'datetime' },
    ];
    const { model } = roundTrip('formfields', written as unknown as FormField[], 'Object');
    const fields = model.value as FormField[];

    expect(fields[0]).toMatchObject({ labelVi: 'Số, ký hiệu', labelEn: 'Number and symbol', maxLength: 64, type: 'text' });
    expect(fields[1].optionLabels).toEqual({ Raised: { vi: 'Có khuyết điểm', en: 'Findings' } });
    expect(fields[2].type).toBe('datetime');
    // Changing one language's label keeps the other; a label written once for both keeps serving the other language.
    expect(withFormLabel(fields[0], 'vi', 'Số hiệu')).toMatchObject({ labelVi: 'Số hiệu', labelEn: 'Number and symbol', maxLength: 64 });
    const shared = withFormLabel(fields[2], 'en', 'Date');
    expect(shared).toMatchObject({ labelVi: 'Ngày', labelEn: 'Date' });
    expect('label' in shared).toBe(false);
  });

  it('switches between a literal and a script without losing the text', () => {
    const i = input({ name: 'text', uiHint: 'singleline' });
    const literal = applyField(blank(), i, 'Literal', "Báo cáo 'quý'");
    const script = literalAsScript(fieldModel(literal, i));
    expect(script).toBe('"Báo cáo \'quý\'"');
    const asScript = applyField(literal, i, 'JavaScript', script);
    expect(asScript.text).toEqual({ typeName: 'String', expression: { type: 'JavaScript', value: script } });
    expect(fieldModel(asScript, i)).toMatchObject({ syntax: 'JavaScript', value: script });
  });

  it('keeps other keys of an input object it rewrites', () => {
    const i = input({ name: 'text' });
    const a = { ...blank(), text: { typeName: 'String', expression: { type: 'Literal', value: 'a' }, note: 'keep' } };
    expect(applyField(a, i, 'Literal', 'b').text).toEqual({ typeName: 'String', expression: { type: 'Literal', value: 'b' }, note: 'keep' });
  });

  it('reads a bare value as a literal and an input written in another case', () => {
    const i = input({ name: 'text' });
    expect(fieldModel({ ...blank(), text: 'plain' }, i).value).toBe('plain');
    expect(fieldModel({ ...blank(), Text: { expression: { type: 'Literal', value: 'P' } } }, i).value).toBe('P');
  });

  it('flags required inputs left empty and checks cron text', () => {
    const i = input({ name: 'eventName', isRequired: true });
    expect(isMissing(fieldModel(blank(), i))).toBe(true);
    expect(isMissing(fieldModel(applyField(blank(), i, 'Literal', 'x'), i))).toBe(false);
    expect(cronProblem('0 0 8 1 * *')).toBeUndefined();
    expect(cronProblem('0 8 1 * *')).toBe('editor.cron.sixFields');
  });
});
