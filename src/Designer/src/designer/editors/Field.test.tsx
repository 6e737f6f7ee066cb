// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../i18n';
import { applyField, fieldModel } from '../model/propertyModel';
import { input } from '../model/testing';
import type { ElsaActivity } from '../model/elsa';
import { Field } from './Field';

afterEach(cleanup);

const HINTS = ['singleline', 'multiline', 'number', 'checkbox', 'dropdown', 'date', 'datetime', 'duration', 'cron', 'json', 'code', 'stringlist',
  'switchcases', 'variable', 'deadlinerule', 'unitpicker', 'rolepicker', 'reminderpolicy', 'outcomes', 'formfields'];

function renderField(hint: string, activity: ElsaActivity = { id: 'a', type: 'T' }, extra: Partial<Parameters<typeof input>[0]> = {}) {
  const descriptor = input({ name: 'field', uiHint: hint, displayName: { vi: `Trường ${hint}`, en: `Field ${hint}` }, options: ['A', 'B'], ...extra });
  const onChange = vi.fn();
  render(<Field model={fieldModel(activity, descriptor)} onChange={onChange} variables={[{ id: 'v1', name: 'Counter', typeName: 'Int32' }]} problems={[]} />);
  return { onChange, descriptor };
}

describe('Field', () => {
  it.each(HINTS)('renders the %s editor with its Vietnamese label', (hint) => {
    renderField(hint);
    expect(screen.getByText(`Trường ${hint}`)).toBeTruthy();
  });

  it('writes a text literal as typed', () => {
    const { onChange } = renderField('singleline');
    fireEvent.change(screen.getByLabelText('Trường singleline'), { target: { value: 'Sở Y tế' } });
    expect(onChange).toHaveBeenCalledWith('Literal', 'Sở Y tế');
  });

  it('switches to JavaScript keeping the literal as a script', () => {
    const descriptor = input({ name: 'field', displayName: { vi: 'Nội dung', en: 'Text' } });
    const activity = applyField({ id: 'a', type: 'T' }, descriptor, 'Literal', 'xin chào');
    const onChange = vi.fn();
    render(<Field model={fieldModel(activity, descriptor)} onChange={onChange} variables={[]} problems={[]} />);
    fireEvent.click(screen.getByRole('radio', { name: 'JS' }));
    expect(onChange).toHaveBeenCalledWith('JavaScript', '"xin chào"');
  });

  it('adds to a string list with Enter', () => {
    const { onChange } = renderField('stringlist');
    const box = screen.getByPlaceholderText('Thêm mục rồi nhấn Enter');
    fireEvent.change(box, { target: { value: 'Board' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onChange).toHaveBeenCalledWith('Literal', ['Board']);
  });

  it('changes the deadline basis', () => {
    const { onChange } = renderField('deadlinerule');
    fireEvent.change(screen.getByLabelText('Cách tính hạn'), { target: { value: 'FixedDate' } });
    expect(onChange).toHaveBeenCalledWith('Literal', { basis: 'FixedDate', value: '' });
  });

  it('writes a moment in Vietnam time from a date typed day first and a 24-hour time', () => {
    const { onChange } = renderField('datetime');
    expect((screen.getByRole('textbox', { name: 'Giờ' }) as HTMLInputElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Trường datetime'), { target: { value: '10/06/2026' } });
    expect(onChange).toHaveBeenLastCalledWith('Literal', '2026-06-10T00:00:00+07:00');
  });

  it('keeps the date of a moment when its time changes', () => {
    const descriptor = input({ name: 'field', uiHint: 'datetime', displayName: { vi: 'Thời điểm', en: 'Moment' } });
    const activity = applyField({ id: 'a', type: 'T' }, descriptor, 'Literal', '2026-06-10T08:00:00+07:00');
    const onChange = vi.fn();
    render(<Field model={fieldModel(activity, descriptor)} onChange={onChange} variables={[]} problems={[]} />);
    expect((screen.getByLabelText('Thời điểm') as HTMLInputElement).value).toBe('10/06/2026');
    fireEvent.change(screen.getByRole('textbox', { name: 'Giờ' }), { target: { value: '14:30' } });
    expect(onChange).toHaveBeenLastCalledWith('Literal', '2026-06-10T14:30:00+07:00');
  });

  it('builds a TimeSpan from its parts', () => {
    const { onChange } = renderField('duration');
    fireEvent.change(screen.getByLabelText('ngày'), { target: { value: '2' } });
    expect(onChange).toHaveBeenCalledWith('Literal', '2.00:00:00');
  });

  it('picks a variable by id', () => {
    const { onChange } = renderField('variable', { id: 'a', type: 'T' }, { allowExpressions: false });
    fireEvent.change(screen.getByLabelText('Trường variable'), { target: { value: 'v1' } });
    expect(onChange).toHaveBeenCalledWith('Literal', 'v1');
  });

  it('shows a required field left empty', () => {
    renderField('singleline', { id: 'a', type: 'T' }, { isRequired: true });
    expect(screen.getByText('Bắt buộc nhập.')).toBeTruthy();
  });
});

describe('script accessors', () => {
  it('offers variables and inputs as Elsa accessors and inserts one at the cursor', async () => {
    const { scriptAccessors } = await import('./Field');
    expect(scriptAccessors([{ name: 'counter' }, { name: 'Counter' }], [{ name: 'unitName' }])).toEqual(['getCounter()', 'getUnitName()']);
    const descriptor = input({ name: 'condition', uiHint: 'code', typeName: 'Boolean', displayName: { vi: 'Điều kiện', en: 'Condition' } });
    const onChange = vi.fn();
    render(<Field model={fieldModel({ id: 'a', type: 'T' }, descriptor)} onChange={onChange} variables={[{ id: 'v', name: 'Counter', typeName: 'Int32' }]} inputs={[{ name: 'times' }]} problems={[]} />);
    fireEvent.click(screen.getByRole('button', { name: 'getTimes()' }));
    expect(onChange).toHaveBeenCalledWith('JavaScript', 'getTimes()');
  });
});
