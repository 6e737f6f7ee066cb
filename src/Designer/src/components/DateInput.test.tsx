// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../i18n';
import { parseDate, parseTime } from '../lib/dates';
import { DateInput, TimeInput } from './DateInput';

describe('parseDate', () => {
  it('reads day, month and year as people in Việt Nam write them, and yyyy-mm-dd as it is', () => {
    expect(parseDate('06/04/2026')).toBe('2026-04-06');
    expect(parseDate(' 6/4/2026 ')).toBe('2026-04-06');
    expect(parseDate('6.4.2026')).toBe('2026-04-06');
    expect(parseDate('6-4-2026')).toBe('2026-04-06');
    expect(parseDate('2026-04-06')).toBe('2026-04-06');
    expect(parseDate('')).toBe('');
  });

  it('refuses days a month does not have and text that is not a date', () => {
    expect(parseDate('31/02/2026')).toBeUndefined();
    expect(parseDate('29/02/2026')).toBeUndefined();
    expect(parseDate('29/02/2028')).toBe('2028-02-29');
    expect(parseDate('13/13/2026')).toBeUndefined();
    expect(parseDate('06/04/26')).toBeUndefined();
    expect(parseDate('hôm nay')).toBeUndefined();
  });
});

function Controlled({ initial = '', min, onValue }: { initial?: string; min?: string; onValue: (v: string) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <label>Hạn mới<DateInput value={value} min={min} onChange={(v) => { setValue(v); onValue(v); }} /></label>
      <button type="button" onClick={() => setValue('2026-12-31')}>set</button>
    </>
  );
}

describe('date input', () => {
  afterEach(cleanup);

  it('shows the date as dd/mm/yyyy whatever the browser language, and gives yyyy-mm-dd', () => {
    const onValue = vi.fn();
    render(<Controlled initial="2026-04-06" onValue={onValue} />);
    const field = screen.getByRole('textbox', { name: 'Hạn mới' }) as HTMLInputElement;
    expect(field.value).toBe('06/04/2026');
    expect(field.placeholder).toBe('dd/mm/yyyy');

    fireEvent.change(field, { target: { value: '7/4/2026' } });
    expect(onValue).toHaveBeenLastCalledWith('2026-04-07');
    fireEvent.blur(field);
    expect(field.value).toBe('07/04/2026');
  });

  it('marks text that is not a date invalid, says why, and keeps the last date', () => {
    const onValue = vi.fn();
    render(<Controlled initial="2026-04-06" onValue={onValue} />);
    const field = screen.getByRole('textbox', { name: 'Hạn mới' }) as HTMLInputElement;

    fireEvent.change(field, { target: { value: '31/02/2026' } });
    expect(onValue).not.toHaveBeenCalled();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.validationMessage).toBe('Nhập ngày theo dạng ngày/tháng/năm, ví dụ 06/04/2026.');

    fireEvent.change(field, { target: { value: '' } });
    expect(onValue).toHaveBeenLastCalledWith('');
    expect(field.getAttribute('aria-invalid')).toBeNull();
  });

  it('writes why an impossible date is not taken under the field, once it is typed out, until it is corrected', () => {
    const onValue = vi.fn();
    render(<Controlled initial="2026-02-01" onValue={onValue} />);
    const field = screen.getByRole('textbox', { name: 'Hạn mới' }) as HTMLInputElement;
    const reason = 'Nhập ngày theo dạng ngày/tháng/năm, ví dụ 06/04/2026.';

    fireEvent.change(field, { target: { value: '31/02/20' } });
    expect(screen.queryByText(reason)).toBeNull();
    fireEvent.change(field, { target: { value: '31/02/2026' } });
    expect(onValue).not.toHaveBeenCalled();
    const told = screen.getByText(reason);
    expect(field.getAttribute('aria-describedby')).toBe(told.id);

    fireEvent.change(field, { target: { value: '28/02/2026' } });
    expect(onValue).toHaveBeenLastCalledWith('2026-02-28');
    expect(screen.queryByText(reason)).toBeNull();
    expect(field.getAttribute('aria-describedby')).toBeNull();

    fireEvent.change(field, { target: { value: '3/2' } });
    fireEvent.blur(field);
    expect(screen.getByText(reason)).toBeTruthy();
  });

  it('refuses a date before the earliest one allowed', () => {
    const onValue = vi.fn();
    render(<Controlled min="2026-04-01" onValue={onValue} />);
    const field = screen.getByRole('textbox', { name: 'Hạn mới' }) as HTMLInputElement;

    fireEvent.change(field, { target: { value: '31/03/2026' } });
    expect(onValue).not.toHaveBeenCalled();
    expect(field.validationMessage).toBe('Ngày không được trước 01/04/2026.');
    fireEvent.change(field, { target: { value: '01/04/2026' } });
    expect(onValue).toHaveBeenLastCalledWith('2026-04-01');
    expect(field.validationMessage).toBe('');
  });

  it('shows a date set from outside, and takes one picked on the calendar', () => {
    const onValue = vi.fn();
    const { container } = render(<Controlled initial="2026-04-06" onValue={onValue} />);
    const field = screen.getByRole('textbox', { name: 'Hạn mới' }) as HTMLInputElement;

    fireEvent.click(screen.getByText('set'));
    expect(field.value).toBe('31/12/2026');

    fireEvent.change(container.querySelector('input[type="date"]')!, { target: { value: '2026-05-20' } });
    expect(onValue).toHaveBeenLastCalledWith('2026-05-20');
    expect(field.value).toBe('20/05/2026');
    expect(screen.getByRole('button', { name: 'Chọn ngày trên lịch' })).toBeTruthy();
  });
});

describe('time input', () => {
  afterEach(cleanup);

  it('reads a time on a 24-hour clock', () => {
    expect(parseTime('8:30')).toBe('08:30');
    expect(parseTime('17h05')).toBe('17:05');
    expect(parseTime('23:59')).toBe('23:59');
    expect(parseTime('')).toBe('');
    expect(parseTime('24:00')).toBeUndefined();
    expect(parseTime('8:3')).toBeUndefined();
    expect(parseTime('8:30 PM')).toBeUndefined();
  });

  it('gives HH:mm and refuses a time that is not one, saying why', () => {
    const onChange = vi.fn();
    render(<TimeInput aria-label="Giờ gửi" value="08:00" onChange={onChange} />);
    const field = screen.getByRole('textbox', { name: 'Giờ gửi' }) as HTMLInputElement;
    expect(field.value).toBe('08:00');

    fireEvent.change(field, { target: { value: '7:30' } });
    expect(onChange).toHaveBeenLastCalledWith('07:30');
    fireEvent.change(field, { target: { value: '7:30 PM' } });
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(field.validationMessage).toBe('Nhập giờ theo dạng giờ:phút (24 giờ), ví dụ 08:30.');
  });
});
