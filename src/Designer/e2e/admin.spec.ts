import { expect, test, type Page } from '@playwright/test';
import { API, screenshot, sessionFor, signIn } from './helpers';

// The administration pages against the real server: an account made for a unit, a unit role for a period, sign-in
// before and after the account is disabled; a day off added to the work calendar; and what a non-administrator meets.

/** A yyyy-mm-dd date in Hà Nội, `years` from today, and the same as people type it. */
function hanoiDate(years = 0): { iso: string; typed: string } {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date()).split('-');
  const iso = `${Number(y) + years}-${m}-${d === '29' && m === '02' ? '28' : d}`;
  const [yy, mm, dd] = iso.split('-');
  return { iso, typed: `${dd}/${mm}/${yy}` };
}

/** The message a page shows once something is done (a list still loading also has the status role). */
const flash = (page: Page) => page.locator('p.flash[role="status"]');

async function signInOnPage(page: Page, userName: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Tên đăng nhập').fill(userName);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

test.describe('administration', () => {
  test('an administrator creates a user for a unit and gives them a unit role for a period; the user signs in until disabled', async ({ page, browser, request }) => {
    const { real, token } = await signIn(page, request, 'admin');
    test.skip(!real, 'needs the real server');
    const userName = `e2e-${Date.now().toString(36)}`;
    const password = 'mat-khau-e2e-2026';
    const from = hanoiDate();
    const until = hanoiDate(1);

    await page.goto('/inbox');
    await page.getByRole('banner').getByRole('link', { name: 'Quản trị' }).click();
    await expect(page).toHaveURL(/\/admin\/users$/);
    await expect(page.getByRole('table', { name: 'Danh sách người dùng' }).getByRole('link', { name: 'officer1' })).toBeVisible();

    await page.getByRole('button', { name: 'Thêm người dùng' }).click();
    const create = page.getByRole('dialog', { name: 'Thêm người dùng' });
    await create.getByLabel('Tên đăng nhập').fill(userName);
    await create.getByLabel('Họ và tên').fill('Trần Thị Kiểm Thử');
    await create.getByLabel('Thư điện tử').fill(`${userName}@khoicq.example`);
    await create.getByLabel('Mật khẩu ban đầu').fill(password);
    await create.getByRole('checkbox', { name: 'Chuyên viên đơn vị' }).check();
    await create.getByRole('combobox', { name: 'Đơn vị' }).selectOption('DU-KHOI-CQ');
    await create.getByRole('button', { name: 'Tạo tài khoản' }).click();

    await expect(page).toHaveURL(new RegExp(`/admin/users/${userName}$`));
    await expect(page.getByRole('heading', { name: `Trần Thị Kiểm Thử (${userName})` })).toBeVisible();
    await expect(flash(page)).toContainText('Đã tạo tài khoản');

    // A unit role for a period: focal point of the provincial agencies' Party committee, from today for a year. (A unit
    // the other tests do not act in, so the account left behind changes nothing for them.)
    await page.getByRole('button', { name: 'Giao vai trò' }).click();
    const give = page.getByRole('dialog', { name: `Giao vai trò tại đơn vị cho ${userName}` });
    await expect(give.getByRole('combobox', { name: 'Đơn vị' })).toHaveValue('DU-KHOI-CQ');
    await give.getByRole('combobox', { name: 'Vai trò' }).selectOption('FocalPoint');
    await give.getByLabel('Từ ngày').fill(from.typed);
    await give.getByLabel('Đến ngày (để trống nếu chưa xác định)').fill(until.typed);
    await give.getByRole('button', { name: 'Giao vai trò' }).click();
    await expect(give).toHaveCount(0);
    const held = page.getByRole('table', { name: 'Vai trò tại đơn vị' }).getByRole('row').filter({ hasText: 'Đầu mối' });
    await expect(held).toContainText('Đảng ủy Khối các cơ quan tỉnh');
    await expect(held).toContainText(from.typed);
    await expect(held).toContainText(until.typed);
    await expect(held).toContainText('Đang hiệu lực');
    const stored = await (await request.get(`${API}/api/admin/role-assignments?userName=${userName}`, { headers: { Authorization: `Bearer ${token}` } })).json();
    expect(stored.total).toBe(1);
    expect(stored.items).toEqual([expect.objectContaining({ unitId: 'DU-KHOI-CQ', role: 'FocalPoint', validFrom: from.iso, validTo: until.iso, isActive: true })]);
    await screenshot(page, 'admin-user');

    // The new user signs in, lands on their tasks, and has no administration entry.
    const theirs = await browser.newContext();
    const userPage = await theirs.newPage();
    await signInOnPage(userPage, userName, password);
    await expect(userPage).toHaveURL(/\/inbox$/);
    await expect(userPage.getByRole('banner').getByRole('link', { name: 'Việc của tôi' })).toBeVisible();
    await expect(userPage.getByRole('banner').getByRole('link', { name: 'Quản trị' })).toHaveCount(0);

    // Disabled after a confirmation: the open session ends and signing in again is refused.
    await page.getByRole('button', { name: 'Vô hiệu hóa' }).click();
    const confirm = page.getByRole('dialog', { name: 'Vô hiệu hóa tài khoản Trần Thị Kiểm Thử' });
    await expect(confirm).toContainText('không đăng nhập được');
    await confirm.getByLabel('Lý do (không bắt buộc)').fill('Chuyển công tác');
    await confirm.getByRole('button', { name: 'Vô hiệu hóa' }).click();
    await expect(flash(page)).toHaveText('Đã vô hiệu hóa tài khoản.');
    await expect(page.getByRole('button', { name: 'Kích hoạt lại' })).toBeVisible();
    await expect(page.locator('.page-head .badge.user-disabled')).toHaveText('Đã vô hiệu hóa');

    await userPage.reload();
    await expect(userPage).toHaveURL(/\/login\?returnTo=/);
    await signInOnPage(userPage, userName, password);
    // The page says why: the account is disabled, not that the password is wrong.
    await expect(userPage.getByRole('alert')).toHaveText('Tài khoản đã bị khóa; hãy liên hệ quản trị viên.');
    await expect(userPage).toHaveURL(/\/login/);
    const refused = await request.post(`${API}/api/auth/token`, { data: { userName, password } });
    expect(refused.status()).toBe(401);
    expect(JSON.stringify(await refused.json())).toContain('disabled');
    await theirs.close();

    // The list shows the account disabled; the audit keeps what was done.
    await page.getByRole('link', { name: 'Danh sách người dùng' }).click();
    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill(userName);
    await expect(page.locator('tr[data-user]')).toHaveCount(1);
    await expect(page.locator(`tr[data-user="${userName}"]`)).toContainText('Đã vô hiệu hóa');
    await screenshot(page, 'admin-users');
    await page.getByRole('navigation', { name: 'Quản trị hệ thống' }).getByRole('link', { name: 'Nhật ký quản trị' }).click();
    await page.getByRole('searchbox', { name: 'Người thực hiện' }).fill('admin');
    await expect(page).toHaveURL(/[?&]actor=admin/);
    const audit = page.getByRole('table', { name: 'Nhật ký quản trị' });
    await expect(audit.getByRole('row').nth(1)).toContainText('Kích hoạt / vô hiệu hóa tài khoản');
    // The reason given on disabling is kept with it.
    const kept = await request.get(`${API}/api/admin/audit?actor=admin&pageSize=20`, { headers: { Authorization: `Bearer ${token}` } });
    expect(JSON.stringify(await kept.json())).toContain('Chuyển công tác');
    await expect(audit.getByRole('row').filter({ hasText: 'Tạo người dùng' }).first()).toContainText('Đã thực hiện');
    await screenshot(page, 'admin-audit');
  });

  test('an administrator adds a day off to the work calendar and sees it listed', async ({ page, request }) => {
    const { real } = await signIn(page, request, 'admin');
    test.skip(!real, 'needs the real server');
    // A year far off, so the day changes no deadline the other tests count with.
    await page.goto('/admin/calendar?year=2099');
    await expect(page.getByRole('heading', { name: 'Lịch làm việc năm 2099' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Các ngày đặc biệt năm 2099' });
    await expect(table).toBeVisible();
    const day = table.locator('tr[data-date="2099-04-20"]');
    await expect(day).toHaveCount(0);

    await page.getByRole('button', { name: 'Thêm ngày' }).click();
    const form = page.getByRole('dialog', { name: 'Thêm ngày' });
    await form.getByLabel('Ngày', { exact: true }).fill('20/04/2099');
    await form.getByRole('combobox', { name: 'Loại ngày' }).selectOption('CompensatoryOff');
    await form.getByLabel('Tên tiếng Việt').fill('Nghỉ bù Giỗ Tổ Hùng Vương');
    await form.getByLabel('Tên tiếng Anh').fill("Day off in lieu of Hùng Kings' Day");
    await form.getByRole('combobox', { name: 'Tình trạng' }).selectOption('Proposed');
    await form.getByLabel('Văn bản công bố').fill('Dự thảo thông báo của Bộ Nội vụ');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await expect(form).toHaveCount(0);
    await expect(flash(page)).toHaveText('Đã lưu ngày 20/04/2099.');

    await expect(day).toContainText('20/04/2099');
    await expect(day).toContainText('Thứ hai');
    await expect(day).toContainText('Nghỉ bù');
    await expect(day).toContainText('Nghỉ bù Giỗ Tổ Hùng Vương');
    await expect(day).toContainText("Day off in lieu of Hùng Kings' Day");
    await expect(day).toContainText('Dự kiến');
    await page.reload();
    await expect(day).toContainText('Nghỉ bù Giỗ Tổ Hùng Vương');
    await expect(page.getByText('Lịch năm này do quản trị viên cập nhật.', { exact: false })).toBeVisible();
    await screenshot(page, 'admin-calendar');

    // Deleted only after a confirmation.
    await day.getByRole('button', { name: 'Xóa ngày 20/04/2099' }).click();
    await page.getByRole('dialog', { name: 'Xóa ngày khỏi lịch' }).getByRole('button', { name: 'Xóa' }).click();
    await expect(flash(page)).toHaveText('Đã xóa ngày 20/04/2099 khỏi lịch.');
    await expect(day).toHaveCount(0);
  });

  test('the units tree shows the organisation, and closing a unit whose sub-units are open is refused with the reason', async ({ page, request }) => {
    const { real } = await signIn(page, request, 'admin');
    test.skip(!real, 'needs the real server');
    await page.goto('/admin/units');
    const committee = page.locator('li[data-unit="TU-DEMO"]');
    await expect(committee.locator('li[data-unit="BTGDV-TU"] li[data-unit="BTGDV-KG"]')).toContainText('Phòng Khoa giáo');
    await expect(committee.locator('li[data-unit="DU-SYT"] .badge')).toHaveText('Đang hoạt động');
    await screenshot(page, 'admin-units');

    // Nothing changes: the server refuses (409) while the units under it stay open, and the dialog says why.
    await committee.locator('> .unit-row').getByRole('button', { name: /^Đóng đơn vị/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Đóng đơn vị Tỉnh ủy (tỉnh mẫu)' });
    await dialog.getByRole('button', { name: 'Đóng đơn vị' }).click();
    await expect(dialog.getByRole('alert')).toContainText('DU-SYT');
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await expect(committee.locator('> .unit-row .badge')).toHaveText('Đang hoạt động');
  });

  test('a non-administrator has no administration entry and is sent away from its address', async ({ page, request }) => {
    const { real } = await signIn(page, request, 'supervisor');
    test.skip(!real, 'needs the real server');
    await page.goto('/inbox');
    await expect(page.getByRole('banner').getByRole('link', { name: 'Tổng quan' })).toBeVisible();
    await expect(page.getByRole('banner').getByRole('link', { name: 'Quản trị' })).toHaveCount(0);
    await page.goto('/admin/users');
    await expect(page).toHaveURL(/\/reviews$/);
    await expect(page.getByRole('heading', { name: 'Quản trị hệ thống' })).toHaveCount(0);
    // The server refuses its API to them as well.
    const session = await sessionFor(request, 'supervisor');
    const answer = await request.get(`${API}/api/admin/users`, { headers: { Authorization: `Bearer ${session!.accessToken}` } });
    expect(answer.status()).toBe(403);
  });
});
