import { expect, test, type Page } from '@playwright/test';
import { openAccountMenu, screenshot } from './helpers';

// Two-step sign-in (an authenticator app's one-time codes), driven against the agreed contract with the browser
// answering for the server: POST /api/auth/token with totp, GET /api/auth/me, POST /api/auth/totp/{setup,confirm,disable}.

const SECRET = 'JBSWY3DPEHPK3PXP';
const URI = `otpauth://totp/Supervision:admin?secret=${SECRET}&issuer=Supervision`;
const GOOD = '123456';

interface Me { userName: string; displayName: string; roles: string[]; unitId: null; unitName: null; locale: string; totpEnrolled: boolean; totpRequired: boolean }
interface Call { method: string; path: string; auth: string | undefined; body: unknown }

const admin = (state: Partial<Me> = {}): Me => ({
  userName: 'admin', displayName: 'Quản trị hệ thống', roles: ['Admin'], unitId: null, unitName: null, locale: 'vi',
  totpEnrolled: false, totpRequired: true, ...state,
});

const vi = (language: string | undefined) => (language ?? '').toLowerCase().startsWith('vi');
const problem = (status: number, extra: object) => ({ status, contentType: 'application/problem+json', body: JSON.stringify({ status, ...extra }) });

/** Every /api call answered here (nothing reaches the real server, which would not know these tokens); the calls are kept in order. */
async function standIn(page: Page, me: Me) {
  const calls: Call[] = [];
  const state = { me, confirmedAt: -1 };
  await page.route('**/api/**', async (route) => {
    const request = route.request();
    const path = new URL(request.url()).pathname;
    const headers = await request.allHeaders();
    const body = request.postData() ? request.postDataJSON() : null;
    calls.push({ method: request.method(), path, auth: headers.authorization, body });
    const language = headers['accept-language'];
    const session = (accessToken: string) => ({ accessToken, expiresAt: new Date(Date.now() + 3_600_000).toISOString(), user: state.me });

    if (path === '/api/auth/token') {
      const sent = body as { userName: string; password: string; totp?: string };
      if (sent.password !== 'demo') return route.fulfill(problem(401, { title: 'Unauthorized' }));
      if (!sent.totp) {
        return route.fulfill(problem(401, { title: 'Unauthorized', errors: { totp: [vi(language) ? 'Cần mã một lần từ ứng dụng xác thực.' : 'A one-time code from the authenticator app is required.'] } }));
      }
      if (sent.totp !== GOOD) return route.fulfill(problem(401, { title: 'Unauthorized', errors: { totp: [vi(language) ? 'Mã một lần không đúng.' : 'The one-time code is wrong.'] } }));
      return route.fulfill({ json: session('token-with-code') });
    }
    if (path === '/api/auth/me') return route.fulfill({ json: state.me });
    if (path === '/api/auth/totp/setup') return route.fulfill({ json: { secret: SECRET, otpauthUri: URI } });
    if (path === '/api/auth/totp/confirm') {
      if ((body as { code: string }).code !== GOOD) return route.fulfill(problem(400, { title: 'One or more validation errors occurred.', errors: { code: ['Mã không đúng.'] } }));
      state.me = { ...state.me, totpEnrolled: true };
      state.confirmedAt = calls.length;
      return route.fulfill({ json: session('token-after-setup') });
    }
    if (path === '/api/auth/totp/disable') {
      if (state.me.totpRequired) return route.fulfill(problem(409, { title: 'Conflict', detail: 'Quản trị viên phải giữ xác thực hai lớp khi hệ thống yêu cầu.' }));
      if ((body as { code: string }).code !== GOOD) return route.fulfill(problem(400, { title: 'One or more validation errors occurred.', errors: { code: ['Mã không đúng.'] } }));
      state.me = { ...state.me, totpEnrolled: false };
      return route.fulfill({ status: 204 });
    }
    if (path === '/api/auth/password' && request.method() === 'PUT') {
      if ((body as { currentPassword: string }).currentPassword !== 'demo') {
        return route.fulfill(problem(400, { title: 'One or more validation errors occurred.', errors: { currentPassword: ['Mật khẩu hiện tại không đúng.'] } }));
      }
      return route.fulfill({ json: session('token-after-password') });
    }
    return route.fulfill(problem(404, { title: 'Not Found' }));
  });
  return { calls, state };
}

async function signedInAs(page: Page, user: Me, accessToken = 'token-without-code') {
  // The session as the app stored it at sign-in (the answer's user carries no two-step state: /api/auth/me tells it).
  const { totpEnrolled: _e, totpRequired: _r, ...stored } = user;
  await page.addInitScript((s) => window.localStorage.setItem('supervision.session', JSON.stringify(s)),
    { accessToken, expiresAt: new Date(Date.now() + 3_600_000).toISOString(), user: stored });
}

const storedToken = (page: Page) => page.evaluate(() => JSON.parse(window.localStorage.getItem('supervision.session') ?? '{}').accessToken as string | undefined);

test.describe('two-step sign-in against the agreed contract', () => {
  test('sign-in asks for the one-time code after the 401 and succeeds with it [POST /api/auth/token]', async ({ page }) => {
    const { calls } = await standIn(page, admin({ totpEnrolled: true }));
    await page.goto('/login');
    await page.getByLabel('Tên đăng nhập').fill('admin');
    await page.getByLabel('Mật khẩu').fill('demo');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();

    const code = page.getByLabel('Mã xác thực một lần');
    await expect(code).toBeVisible();
    await expect(code).toBeFocused();
    await expect(code).toHaveAttribute('inputmode', 'numeric');
    await expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(page.getByText('Cần mã một lần từ ứng dụng xác thực.')).toBeVisible();
    await expect(page.getByText('Tên đăng nhập hoặc mật khẩu không đúng.')).toHaveCount(0);

    // Another user name starts over without the code.
    await page.getByLabel('Tên đăng nhập').fill('admin2');
    await expect(code).toHaveCount(0);
    await page.getByLabel('Tên đăng nhập').fill('admin');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(code).toBeVisible();

    await code.fill('000000');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.getByText('Mã một lần không đúng.')).toBeVisible();
    await expect(code).toHaveValue('');
    await screenshot(page, 'totp-login-wrong-code');

    await code.fill('123 456');
    await expect(code).toHaveValue(GOOD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page).not.toHaveURL(/\/login/);
    expect(await storedToken(page)).toBe('token-with-code');

    const tokenCalls = calls.filter((c) => c.path === '/api/auth/token').map((c) => c.body);
    expect(tokenCalls).toEqual([
      { userName: 'admin', password: 'demo' },
      { userName: 'admin', password: 'demo' },
      { userName: 'admin', password: 'demo', totp: '000000' },
      { userName: 'admin', password: 'demo', totp: GOOD },
    ]);
  });

  test('an administrator sets up two-step sign-in and the app goes on with the new token [POST /api/auth/totp/setup, /confirm]', async ({ page }) => {
    await signedInAs(page, admin());
    const { calls, state } = await standIn(page, admin());
    await page.goto('/inbox');
    await openAccountMenu(page);
    await page.getByRole('banner').getByRole('button', { name: 'Xác thực hai lớp' }).click();
    const dialog = page.getByRole('dialog', { name: 'Xác thực hai lớp' });
    await dialog.getByRole('button', { name: 'Bắt đầu thiết lập' }).click();

    const qr = dialog.getByRole('img', { name: 'Mã QR để thêm tài khoản vào ứng dụng xác thực' });
    await expect(qr).toBeVisible();
    expect(await qr.evaluate((e) => e.tagName.toLowerCase())).toBe('svg');
    await expect(qr).toHaveAttribute('data-otpauth', URI);
    expect((await qr.locator('path').getAttribute('d'))?.length).toBeGreaterThan(100);
    await expect(dialog.getByTestId('totp-secret')).toHaveText('JBSW Y3DP EHPK 3PXP');
    const setup = calls.find((c) => c.path === '/api/auth/totp/setup')!;
    expect(setup).toMatchObject({ method: 'POST', auth: 'Bearer token-without-code', body: null });
    await screenshot(page, 'totp-setup');

    const code = dialog.getByLabel('Mã 6 chữ số trong ứng dụng');
    await code.fill('000000');
    await dialog.getByRole('button', { name: 'Xác nhận và bật' }).click();
    await expect(dialog.getByText('Mã không đúng.')).toBeVisible();
    expect(await storedToken(page)).toBe('token-without-code');

    await code.fill(GOOD);
    await dialog.getByRole('button', { name: 'Xác nhận và bật' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Đã bật xác thực hai lớp. Các phiên đăng nhập khác của bạn đã kết thúc.');
    await expect(dialog.getByText('Xác thực hai lớp đang bật: đăng nhập cần mã từ ứng dụng xác thực.')).toBeVisible();
    expect(calls.filter((c) => c.path === '/api/auth/totp/confirm').map((c) => c.body)).toEqual([{ code: '000000' }, { code: GOOD }]);
    expect(await storedToken(page)).toBe('token-after-setup');

    // The next call the app makes carries the new token (the old one ended with the other sessions).
    await expect.poll(() => calls.length).toBeGreaterThan(state.confirmedAt);
    const after = calls.slice(state.confirmedAt);
    expect(after[0].auth).toBe('Bearer token-after-setup');
    expect(after.every((c) => c.auth === 'Bearer token-after-setup')).toBe(true);

    await dialog.getByRole('button', { name: 'Đóng' }).click();
    await expect(page.locator('.shell-notice')).toHaveCount(0);
    await expect(page).toHaveURL(/\/inbox$/);
  });

  test('an administrator who must enrol sees a notice that leads to the set-up [GET /api/auth/me]', async ({ page }) => {
    await signedInAs(page, admin());
    const { state } = await standIn(page, admin());
    await page.goto('/inbox');
    const notice = page.locator('.shell-notice');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('Tài khoản quản trị của bạn phải đăng nhập bằng mã xác thực một lần.');
    await screenshot(page, 'totp-notice');
    await notice.getByRole('button', { name: 'Thiết lập ngay' }).click();
    await expect(page.getByRole('dialog', { name: 'Xác thực hai lớp' }).getByRole('button', { name: 'Bắt đầu thiết lập' })).toBeVisible();

    // Once enrolled, no notice.
    state.me = { ...state.me, totpEnrolled: true };
    const me = page.waitForResponse('**/api/auth/me');
    await page.reload();
    await me;
    await openAccountMenu(page);
    await expect(page.getByRole('banner').getByRole('button', { name: 'Xác thực hai lớp' })).toBeVisible();
    await expect(notice).toHaveCount(0);
  });

  test('turning it off: refused for an administrator who must keep it, done with a code for anyone else [POST /api/auth/totp/disable]', async ({ page }) => {
    await signedInAs(page, admin({ totpEnrolled: true }), 'token-with-code');
    const { state } = await standIn(page, admin({ totpEnrolled: true }));
    await page.goto('/inbox');
    await openAccountMenu(page);
    await page.getByRole('banner').getByRole('button', { name: 'Xác thực hai lớp' }).click();
    const dialog = page.getByRole('dialog', { name: 'Xác thực hai lớp' });
    await expect(dialog.getByText('Xác thực hai lớp đang bật: đăng nhập cần mã từ ứng dụng xác thực.')).toBeVisible();
    await dialog.getByLabel('Mã 6 chữ số trong ứng dụng').fill(GOOD);
    await dialog.getByRole('button', { name: 'Tắt xác thực hai lớp' }).click();
    await expect(dialog.getByText('Quản trị viên phải giữ xác thực hai lớp khi hệ thống yêu cầu.')).toBeVisible();
    await expect(dialog.getByText('Xác thực hai lớp đang bật: đăng nhập cần mã từ ứng dụng xác thực.')).toBeVisible();

    // When it is not required, a wrong code is refused and the right one turns it off.
    state.me = { ...state.me, totpRequired: false };
    await dialog.getByLabel('Mã 6 chữ số trong ứng dụng').fill('000000');
    await dialog.getByRole('button', { name: 'Tắt xác thực hai lớp' }).click();
    await expect(dialog.getByText('Mã không đúng.')).toBeVisible();
    await dialog.getByLabel('Mã 6 chữ số trong ứng dụng').fill(GOOD);
    await dialog.getByRole('button', { name: 'Tắt xác thực hai lớp' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Đã tắt xác thực hai lớp.');
    await expect(dialog.getByRole('button', { name: 'Bắt đầu thiết lập' })).toBeVisible();
  });

  test('a user changes their password and the app goes on with the token the change returns [PUT /api/auth/password]', async ({ page }) => {
    const { calls } = await standIn(page, admin({ totpRequired: false }));
    await signedInAs(page, admin({ totpRequired: false }));
    await page.goto('/inbox');
    await openAccountMenu(page);
    await page.getByRole('banner').getByRole('button', { name: 'Đổi mật khẩu' }).click();
    const dialog = page.getByRole('dialog', { name: 'Đổi mật khẩu' });
    const save = dialog.getByRole('button', { name: 'Đổi mật khẩu' });

    await dialog.getByLabel('Mật khẩu hiện tại').fill('wrong');
    await dialog.getByLabel('Mật khẩu mới', { exact: true }).fill('một mật khẩu dài');
    await dialog.getByLabel('Nhập lại mật khẩu mới').fill('một mật khẩu khác');
    await expect(dialog.getByText('Hai lần nhập mật khẩu mới không khớp.')).toBeVisible();
    await expect(save).toBeDisabled();
    await dialog.getByLabel('Nhập lại mật khẩu mới').fill('một mật khẩu dài');
    await save.click();
    await expect(dialog.getByText('Mật khẩu hiện tại không đúng.')).toBeVisible();
    expect(await storedToken(page)).toBe('token-without-code');

    await dialog.getByLabel('Mật khẩu hiện tại').fill('demo');
    await save.click();
    await expect(dialog.getByRole('status')).toHaveText('Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã kết thúc.');
    expect(calls.filter((c) => c.path === '/api/auth/password').map((c) => c.body)).toEqual([
      { currentPassword: 'wrong', newPassword: 'một mật khẩu dài' },
      { currentPassword: 'demo', newPassword: 'một mật khẩu dài' },
    ]);
    expect(await storedToken(page)).toBe('token-after-password');
  });
});
