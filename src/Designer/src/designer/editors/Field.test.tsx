// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import i18n from '../../i18n';
import { en } from '../../i18n/en';
import { UNIT_ROLES } from '../../i18n/terms';
import { vi as viText } from '../../i18n/vi';
import { ASSIGNEE_MODES } from '../model/assignee';
import type { InputDescriptor } from '../model/descriptors';
import { applyField, fieldModel } from '../model/propertyModel';
import { input } from '../model/testing';
import type { ElsaActivity } from '../model/elsa';
import { Field } from './Field';

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('vi');
});

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

describe('assignee editor', () => {
  const roleInput = input({ name: 'assigneeRole', uiHint: 'rolepicker', typeName: 'String', defaultValue: 'FocalPoint', displayName: { vi: 'Vai trò thực hiện', en: 'Assignee role' } });
  const assigneeInput = input({ name: 'assignee', uiHint: 'rolepicker', typeName: 'Object', isRequired: true, displayName: { vi: 'Người nhận', en: 'Assignee' } });
  const task = (value?: string, type = 'Object'): ElsaActivity => ({
    id: 'a', type: 'Supervision.UserTask', ...(value === undefined ? {} : { assignee: { typeName: 'Object', expression: { type, value } } }),
  });

  /** The field in a panel that writes what is changed back into the activity, as the property panel does. */
  function renderPanel(start: ElsaActivity, descriptor: InputDescriptor = assigneeInput, readOnly = false) {
    const state = { activity: start };
    function Panel() {
      const [activity, setActivity] = useState(start);
      state.activity = activity;
      return <Field model={fieldModel(activity, descriptor)} readOnly={readOnly} variables={[]} problems={[]}
        onChange={(syntax, value) => setActivity((a) => applyField(a, descriptor, syntax, value))} />;
    }
    render(<Panel />);
    return { written: () => state.activity[descriptor.name] };
  }
  /** The field's own label, "bắt buộc" read after it. */
  const FIELD = /^Người nhận/;
  const options = (select: HTMLElement) => within(select).getAllByRole('option').map((o) => o.textContent);

  it('offers a string role input only the roles held in a unit, named in the page language', async () => {
    const { written } = renderPanel(task(), roleInput);
    const select = screen.getByRole('combobox', { name: 'Vai trò thực hiện' }) as HTMLSelectElement;
    expect(select.value).toBe('FocalPoint');
    expect(options(select)).toEqual(UNIT_ROLES.map((r) => viText.roles[r]));
    expect(options(select)).not.toContain(viText.roles.Supervisor);
    fireEvent.change(select, { target: { value: 'Specialist' } });
    expect(written()).toEqual({ typeName: 'String', expression: { type: 'Literal', value: 'Specialist' } });
    cleanup();

    await i18n.changeLanguage('en');
    renderPanel(task(), roleInput);
    expect(options(screen.getByRole('combobox', { name: 'Assignee role' }))).toEqual(UNIT_ROLES.map((r) => en.roles[r]));
  });

  it('keeps an app role a definition already names visible and flagged', () => {
    renderPanel({ id: 'a', type: 'Supervision.AssignTasks', assigneeRole: { typeName: 'String', expression: { type: 'Literal', value: 'Supervisor' } } }, roleInput);
    const select = screen.getByRole('combobox', { name: 'Vai trò thực hiện' }) as HTMLSelectElement;
    expect(select.value).toBe('Supervisor');
    expect(select.selectedOptions[0].textContent).toBe('Supervisor ⚠');
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/“Supervisor” không phải vai trò trong đơn vị/)).toBeTruthy();
    cleanup();

    const { written } = renderPanel(task('{"role": "Supervisor", "unitId": "BTGDV-KG"}'));
    const role = screen.getByRole('combobox', { name: 'Vai trò' }) as HTMLSelectElement;
    expect(role.value).toBe('Supervisor');
    expect(role.selectedOptions[0].textContent).toBe('Supervisor ⚠');
    expect(screen.getByText(/“Supervisor” không phải vai trò trong đơn vị/)).toBeTruthy();
    expect(written()).toEqual({ typeName: 'Object', expression: { type: 'Object', value: '{"role": "Supervisor", "unitId": "BTGDV-KG"}' } });
  });

  it('edits a role in a unit and writes it as the templates do', () => {
    const { written } = renderPanel(task('{"role": "Specialist", "unitId": "BTGDV-KG"}'));
    expect((screen.getByRole('combobox', { name: FIELD }) as HTMLSelectElement).value).toBe('role');
    const role = screen.getByRole('combobox', { name: 'Vai trò' }) as HTMLSelectElement;
    expect(role.value).toBe('Specialist');
    expect(options(role)).not.toContain(viText.roles.Admin);
    fireEvent.change(role, { target: { value: 'SectionHead' } });
    fireEvent.change(screen.getByLabelText('Đơn vị'), { target: { value: 'BTGDV-TU' } });
    expect(written()).toEqual({ typeName: 'Object', expression: { type: 'Object', value: '{"role": "SectionHead", "unitId": "BTGDV-TU"}' } });
    fireEvent.change(screen.getByLabelText('Đơn vị'), { target: { value: '' } });
    expect(written()).toEqual({ typeName: 'Object', expression: { type: 'Object', value: '{"role": "SectionHead"}' } });
  });

  it('edits a person', () => {
    const { written } = renderPanel(task('{"userName": "nguyenvana"}'));
    expect((screen.getByRole('combobox', { name: FIELD }) as HTMLSelectElement).value).toBe('user');
    const name = screen.getByRole('textbox', { name: 'Tên đăng nhập' }) as HTMLInputElement;
    expect(name.value).toBe('nguyenvana');
    fireEvent.change(name, { target: { value: 'tranthib' } });
    expect(written()).toEqual({ typeName: 'Object', expression: { type: 'Object', value: '{"userName": "tranthib"}' } });
  });

  it('edits any of several units', () => {
    const { written } = renderPanel(task('{"candidateUnitIds": ["DU-SYT", "DU-SGD"]}'));
    expect((screen.getByRole('combobox', { name: FIELD }) as HTMLSelectElement).value).toBe('units');
    const add = screen.getByLabelText('Thêm đơn vị');
    fireEvent.change(add, { target: { value: 'DU-SNV' } });
    fireEvent.keyDown(add, { key: 'Enter' });
    expect(written()).toEqual({ typeName: 'Object', expression: { type: 'Object', value: '{"candidateUnitIds": ["DU-SYT", "DU-SGD", "DU-SNV"]}' } });
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ DU-SYT' }));
    expect(written()).toEqual({ typeName: 'Object', expression: { type: 'Object', value: '{"candidateUnitIds": ["DU-SGD", "DU-SNV"]}' } });
  });

  it('starts an empty assignee in the mode picked, and brings a role back when it is picked again', () => {
    const { written } = renderPanel(task());
    expect(screen.getByText('Bắt buộc nhập.')).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Vai trò' }), { target: { value: 'Leader' } });
    fireEvent.change(screen.getByLabelText('Đơn vị'), { target: { value: 'SYT' } });
    const mode = screen.getByRole('combobox', { name: FIELD });
    fireEvent.change(mode, { target: { value: 'user' } });
    expect(written()).toBeUndefined();
    fireEvent.change(screen.getByRole('textbox', { name: 'Tên đăng nhập' }), { target: { value: 'lanhdao' } });
    expect(written()).toEqual({ typeName: 'Object', expression: { type: 'Object', value: '{"userName": "lanhdao"}' } });
    fireEvent.change(mode, { target: { value: 'role' } });
    expect(written()).toEqual({ typeName: 'Object', expression: { type: 'Object', value: '{"role": "Leader", "unitId": "SYT"}' } });
  });

  it('shows a value it cannot read in the JSON editor and keeps what is typed there', () => {
    const { written } = renderPanel(task('Specialist', 'Literal'));
    expect(screen.queryByRole('combobox', { name: 'Vai trò' })).toBeNull();
    const json = screen.getByRole('textbox', { name: FIELD }) as HTMLTextAreaElement;
    expect(json.value).toBe('Specialist');
    expect(screen.getByText(/JSON không hợp lệ/)).toBeTruthy();
    fireEvent.change(json, { target: { value: '{"role": "Specialist"' } });
    fireEvent.change(json, { target: { value: '{"role": "Specialist"}' } });
    // Still the JSON editor once it reads, so mending it does not swap the editor under the cursor.
    expect(screen.getByRole('textbox', { name: FIELD })).toBe(json);
    expect(written()).toEqual({ typeName: 'Object', expression: { type: 'Object', value: '{"role": "Specialist"}' } });
    cleanup();

    renderPanel(task('{"role": "Leader", "unitId": "SYT", "note": "giữ lại"}'));
    expect((screen.getByRole('textbox', { name: FIELD }) as HTMLTextAreaElement).value).toBe('{"role": "Leader", "unitId": "SYT", "note": "giữ lại"}');
  });

  it('keeps a script in the code editor', () => {
    const { written } = renderPanel(task('getAssignee()', 'JavaScript'));
    const code = screen.getByRole('textbox', { name: FIELD }) as HTMLTextAreaElement;
    expect(code.value).toBe('getAssignee()');
    expect(screen.queryByRole('combobox', { name: 'Vai trò' })).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: 'Giá trị' }));
    expect(written()).toBeUndefined();
    expect(screen.getByRole('combobox', { name: 'Vai trò' })).toBeTruthy();
  });

  it('stays read-only', () => {
    renderPanel(task('{"candidateUnitIds": ["DU-SYT"]}'), assigneeInput, true);
    for (const control of [...screen.getAllByRole('combobox'), ...screen.getAllByRole('button')]) expect((control as HTMLInputElement).disabled).toBe(true);
    cleanup();
    renderPanel(task('{"role": "Leader", "unitId": "SYT"}'), assigneeInput, true);
    for (const control of screen.getAllByRole('combobox')) expect((control as HTMLInputElement).disabled).toBe(true);
  });

  it('names every mode in both languages', () => {
    for (const m of ASSIGNEE_MODES) {
      expect(viText.editor.assignee.modes[m]).toBeTruthy();
      expect(en.editor.assignee.modes[m]).toBeTruthy();
    }
  });
});
