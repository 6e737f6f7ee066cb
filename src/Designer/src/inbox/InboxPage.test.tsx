// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '../api/types';
import { work, type TaskSummary } from '../api/work';
import i18n from '../i18n';
import { InboxPage } from './InboxPage';

const officer: CurrentUser = { userName: 'officer1', displayName: 'Lê Văn Một', roles: ['UnitOfficer'], unitId: 'DU-SYT', unitName: 'Đảng ủy Sở Y tế' };
vi.mock('../auth/AuthContext', () => ({
  useAuth: () => ({ user: officer, can: (...roles: string[]) => officer.roles.some((r) => roles.includes(r)) }),
}));

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await i18n.changeLanguage('vi');
});

const task = (id: string, status: string, deadlineState: TaskSummary['deadlineState']): TaskSummary => ({
  id, title: `Báo cáo ${id}`, kind: 'Task', status, unitId: 'DU-SYT', unitName: 'Đảng ủy Sở Y tế', claimedBy: 'officer1', dueOn: '2026-06-10',
  deadlineState, colour: 'grey', icon: '', instanceId: 'wf', definitionId: 'd', createdAt: '2026-06-01T01:00:00Z', canAct: status === 'Claimed',
  escalationLevel: 0, flaggedForCommittee: false,
});

function show(items: TaskSummary[]) {
  vi.spyOn(work, 'tasks').mockResolvedValue({ items, total: items.length, page: 1, pageSize: 50, countsByDeadlineState: {} });
  vi.spyOn(work, 'filterOptions').mockResolvedValue({ units: [], plans: [] } as never);
  vi.spyOn(work, 'filters').mockResolvedValue([]);
  const router = createMemoryRouter([{ path: '/inbox', element: <InboxPage /> }], { initialEntries: ['/inbox?scope=all'] });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(<QueryClientProvider client={client}><RouterProvider router={router} /></QueryClientProvider>);
}

const row = async (id: string) => (await screen.findAllByRole('row')).find((r) => r.getAttribute('data-task-id') === id)!;

describe('inbox rows', () => {
  it('say who handles a task only while it is open, and never put "no deadline" beside a due date', async () => {
    show([task('claimed', 'Claimed', 'OnTrack'), task('returned', 'Returned', 'NoDeadline'), task('done', 'Completed', 'DoneOnTime')]);

    const claimed = await row('claimed');
    expect(claimed.textContent).toContain('đang do officer1 xử lý');

    const returned = await row('returned');
    expect(returned.textContent).toContain('10/06/2026');
    expect(returned.textContent).not.toContain('đang do officer1 xử lý');
    expect(returned.textContent).not.toContain('Không có thời hạn');
    expect(within(returned).getByText('Hạn tính cho lần làm lại')).toBeTruthy();

    const done = await row('done');
    expect(done.textContent).not.toContain('đang do officer1 xử lý');
    expect(done.textContent).toContain('Hoàn thành đúng hạn');
  });

  it('count in English with the singular', async () => {
    await i18n.changeLanguage('en');
    show([task('claimed', 'Claimed', 'OnTrack')]);
    expect(await screen.findByText('1 task')).toBeTruthy();
  });
});
