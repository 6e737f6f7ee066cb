// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import { oversight } from '../api/records-oversight';
import { planning, type PageOf, type PlanDetail, type StatisticsRow, type WorkTask } from '../api/records-planning';
import i18n from '../i18n';
import { PlanFigures, PlanPage, PlanStatusBadge } from './PlansPage';
import { WorkTasksPage, WorkTaskView } from './WorkTasksPage';

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await i18n.changeLanguage('vi');
});

const health = { id: 'DU-SYT', nameVi: 'Đảng ủy Sở Y tế', nameEn: 'Health Department Party Committee' };
const board = { id: 'BTG', nameVi: 'Ban Tuyên giáo', nameEn: 'Propaganda Board' };

const row = (key: string, name: string, figures: Partial<StatisticsRow> = {}): StatisticsRow => ({
  key, name, assigned: 0, onTrack: 0, dueSoon: 0, overdue: 0, doneOnTime: 0, doneLate: 0, timedOut: 0, noDeadline: 0, onTimeRate: null, ...figures,
});

const task: WorkTask = {
  id: '7f3c2a10-0000-4000-8000-000000000001', code: 'NV-2026-014', title: 'Tổng kết 20 năm Nghị quyết 20-NQ/TW',
  assigner: board, lead: health, supporting: [], planId: 'KH-KG-2026', kind: 'OneOff', status: 'Returned',
  deadlineState: 'OverdueOpen', deadlineColour: 'red', startOn: '2026-02-01', dueOn: '2026-03-31', expectedOutput: 'Báo cáo tổng kết',
  progressPercent: 40, returnCount: 2, extensionCount: 1, assignedAt: '2026-02-01T01:00:00Z', submittedAt: null, completedAt: null,
  completedOnTime: null, lastDecisionComment: 'Bổ sung số liệu', statusReason: null, instanceId: 'wf-cycle',
};

function inRouter(element: ReactNode, path = '/') {
  const router = createMemoryRouter([{ path: '*', element }], { initialEntries: [path] });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(<QueryClientProvider client={client}><RouterProvider router={router} /></QueryClientProvider>);
}

describe('plan figures', () => {
  it('list each unit and take the totals from the plan, not from the rows shown', () => {
    const units = [row('DU-SYT', 'Đảng ủy Sở Y tế', { assigned: 3, overdue: 1, doneOnTime: 2, onTimeRate: 1 }), row('DU-SGDDT', 'Đảng ủy Sở GD&ĐT', { assigned: 1, onTrack: 1 })];
    // The plan counts tasks of units the reader does not see as rows: its own figures are the totals.
    const totals = row('KH-KG-2026', 'Kế hoạch', { assigned: 9, overdue: 4, doneOnTime: 2, doneLate: 1, onTimeRate: 2 / 3 });
    inRouter(<PlanFigures units={units} totals={totals} />);
    const table = screen.getByRole('table', { name: 'Số liệu nhiệm vụ của kế hoạch theo đơn vị' });
    const health = within(table).getByRole('row', { name: /Đảng ủy Sở Y tế/ });
    expect(health.querySelector('[data-col="assigned"]')!.textContent).toBe('3');
    expect(health.querySelector('[data-col="onTimeRate"]')!.textContent).toBe('100%');
    const education = within(table).getByRole('row', { name: /Sở GD&ĐT/ });
    expect(education.querySelector('[data-col="onTimeRate"]')!.textContent).toBe('—');
    const foot = table.querySelector('tfoot tr')!;
    expect(foot.querySelector('th')!.textContent).toBe('Tổng cộng');
    expect(foot.querySelector('[data-col="assigned"]')!.textContent).toBe('9');
    expect(foot.querySelector('[data-col="overdue"]')!.textContent).toBe('4');
    expect(foot.querySelector('[data-col="doneLate"]')!.textContent).toBe('1');
    expect(foot.querySelector('[data-col="onTimeRate"]')!.textContent).toBe('66,7%');
  });

  it('say so when no task was assigned under the plan', () => {
    inRouter(<PlanFigures units={[]} totals={row('KH-KG-2026', 'Kế hoạch')} />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('Chưa có nhiệm vụ nào được giao theo kế hoạch này.')).toBeTruthy();
  });
});

describe('plan status', () => {
  it('is a badge, or says the plan was not recorded', async () => {
    const { container } = inRouter(<><PlanStatusBadge status="Active" /><PlanStatusBadge status={null} /></>);
    expect((await screen.findByText('Đang thực hiện')).className).toBe('badge plan-Active');
    expect(screen.getByText('Chưa ghi nhận').className).toBe('muted');
    expect(container.querySelectorAll('.badge')).toHaveLength(1);
  });
});

describe('work task', () => {
  it('shows its facts, linking its plan and instance, with the inbox’s deadline badge', async () => {
    await i18n.changeLanguage('en');
    inRouter(<WorkTaskView task={task} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('NV-2026-014 · Tổng kết 20 năm Nghị quyết 20-NQ/TW');
    expect(screen.getByRole('link', { name: 'KH-KG-2026' }).getAttribute('href')).toBe('/records/plans/KH-KG-2026');
    expect(screen.getByRole('link', { name: 'Open workflow wf-cycle' }).getAttribute('href')).toBe('/instances/wf-cycle');
    const fact = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling!;
    expect(fact('Lead unit').textContent).toBe('Health Department Party Committee');
    expect(fact('Assigning unit').textContent).toBe('Propaganda Board');
    expect(fact('Supporting units').textContent).toBe('—');
    expect(fact('Kind').textContent).toBe('One-off');
    expect(fact('Status').textContent).toBe('Returned');
    expect(fact('Deadline state').querySelector('.deadline-badge')!.getAttribute('data-state')).toBe('OverdueOpen');
    expect(fact('Due date').textContent).toBe('31/03/2026');
    expect(fact('Progress').textContent).toBe(' 40%');
    expect(fact('Times returned').textContent).toBe('2');
    expect(fact('Times extended').textContent).toBe('1');
    expect(fact('Assigned at').textContent).toBe('01/02/2026 08:00');
    expect(fact('Against the deadline').textContent).toBe('Not completed yet');
    expect(fact('Comment of the last decision').textContent).toBe('Bổ sung số liệu');
    expect(screen.queryByText('Result approved by', { selector: 'dt' })).toBeNull();
  });

  it('names who handed the result in and who approved it, the engine as the system', async () => {
    await i18n.changeLanguage('en');
    inRouter(<WorkTaskView task={{ ...task, status: 'Approved', completedOnTime: true,
      submittedBy: { id: 'u1', userName: 'officer1', displayName: 'Lê Văn Một' }, approvedBy: { id: 'u0', userName: 'system', displayName: null } }} />);
    const fact = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling!;
    expect(fact('Result submitted by').textContent).toBe('Lê Văn Một');
    expect(fact('Result approved by').textContent).toBe('System');
  });

  it('says whether it was completed on time or late', () => {
    const { unmount } = inRouter(<WorkTaskView task={{ ...task, status: 'Approved', completedOnTime: false, completedAt: '2026-04-02T03:00:00Z' }} />);
    expect(document.querySelector('[data-completion]')!.getAttribute('data-completion')).toBe('late');
    expect(screen.getByText('Hoàn thành quá hạn', { selector: '[data-completion]' })).toBeTruthy();
    unmount();
    inRouter(<WorkTaskView task={{ ...task, planId: null, status: 'Approved', completedOnTime: true }} />);
    expect(document.querySelector('[data-completion]')!.getAttribute('data-completion')).toBe('onTime');
    expect(screen.getByText('Không thuộc kế hoạch nào')).toBeTruthy();
  });
});

describe('work tasks list', () => {
  it('takes the plan from the address bar, asks the server for it and shows the rows', async () => {
    const page: PageOf<WorkTask> = { items: [task], total: 1, page: 1, pageSize: 20 };
    const list = vi.spyOn(planning, 'workTasks').mockResolvedValue(page);
    inRouter(<WorkTasksPage />, '/records/work-tasks?planId=KH-KG-2026&status=Bogus');
    const link = await screen.findByRole('link', { name: 'NV-2026-014' });
    expect(link.getAttribute('href')).toBe(`/records/work-tasks/${task.id}`);
    expect(list).toHaveBeenCalledTimes(1);
    expect(list.mock.calls[0][0].toString()).toBe('planId=KH-KG-2026&page=1&pageSize=20');
    expect((screen.getByLabelText('Kế hoạch') as HTMLInputElement).value).toBe('KH-KG-2026');
    expect(screen.getByText('1 nhiệm vụ').getAttribute('aria-live')).toBe('polite');
    const cells = within(link.closest('tr')!);
    expect(cells.getByText('Bị trả lại').className).toBe('badge work-task-Returned');
    expect(link.closest('tr')!.querySelector('.deadline-badge')!.getAttribute('data-state')).toBe('OverdueOpen');
    expect(link.closest('tr')!.querySelector('[data-col="returnsExtensions"]')!.textContent).toBe('2 / 1');
  });
});

const planDetail = (overrides: Partial<PlanDetail['plan']> = {}): PlanDetail => ({
  plan: {
    id: 'KH-KG-2027', title: 'Kế hoạch công tác khoa giáo năm 2027', owner: board, year: 2027, periodStart: '2027-01-01', periodEnd: '2027-12-31',
    status: 'Active', activatedAt: '2026-11-26T05:12:47Z', closedAt: null, instanceId: 'wf-2027', documentId: null,
    tasks: row('KH-KG-2027', 'Kế hoạch công tác khoa giáo năm 2027', { assigned: 1 }), ...overrides,
  },
  units: [row('DU-SYT', 'Đảng ủy Sở Y tế', { assigned: 1 })],
  instances: [{
    id: 'wf-2027', definitionId: 'template-annual-plan-cycle', definitionVersion: 1, definitionName: 'Chu trình kế hoạch công tác khoa giáo năm',
    status: 'Suspended', createdAt: '2026-11-26T05:12:40Z', finishedAt: null,
  }],
});

describe('plan page', () => {
  it('names the workflow each instance runs, its id and version as secondary text', async () => {
    vi.spyOn(planning, 'plan').mockResolvedValue(planDetail());
    inRouter(<PlanPage />, '/records/plans/KH-KG-2027');
    const instances = await screen.findByRole('table', { name: 'Các quy trình thực hiện kế hoạch' });
    const cell = instances.querySelector('tr[data-instance="wf-2027"] [data-col="definition"]')!;
    expect(cell.firstChild?.textContent).toBe('Chu trình kế hoạch công tác khoa giáo năm');
    expect(within(cell as HTMLElement).getByText('template-annual-plan-cycle (phiên bản 1)').tagName).toBe('SMALL');
  });

  it("says plainly, and in no error's red, that the plan's document is not the user's to read", async () => {
    vi.spyOn(planning, 'plan').mockResolvedValue(planDetail({ documentId: '01a217c5-c6e7-7ba7-a89d-8fc389f5e261' }));
    vi.spyOn(oversight, 'document').mockRejectedValue(new ApiError(403, { title: 'This document was neither issued by nor sent to your unit.', status: 403 }));
    inRouter(<PlanPage />, '/records/plans/KH-KG-2027');

    const note = await screen.findByText('Văn bản không thuộc phạm vi bạn được xem.');
    expect(note.className).toBe('muted');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByText(/403/)).toBeNull();
    expect(screen.queryByRole('link', { name: 'Xem văn bản' })).toBeNull();
  });
});
