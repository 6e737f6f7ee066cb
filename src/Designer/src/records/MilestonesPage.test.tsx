// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { recordsProgress, type MilestoneSummary } from '../api/records-progress';
import i18n from '../i18n';
import { MilestonesPage } from './MilestonesPage';

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await i18n.changeLanguage('vi');
});

// As the server lists them: the decisions a milestone's task takes without a form, none for one issued with its number.
const milestone = (id: string, title: string, decisions: MilestoneSummary['decisions']): MilestoneSummary => ({
  id, milestone: title, title, status: 'Pending', unitId: 'BTG', unitName: 'Ban Tuyên giáo', dueOn: '2026-02-15', deadlineState: 'OnTrack',
  instanceId: 'wf-1', canDecide: (decisions ?? []).length > 0, canAct: true, decisions,
});

describe('milestones page', () => {
  it('offers approve and return only on a milestone whose task takes them, and the task page for the others', async () => {
    vi.spyOn(recordsProgress, 'milestones').mockResolvedValue({
      items: [milestone('t-approve', 'Phê duyệt Kế hoạch', ['approve', 'return']), milestone('t-issue', 'Ban hành và gửi Kế hoạch', [])], total: 2, page: 1, pageSize: 50,
    });
    const router = createMemoryRouter([{ path: '*', element: <MilestonesPage /> }], { initialEntries: ['/records/milestones'] });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(<QueryClientProvider client={client}><RouterProvider router={router} /></QueryClientProvider>);

    const approveRow = (await screen.findAllByRole('row')).find((r) => r.getAttribute('data-milestone-id') === 't-approve')!;
    expect(await within(approveRow).findByRole('button', { name: 'Phê duyệt mốc “Phê duyệt Kế hoạch”' })).toBeTruthy();
    expect(within(approveRow).getByRole('button', { name: 'Trả lại mốc “Phê duyệt Kế hoạch”' })).toBeTruthy();

    const issueRow = screen.getAllByRole('row').find((r) => r.getAttribute('data-milestone-id') === 't-issue')!;
    expect(within(issueRow).queryByRole('button')).toBeNull();
    expect(within(issueRow).getByRole('link', { name: 'Xử lý tại trang công việc' }).getAttribute('href')).toBe('/tasks/t-issue');
  });
});
