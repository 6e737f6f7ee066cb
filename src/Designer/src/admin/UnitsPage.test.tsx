// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { admin, type UnitNode } from '../api/admin';
import { ApiError } from '../api/client';
import i18n from '../i18n';
import { unitState } from './units';
import { UnitsPage, UnitTree } from './UnitsPage';
import { withModalDialogs } from '../testing/dialog';

beforeAll(withModalDialogs);

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await i18n.changeLanguage('vi');
});

const node = (id: string, nameVi: string, nameEn: string | null, more: Partial<UnitNode> = {}): UnitNode => ({
  id, code: id, nameVi, nameEn, kind: 'PartyCommittee', level: 'Province', system: 'Party', parentId: null, validFrom: '2025-07-01', validTo: null,
  supersededById: null, isOpen: true, children: [], ...more,
});

const section = node('BTGDV-KG', 'Phòng Khoa giáo', 'Science and Education Section', { kind: 'Section', parentId: 'BTGDV-TU' });
const board = node('BTGDV-TU', 'Ban Tuyên giáo và Dân vận Tỉnh ủy', 'Provincial Propaganda and Mass Mobilisation Board',
  { kind: 'PartyAdvisoryBoard', parentId: 'TU-DEMO', children: [section] });
const oldBoard = node('BTG-TU', 'Ban Tuyên giáo Tỉnh ủy', null,
  { kind: 'PartyAdvisoryBoard', parentId: 'TU-DEMO', validFrom: '2020-01-01', validTo: '2025-02-28', isOpen: false, supersededById: 'BTGDV-TU' });
const district = node('HU-CU', 'Huyện ủy cũ', 'Former District Committee', { parentId: 'TU-DEMO', level: 'District', validTo: '2025-06-30', isOpen: false });
const commune = node('DU-XA-MOI', 'Đảng ủy xã mới', null, { parentId: 'TU-DEMO', validTo: '2026-12-31' });
const committee = node('TU-DEMO', 'Tỉnh ủy (tỉnh mẫu)', 'Provincial Party Committee (demo province)', { children: [board, oldBoard, district, commune] });
const agency = node('SYT', 'Sở Y tế', 'Department of Health', { kind: 'StateAgency', system: 'State' });

function show(element: ReactNode, path = '/admin/units') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = createMemoryRouter([{ path: '*', element }], { initialEntries: [path] });
  render(<QueryClientProvider client={client}><RouterProvider router={router} /></QueryClientProvider>);
  return router;
}

const row = (id: string) => document.querySelector<HTMLElement>(`li[data-unit="${id}"] > .unit-row`)!;
const buttons = (id: string) => within(row(id)).queryAllByRole('button').map((b) => b.textContent);

describe('the units tree', () => {
  it('nests each unit under its parent, with its code, kind, period and state', () => {
    show(<UnitTree units={[committee, agency]} onAction={() => {}} />);
    const tree = screen.getByRole('list', { name: 'Cây đơn vị' });
    // Two units at the top; the section sits inside the board, inside the committee.
    expect(tree.querySelectorAll(':scope > li').length).toBe(2);
    expect(document.querySelector('li[data-unit="TU-DEMO"] li[data-unit="BTGDV-TU"] li[data-unit="BTGDV-KG"]')).not.toBeNull();
    expect(document.querySelector('li[data-unit="TU-DEMO"] li[data-unit="SYT"]')).toBeNull();

    const boardRow = row('BTGDV-TU');
    expect(boardRow.textContent).toContain('Ban Tuyên giáo và Dân vận Tỉnh ủy');
    expect(boardRow.textContent).toContain('Provincial Propaganda and Mass Mobilisation Board');
    expect(boardRow.textContent).toContain('Ban tham mưu của cấp ủy');
    expect(boardRow.textContent).toContain('Từ 01/07/2025 đến …');
    expect(within(boardRow).getByText('Đang hoạt động').className).toBe('badge unit-state-Open');

    expect(within(row('BTG-TU')).getByText('Được thay bởi Ban Tuyên giáo và Dân vận Tỉnh ủy')).toBeTruthy();
    expect(row('BTG-TU').textContent).toContain('Từ 01/01/2020 đến 28/02/2025');
    expect(within(row('HU-CU')).getByText('Đã đóng (ngày cuối 30/06/2025)')).toBeTruthy();
    expect(within(row('DU-XA-MOI')).getByText('Hoạt động đến hết 31/12/2026')).toBeTruthy();
  });

  it('offers to add, rename, close and replace an open unit; a closed one can only be renamed', () => {
    show(<UnitTree units={[committee]} onAction={() => {}} />);
    expect(buttons('BTGDV-TU')).toEqual(['Thêm trực thuộc', 'Đổi tên', 'Đóng đơn vị', 'Thay thế']);
    expect(buttons('BTG-TU')).toEqual(['Đổi tên']);
    expect(buttons('HU-CU')).toEqual(['Đổi tên']);
    // Its last day is set already: it takes sub-units until then, and is not closed a second time.
    expect(buttons('DU-XA-MOI')).toEqual(['Thêm trực thuộc', 'Đổi tên']);
    expect(within(row('BTGDV-KG')).getByRole('button', { name: 'Đóng đơn vị Phòng Khoa giáo' })).toBeTruthy();
  });

  it('names units in English on an English page, falling back to Vietnamese', async () => {
    await i18n.changeLanguage('en');
    show(<UnitTree units={[committee]} onAction={() => {}} />);
    expect(within(row('BTGDV-KG')).getByText('Science and Education Section').tagName).toBe('STRONG');
    expect(within(row('DU-XA-MOI')).getByText('Đảng ủy xã mới').tagName).toBe('STRONG');
    expect(within(row('BTG-TU')).getByText('Taken over by Provincial Propaganda and Mass Mobilisation Board')).toBeTruthy();
  });

  it('reads each state from the dates', () => {
    expect(unitState({ isOpen: true, validTo: null, supersededById: null })).toBe('Open');
    expect(unitState({ isOpen: true, validTo: '2026-12-31', supersededById: null })).toBe('Closing');
    expect(unitState({ isOpen: false, validTo: null, supersededById: null })).toBe('NotYetOpen');
    expect(unitState({ isOpen: false, validTo: '2025-06-30', supersededById: null })).toBe('Closed');
    expect(unitState({ isOpen: false, validTo: '2025-02-28', supersededById: 'X' })).toBe('Superseded');
  });
});

describe('the units page', () => {
  it('asks for the closed units when told to, and keeps that in the address bar', async () => {
    const units = vi.spyOn(admin, 'units').mockResolvedValue([committee]);
    const router = show(<UnitsPage />);
    await screen.findByRole('list', { name: 'Cây đơn vị' });
    expect(units).toHaveBeenLastCalledWith(false, expect.anything());
    fireEvent.click(screen.getByRole('checkbox', { name: 'Hiện cả đơn vị đã đóng' }));
    await waitFor(() => expect(units).toHaveBeenLastCalledWith(true, expect.anything()));
    expect(router.state.location.search).toBe('?closed=true');
  });

  it('closes a unit on the day given after asking, and shows the conflict when units under it stay open', async () => {
    vi.spyOn(admin, 'units').mockResolvedValue([committee]);
    const close = vi.spyOn(admin, 'closeUnit').mockRejectedValueOnce(
      new ApiError(409, { title: "Units under 'BTGDV-TU' stay open after that date: BTGDV-KG. Close or supersede them first." }));
    show(<UnitsPage />);
    await screen.findByRole('list', { name: 'Cây đơn vị' });
    fireEvent.click(within(row('BTGDV-TU')).getByRole('button', { name: /^Đóng đơn vị/ }));

    const dialog = within(screen.getByRole('dialog', { name: 'Đóng đơn vị Ban Tuyên giáo và Dân vận Tỉnh ủy' }));
    expect(dialog.getByText(/Đóng đơn vị Ban Tuyên giáo và Dân vận Tỉnh ủy \(BTGDV-TU\)\?/)).toBeTruthy();
    expect(dialog.getByText(/còn đơn vị trực thuộc đang hoạt động/)).toBeTruthy();
    fireEvent.change(dialog.getByLabelText('Ngày cuối cùng hoạt động'), { target: { value: '30/06/2026' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Đóng đơn vị' }));

    await waitFor(() => expect(close).toHaveBeenCalledWith('BTGDV-TU', '2026-06-30'));
    expect((await dialog.findByRole('alert')).textContent).toContain('stay open after that date: BTGDV-KG');
  });

  it('creates a sub-unit under its parent, of the parent’s system and level, and shows refused fields beside them', async () => {
    vi.spyOn(admin, 'units').mockResolvedValue([agency]);
    const create = vi.spyOn(admin, 'createUnit').mockRejectedValueOnce(new ApiError(400, { errors: { code: ["A code has letters, digits, '.', '_' or '-'."] } }));
    show(<UnitsPage />);
    await screen.findByRole('list', { name: 'Cây đơn vị' });
    fireEvent.click(within(row('SYT')).getByRole('button', { name: 'Thêm đơn vị trực thuộc Sở Y tế' }));
    const dialog = within(screen.getByRole('dialog'));
    fireEvent.change(dialog.getByLabelText('Mã đơn vị'), { target: { value: 'SYT P/KH' } });
    fireEvent.change(dialog.getByLabelText('Tên tiếng Việt'), { target: { value: 'Phòng Kế hoạch' } });
    fireEvent.change(dialog.getByRole('combobox', { name: 'Loại đơn vị' }), { target: { value: 'Section' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Tạo đơn vị' }));

    await waitFor(() => expect(create).toHaveBeenCalledOnce());
    expect(create.mock.calls[0][0]).toMatchObject({
      code: 'SYT P/KH', nameVi: 'Phòng Kế hoạch', nameEn: null, kind: 'Section', level: 'Province', system: 'State', parentId: 'SYT',
    });
    expect((await dialog.findByText("A code has letters, digits, '.', '_' or '-'.")).className).toBe('field-error');
    expect(dialog.getByLabelText('Mã đơn vị').getAttribute('aria-invalid')).toBe('true');
  });
});
