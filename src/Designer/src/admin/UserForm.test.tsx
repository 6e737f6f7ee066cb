// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { admin, type AdminUser, type UnitNode } from '../api/admin';
import { ApiError } from '../api/client';
import i18n from '../i18n';
import { fieldErrors, remainingProblem } from './fields';
import { createPayload, settingsPayload, valuesOf } from './users';
import { CreateUserDialog } from './UsersPage';
import { UserForm } from './UserForm';
import { withModalDialogs } from '../testing/dialog';

beforeAll(withModalDialogs);

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await i18n.changeLanguage('vi');
});

const unit = (id: string, nameVi: string, children: UnitNode[] = []): UnitNode => ({
  id, code: id, nameVi, nameEn: null, kind: 'PartyCommittee', level: 'Province', system: 'Party', parentId: null, validFrom: '2025-07-01',
  validTo: null, supersededById: null, isOpen: true, children,
});
const tree = [unit('TU-DEMO', 'Tỉnh ủy (tỉnh mẫu)', [unit('DU-SYT', 'Đảng ủy Sở Y tế')])];

const officer: AdminUser = {
  id: 'u1', userName: 'nva', displayName: 'Nguyễn Văn A', email: 'nva@syt.example', roles: ['UnitOfficer'], unitId: 'DU-SYT', unitName: 'Đảng ủy Sở Y tế',
  unitNameEn: null, locale: 'vi-VN', isDisabled: false, lockedUntil: null, lastLoginAt: null, totpEnrolled: false, hasDemoPassword: false,
  createdAt: '2026-03-02T01:00:00Z', passwordChangedAt: '2026-03-02T01:00:00Z', assignments: [],
};

function show(element: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = createMemoryRouter([{ path: '*', element }], { initialEntries: ['/admin/users'] });
  render(<QueryClientProvider client={client}><RouterProvider router={router} /></QueryClientProvider>);
  return router;
}

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const errorOf = (field: string) => document.querySelector(`[data-field="${field}"] .field-error`)?.textContent;

describe('the new user form', () => {
  it('sends the account as typed: the user name in lower case, roles in the app’s order, no e-mail as none; then opens the user', async () => {
    vi.spyOn(admin, 'units').mockResolvedValue(tree);
    const create = vi.spyOn(admin, 'createUser').mockResolvedValue(officer);
    const router = show(<CreateUserDialog onClose={() => {}} />);
    const form = within(screen.getByRole('dialog', { name: 'Thêm người dùng' }));

    type('Tên đăng nhập', '  NVA ');
    type('Họ và tên', ' Nguyễn Văn A ');
    type('Mật khẩu ban đầu', 'mot-mat-khau-dai');
    fireEvent.click(form.getByRole('checkbox', { name: 'Người xem' }));
    fireEvent.click(form.getByRole('checkbox', { name: 'Chuyên viên đơn vị' }));
    const unitSelect = form.getByRole('combobox', { name: 'Đơn vị' }) as HTMLSelectElement;
    await waitFor(() => expect(unitSelect.options.length).toBe(3));
    // Indented as in the tree: the unit under the committee comes after it.
    expect([...unitSelect.options].map((o) => o.textContent)).toEqual(['Không thuộc đơn vị nào', 'Tỉnh ủy (tỉnh mẫu) (TU-DEMO)', '\u00a0\u00a0\u00a0Đảng ủy Sở Y tế (DU-SYT)']);
    fireEvent.change(unitSelect, { target: { value: 'DU-SYT' } });
    fireEvent.click(form.getByRole('button', { name: 'Tạo tài khoản' }));

    await waitFor(() => expect(create).toHaveBeenCalledOnce());
    expect(create.mock.calls[0][0]).toEqual({
      userName: 'nva', displayName: 'Nguyễn Văn A', email: null, password: 'mot-mat-khau-dai', roles: ['UnitOfficer', 'Viewer'], unitId: 'DU-SYT', locale: 'vi-VN',
    });
    await waitFor(() => expect(router.state.location.pathname).toBe('/admin/users/nva'));
  });

  it('shows each field the server refused beside it, tied to the field, and a conflict under the form', async () => {
    vi.spyOn(admin, 'units').mockResolvedValue(tree);
    const create = vi.spyOn(admin, 'createUser').mockRejectedValueOnce(new ApiError(400, {
      title: 'Có trường không hợp lệ.',
      errors: { UserName: ['Tên đăng nhập có 2–64 ký tự thường.'], 'roles[0]': ['Cần ít nhất một vai trò.'], password: ['Mật khẩu ít nhất 8 ký tự.'] },
    }));
    show(<CreateUserDialog onClose={() => {}} />);
    type('Tên đăng nhập', 'x');
    fireEvent.click(screen.getByRole('button', { name: 'Tạo tài khoản' }));

    await waitFor(() => expect(errorOf('userName')).toBe('Tên đăng nhập có 2–64 ký tự thường.'));
    expect(errorOf('password')).toBe('Mật khẩu ít nhất 8 ký tự.');
    expect(screen.getByText('Cần ít nhất một vai trò.').closest('fieldset')!.getAttribute('aria-invalid')).toBe('true');
    const name = screen.getByLabelText('Tên đăng nhập');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(name.getAttribute('aria-describedby')!.split(' ')[0])!.textContent).toBe('Tên đăng nhập có 2–64 ký tự thường.');
    expect(screen.getByLabelText('Họ và tên').getAttribute('aria-invalid')).toBeNull();
    // Every message is beside its field: nothing is repeated under the form.
    expect(screen.queryByRole('alert')).toBeNull();

    create.mockRejectedValueOnce(new ApiError(409, { title: "User 'x' exists already." }));
    fireEvent.click(screen.getByRole('button', { name: 'Tạo tài khoản' }));
    expect((await screen.findByRole('alert')).textContent).toContain("User 'x' exists already.");
    expect(errorOf('userName')).toBeUndefined();
  });
});

describe('the settings form', () => {
  it('sends the settings as PUT takes them: an emptied e-mail clears it, no unit is null', async () => {
    vi.spyOn(admin, 'units').mockResolvedValue(tree);
    const submit = vi.fn();
    show(<UserForm mode="edit" initial={valuesOf(officer)} pending={false} error={undefined} submitLabel="Lưu" onSubmit={submit} />);
    expect((screen.getByLabelText('Tên đăng nhập') as HTMLInputElement).disabled).toBe(true);
    expect(screen.queryByLabelText('Mật khẩu ban đầu')).toBeNull();
    type('Thư điện tử', ' ');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Lãnh đạo duyệt' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Đơn vị' }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Ngôn ngữ' }), { target: { value: 'en-US' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));

    expect(submit).toHaveBeenCalledOnce();
    expect(settingsPayload(submit.mock.calls[0][0])).toEqual({ displayName: 'Nguyễn Văn A', email: '', roles: ['Supervisor', 'UnitOfficer'], unitId: null, locale: 'en-US' });
  });

  it('keeps a unit the user is in even when it is no longer open, so saving does not move them', async () => {
    vi.spyOn(admin, 'units').mockResolvedValue(tree);
    show(<UserForm mode="edit" initial={{ ...valuesOf(officer), unitId: 'DU-CU' }} pending={false} error={undefined} submitLabel="Lưu" onSubmit={() => {}} />);
    const select = screen.getByRole('combobox', { name: 'Đơn vị' }) as HTMLSelectElement;
    await waitFor(() => expect(select.options.length).toBe(4));
    expect(select.value).toBe('DU-CU');
  });
});

describe('field errors', () => {
  it('are read by the names the forms use, and what no field shows stays for the problem under the form', () => {
    const error = new ApiError(400, { title: 'Invalid', errors: { 'Roles[1]': ['a'], roles: ['b'], 'date': ['c'], body: ['d'] } });
    expect(fieldErrors(error)).toEqual({ roles: ['a', 'b'], date: ['c'], body: ['d'] });
    expect((remainingProblem(error, ['roles', 'date']) as ApiError).problem.errors).toEqual({ body: ['d'] });
    expect(remainingProblem(error, ['roles', 'date', 'body'])).toBeUndefined();
    const conflict = new ApiError(409, { title: 'Conflict' });
    expect(fieldErrors(conflict)).toEqual({});
    expect(remainingProblem(conflict, ['roles'])).toBe(conflict);
  });

  it('never send an upper-case user name', () => {
    expect(createPayload({ userName: ' Le.Van-B ', displayName: 'B', email: ' b@x.example ', password: 'p', roles: ['Viewer', 'Admin'], unitId: '', locale: 'vi-VN' }))
      .toEqual({ userName: 'le.van-b', displayName: 'B', email: 'b@x.example', password: 'p', roles: ['Admin', 'Viewer'], unitId: null, locale: 'vi-VN' });
  });
});
