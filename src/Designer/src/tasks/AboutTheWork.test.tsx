// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UnitRef } from '../api/types';
import { work } from '../api/work';
import i18n from '../i18n';
import { AboutTheWork } from './TaskPage';
import { workContext } from './taskModel';

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await i18n.changeLanguage('vi');
});

// What AssignTasks and SubmitReport put on a unit's task, with the bookkeeping a review step adds beside it.
const workTask = {
  guidance: 'Kế hoạch công tác khoa giáo năm 2026', guidanceEn: 'Science and education work plan 2026',
  assignerUnitId: 'BTGDV-KG', planDocument: '12-KH/BTGDV',
  workDueOn: '2026-12-17', submission: { action: 'Submit', actor: 'officer1' }, bookmarkId: 'bm-1', index: 0,
};
const report = { reportKind: 'SixMonth', dataFrom: '2025-12-15', dataTo: '2026-06-14', recipientUnitId: 'BTGDV-KG' };

function show(data: Record<string, unknown> | null, planId: string | null = 'KH-KG-2026', named?: UnitRef[], seen = true) {
  vi.spyOn(work, 'filterOptions').mockResolvedValue({
    units: !seen ? [] : [
      { id: 'BTGDV-KG', code: 'BTGDV-KG', nameVi: 'Phòng Khoa giáo', nameEn: 'Science and Education Section', depth: 1 },
      { id: 'DU-SYT', code: 'DU-SYT', nameVi: 'Đảng ủy Sở Y tế', nameEn: 'Health Department Party Committee', depth: 2 },
    ],
    plans: ['KH-KG-2026'],
    planTitles: { 'KH-KG-2026': { titleVi: 'Kế hoạch công tác khoa giáo năm 2026', titleEn: 'Science and education work plan 2026' } },
  });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(<QueryClientProvider client={client}><MemoryRouter><AboutTheWork data={data} planId={planId} units={named} /></MemoryRouter></QueryClientProvider>);
}

function terms(): Array<[string, string]> {
  return [...document.querySelectorAll('dt')].map((dt) => [dt.textContent ?? '', dt.nextElementSibling?.textContent ?? '']);
}

describe('about this work', () => {
  it('names a unit the reader does not see by the name the task gives it, in the page\'s language', async () => {
    await i18n.changeLanguage('en');
    show(report, null, [{ id: 'BTGDV-KG', nameVi: 'Phòng Khoa giáo', nameEn: 'Science and Education Section' }], false);

    const section = screen.getByRole('region', { name: 'About this work' });
    await waitFor(() => expect(section.textContent).toContain('Science and Education Section'));
    expect(section.textContent).not.toContain('BTGDV-KG');
  });

  it('names the guidance, the plan and its document and the assigning unit in Vietnamese, and none of the bookkeeping', async () => {
    await i18n.changeLanguage('vi');
    show(workTask);

    const section = screen.getByRole('region', { name: 'Thông tin công việc' });
    await waitFor(() => expect(section.textContent).toContain('Phòng Khoa giáo'));
    expect(Object.fromEntries(terms())).toEqual({
      'Văn bản hướng dẫn': 'Kế hoạch công tác khoa giáo năm 2026',
      'Kế hoạch': 'Kế hoạch công tác khoa giáo năm 2026 (KH-KG-2026)',
      'Văn bản kế hoạch': '12-KH/BTGDV',
      'Đơn vị giao': 'Phòng Khoa giáo',
    });
    expect(screen.getByRole('link', { name: /KH-KG-2026/ }).getAttribute('href')).toBe('/records/plans/KH-KG-2026');
    expect(screen.getByRole('link', { name: '12-KH/BTGDV' }).getAttribute('href')).toBe('/records/documents?q=12-KH%2FBTGDV');
    expect(section.textContent).not.toMatch(/workDueOn|submission|bookmarkId|bm-1|2026-12-17|17\/12\/2026|officer1/);
  });

  it('reads a report task in English: its kind, its data period as dates and where it goes', async () => {
    await i18n.changeLanguage('en');
    show({ ...report, planDocument: '12-KH/BTGDV', guidance: '31-HD/BTGTW' });

    const section = screen.getByRole('region', { name: 'About this work' });
    await waitFor(() => expect(section.textContent).toContain('Science and Education Section'));
    expect(terms()).toEqual([
      ['Guidance document', '31-HD/BTGTW'],
      ['Plan', 'Science and education work plan 2026 (KH-KG-2026)'],
      ['Plan document', '12-KH/BTGDV'],
      ['Report kind', 'Six-month report'],
      ['Data period', '15/12/2025 – 14/06/2026'],
      ['Report goes to', 'Science and Education Section'],
    ]);
  });

  it('shows the guidance in English on English pages where the workflow gave it', async () => {
    await i18n.changeLanguage('en');
    show(workTask);
    await waitFor(() => expect(terms()[0]).toEqual(['Guidance document', 'Science and education work plan 2026']));
  });

  it('names a meeting\'s kind and its units', async () => {
    await i18n.changeLanguage('vi');
    show({ meetingKind: 'Briefing', participants: ['DU-SYT', 'BTGDV-KG'] }, null);
    await waitFor(() => expect(terms()).toEqual([['Hình thức', 'Giao ban'], ['Đơn vị tham dự', 'Đảng ủy Sở Y tế; Phòng Khoa giáo']]));
  });

  it('gives a document number without a plan as text: there is no recorded document to find', () => {
    show({ planDocument: '12-KH/BTGDV' }, null);
    expect(terms()).toEqual([['Văn bản kế hoạch', '12-KH/BTGDV']]);
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('is left out when the task carries nothing a person reads, bookkeeping and unknown keys aside', () => {
    const { container } = show({ workDueOn: '2026-12-17', submission: { action: 'Submit' }, index: 2, somethingNew: 'x' }, null);
    expect(container.innerHTML).toBe('');
    cleanup();
    expect(show(null, null).container.innerHTML).toBe('');
  });
});

describe('work context', () => {
  it('keeps only the known keys that hold a value, dates only as dates', () => {
    expect(workContext({ guidance: '  ', reportKind: 'Annual', dataFrom: 'soon', dataTo: '2026-06-14', participants: [], other: 1 }, 'vi'))
      .toEqual({ reportKind: 'Annual', dataTo: '2026-06-14' });
    expect(workContext({ guidance: 'Hướng dẫn', guidanceEn: '' }, 'en')).toEqual({ guidance: 'Hướng dẫn' });
  });
});
