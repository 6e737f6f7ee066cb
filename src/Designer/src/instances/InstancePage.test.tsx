// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { endpoints } from '../api/endpoints';
import type { CurrentUser } from '../api/types';
import { work, type InstanceDetail, type JournalEntry } from '../api/work';
import descriptorsJson from '../designer/model/__fixtures__/activity-descriptors.json';
import type { ActivityDescriptor } from '../designer/model/descriptors';
import i18n from '../i18n';
import { withModalDialogs } from '../testing/dialog';
import { InstancePage } from './InstancePage';

const supervisor: CurrentUser = { userName: 'supervisor', displayName: 'Trần Văn Giám Sát', roles: ['Supervisor'], unitId: 'BTGDV-KG', unitName: 'Phòng Khoa giáo' };
const signedIn: { user: CurrentUser } = { user: supervisor };
vi.mock('../auth/AuthContext', () => ({
  useAuth: () => ({ user: signedIn.user, can: (...roles: string[]) => signedIn.user.roles.some((r) => r === 'Admin' || roles.includes(r)) }),
}));

// jsdom lays nothing out: the journal learns its height from a ResizeObserver that never calls back.
beforeAll(() => {
  globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} } as unknown as typeof ResizeObserver;
  withModalDialogs();
});

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  signedIn.user = supervisor;
  await i18n.changeLanguage('vi');
});

const instance: InstanceDetail = {
  summary: { id: 'i1', definitionId: 'template-annual-plan-cycle', definitionName: 'Chu trình kế hoạch năm', version: 1, versionId: 'v1', status: 'Suspended',
    createdAt: '2026-11-26T11:34:00Z', updatedAt: '2026-11-26T11:40:00Z' },
  input: {}, output: {}, variables: {},
  bookmarks: [{ id: 't1', name: 'Supervision.HumanTask', activityId: 'draft', activityName: 'Dự thảo kế hoạch', activityType: 'Supervision.UserTask',
    createdAt: '2026-11-26T11:34:00Z', dueAt: '2026-12-01T01:00:00Z' }],
  incidents: [],
  activities: [{ activityId: 'draft', name: 'Dự thảo kế hoạch', type: 'Supervision.UserTask', state: 'Waiting', completions: 0 }],
  tasks: [{ id: 't1', activityId: 'draft', title: 'Dự thảo Kế hoạch công tác khoa giáo năm 2027', titleEn: 'Draft the 2027 science and education work plan',
    status: 'Open', unitId: 'BTGDV-KG', dueOn: '2026-12-01', deadlineState: 'OnTrack', createdAt: '2026-11-26T11:34:00Z' }],
};

const entry = (sequence: number, event: string, message: string | null, activity = false): JournalEntry => ({
  sequence, at: '2026-11-26T11:34:00Z', event, message, actor: 'supervisor', hash: 'h',
  ...(activity ? { activityId: 'draft', activityType: 'Supervision.UserTask' } : {}),
});
const journal = [
  entry(1, 'WorkflowStarted', null), entry(2, 'ActivityStarted', null, true), entry(3, 'BookmarkCreated', 'Supervision.HumanTask', true),
  entry(4, 'WorkflowSuspended', null), entry(5, 'TaskCompleted', 'Submit', true), entry(6, 'ActivityCompleted', 'Approved', true),
];

function show(detail: InstanceDetail = instance) {
  vi.spyOn(work, 'instance').mockResolvedValue(detail);
  vi.spyOn(work, 'journal').mockResolvedValue({ items: journal, total: journal.length, page: 1, pageSize: 100 });
  vi.spyOn(work, 'definitionVersion').mockReturnValue(new Promise(() => {}));
  vi.spyOn(endpoints, 'descriptors').mockResolvedValue(descriptorsJson as unknown as ActivityDescriptor[]);
  const router = createMemoryRouter([{ path: '/instances/:instanceId', element: <InstancePage /> }], { initialEntries: ['/instances/i1'] });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(<QueryClientProvider client={client}><RouterProvider router={router} /></QueryClientProvider>);
}

describe('instance page', () => {
  it('names the steps of the journal and of the waiting panel by the display texts of the definition, not their identifiers', async () => {
    const coded: InstanceDetail = {
      ...instance,
      bookmarks: [{ ...instance.bookmarks[0], activityName: 'DraftPlan' }],
      activities: [{ ...instance.activities[0], name: 'DraftPlan' }],
    };
    show(coded);
    vi.mocked(work.definitionVersion).mockResolvedValue({
      id: 'v1', definitionId: 'template-annual-plan-cycle', name: 'Chu trình kế hoạch năm', version: 1,
      root: { id: 'flow', type: 'Elsa.Flowchart', activities: [
        { id: 'draft', type: 'Supervision.UserTask', name: 'DraftPlan', metadata: { displayText: 'Dự thảo kế hoạch' } },
      ], connections: [] },
    } as never);
    const waiting = await screen.findByRole('region', { name: 'Đang chờ' });
    expect(await within(waiting).findByText('Dự thảo kế hoạch')).toBeTruthy();
    const table = await screen.findByRole('table', { name: /^Nhật ký quy trình/ });
    expect((await within(table).findAllByText('Dự thảo kế hoạch')).length).toBeGreaterThan(0);
    expect(table.textContent).not.toContain('DraftPlan');
    expect(waiting.textContent).not.toContain('DraftPlan');
  });

  it('names events, steps and outcomes in Vietnamese, with dates in the one format', async () => {
    show();
    const table = await screen.findByRole('table', { name: /^Nhật ký quy trình/ });
    expect(await within(table).findByText('Bắt đầu quy trình')).toBeTruthy();
    const text = table.textContent!;
    for (const shown of ['Người thực hiện', 'Bắt đầu', 'Giao việc', 'Chờ xử lý', 'Hoàn thành', 'Gửi', 'Đã duyệt', '26/11/2026 18:34']) expect(text).toContain(shown);
    await within(table).findAllByText('Công việc');
    expect(text).not.toMatch(/WorkflowStarted|BookmarkCreated|WorkflowSuspended|Supervision\.|Submit|Approved/);
    const waiting = screen.getByRole('region', { name: 'Đang chờ' });
    expect(await within(waiting).findByText('Công việc')).toBeTruthy();
    expect(waiting.textContent).toContain('01/12/2026 08:00');
    expect(screen.getByText(/^v1 · Bắt đầu/).textContent).toContain('26/11/2026 18:34');
  });

  it('lists the tasks by their English titles on the English page', async () => {
    await i18n.changeLanguage('en');
    show();
    const tasks = await screen.findByRole('region', { name: 'Tasks of this workflow' });
    expect(within(tasks).getByRole('link').textContent).toBe('Draft the 2027 science and education work plan');
    const table = await screen.findByRole('table', { name: /^Workflow journal/ });
    expect(await within(table).findByText('Workflow started')).toBeTruthy();
    expect(table.textContent).toContain('Approved');
  });
});

const officer: CurrentUser = { userName: 'officer1', displayName: 'Lê Văn Một', roles: ['UnitOfficer'], unitId: 'DU-SYT', unitName: 'Đảng ủy Sở Y tế' };
const designer: CurrentUser = { userName: 'designer', displayName: 'Nguyễn Thị Thiết Kế', roles: ['Designer'], unitId: 'BTGDV-KG', unitName: 'Phòng Khoa giáo' };

const unitTask = (id: string, title: string, canOpen: boolean): InstanceDetail['tasks'][number] => ({
  id, activityId: 'assign', title, status: 'Open', unitId: 'DU-SYT', dueOn: '2026-12-17', deadlineState: 'OnTrack', createdAt: '2026-11-26T11:40:00Z', canOpen,
});

describe('instance page, by who reads it', () => {
  it('links the tasks the user may open and names the others as plain text', async () => {
    signedIn.user = designer;
    show({ ...instance, tasks: [unitTask('t-health', 'Đăng ký nhiệm vụ — Đảng ủy Sở Y tế', false), unitTask('t-mine', 'Dự thảo kế hoạch', true)] });
    const tasks = await screen.findByRole('region', { name: 'Nhiệm vụ của quy trình' });

    expect(within(tasks).getByRole('link', { name: 'Dự thảo kế hoạch' }).getAttribute('href')).toBe('/tasks/t-mine');
    expect(within(tasks).queryByRole('link', { name: /Đảng ủy Sở Y tế/ })).toBeNull();
    expect(within(tasks).getByText('Đăng ký nhiệm vụ — Đảng ủy Sở Y tế')).toBeTruthy();
  });

  it('asks an officer for none of what only supervisors, viewers and administrators read, and sends them back where they can go', async () => {
    signedIn.user = officer;
    show({ ...instance, incidents: [], wholeInstance: false, tasks: [unitTask('t-health', 'Đăng ký nhiệm vụ — Đảng ủy Sở Y tế', true)] });
    await screen.findByRole('region', { name: 'Nhiệm vụ của quy trình' });

    expect(work.journal).not.toHaveBeenCalled();
    for (const panel of ['Nhật ký', 'Sự cố', 'Đầu vào']) expect(screen.queryByRole('heading', { name: new RegExp(`^${panel}`) })).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    // Opened directly, the way back is the officer's home, not a list their navigation does not have.
    expect(screen.getByRole('link', { name: '← Quay lại' }).getAttribute('href')).toBe('/inbox');
    expect(screen.queryByRole('link', { name: /Về danh sách quy trình đang chạy/ })).toBeNull();
  });

  it('shows a supervisor the journal, the incidents and the input, and the way back to the running workflows', async () => {
    show({ ...instance, wholeInstance: true });
    expect(await screen.findByRole('heading', { name: /^Nhật ký/ })).toBeTruthy();

    expect(work.journal).toHaveBeenCalledWith('i1', 1, 100, expect.anything());
    expect(screen.getByRole('heading', { name: 'Sự cố' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Đầu vào' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '← Về danh sách quy trình đang chạy' }).getAttribute('href')).toBe('/instances');
  });

  it('asks a supervisor in a dialog of the app before cancelling, and cancels only when confirmed', async () => {
    show({ ...instance, wholeInstance: true });
    const cancel = vi.spyOn(work, 'cancelInstance').mockResolvedValue(undefined as never);

    fireEvent.click(await screen.findByRole('button', { name: 'Hủy quy trình' }));
    const dialog = screen.getByRole('dialog', { name: 'Hủy quy trình' });
    expect(dialog.textContent).toContain('Hủy quy trình này và các việc đang mở?');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Hủy' }));
    expect(cancel).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Hủy quy trình' }));
    fireEvent.click(within(screen.getByRole('dialog', { name: 'Hủy quy trình' })).getByRole('button', { name: 'Hủy quy trình' }));
    await vi.waitFor(() => expect(cancel).toHaveBeenCalledWith('i1'));
  });
});
