// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { admin } from '../api/admin';
import type { CurrentUser } from '../api/types';
import { navFor } from '../auth/session';
import i18n from '../i18n';
import { AdminArea } from './AdminArea';

const signedIn: { user: CurrentUser | undefined } = { user: undefined };
vi.mock('../auth/AuthContext', () => ({ useAuth: () => ({ user: signedIn.user }) }));

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  signedIn.user = undefined;
  await i18n.changeLanguage('vi');
});

const person = (userName: string, ...roles: CurrentUser['roles']): CurrentUser => ({ userName, displayName: userName, roles });

function open(path: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter([
    { path: '/admin/*', element: <AdminArea /> },
    { path: '*', element: <p>elsewhere</p> },
  ], { initialEntries: [path] });
  render(<QueryClientProvider client={client}><RouterProvider router={router} /></QueryClientProvider>);
  return router;
}

describe('administration', () => {
  it('is in the main navigation of administrators only', () => {
    expect(navFor(person('admin', 'Admin')).map((n) => n.path)).toContain('/admin');
    for (const role of ['Designer', 'Supervisor', 'UnitOfficer', 'Viewer'] as const) {
      expect(navFor(person('u', role)).map((n) => n.path), role).not.toContain('/admin');
    }
    expect(navFor(person('both', 'Supervisor', 'Designer')).map((n) => n.path)).not.toContain('/admin');
    const entry = navFor(person('admin', 'Admin')).find((n) => n.path === '/admin')!;
    expect(i18n.t(entry.labelKey)).toBe('Quản trị');
    expect(i18n.t(entry.labelKey, { lng: 'en' })).toBe('Administration');
  });

  it('sends anyone else to their own first page', () => {
    signedIn.user = person('supervisor', 'Supervisor');
    const router = open('/admin/users');
    expect(router.state.location.pathname).toBe('/reviews');
    expect(screen.getByText('elsewhere')).toBeTruthy();
    cleanup();

    signedIn.user = person('officer1', 'UnitOfficer');
    expect(open('/admin/calendar').state.location.pathname).toBe('/inbox');
  });

  it('opens on the users for an administrator, with a tab for each page', async () => {
    signedIn.user = person('admin', 'Admin');
    vi.spyOn(admin, 'users').mockResolvedValue({ items: [], total: 0, page: 1, pageSize: 20 });
    vi.spyOn(admin, 'units').mockResolvedValue([]);
    const router = open('/admin');
    expect(router.state.location.pathname).toBe('/admin/users');
    expect(screen.getByRole('heading', { level: 1, name: 'Quản trị hệ thống' })).toBeTruthy();
    const tabs = within(screen.getByRole('navigation', { name: 'Quản trị hệ thống' })).getAllByRole('link');
    expect(tabs.map((l) => [l.textContent, l.getAttribute('href')])).toEqual([
      ['Người dùng', '/admin/users'], ['Đơn vị', '/admin/units'], ['Lịch làm việc', '/admin/calendar'], ['Nhật ký quản trị', '/admin/audit'],
    ]);
    expect(tabs[0].className).toBe('active');
    expect(await screen.findByText('Không có người dùng nào phù hợp.')).toBeTruthy();
  });
});
