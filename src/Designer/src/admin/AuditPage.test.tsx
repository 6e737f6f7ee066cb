// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { admin, type AuditEntry } from '../api/admin';
import i18n from '../i18n';
import { AuditPage, auditQuery } from './AuditPage';

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await i18n.changeLanguage('vi');
});

const entry = (id: string, at: string, action: string, outcome: string, more: Partial<AuditEntry> = {}): AuditEntry => ({
  id, at, actor: 'admin', action, details: { userName: 'nva', password: '(hidden)' }, outcome, reason: null, ...more,
});

describe('the audit', () => {
  it('asks for a page by actor, action and the start of a day in Hà Nội', () => {
    expect(auditQuery({ actor: 'admin', action: 'CloseUnit', since: '2026-11-01', until: '', page: 3 }).toString())
      .toBe('actor=admin&action=CloseUnit&since=2026-11-01T00%3A00%3A00%2B07%3A00&page=3&pageSize=50');
    expect(auditQuery({ actor: '', action: '', since: '', until: '', page: 1 }).toString()).toBe('page=1&pageSize=50');
  });

  it('ends a period at the end of its last day in Hà Nội, across a month and a year', () => {
    expect(auditQuery({ actor: '', action: '', since: '', until: '2026-11-30', page: 1 }).get('until')).toBe('2026-12-01T00:00:00+07:00');
    expect(auditQuery({ actor: '', action: '', since: '', until: '2026-12-31', page: 1 }).get('until')).toBe('2027-01-01T00:00:00+07:00');
  });

  it('lists each entry with its time in Hà Nội, the action by name, how it ended and why', async () => {
    const audit = vi.spyOn(admin, 'audit').mockResolvedValue({
      items: [
        entry('a2', '2026-11-26T02:05:00Z', 'CloseUnit', 'Refused', { reason: "Units under 'TU-DEMO' stay open after that date." }),
        entry('a1', '2026-11-26T02:00:00Z', 'GET /api/admin/users', 'Refused', { actor: 'officer1', details: null, reason: 'Only administrators may do this.' }),
        entry('a0', '2026-11-25T16:59:00Z', 'CreateUser', 'Done'),
      ],
      total: 3, page: 1, pageSize: 50,
    });
    const router = createMemoryRouter([{ path: '*', element: <AuditPage /> }], { initialEntries: ['/admin/audit?action=CloseUnit&actor=admin'] });
    render(<QueryClientProvider client={new QueryClient()}><RouterProvider router={router} /></QueryClientProvider>);
    const table = await screen.findByRole('table', { name: 'Nhật ký quản trị' });
    expect(audit.mock.calls[0][0].toString()).toBe('actor=admin&action=CloseUnit&page=1&pageSize=50');
    const rows = within(table).getAllByRole('row').slice(1).map((r) => [...r.querySelectorAll('td')].slice(0, 4).map((c) => c.textContent));
    expect(rows).toEqual([
      ['26/11/2026 09:05', 'admin', 'Đóng đơn vị', "Bị từ chốiUnits under 'TU-DEMO' stay open after that date."],
      ['26/11/2026 09:00', 'officer1', 'GET /api/admin/users', 'Bị từ chốiOnly administrators may do this.'],
      ['25/11/2026 23:59', 'admin', 'Tạo người dùng', 'Đã thực hiện'],
    ]);
    expect(screen.getByText('3 mục')).toBeTruthy();
    expect(within(table).getAllByText('Xem')).toHaveLength(2);
  });
});
