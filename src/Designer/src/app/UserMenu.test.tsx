// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '../api/types';
import i18n from '../i18n';
import { UserMenu } from './Layout';

const signedIn: { user: CurrentUser | undefined } = { user: undefined };
vi.mock('../auth/AuthContext', () => ({ useAuth: () => ({ user: signedIn.user }) }));

const admin: CurrentUser = {
  userName: 'admin', displayName: 'Quản trị hệ thống', roles: ['Admin'], unitId: 'BTGDV-TU', unitName: 'Ban Tuyên giáo và Dân vận Tỉnh ủy', locale: 'vi',
};

afterEach(() => {
  cleanup();
  signedIn.user = undefined;
});

function renderMenu(user: CurrentUser) {
  signedIn.user = user;
  const calls = { password: vi.fn(), twoStep: vi.fn(), logout: vi.fn() };
  render(<UserMenu onPassword={calls.password} onTwoStep={calls.twoStep} onLogout={calls.logout} />);
  return calls;
}

describe('user menu', () => {
  it('names the user and unit, whole in the tooltip, and keeps the account actions closed until asked', async () => {
    await i18n.changeLanguage('vi');
    renderMenu(admin);
    const toggle = screen.getByRole('button', { name: /Quản trị hệ thống · Ban Tuyên giáo và Dân vận Tỉnh ủy/ });
    expect(toggle.getAttribute('title')).toMatch(/^Quản trị hệ thống · Ban Tuyên giáo và Dân vận Tỉnh ủy\n\S/);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('button', { name: 'Đăng xuất' })).toBeNull();

    fireEvent.click(toggle);

    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Công việc nền', 'Đổi mật khẩu', 'Xác thực hai lớp', 'Đăng xuất']);
  });

  it('names the unit in English on an English page when it has an English name, else in Vietnamese', async () => {
    await i18n.changeLanguage('en');
    renderMenu({ ...admin, unitNameEn: 'Board of Propaganda, Education and Mass Mobilisation' });
    expect(screen.getByRole('button', { name: /Quản trị hệ thống · Board of Propaganda, Education and Mass Mobilisation/ })).toBeTruthy();
    cleanup();

    renderMenu(admin);
    expect(screen.getByRole('button', { name: /· Ban Tuyên giáo và Dân vận Tỉnh ủy/ })).toBeTruthy();
    await i18n.changeLanguage('vi');
  });

  it('closes when an action is chosen, and runs it', () => {
    const calls = renderMenu({ ...admin, userName: 'officer1', roles: ['UnitOfficer'] });
    fireEvent.click(screen.getByRole('button', { name: /Quản trị hệ thống/ }));
    expect(screen.queryByRole('button', { name: 'Công việc nền' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Xác thực hai lớp' }));

    expect(calls.twoStep).toHaveBeenCalledOnce();
    expect(screen.queryByRole('button', { name: 'Đăng xuất' })).toBeNull();
  });

  it('closes on Escape and gives the focus back to its button', () => {
    renderMenu(admin);
    const toggle = screen.getByRole('button', { name: /Quản trị hệ thống/ });
    fireEvent.click(toggle);
    const logout = screen.getByRole('button', { name: 'Đăng xuất' });
    logout.focus();

    fireEvent.keyDown(logout, { key: 'Escape' });

    expect(screen.queryByRole('button', { name: 'Đăng xuất' })).toBeNull();
    expect(document.activeElement).toBe(toggle);
  });

  it('closes when the pointer goes down elsewhere', () => {
    renderMenu(admin);
    fireEvent.click(screen.getByRole('button', { name: /Quản trị hệ thống/ }));
    fireEvent.pointerDown(document.body);
    expect(screen.queryByRole('button', { name: 'Đăng xuất' })).toBeNull();
  });
});
