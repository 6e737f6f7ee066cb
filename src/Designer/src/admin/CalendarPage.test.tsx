// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { admin, type CalendarDay, type CalendarYear } from '../api/admin';
import { ApiError } from '../api/client';
import i18n from '../i18n';
import { calendarPayload, calendarValues, makeUpOnWeekday } from './calendar';
import { CalendarDayDialog, CalendarPage, yearFrom } from './CalendarPage';
import { withModalDialogs } from '../testing/dialog';

beforeAll(withModalDialogs);

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await i18n.changeLanguage('vi');
});

const day = (date: string, type: CalendarDay['type'], nameVi: string, nameEn: string, more: Partial<CalendarDay> = {}): CalendarDay => ({
  date, type, nameVi, nameEn, status: 'Official', source: null, isDayOff: type !== 'MakeUpWorkday' && type !== 'Observance', origin: 'Stored', ...more,
});

const newYear = day('2026-01-01', 'Holiday', 'Tết Dương lịch', "New Year's Day");
const makeUp = day('2026-01-10', 'MakeUpWorkday', 'Làm bù cho ngày 02/01', 'Make-up for 2 January', { source: '12729/VPCP-KGVX' });
const nationalDay = day('2026-08-29', 'Holiday', 'Quốc khánh (dự kiến)', 'National Day (proposed)', { status: 'Proposed' });
const year2026: CalendarYear = { year: 2026, origin: 'Stored', weeklyRestDays: ['Saturday', 'Sunday'], days: [newYear, makeUp, nationalDay] };

function show(element: ReactNode, path = '/admin/calendar?year=2026') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = createMemoryRouter([{ path: '*', element }], { initialEntries: [path] });
  render(<QueryClientProvider client={client}><RouterProvider router={router} /></QueryClientProvider>);
  return router;
}

const errorOf = (field: string) => document.querySelector(`[data-field="${field}"] .field-error`)?.textContent;

describe('the calendar day form', () => {
  it('sends a new day under its date: names trimmed, no English name or source as none', async () => {
    const save = vi.spyOn(admin, 'setCalendarDay').mockResolvedValue(newYear);
    const done = vi.fn();
    show(<CalendarDayDialog taken={['2026-01-01']} onClose={() => {}} onDone={done} />);
    const form = within(screen.getByRole('form', { name: 'Ngày trong lịch làm việc' }));
    const submit = form.getByRole('button', { name: 'Lưu' }) as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    // A date the year has already is replaced, and the form says so.
    fireEvent.change(form.getByLabelText('Ngày'), { target: { value: '01/01/2026' } });
    expect(form.getByText('Ngày này đã có trong lịch: lưu sẽ thay nội dung cũ.')).toBeTruthy();

    fireEvent.change(form.getByLabelText('Ngày'), { target: { value: '24/11/2026' } });
    expect(form.queryByText(/đã có trong lịch/)).toBeNull();
    fireEvent.change(form.getByRole('combobox', { name: 'Loại ngày' }), { target: { value: 'Holiday' } });
    fireEvent.change(form.getByLabelText('Tên tiếng Việt'), { target: { value: '  Ngày Văn hóa Việt Nam ' } });
    fireEvent.change(form.getByRole('combobox', { name: 'Tình trạng' }), { target: { value: 'Proposed' } });
    expect(submit.disabled).toBe(false);
    fireEvent.click(submit);

    await waitFor(() => expect(save).toHaveBeenCalledOnce());
    expect(save).toHaveBeenCalledWith('2026-11-24', { type: 'Holiday', nameVi: 'Ngày Văn hóa Việt Nam', nameEn: null, status: 'Proposed', source: null });
    await waitFor(() => expect(done).toHaveBeenCalledWith(newYear));
  });

  it('keeps the date of a day it changes, and shows what the server refused beside the field', async () => {
    const save = vi.spyOn(admin, 'setCalendarDay').mockRejectedValueOnce(new ApiError(400, {
      title: 'Có trường không hợp lệ.', errors: { NameVi: ['Tên tiếng Việt là bắt buộc.'], source: ['Không được có ký tự điều khiển.'] },
    }));
    show(<CalendarDayDialog day={makeUp} onClose={() => {}} onDone={() => {}} />);
    const form = within(screen.getByRole('form'));
    expect((form.getByLabelText('Ngày') as HTMLInputElement).value).toBe('10/01/2026');
    expect((form.getByLabelText('Ngày') as HTMLInputElement).disabled).toBe(true);
    expect((form.getByLabelText('Văn bản công bố') as HTMLInputElement).value).toBe('12729/VPCP-KGVX');
    fireEvent.change(form.getByLabelText('Tên tiếng Anh'), { target: { value: '' } });
    fireEvent.click(form.getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(errorOf('nameVi')).toBe('Tên tiếng Việt là bắt buộc.'));
    expect(save).toHaveBeenCalledWith('2026-01-10', {
      type: 'MakeUpWorkday', nameVi: 'Làm bù cho ngày 02/01', nameEn: null, status: 'Official', source: '12729/VPCP-KGVX',
    });
    expect(errorOf('source')).toBe('Không được có ký tự điều khiển.');
    expect(form.getByLabelText('Văn bản công bố').getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says at once that a make-up working day falls on a weekend, and does not send one on a weekday', () => {
    const save = vi.spyOn(admin, 'setCalendarDay');
    show(<CalendarDayDialog onClose={() => {}} onDone={() => {}} />);
    const form = within(screen.getByRole('form'));
    fireEvent.change(form.getByLabelText('Ngày'), { target: { value: '12/01/2026' } });
    fireEvent.change(form.getByRole('combobox', { name: 'Loại ngày' }), { target: { value: 'MakeUpWorkday' } });
    fireEvent.change(form.getByLabelText('Tên tiếng Việt'), { target: { value: 'Làm bù' } });
    expect(errorOf('type')).toBe('Ngày làm bù phải là thứ bảy hoặc chủ nhật.');
    expect((form.getByRole('button', { name: 'Lưu' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.submit(screen.getByRole('form'));
    expect(save).not.toHaveBeenCalled();

    fireEvent.change(form.getByLabelText('Ngày'), { target: { value: '10/01/2026' } });
    expect(errorOf('type')).toBeUndefined();
    expect((form.getByRole('button', { name: 'Lưu' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('works out its values and body from a day', () => {
    expect(calendarValues(undefined, '2026-04-27')).toEqual({ date: '2026-04-27', type: '', nameVi: '', nameEn: '', status: 'Official', source: '' });
    expect(calendarPayload({ ...calendarValues(nationalDay), source: ' https://example.vn/qd ' }))
      .toEqual({ type: 'Holiday', nameVi: 'Quốc khánh (dự kiến)', nameEn: 'National Day (proposed)', status: 'Proposed', source: 'https://example.vn/qd' });
    expect(makeUpOnWeekday({ date: '2026-08-22', type: 'MakeUpWorkday' })).toBe(false);
    expect(makeUpOnWeekday({ date: '2026-08-21', type: 'MakeUpWorkday' })).toBe(true);
    expect(makeUpOnWeekday({ date: '2026-08-21', type: 'Holiday' })).toBe(false);
  });
});

describe('the calendar page', () => {
  it('lists the year’s days with their weekday, type, both names, status and source', async () => {
    const calendar = vi.spyOn(admin, 'calendar').mockResolvedValue(year2026);
    show(<CalendarPage />);
    const table = await screen.findByRole('table', { name: 'Các ngày đặc biệt năm 2026' });
    expect(calendar).toHaveBeenCalledWith(2026, expect.anything());
    const rows = within(table).getAllByRole('row').slice(1).map((r) => [...r.querySelectorAll('th, td')].slice(0, 6).map((c) => c.textContent));
    expect(rows).toEqual([
      ['01/01/2026 Thứ năm', 'Nghỉ lễ, Tết', 'Tết Dương lịch', "New Year's Day", 'Chính thức', '—'],
      ['10/01/2026 Thứ bảy', 'Làm bù', 'Làm bù cho ngày 02/01', 'Make-up for 2 January', 'Chính thức', '12729/VPCP-KGVX'],
      ['29/08/2026 Thứ bảy', 'Nghỉ lễ, Tết', 'Quốc khánh (dự kiến)', 'National Day (proposed)', 'Dự kiến', '—'],
    ]);
  });

  it('deletes a day only once the administrator confirms, then lists the year again', async () => {
    vi.spyOn(admin, 'calendar').mockResolvedValue(year2026);
    const remove = vi.spyOn(admin, 'removeCalendarDay').mockResolvedValue(undefined);
    show(<CalendarPage />);
    await screen.findByRole('table');
    fireEvent.click(screen.getByRole('button', { name: 'Xóa ngày 29/08/2026' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Xóa ngày khỏi lịch' }));
    expect(dialog.getByText('Xóa 29/08/2026 (Quốc khánh (dự kiến)) khỏi lịch làm việc?')).toBeTruthy();
    expect(remove).not.toHaveBeenCalled();
    fireEvent.click(dialog.getByRole('button', { name: 'Xóa' }));
    await waitFor(() => expect(remove).toHaveBeenCalledWith('2026-08-29'));
    expect((await screen.findByRole('status')).textContent).toBe('Đã xóa ngày 29/08/2026 khỏi lịch.');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('takes the year from the address bar when the calendar counts with it, else this year', () => {
    expect(yearFrom(new URLSearchParams('year=2027'), '2026-05-01')).toBe(2027);
    expect(yearFrom(new URLSearchParams('year=1800'), '2026-05-01')).toBe(2026);
    expect(yearFrom(new URLSearchParams('year=abc'), '2026-05-01')).toBe(2026);
    expect(yearFrom(new URLSearchParams(''), '2026-05-01')).toBe(2026);
  });
});
