// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, useParams } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import { endpoints } from '../api/endpoints';
import type { DefinitionSummary } from '../api/types';
import { work, type InstanceDetail } from '../api/work';
import type { ElsaDefinition } from '../designer/model/elsa';
import i18n from '../i18n';
import { WorkflowListPage } from '../pages/WorkflowListPage';
import { InstancesPage } from './InstancesPage';
import { StartWorkflowDialog } from './StartWorkflowDialog';
import { currentYear } from './startModel';
import { withModalDialogs } from '../testing/dialog';

const auth = vi.hoisted(() => ({ roles: ['Supervisor'] as string[] }));
vi.mock('../auth/AuthContext', () => ({
  useAuth: () => ({
    user: { userName: 'u', roles: auth.roles },
    can: (...roles: string[]) => auth.roles.includes('Admin') || roles.some((r) => auth.roles.includes(r)),
  }),
}));

beforeAll(withModalDialogs);

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  vi.useRealTimers();
  auth.roles = ['Supervisor'];
  await i18n.changeLanguage('vi');
});

/** The annual plan cycle's inputs (workflows/template-annual-plan-cycle.json), and one of each other kind. */
const cycle: ElsaDefinition = {
  definitionId: 'template-annual-plan-cycle', version: 3, name: 'Chu trình kế hoạch công tác khoa giáo năm',
  customProperties: { nameEn: 'Annual science-and-education work-plan cycle' },
  inputs: [
    { name: 'year', type: 'Int32', displayName: 'Năm / Year', defaultValue: 2026, uiHint: 'year' },
    { name: 'unitQuery', type: 'String', displayName: 'Đơn vị thực hiện / Units', description: 'children:<unit>, kind:<Kind>@<unit> or a list of unit codes', defaultValue: 'kind:PartyCommittee@TU-DEMO', uiHint: 'unitquery' },
    { name: 'planIssueBy', type: 'String', displayName: 'Hạn ban hành kế hoạch (MM-dd) / Plan issued by', defaultValue: '02-15', uiHint: 'dayofyear' },
    { name: 'runInspection', type: 'Boolean', displayName: 'Kiểm tra chuyên đề quý III / Thematic inspection in Q3', defaultValue: false },
  ],
  root: { id: 'root', type: 'Elsa.Flowchart', activities: [], connections: [] } as unknown as ElsaDefinition['root'],
};

const everyKind: ElsaDefinition = {
  ...cycle, definitionId: 'every-kind', name: 'Mọi loại đầu vào',
  inputs: [
    { name: 'fiscalYear', type: 'Int32', displayName: 'Năm tài chính / Fiscal year', uiHint: 'year' },
    { name: 'centralDue', type: 'String', displayName: 'Hạn gửi Trung ương / Central deadline', defaultValue: '2026-09-30', uiHint: 'date' },
    { name: 'reportDeadline', type: 'String', displayName: 'Hạn báo cáo / Report deadline', defaultValue: 'WorkingDays:10', uiHint: 'deadlinerule' },
    { name: 'count', type: 'Int64', displayName: 'Số đợt / Rounds', isRequired: true },
    { name: 'departments', type: 'String[]', displayName: 'Sở, ngành / Departments', defaultValue: '["SYT"]' },
    { name: 'topic', type: 'String', displayName: 'Nội dung' },
  ],
};

const started = { summary: { id: 'inst-42', definitionId: 'template-annual-plan-cycle', version: 3, versionId: 'v', status: 'Suspended', createdAt: '', updatedAt: '' } } as unknown as InstanceDetail;

function show(element: React.ReactElement, path = '/') {
  const router = createMemoryRouter([
    { path, element },
    { path: '/instances/:instanceId', element: <InstanceLanding /> },
  ], { initialEntries: [path] });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const invalidate = vi.spyOn(client, 'invalidateQueries');
  render(<QueryClientProvider client={client}><RouterProvider router={router} /></QueryClientProvider>);
  return { router, invalidate };
}

function InstanceLanding() {
  const { instanceId } = useParams();
  return <p>instance page {instanceId}</p>;
}

function openFor(definition: ElsaDefinition) {
  vi.spyOn(work, 'publishedDefinition').mockResolvedValue(definition);
  const start = vi.spyOn(work, 'startInstance').mockResolvedValue(started);
  const onClose = vi.fn();
  const shown = show(<StartWorkflowDialog definitionId={definition.definitionId} onClose={onClose} />);
  return { start, onClose, ...shown };
}

const dialog = () => screen.getByRole('dialog');
const startButton = () => within(dialog()).getByRole('button', { name: 'Khởi chạy' });
const describedText = (element: HTMLElement) => (element.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean)
  .map((id) => document.getElementById(id)?.textContent ?? '').join(' | ');

describe('starting a workflow', () => {
  it('gives each input its control by hint, then by type, with the label in the page language', async () => {
    openFor({ ...cycle, inputs: [...cycle.inputs!, ...everyKind.inputs!] });
    const year = await screen.findByRole('textbox', { name: 'Năm' });
    expect(year.getAttribute('inputmode')).toBe('numeric');
    // The day of the year: day first, then month.
    const issue = screen.getByRole('group', { name: 'Hạn ban hành kế hoạch (MM-dd)' });
    expect(within(issue).getAllByRole('textbox').map((b) => b.getAttribute('placeholder'))).toEqual(['dd', 'mm']);
    const units = screen.getByRole('textbox', { name: 'Đơn vị thực hiện' });
    expect(describedText(units)).toContain('descendants:<mã đơn vị>');
    expect(screen.getByRole('checkbox', { name: 'Kiểm tra chuyên đề quý III' })).toBeTruthy();
    // A date is typed dd/mm/yyyy with a calendar beside it.
    const due = screen.getByRole('textbox', { name: 'Hạn gửi Trung ương' });
    expect(due.getAttribute('placeholder')).toBe('dd/mm/yyyy');
    expect(within(due.parentElement!).getByRole('button', { name: 'Chọn ngày trên lịch' })).toBeTruthy();
    // A deadline rule is its basis and its value, and says what it means.
    const rule = screen.getByRole('group', { name: 'Hạn báo cáo' });
    expect((within(rule).getByRole('combobox', { name: 'Cách tính hạn' }) as HTMLSelectElement).value).toBe('WorkingDays');
    expect((within(rule).getByRole('textbox', { name: 'Giá trị' }) as HTMLInputElement).value).toBe('10');
    expect(rule.textContent).toContain('Tức là: 10 ngày làm việc.');
    expect(screen.getByRole('textbox', { name: 'Số đợt *' }).getAttribute('inputmode')).toBe('decimal');
    const departments = screen.getByRole('textbox', { name: 'Sở, ngành' });
    expect(departments.tagName).toBe('TEXTAREA');
    expect(describedText(departments)).toContain('JSON');
    // A label in one language only shows whole.
    expect(screen.getByRole('textbox', { name: 'Nội dung' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Mã tham chiếu (không bắt buộc)' })).toBeTruthy();
  });

  it('offers the kinds of an inspection as a choice named in the page language, and sends the one chosen', async () => {
    const inspection: ElsaDefinition = {
      ...cycle, definitionId: 'template-thematic-inspection',
      inputs: [
        { name: 'kind', type: 'String', displayName: 'Hình thức / Kind', defaultValue: 'ThematicSupervision', uiHint: 'inspectionkind' },
        { name: 'targets', type: 'String[]', displayName: 'Đối tượng / Targets', defaultValue: '["DU-SYT"]', uiHint: 'unitlist' },
      ],
    };
    const { start } = openFor(inspection);
    const kind = await screen.findByRole('combobox', { name: 'Hình thức' }) as HTMLSelectElement;
    expect(kind.value).toBe('ThematicSupervision');
    expect(within(kind).getAllByRole('option').map((o) => [o.getAttribute('value'), o.textContent])).toEqual([
      ['Inspection', 'Kiểm tra'], ['ThematicSupervision', 'Giám sát chuyên đề'], ['RegularSupervision', 'Giám sát thường xuyên'],
    ]);
    expect(screen.getByRole('textbox', { name: 'Đối tượng' }).tagName).toBe('TEXTAREA');
    fireEvent.change(kind, { target: { value: 'Inspection' } });
    fireEvent.click(startButton());
    await waitFor(() => expect(start).toHaveBeenCalledWith({ definitionId: 'template-thematic-inspection', input: { kind: 'Inspection' }, correlationId: undefined }));
  });

  it('reads in English on the English page', async () => {
    await i18n.changeLanguage('en');
    openFor(cycle);
    expect(await screen.findByRole('textbox', { name: 'Year' })).toBeTruthy();
    expect(screen.getByText('Annual science-and-education work-plan cycle')).toBeTruthy();
    const issue = screen.getByRole('group', { name: 'Plan issued by' });
    expect(within(issue).getByRole('textbox', { name: 'Day' })).toBeTruthy();
    expect(within(dialog()).getByRole('button', { name: 'Start' })).toBeTruthy();
  });

  it('fills in the defaults, and this year in Hà Nội for a year without one', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-12-31T18:00:00Z'));
    openFor({ ...cycle, inputs: [...cycle.inputs!, ...everyKind.inputs!] });
    expect((await screen.findByRole<HTMLInputElement>('textbox', { name: 'Năm' })).value).toBe('2026');
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Năm tài chính' }).value).toBe('2031');
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Đơn vị thực hiện' }).value).toBe('kind:PartyCommittee@TU-DEMO');
    const issue = screen.getByRole('group', { name: 'Hạn ban hành kế hoạch (MM-dd)' });
    expect(within(issue).getByRole<HTMLInputElement>('textbox', { name: 'Ngày' }).value).toBe('15');
    expect(within(issue).getByRole<HTMLInputElement>('textbox', { name: 'Tháng' }).value).toBe('02');
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Kiểm tra chuyên đề quý III' }).checked).toBe(false);
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Hạn gửi Trung ương' }).value).toBe('30/09/2026');
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Sở, ngành' }).value).toBe('["SYT"]');
  });

  it('sends what was changed and the required values in their JSON types, then opens the instance', async () => {
    const { start, onClose, router, invalidate } = openFor({ ...cycle, inputs: [...cycle.inputs!, ...everyKind.inputs!] });
    fireEvent.change(await screen.findByRole('textbox', { name: 'Năm' }), { target: { value: '2027' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Kiểm tra chuyên đề quý III' }));
    const issue = screen.getByRole('group', { name: 'Hạn ban hành kế hoạch (MM-dd)' });
    fireEvent.change(within(issue).getByRole('textbox', { name: 'Ngày' }), { target: { value: '1' } });
    fireEvent.change(within(issue).getByRole('textbox', { name: 'Tháng' }), { target: { value: '3' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Sở, ngành' }), { target: { value: '["SYT", "SGDDT"]' } });
    // A required number left empty holds the start back, beside the field.
    fireEvent.click(startButton());
    const count = screen.getByRole('textbox', { name: 'Số đợt *' });
    expect(count.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(count)).toContain('Cần nhập giá trị này.');
    expect(start).not.toHaveBeenCalled();
    fireEvent.change(count, { target: { value: '4' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Mã tham chiếu (không bắt buộc)' }), { target: { value: ' KH-KG-2027 ' } });
    fireEvent.click(startButton());
    await waitFor(() => expect(start).toHaveBeenCalledTimes(1));
    const body = start.mock.calls[0][0];
    expect(body).toEqual({
      definitionId: 'template-annual-plan-cycle',
      // The year without a default was filled in with this one, so it is sent; the dates and texts left as they were are not.
      input: { year: 2027, planIssueBy: '03-01', runInspection: true, fiscalYear: currentYear(), count: 4, departments: ['SYT', 'SGDDT'] },
      correlationId: 'KH-KG-2027',
    });
    // JSON types, not just equal values: a number stays a number on the wire.
    expect(JSON.stringify(body.input)).toBe(`{"year":2027,"planIssueBy":"03-01","runInspection":true,"fiscalYear":${currentYear()},"count":4,"departments":["SYT","SGDDT"]}`);
    await waitFor(() => expect(router.state.location.pathname).toBe('/instances/inst-42'));
    expect(onClose).toHaveBeenCalled();
    expect(invalidate).toHaveBeenCalledWith({ queryKey: ['instances'] });
  });

  it('shows the server’s reason beside the year it refused, the problem on top, and starts nothing', async () => {
    const { start, onClose, router } = openFor(cycle);
    start.mockRejectedValue(new ApiError(400, {
      title: 'Đầu vào của quy trình không hợp lệ.', status: 400,
      errors: { 'input.year': ["Đầu vào 'year' nhận một năm từ 1901 đến 2187."] },
    }));
    fireEvent.change(await screen.findByRole('textbox', { name: 'Năm' }), { target: { value: '3000' } });
    fireEvent.click(startButton());
    await waitFor(() => expect(start).toHaveBeenCalledWith({ definitionId: 'template-annual-plan-cycle', input: { year: 3000 }, correlationId: undefined }));
    const year = screen.getByRole('textbox', { name: 'Năm' });
    await waitFor(() => expect(year.getAttribute('aria-invalid')).toBe('true'));
    expect(describedText(year)).toContain("Đầu vào 'year' nhận một năm từ 1901 đến 2187.");
    // The message sits in the year's own block, not in a list at the top.
    expect(year.closest('[data-input]')!.getAttribute('data-input')).toBe('year');
    expect(within(year.closest('[data-input]') as HTMLElement).getByText("Đầu vào 'year' nhận một năm từ 1901 đến 2187.")).toBeTruthy();
    const alert = within(dialog()).getByRole('alert');
    expect(alert.textContent).toContain('Đầu vào của quy trình không hợp lệ. (400)');
    expect(alert.textContent).not.toContain('1901');
    expect(document.activeElement).toBe(year);
    expect(router.state.location.pathname).toBe('/');
    expect(onClose).not.toHaveBeenCalled();
  });

  it('shows a refusal that names no field at the top', async () => {
    const { start } = openFor(cycle);
    start.mockRejectedValue(new ApiError(409, { title: 'Phiên bản đã bị gỡ ban hành.', status: 409 }));
    await screen.findByRole('textbox', { name: 'Năm' });
    fireEvent.click(startButton());
    expect((await within(dialog()).findByRole('alert')).textContent).toContain('Phiên bản đã bị gỡ ban hành. (409)');
  });

  it('says so when the workflow has no published version any more', async () => {
    vi.spyOn(work, 'publishedDefinition').mockRejectedValue(new ApiError(404, { title: "Published version of workflow definition 'gone' was not found.", status: 404 }));
    show(<StartWorkflowDialog definitionId="gone" onClose={() => {}} />);
    expect((await within(dialog()).findByRole('alert')).textContent).toContain('Quy trình này không có phiên bản đang ban hành.');
    expect(startButton().hasAttribute('disabled')).toBe(true);
  });
});

const summaries: DefinitionSummary[] = [
  { definitionId: 'template-annual-plan-cycle', name: cycle.name!, nameEn: 'Annual science-and-education work-plan cycle', latestVersion: 3, publishedVersion: 3, updatedAt: '2026-11-01T00:00:00Z', reviewStatus: 'Published' },
  { definitionId: 'draft-only', name: 'Bản nháp', latestVersion: 1, publishedVersion: null, updatedAt: '2026-11-01T00:00:00Z', reviewStatus: 'Draft' },
];

describe('who may start a workflow', () => {
  it('offers Start on each published workflow of the list to supervisors', async () => {
    vi.spyOn(endpoints, 'list').mockResolvedValue({ items: summaries, total: 2, page: 1, pageSize: 50 });
    const definition = vi.spyOn(work, 'publishedDefinition').mockResolvedValue(cycle);
    show(<WorkflowListPage />);
    const row = (await screen.findByRole('link', { name: cycle.name! })).closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: 'Khởi chạy quy trình Chu trình kế hoạch công tác khoa giáo năm' }));
    expect(await within(dialog()).findByRole('textbox', { name: 'Năm' })).toBeTruthy();
    expect(definition).toHaveBeenCalledWith('template-annual-plan-cycle', expect.anything());
    const draft = screen.getByRole('link', { name: 'Bản nháp' }).closest('tr')!;
    expect(within(draft).queryByRole('button', { name: /Khởi chạy/ })).toBeNull();
  });

  it('offers officers no Start on the workflow list', async () => {
    auth.roles = ['UnitOfficer'];
    vi.spyOn(endpoints, 'list').mockResolvedValue({ items: summaries, total: 2, page: 1, pageSize: 50 });
    show(<WorkflowListPage />);
    await screen.findByRole('link', { name: cycle.name! });
    expect(screen.queryByRole('button', { name: /Khởi chạy/ })).toBeNull();
  });

  it('lets a supervisor pick a published workflow on the running workflows page', async () => {
    vi.spyOn(work, 'instances').mockResolvedValue({ items: [], total: 0, page: 1, pageSize: 50 });
    const list = vi.spyOn(endpoints, 'list').mockResolvedValue({ items: [summaries[0]], total: 1, page: 1, pageSize: 100 });
    vi.spyOn(work, 'publishedDefinition').mockResolvedValue(cycle);
    show(<InstancesPage />, '/instances');
    fireEvent.click(await screen.findByRole('button', { name: 'Khởi chạy quy trình' }));
    const pick = await within(dialog()).findByRole('combobox', { name: 'Quy trình' });
    expect(document.activeElement).toBe(pick);
    expect(list).toHaveBeenCalledWith(expect.objectContaining({ status: 'Published' }), expect.anything());
    expect(within(dialog()).getByRole('button', { name: 'Khởi chạy' }).hasAttribute('disabled')).toBe(true);
    fireEvent.change(pick, { target: { value: 'template-annual-plan-cycle' } });
    expect(await within(dialog()).findByRole('textbox', { name: 'Năm' })).toBeTruthy();
    expect(within(dialog()).getByRole('button', { name: 'Khởi chạy' }).hasAttribute('disabled')).toBe(false);
  });

  it('offers officers no way to start one from the running workflows page', async () => {
    auth.roles = ['UnitOfficer'];
    vi.spyOn(work, 'instances').mockResolvedValue({ items: [], total: 0, page: 1, pageSize: 50 });
    show(<InstancesPage />, '/instances');
    await screen.findByText('Chưa có quy trình nào.');
    expect(screen.queryByRole('button', { name: /Khởi chạy/ })).toBeNull();
  });
});
