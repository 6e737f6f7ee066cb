// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { api, ApiError } from '../api/client';
import type { Finding, RemediationAction } from '../api/records-oversight';
import i18n from '../i18n';
import { Remediation } from './InspectionsPage';
import { withModalDialogs } from '../testing/dialog';

beforeAll(withModalDialogs);

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await i18n.changeLanguage('vi');
});

const INSPECTION = '3b1f9a52-0000-4000-8000-0000000000aa';
const health = { id: 'DU-SYT', nameVi: 'Đảng ủy Sở Y tế', nameEn: 'Health Department Party Committee' };
const education = { id: 'DU-SGDDT', nameVi: 'Đảng ủy Sở Giáo dục và Đào tạo', nameEn: 'Education Department Party Committee' };

const finding: Finding = {
  id: 'f-1', type: 'Shortcoming', severity: 'Moderate', description: 'Chưa lập sổ theo dõi văn bản', targetUnit: health, recordedAt: '2026-05-04T02:00:00Z',
};

const fix = (id: string, action: string, more: Partial<RemediationAction> = {}): RemediationAction => ({
  id, findingId: 'f-1', responsibleUnit: health, action, dueOn: '2026-07-31', status: 'Open', overdue: false,
  reportedAt: null, verifiedAt: null, lastRejectionComment: null, openStep: null, ...more,
});

const toReport = fix('a-report', 'Lập sổ theo dõi văn bản', { openStep: { step: 'report', taskId: 't-1', canAct: true } });
const toVerify = fix('a-verify', 'Rà soát quy chế làm việc', {
  status: 'Reported', reportedAt: '2026-06-02T03:00:00Z', openStep: { step: 'verify', taskId: 't-2', canAct: true },
});
const othersReport = fix('a-others-report', 'Bổ sung hồ sơ đảng viên', { responsibleUnit: education, openStep: { step: 'report', taskId: 't-3', canAct: false } });
const othersVerify = fix('a-others-verify', 'Kiện toàn tổ kiểm tra', {
  status: 'Reported', lastRejectionComment: 'Thiếu biên bản họp chi bộ', openStep: { step: 'verify', taskId: 't-4', canAct: false },
});
const verified = fix('a-verified', 'Công khai kết luận', { status: 'Verified', verifiedAt: '2026-06-10T03:00:00Z', openStep: null });

function show(actions: RemediationAction[]) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const invalidate = vi.spyOn(client, 'invalidateQueries');
  const element: ReactNode = <Remediation inspectionId={INSPECTION} actions={actions} findings={[finding]} />;
  const router = createMemoryRouter([{ path: '*', element }], { initialEntries: ['/records/inspections/x'] });
  render(<QueryClientProvider client={client}><RouterProvider router={router} /></QueryClientProvider>);
  return { invalidate };
}

const rowOf = (id: string) => document.querySelector<HTMLElement>(`tr[data-action="${id}"]`)!;
const buttonsOf = (id: string) => within(rowOf(id)).queryAllByRole('button').map((b) => b.textContent);
const post = () => vi.spyOn(api, 'post');
const dialog = () => screen.getByRole('dialog');
const confirmButton = () => dialog().querySelector<HTMLButtonElement>('.dialog-foot button[data-action]')!;

describe('remediation actions', () => {
  it('offer the open step only to a reader who may take it, and say whom the others wait for', () => {
    show([toReport, toVerify, othersReport, othersVerify, verified]);
    expect(screen.getByRole('columnheader', { name: 'Xử lý' })).toBeTruthy();
    expect(buttonsOf('a-report')).toEqual(['Báo cáo đã khắc phục']);
    expect(buttonsOf('a-verify')).toEqual(['Xác nhận', 'Yêu cầu làm lại']);
    expect(within(rowOf('a-verify')).getByRole('button', { name: 'Yêu cầu làm lại: Rà soát quy chế làm việc' }).className).toContain('danger');
    expect(buttonsOf('a-others-report')).toEqual([]);
    expect(rowOf('a-others-report').querySelector('.actions-cell')!.textContent).toBe('Chờ đơn vị báo cáo');
    expect(buttonsOf('a-others-verify')).toEqual([]);
    expect(rowOf('a-others-verify').querySelector('.actions-cell')!.textContent).toBe('Chờ xác nhận');
    expect(buttonsOf('a-verified')).toEqual([]);
    expect(rowOf('a-verified').querySelector('.actions-cell')!.textContent).toBe('');
    // Those who can act are not told to wait.
    expect(rowOf('a-report').querySelector('[data-waiting]')).toBeNull();
    expect(rowOf('a-others-verify').textContent).toContain('Lý do chưa chấp nhận: Thiếu biên bản họp chi bộ');
  });

  it('speak English on request', async () => {
    await i18n.changeLanguage('en');
    show([toReport, toVerify, othersReport, othersVerify]);
    expect(screen.getByRole('columnheader', { name: 'Actions' })).toBeTruthy();
    expect(buttonsOf('a-report')).toEqual(['Report the fix']);
    expect(buttonsOf('a-verify')).toEqual(['Verify', 'Send back']);
    expect(rowOf('a-others-report').querySelector('.actions-cell')!.textContent).toBe("Waiting for the unit's report");
    expect(rowOf('a-others-verify').querySelector('.actions-cell')!.textContent).toBe('Waiting for verification');
  });

  it('show why a fix was sent back until it is verified', () => {
    show([othersVerify, { ...verified, lastRejectionComment: 'Chưa đăng trên cổng thông tin' }]);
    expect(rowOf('a-others-verify').textContent).toContain('Thiếu biên bản họp chi bộ');
    expect(rowOf('a-verified').textContent).not.toContain('Chưa đăng trên cổng thông tin');
  });

  it('leave out the column when no step waits', () => {
    show([verified, fix('a-idle', 'Chấn chỉnh công tác lưu trữ')]);
    expect(screen.queryByRole('columnheader', { name: 'Xử lý' })).toBeNull();
    expect(document.querySelector('.actions-cell')).toBeNull();
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });

  it('report the fix through its own endpoint, then refresh the inspection and say so', async () => {
    const calls = post().mockResolvedValue({ taskId: 't-1', status: 'Completed' });
    const { invalidate } = show([toReport, toVerify]);
    fireEvent.click(within(rowOf('a-report')).getByRole('button', { name: 'Báo cáo đã khắc phục: Lập sổ theo dõi văn bản' }));
    expect(dialog().getAttribute('aria-label')).toBe('Báo cáo đã khắc phục');
    expect(within(dialog()).getByText('Lập sổ theo dõi văn bản — Đảng ủy Sở Y tế')).toBeTruthy();
    // A comment may be left out when reporting.
    expect(confirmButton().disabled).toBe(false);
    expect(confirmButton().textContent).toBe('Báo cáo đã khắc phục');
    fireEvent.click(confirmButton());
    await waitFor(() => expect(calls).toHaveBeenCalledTimes(1));
    expect(calls).toHaveBeenCalledWith(`/api/inspections/${INSPECTION}/remediation-actions/a-report/report`, {});
    expect((await screen.findByRole('status')).textContent).toBe('Đã báo cáo khắc phục việc “Lập sổ theo dõi văn bản” của Đảng ủy Sở Y tế.');
    expect(screen.queryByRole('dialog')).toBeNull();
    const keys = invalidate.mock.calls.map(([filters]) => JSON.stringify(filters?.queryKey));
    expect(keys).toContain(JSON.stringify(['records', 'inspection', INSPECTION]));
    expect(keys).toContain(JSON.stringify(['records', 'inspections']));
    expect(keys).toContain(JSON.stringify(['tasks']));
  });

  it('verify the fix, with the comment when one is given', async () => {
    await i18n.changeLanguage('en');
    const calls = post().mockResolvedValue({});
    show([toReport, toVerify]);
    fireEvent.click(within(rowOf('a-verify')).getByRole('button', { name: 'Verify the fix: Rà soát quy chế làm việc' }));
    expect(dialog().getAttribute('aria-label')).toBe('Verify the fix');
    fireEvent.change(within(dialog()).getByRole('textbox'), { target: { value: '  Đủ hồ sơ  ' } });
    fireEvent.click(confirmButton());
    await waitFor(() => expect(calls).toHaveBeenCalledTimes(1));
    expect(calls).toHaveBeenCalledWith(`/api/inspections/${INSPECTION}/remediation-actions/a-verify/verify`, { comment: 'Đủ hồ sơ' });
    expect((await screen.findByRole('status')).textContent).toBe('The fix of “Rà soát quy chế làm việc” by Health Department Party Committee was verified.');
  });

  it('send the fix back only with a comment saying what should change', async () => {
    const calls = post().mockResolvedValue({});
    show([toVerify]);
    fireEvent.click(within(rowOf('a-verify')).getByRole('button', { name: 'Yêu cầu làm lại: Rà soát quy chế làm việc' }));
    expect(dialog().getAttribute('aria-label')).toBe('Yêu cầu làm lại việc khắc phục');
    const comment = within(dialog()).getByRole('textbox');
    expect(comment.getAttribute('aria-required')).toBe('true');
    expect(confirmButton().disabled).toBe(true);
    expect(confirmButton().className).toContain('danger');
    fireEvent.change(comment, { target: { value: '   ' } });
    expect(confirmButton().disabled).toBe(true);
    // Neither the disabled button nor Enter in the form sends it.
    fireEvent.click(confirmButton());
    fireEvent.submit(dialog().querySelector('form')!);
    await act(async () => {});
    expect(calls).not.toHaveBeenCalled();
    fireEvent.change(comment, { target: { value: 'Bổ sung biên bản họp chi bộ' } });
    expect(confirmButton().disabled).toBe(false);
    fireEvent.click(confirmButton());
    await waitFor(() => expect(calls).toHaveBeenCalledTimes(1));
    expect(calls).toHaveBeenCalledWith(`/api/inspections/${INSPECTION}/remediation-actions/a-verify/reject`, { comment: 'Bổ sung biên bản họp chi bộ' });
    expect((await screen.findByRole('status')).textContent).toBe('Đã yêu cầu Đảng ủy Sở Y tế làm lại việc “Rà soát quy chế làm việc”.');
  });

  it('show the refusal in the dialog, and refresh when the step no longer waits', async () => {
    const refusal = new ApiError(409, { title: 'Việc khắc phục này không còn chờ báo cáo.', status: 409 });
    post().mockRejectedValue(refusal);
    const { invalidate } = show([toReport]);
    fireEvent.click(within(rowOf('a-report')).getByRole('button', { name: /^Báo cáo đã khắc phục/ }));
    fireEvent.click(confirmButton());
    const alert = await within(dialog()).findByRole('alert');
    expect(alert.textContent).toContain('Việc khắc phục này không còn chờ báo cáo. (409)');
    expect(screen.queryByRole('status')).toBeNull();
    expect(invalidate.mock.calls.map(([filters]) => JSON.stringify(filters?.queryKey))).toContain(JSON.stringify(['records', 'inspection', INSPECTION]));
  });

  it('keep a forbidden step in the dialog without refreshing', async () => {
    post().mockRejectedValue(new ApiError(403, { title: 'Bạn không có quyền thực hiện bước này.', status: 403 }));
    const { invalidate } = show([toReport]);
    fireEvent.click(within(rowOf('a-report')).getByRole('button', { name: /^Báo cáo đã khắc phục/ }));
    fireEvent.click(confirmButton());
    expect((await within(dialog()).findByRole('alert')).textContent).toContain('(403)');
    expect(invalidate).not.toHaveBeenCalled();
  });
});
