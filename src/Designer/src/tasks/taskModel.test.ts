import { describe, expect, it } from 'vitest';
import type { FormField } from '../api/work';
import { actionButtons, canSend, fieldKind, fieldLabel, formPayload, initialValues, optionLabel, validateForm } from './taskModel';

const fields: FormField[] = [
  { name: 'symbol', labelVi: 'Số, ký hiệu', labelEn: 'Number and symbol', type: 'text', required: true },
  { name: 'summary', labelVi: 'Tóm tắt', type: 'multiline' },
  { name: 'count', labelVi: 'Số lượng', labelEn: 'Count', type: 'number' },
  { name: 'issuedOn', labelVi: 'Ngày ban hành', type: 'date', required: true },
  { name: 'confirmed', labelVi: 'Xác nhận', type: 'checkbox' },
  { name: 'rating', labelVi: 'Xếp loại', type: 'select', required: true, options: ['Tốt', 'Khá'] },
  { name: 'mystery', type: 'signature' },
];

describe('task form model', () => {
  it('gives each field type its editor, unknown types a text box', () => {
    expect(fields.map(fieldKind)).toEqual(['text', 'multiline', 'number', 'date', 'checkbox', 'select', 'text']);
    expect(fieldKind({ name: 'x', type: 'Boolean' })).toBe('checkbox');
  });

  it('labels in the UI language, falling back to the other and then the name', () => {
    expect(fieldLabel(fields[0], 'en')).toBe('Number and symbol');
    expect(fieldLabel(fields[1], 'en')).toBe('Tóm tắt');
    expect(fieldLabel(fields[6], 'vi')).toBe('mystery');
  });

  it('starts empty, or from what the task holds', () => {
    expect(initialValues(fields)).toEqual({ symbol: '', summary: '', count: '', issuedOn: '', confirmed: false, rating: 'Tốt', mystery: '' });
    const values = initialValues(fields, { symbol: '12-KH/BTGDV', count: 3, issuedOn: '2026-02-15T00:00:00', confirmed: true });
    expect(values).toMatchObject({ symbol: '12-KH/BTGDV', count: '3', issuedOn: '2026-02-15', confirmed: true });
  });

  it('finds missing required fields and malformed values', () => {
    const empty = initialValues(fields);
    expect(validateForm(fields, empty)).toEqual({ symbol: 'required', issuedOn: 'required' });
    const bad = { ...empty, symbol: 'x', issuedOn: '15/02/2026', count: 'ba', rating: 'Kém' };
    expect(validateForm(fields, bad)).toEqual({ issuedOn: 'date', count: 'number', rating: 'option' });
    expect(validateForm([{ name: 'ok', type: 'checkbox', required: true }], { ok: false })).toEqual({ ok: 'required' });
  });

  it('sends typed values and leaves empty optional fields out', () => {
    const values = { ...initialValues(fields), symbol: ' 12-KH/BTGDV ', count: '2,5', issuedOn: '2026-02-15' };
    expect(formPayload(fields, values)).toEqual({ symbol: '12-KH/BTGDV', count: 2.5, issuedOn: '2026-02-15', confirmed: false, rating: 'Tốt' });
  });
});

describe('task actions', () => {
  it('keeps a button that needs a comment disabled until one is typed', () => {
    expect(canSend('Return', ['Return'], '', true)).toBe(false);
    expect(canSend('Return', ['Return'], '   ', true)).toBe(false);
    expect(canSend('Return', ['Return'], 'Bổ sung số liệu', true)).toBe(true);
    expect(canSend('Approve', ['Return'], '', true)).toBe(true);
  });

  it('needs a valid form to go forward but not to send the work back', () => {
    expect(canSend('Submit', [], '', false)).toBe(false);
    expect(canSend('Return', ['Return'], 'thiếu', false)).toBe(true);
  });

  it('adds "ask for more information" as a Return that needs a comment', () => {
    expect(actionButtons(['Approve', 'Return'], ['Return'])).toEqual([
      { key: 'Approve', action: 'Approve', commentRequired: false, tone: 'primary' },
      { key: 'Return', action: 'Return', commentRequired: true, tone: 'danger' },
      { key: 'AskForInformation', action: 'Return', commentRequired: true, tone: 'default' },
    ]);
    expect(actionButtons(['Submit'], ['Return']).map((b) => b.key)).toEqual(['Submit']);
  });
});

describe('option labels', () => {
  const labels = { Refer: { vi: 'Chuyển Ủy ban Kiểm tra', en: 'Refer to the Inspection Commission' }, None: { vi: 'Không phát hiện khuyết điểm, vi phạm' } };

  it('reads an option in the page\'s language, the other language when one is missing, else the value', () => {
    expect(optionLabel(labels, 'Refer', 'vi')).toBe('Chuyển Ủy ban Kiểm tra');
    expect(optionLabel(labels, 'Refer', 'en')).toBe('Refer to the Inspection Commission');
    expect(optionLabel(labels, 'None', 'en')).toBe('Không phát hiện khuyết điểm, vi phạm');
    expect(optionLabel(labels, 'Raised', 'en')).toBe('Raised');
    expect(optionLabel(null, 'Raised', 'vi')).toBe('Raised');
  });
});
