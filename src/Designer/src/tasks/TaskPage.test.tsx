// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { work, type TaskDetail } from '../api/work';
import i18n from '../i18n';
import { TaskPage } from './TaskPage';
import { withModalDialogs } from '../testing/dialog';

vi.mock('../auth/AuthContext', () => ({
  useAuth: () => ({ user: { userName: 'supervisor', roles: ['Supervisor'] }, can: () => true }),
}));

beforeAll(withModalDialogs);

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await i18n.changeLanguage('vi');
});

const detail = (over: Partial<TaskDetail['task']> = {}, rest: Partial<TaskDetail> = {}): TaskDetail => ({
  task: {
    id: 't1', title: 'Lưu hồ sơ cuộc kiểm tra', titleEn: 'Archive the inspection dossier', kind: 'UserTask', status: 'Completed',
    unitId: 'DU-SYT', unitName: 'Đảng ủy Sở Y tế', assigneeRole: 'FocalPoint', assigneeUnitId: 'DU-SYT', dueOn: '2026-12-01',
    deadlineState: 'DoneOnTime', colour: 'green', icon: 'check-circle', instanceId: 'i1', definitionId: 'd1', createdAt: '2026-11-26T11:34:00Z',
    canAct: false, escalationLevel: 0, flaggedForCommittee: false, ...over,
  },
  description: null, actions: ['Archived'], commentRequiredFor: [], form: [],
  data: { workDueOn: '2026-12-17', submission: { action: 'Submit', actor: 'officer1', completedAt: '2026-11-26T11:32:10.9779619+00:00' } },
  submission: {
    actor: 'officer1', at: '2026-11-26T11:32:10.9779619+00:00', action: 'Submit', comment: null,
    fields: [
      { name: 'dueOn', labelVi: 'Hạn đề xuất', labelEn: 'Proposed due date', type: 'date', value: '2026-12-17' },
      { name: 'symbol', labelVi: 'Số, ký hiệu', labelEn: 'Number and symbol', type: 'text', value: '12-KH/BTGDV' },
    ],
  },
  action: 'Archived', comment: null, completedBy: 'supervisor',
  history: [
    { at: '2026-11-26T11:30:00Z', event: 'BookmarkCreated', actor: null, message: 'Supervision.HumanTask' },
    { at: '2026-11-26T11:32:00Z', event: 'TaskCompleted', actor: 'supervisor', message: 'Submit' },
    { at: '2026-11-26T11:32:01Z', event: 'ActivityCompleted', actor: null, message: 'NoFindings' },
  ],
  ...rest,
});

function show(answer: TaskDetail) {
  vi.spyOn(work, 'task').mockResolvedValue(answer);
  vi.spyOn(work, 'filterOptions').mockResolvedValue({
    units: [{ id: 'DU-SYT', code: 'DU-SYT', nameVi: 'Đảng ủy Sở Y tế', nameEn: 'Health Department Party Committee', depth: 1 }], plans: [],
  });
  // The diagram waits; this test reads the task itself.
  vi.spyOn(work, 'instance').mockReturnValue(new Promise(() => {}));
  const router = createMemoryRouter([{ path: '/tasks/:taskId', element: <TaskPage /> }], { initialEntries: ['/tasks/t1'] });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(<QueryClientProvider client={client}><RouterProvider router={router} /></QueryClientProvider>);
}

const fact = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling as HTMLElement;

describe('task page', () => {
  it('names the action taken, the events, the assignee and the dates in Vietnamese', async () => {
    show(detail());
    expect(await screen.findByText('Nhiệm vụ đã xử lý: Lưu hồ sơ bởi supervisor.')).toBeTruthy();
    expect(await within(fact('Thực hiện')).findByText('Đầu mối @ Đảng ủy Sở Y tế')).toBeTruthy();
    expect(fact('Giao lúc').textContent).toBe('26/11/2026 18:34');
    expect(fact('Hạn hoàn thành').textContent).toContain('01/12/2026');
    const history = screen.getByRole('complementary');
    expect(history.textContent).toContain('Giao việc');
    expect(history.textContent).toContain('Gửi');
    expect(history.textContent).toContain('Không phát hiện hạn chế');
    expect(history.textContent).not.toMatch(/Supervision\.HumanTask|Submit|NoFindings|TaskCompleted/);
    expect(history.querySelector('time')!.textContent).toBe('26/11/2026 18:30');
    const submitted = screen.getByRole('region', { name: 'Nội dung đã gửi trước đó' });
    expect(submitted.textContent).toContain('17/12/2026');
    expect(submitted.textContent).toContain('26/11/2026 18:32');
    expect(submitted.textContent).toContain('12-KH/BTGDV');
    expect(submitted.textContent).not.toMatch(/workDueOn|submission|completedAt/);
    // A review carries only bookkeeping and names no plan: nothing to say about the work.
    expect(screen.queryByRole('region', { name: 'Thông tin công việc' })).toBeNull();
  });

  it('tells the unit who returned its work, when and why, above the work as it was sent', async () => {
    show(detail({ status: 'Open', canAct: true, deadlineState: 'OnTrack' }, {
      actions: ['Submit'], action: null, completedBy: null, data: {}, submission: null,
      returned: {
        by: 'supervisor', at: '2026-11-26T03:00:00Z', comment: 'Bổ sung số liệu quý II',
        work: { actor: 'officer1', at: '2026-11-25T03:00:00Z', action: 'Submit', comment: 'Khảo sát 3 bệnh viện', fields: [
          { name: 'surveyed', labelVi: 'Số người được hỏi', labelEn: 'People surveyed', type: 'number', value: 120 },
        ] },
      },
    }));

    const note = await screen.findByRole('note');
    expect(within(note).getByRole('heading').textContent).toBe('Công việc bị trả lại');
    expect(note.textContent).toContain('supervisor trả lại lúc 26/11/2026 10:00');
    expect(note.textContent).toContain('Bổ sung số liệu quý II');
    const sent = screen.getByRole('region', { name: 'Nội dung đã gửi và bị trả lại' });
    expect(sent.textContent).toContain('Khảo sát 3 bệnh viện');
    expect(sent.textContent).toContain('Số người được hỏi');
  });

  it('reads in English on the English page', async () => {
    await i18n.changeLanguage('en');
    show(detail());
    expect(await screen.findByText('Task done: Archive by supervisor.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Archive the inspection dossier');
    expect(await within(fact('Assignee')).findByText('Focal point @ Health Department Party Committee')).toBeTruthy();
    expect(fact('Unit').textContent).toBe('Health Department Party Committee');
  });

  it('offers the actions by name and the roles a task can be given to', async () => {
    show(detail({ status: 'Open', canAct: true, deadlineState: 'OnTrack' }, { action: null, completedBy: null, actions: ['Issue', 'Return'], commentRequiredFor: ['Return'] }));
    const actions = await screen.findByRole('group', { name: 'Xử lý nhiệm vụ' });
    expect(within(actions).getAllByRole('button').map((b) => b.textContent)).toEqual(['Ban hành', 'Trả lại', 'Yêu cầu bổ sung thông tin']);
    expect(screen.getByText('Ý kiến (bắt buộc khi Trả lại)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Giao cho người khác' }));
    const role = within(screen.getByRole('dialog')).getByRole('combobox', { name: 'Hoặc vai trò' });
    const options = within(role).getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(expect.arrayContaining(['Chuyên viên', 'Trưởng phòng', 'Đầu mối', 'Trưởng ban', 'Văn thư']));
    expect(options.join()).not.toMatch(/Specialist|SectionHead|FocalPoint/);
    expect(within(role).getByRole('option', { name: 'Trưởng phòng' }).getAttribute('value')).toBe('SectionHead');
  });

  it('gives a task to a person or to a role in a unit, not both', async () => {
    show(detail({ status: 'Open', canAct: true, deadlineState: 'OnTrack' }, { action: null, completedBy: null, actions: ['Submit'] }));
    fireEvent.click(await screen.findByRole('button', { name: 'Giao cho người khác' }));
    const dialog = screen.getByRole('dialog');
    const person = within(dialog).getByRole('textbox', { name: 'Tên đăng nhập người nhận' }) as HTMLInputElement;
    const role = within(dialog).getByRole('combobox', { name: 'Hoặc vai trò' }) as HTMLSelectElement;

    fireEvent.change(person, { target: { value: 'officer2' } });
    expect(role.disabled).toBe(true);
    fireEvent.change(person, { target: { value: '' } });
    fireEvent.change(role, { target: { value: 'SectionHead' } });
    expect(person.disabled).toBe(true);
  });
});
