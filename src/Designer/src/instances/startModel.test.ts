import { describe, expect, it } from 'vitest';
import type { ElsaWorkflowInput } from '../designer/model/elsa';
import {
  currentYear, definitionName, initialValues, joinDayOfYear, localLabel, serverProblems, splitDayOfYear, startControl, startInput, startProblems,
} from './startModel';

const input = (over: Partial<ElsaWorkflowInput> & { name: string }): ElsaWorkflowInput => ({ type: 'String', ...over });

describe('start form', () => {
  it('picks the control by hint first, then by type', () => {
    expect(startControl({ type: 'Int32', uiHint: 'year' })).toBe('year');
    expect(startControl({ type: 'String', uiHint: 'DayOfYear' })).toBe('dayofyear');
    expect(startControl({ type: 'String', uiHint: 'date' })).toBe('date');
    expect(startControl({ type: 'String', uiHint: 'deadlinerule' })).toBe('deadlinerule');
    expect(startControl({ type: 'String', uiHint: 'unitquery' })).toBe('unitquery');
    expect(startControl({ type: 'String', uiHint: 'inspectionkind' })).toBe('inspectionkind');
    // A list of units is written as the JSON list its type takes.
    expect(startControl({ type: 'String[]', uiHint: 'unitlist' })).toBe('json');
    expect(startControl({ type: 'Boolean' })).toBe('checkbox');
    for (const type of ['Int32', 'Int64', 'Double', 'Decimal', 'System.Int32']) expect(startControl({ type }), type).toBe('number');
    expect(startControl({ type: 'String[]' })).toBe('json');
    expect(startControl({ type: 'Object' })).toBe('json');
    // A hint that only names an editor leaves the type to choose.
    expect(startControl({ type: 'Int32', uiHint: 'singleline' })).toBe('number');
    expect(startControl({ type: 'TimeSpan' })).toBe('text');
    expect(startControl({ type: 'String' })).toBe('text');
  });

  it('shows the part of a two-language label for the page language, any other label whole', () => {
    expect(localLabel('Năm / Year', 'vi')).toBe('Năm');
    expect(localLabel('Năm / Year', 'en')).toBe('Year');
    expect(localLabel('Sơ kết / tổng kết nghị quyết / Interim or final review', 'en')).toBe('Sơ kết / tổng kết nghị quyết / Interim or final review');
    expect(localLabel('Đơn vị/Units', 'en')).toBe('Đơn vị/Units');
    expect(localLabel(undefined, 'en')).toBe('');
  });

  it('names a workflow by its English name on an English page, from the list or from the definition itself', () => {
    expect(definitionName({ name: 'Sơ kết / tổng kết nghị quyết', nameEn: 'Interim or final review of a resolution' }, 'en')).toBe('Interim or final review of a resolution');
    expect(definitionName({ name: 'Sơ kết / tổng kết nghị quyết', nameEn: 'Interim or final review of a resolution' }, 'vi')).toBe('Sơ kết / tổng kết nghị quyết');
    expect(definitionName({ name: 'Kiểm tra', customProperties: { nameEn: 'Inspection' } }, 'en')).toBe('Inspection');
    expect(definitionName({ name: 'Xin chào / Hello world' }, 'en')).toBe('Hello world');
    expect(definitionName({ name: 'Kiểm tra', nameEn: '  ' }, 'en')).toBe('Kiểm tra');
  });

  it('fills in the defaults, a year without one as this year in Hà Nội, and a list written as text as JSON', () => {
    const inputs = [
      input({ name: 'year', type: 'Int32', uiHint: 'year', defaultValue: 2026 }),
      input({ name: 'fiscalYear', type: 'Int32', uiHint: 'year' }),
      input({ name: 'planIssueBy', uiHint: 'dayofyear', defaultValue: '02-15' }),
      input({ name: 'runInspection', type: 'Boolean', defaultValue: false }),
      input({ name: 'urgent', type: 'Boolean', defaultValue: 'true' }),
      input({ name: 'departments', type: 'String[]', defaultValue: '["SYT"]' }),
      input({ name: 'topic' }),
    ];
    // 18:00 UTC on New Year's Eve is already the new year in Hà Nội.
    expect(currentYear(new Date('2030-12-31T18:00:00Z'))).toBe(2031);
    expect(initialValues(inputs, new Date('2030-12-31T18:00:00Z'))).toEqual({
      year: '2026', fiscalYear: '2031', planIssueBy: '02-15', runInspection: false, urgent: true, departments: '["SYT"]', topic: '',
    });
  });

  it('sends what was filled or changed and every required value, each in its JSON type', () => {
    const inputs = [
      input({ name: 'year', type: 'Int32', uiHint: 'year', defaultValue: 2026 }),
      input({ name: 'unitQuery', uiHint: 'unitquery', defaultValue: 'kind:PartyCommittee@TU-DEMO' }),
      input({ name: 'planIssueBy', uiHint: 'dayofyear', defaultValue: '02-15' }),
      input({ name: 'runInspection', type: 'Boolean', defaultValue: false }),
      input({ name: 'rate', type: 'Double' }),
      input({ name: 'departments', type: 'String[]', defaultValue: '["SYT"]' }),
      input({ name: 'options', type: 'Object' }),
      input({ name: 'resolution', isRequired: true, defaultValue: '20-NQ/TW' }),
      input({ name: 'note' }),
    ];
    const values = initialValues(inputs);
    expect(startInput(inputs, values)).toEqual({ resolution: '20-NQ/TW' });
    expect(startInput(inputs, {
      ...values, year: '2027', runInspection: true, rate: '2,5', departments: '["SYT", "SGDDT"]', options: '{"a": 1}', note: 'ghi chú',
    })).toEqual({ year: 2027, runInspection: true, rate: 2.5, departments: ['SYT', 'SGDDT'], options: { a: 1 }, resolution: '20-NQ/TW', note: 'ghi chú' });
    // Text cleared from a default is sent as cleared; an emptied number leaves the default to the server.
    expect(startInput(inputs, { ...values, unitQuery: '', year: '' })).toEqual({ unitQuery: '', resolution: '20-NQ/TW' });
    // Text that is not JSON is still an Object's value.
    expect(startInput(inputs, { ...values, options: 'plain' })).toMatchObject({ options: 'plain' });
  });

  it('holds back a required value left empty, a number or list that does not read', () => {
    const inputs = [
      input({ name: 'topic', isRequired: true }),
      input({ name: 'count', type: 'Int32' }),
      input({ name: 'targets', type: 'String[]' }),
      input({ name: 'when', uiHint: 'date', isRequired: true, defaultValue: '2026-09-30' }),
    ];
    expect(startProblems(inputs, { topic: ' ', count: 'mười', targets: '[SYT', when: '2026-09-30' })).toEqual({ topic: 'required', count: 'number', targets: 'json' });
    expect(startProblems(inputs, { topic: 'Y tế', count: '', targets: '', when: '' })).toEqual({ when: 'required' });
  });

  it('writes a day of the year as MM-dd and reads it back day first', () => {
    expect(joinDayOfYear('5', '2')).toBe('02-05');
    expect(joinDayOfYear('45', '13')).toBe('13-45');
    expect(joinDayOfYear('', '')).toBe('');
    expect(splitDayOfYear('02-15')).toEqual({ day: '15', month: '02' });
    expect(splitDayOfYear('')).toEqual({ day: '', month: '' });
  });

  it('puts each reason of the server beside its input, the correlation id beside its field, the rest on top', () => {
    const inputs = [input({ name: 'planIssueBy' }), input({ name: 'year', type: 'Int32' })];
    expect(serverProblems({
      'input.planIssueBy': ['Month 13 does not exist.'], 'input.Year': ['Takes a year.'], correlationId: ['Too long.'], 'input.other': ['Not declared.'], definitionId: ['Missing.'],
    }, inputs)).toEqual({
      byInput: { planIssueBy: 'Month 13 does not exist.', year: 'Takes a year.' },
      correlationId: 'Too long.',
      rest: { 'input.other': ['Not declared.'], definitionId: ['Missing.'] },
    });
  });
});
