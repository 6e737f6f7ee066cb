// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { en } from '../../i18n/en';
import { vi } from '../../i18n/vi';
import { EditorContext } from '../context';
import { Editor } from '../editor';
import descriptorsJson from '../model/__fixtures__/activity-descriptors.json';
import { indexDescriptors, type ActivityDescriptor } from '../model/descriptors';
import { emptyDefinition, INPUT_HINTS, inputHint, type ElsaDefinition } from '../model/elsa';
import { WorkflowSettings } from './WorkflowSettings';

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('vi');
});

const index = indexDescriptors(descriptorsJson as unknown as ActivityDescriptor[]);

function definition(): ElsaDefinition {
  return {
    ...emptyDefinition('annual-cycle', 'Chu trình năm'),
    inputs: [
      { name: 'year', type: 'Int32', displayName: 'Năm', description: null, defaultValue: 2026, uiHint: 'year' },
      { name: 'units', type: 'String', displayName: 'Đơn vị', description: null, defaultValue: 'kind:PartyCommittee@TU-DEMO' },
      { name: 'colour', type: 'String', displayName: 'Màu', description: null, defaultValue: null, uiHint: 'colorpicker' },
      { name: 'due', type: 'String', displayName: 'Hạn', description: null, defaultValue: '2026-09-30', uiHint: 'Date' },
    ],
  };
}

function open(readOnly = false) {
  const editor = new Editor(definition(), index, readOnly);
  render(<EditorContext.Provider value={editor}><WorkflowSettings /></EditorContext.Provider>);
  return editor;
}

const hintOf = (name: string) => screen.getByRole('combobox', { name: new RegExp(`tham số ${name}$|input ${name}$`) }) as HTMLSelectElement;

describe('an input\'s kind of value', () => {
  it('offers none and the seven hints a start checks by, named in Vietnamese, with each input\'s own hint chosen', () => {
    open();
    const year = hintOf('year');
    expect(within(year).getAllByRole('option').map((o) => [o.getAttribute('value'), o.textContent])).toEqual([
      ['', '— Không —'],
      ['deadlinerule', 'Quy tắc thời hạn (WorkingDays:10)'],
      ['dayofyear', 'Ngày trong năm (MM-dd)'],
      ['date', 'Ngày (năm-tháng-ngày)'],
      ['unitquery', 'Truy vấn đơn vị'],
      ['year', 'Năm'],
      ['unitlist', 'Danh sách đơn vị'],
      ['inspectionkind', 'Hình thức kiểm tra, giám sát'],
    ]);
    expect(year.value).toBe('year');
    // Each says what it is on the page too, not only to a screen reader.
    expect(screen.getAllByText('Dạng giá trị', { selector: 'label > span' })).toHaveLength(4);
    expect(hintOf('units').value).toBe('');
    // The server matches hints without regard to case.
    expect(hintOf('due').value).toBe('date');
  });

  it('keeps a hint it does not know, as written, among the choices', () => {
    const editor = open();
    const colour = hintOf('colour');
    expect(colour.value).toBe('colorpicker');
    expect(within(colour).getByRole('option', { selected: true }).textContent).toBe('colorpicker (không kiểm tra khi bắt đầu)');
    // Changing another input leaves it alone.
    fireEvent.change(hintOf('units'), { target: { value: 'unitquery' } });
    expect(editor.toElsa().inputs!.map((i) => i.uiHint)).toEqual(['year', 'unitquery', 'colorpicker', 'Date']);
  });

  it('writes the choice into the definition that is saved, and takes the key away for none', () => {
    const editor = open();
    fireEvent.change(hintOf('units'), { target: { value: 'unitquery' } });
    fireEvent.change(hintOf('year'), { target: { value: '' } });
    const saved = JSON.parse(JSON.stringify(editor.toElsa())) as ElsaDefinition;
    expect(saved.inputs![1]).toEqual({ name: 'units', type: 'String', displayName: 'Đơn vị', description: null, defaultValue: 'kind:PartyCommittee@TU-DEMO', uiHint: 'unitquery' });
    expect(saved.inputs![0]).not.toHaveProperty('uiHint');
    // Opened again, the saved definition shows the same choices.
    cleanup();
    const reopened = new Editor(saved, index);
    render(<EditorContext.Provider value={reopened}><WorkflowSettings /></EditorContext.Provider>);
    expect(hintOf('units').value).toBe('unitquery');
    expect(hintOf('year').value).toBe('');
    expect(reopened.toElsa().inputs).toEqual(saved.inputs);
  });

  it('is one undoable step', () => {
    const editor = open();
    fireEvent.change(hintOf('units'), { target: { value: 'date' } });
    editor.undo();
    expect(editor.toElsa().inputs![1]).not.toHaveProperty('uiHint');
  });

  it('reads in English, and cannot be changed in a read-only designer', async () => {
    await i18n.changeLanguage('en');
    open(true);
    const year = hintOf('year');
    expect(year.disabled).toBe(true);
    expect(within(year).getAllByRole('option').map((o) => o.textContent)).toEqual([
      '— None —', 'Deadline rule (WorkingDays:10)', 'Day of the year (MM-dd)', 'Date (year-month-day)', 'Unit query', 'Year',
      'List of units', 'Kind of inspection or supervision',
    ]);
  });

  it('names every hint in both languages', () => {
    for (const hint of INPUT_HINTS) {
      expect(vi.designer.workflow.hints[hint], `vi ${hint}`).toBeTruthy();
      expect(en.designer.workflow.hints[hint], `en ${hint}`).toBeTruthy();
    }
    expect(inputHint({ uiHint: ' DeadlineRule ' })).toBe('deadlinerule');
    expect(inputHint({ uiHint: 'multiline' })).toBeUndefined();
    expect(inputHint({})).toBeUndefined();
  });
});

describe('the workflow\'s English name', () => {
  it('is written to customProperties.nameEn, kept beside other custom properties, and removed when cleared', () => {
    const editor = new Editor({ ...definition(), customProperties: { owner: 'BTGDV' } }, index);
    render(<EditorContext.Provider value={editor}><WorkflowSettings /></EditorContext.Provider>);
    const field = screen.getByRole('textbox', { name: 'Tên tiếng Anh' }) as HTMLInputElement;
    expect(field.value).toBe('');

    fireEvent.change(field, { target: { value: 'Annual cycle' } });
    expect(editor.toElsa().customProperties).toEqual({ owner: 'BTGDV', nameEn: 'Annual cycle' });
    expect(editor.toElsa().name).toBe('Chu trình năm');

    fireEvent.change(field, { target: { value: '' } });
    expect(editor.toElsa().customProperties).toEqual({ owner: 'BTGDV' });
  });
});

describe('the workflow\'s English description', () => {
  it('is written to customProperties.descriptionEn beside the English name', () => {
    const editor = new Editor({ ...definition(), customProperties: { nameEn: 'Annual cycle' } }, index);
    render(<EditorContext.Provider value={editor}><WorkflowSettings /></EditorContext.Provider>);
    fireEvent.change(screen.getByRole('textbox', { name: 'Mô tả tiếng Anh' }), { target: { value: 'A year of guidance and review.' } });
    expect(editor.toElsa().customProperties).toEqual({ nameEn: 'Annual cycle', descriptionEn: 'A year of guidance and review.' });
  });
});
