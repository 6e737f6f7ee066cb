import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { API, screenshot, sessionFor, signIn } from './helpers';

// A phone held upright (390×844): no page scrolls sideways (a wide table scrolls inside its own box), the navigation
// stays reachable, the inbox's filters fold away and its tasks read as cards. 1280 px keeps the desktop layout.
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

const RECORD_TABS = ['plans', 'work-tasks', 'milestones', 'reports', 'urge-notices', 'inspections', 'evaluations', 'documents'];

/**
 * Work for the inbox, once per run: the annual plan cycle (three years ahead, a plan no other browser test starts) is issued to two units (officer1 of Sở Y tế gets its
 * registration task), and a thematic inspection waits for Sở Y tế's report.
 */
let seeded: Promise<void> | undefined;
function seed(request: APIRequestContext): Promise<void> {
  seeded ??= (async () => {
    const auth = async (user: string) => ({ Authorization: `Bearer ${(await sessionFor(request, user))!.accessToken}` });
    const start = async (template: string, input: object): Promise<string> => {
      if ((await request.get(`${API}/api/workflow-definitions/${template}`, { headers: await auth('designer') })).status() === 404) {
        const file = fileURLToPath(new URL(`../../../workflows/${template}.json`, import.meta.url));
        const imported = await request.post(`${API}/api/workflow-definitions/import?publish=true`, {
          headers: await auth('designer'), multipart: { file: { name: `${template}.json`, mimeType: 'application/json', buffer: readFileSync(file) } },
        });
        expect(imported.ok(), await imported.text()).toBeTruthy();
      }
      const started = await request.post(`${API}/api/workflow-instances`, { headers: await auth('supervisor'), data: { definitionId: template, input } });
      expect(started.status(), await started.text()).toBe(201);
      return (await started.json()).summary.id;
    };
    const complete = async (instanceId: string, user: string, action: string, form?: object) => {
      const list = await (await request.get(`${API}/api/tasks?pageSize=200`, { headers: await auth(user) })).json();
      const task = list.items.find((t: { instanceId: string; canAct: boolean }) => t.instanceId === instanceId && t.canAct);
      expect(task, `${user} has a task to ${action}`).toBeTruthy();
      const done = await request.post(`${API}/api/tasks/${task.id}/complete`, { headers: await auth(user), data: { action, form } });
      expect(done.ok(), await done.text()).toBeTruthy();
    };
    const plan = await start('template-annual-plan-cycle', { year: new Date().getFullYear() + 3, unitQuery: 'DU-SYT,DU-SGDDT' });
    await complete(plan, 'supervisor', 'Submit');
    await complete(plan, 'supervisor', 'Approve');
    await complete(plan, 'supervisor', 'Issued', { symbol: '12-KH/BTGDV' });
    const inspection = await start('template-thematic-inspection',
      { kind: 'ThematicSupervision', topic: 'Công tác y tế cơ sở và phòng, chống dịch bệnh trên địa bàn tỉnh', targets: ['DU-SYT'] });
    await complete(inspection, 'supervisor', 'Submit');
    await complete(inspection, 'supervisor', 'Approve');
    await complete(inspection, 'supervisor', 'Issue', { decisionSymbol: '21-QĐ/BTGDVTU' });
  })();
  return seeded;
}

/** Opens a page and waits until its heading is there and the first answers have come. */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator('main h1').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.loading')).toHaveCount(0);
}

/** The page is no wider than the window; when it is, the message names what sticks out. */
async function expectNoSideScroll(page: Page, label: string): Promise<void> {
  const { scroll, inner, wide } = await page.evaluate(() => {
    const width = window.innerWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > width + 0.5 && !e.closest('[data-scrolls]'))
      .filter((e) => !e.parentElement || e.parentElement.getBoundingClientRect().right <= width + 0.5)
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} (${Math.round(e.getBoundingClientRect().right)} px)`);
    return { scroll: document.documentElement.scrollWidth, inner: width, wide };
  });
  expect(scroll, `${label} is ${scroll} px wide in a ${inner} px window: ${wide.join(', ')}`).toBeLessThanOrEqual(inner);
}

/** Every link of the main navigation is on screen, straight away or once the menu is open. */
async function expectNavigationReachable(page: Page, labels: string[]): Promise<void> {
  const bar = page.getByRole('banner');
  const menu = bar.getByRole('button', { name: 'Trình đơn' });
  if (await menu.isVisible()) {
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
  }
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  for (const label of labels) {
    // The inbox's link adds its count of open tasks to its name.
    const link = nav.getByRole('link', { name: new RegExp(`^${label}(,|$)`) });
    await expect(link, label).toBeVisible();
    const box = (await link.boundingBox())!;
    expect(box.x, label).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, label).toBeLessThanOrEqual(page.viewportSize()!.width);
    // The whole label shows: not cut to its first letter.
    expect(await link.evaluate((a) => a.scrollWidth <= a.clientWidth + 1), label).toBe(true);
  }
}

const OFFICER_NAV = ['Việc của tôi', 'Hồ sơ', 'Tổng quan'];
const SUPERVISOR_NAV = ['Việc của tôi', 'Quy trình', 'Phê duyệt quy trình', 'Quy trình đang chạy', 'Hồ sơ', 'Tổng quan'];

test.describe('a phone-sized window', () => {
  test.use({ viewport: PHONE });

  test('officer1: the inbox folds its filters, shows tasks as cards, and no page scrolls sideways', async ({ page, request }) => {
    const { real } = await signIn(page, request, 'officer1');
    test.skip(!real, 'needs the real server and its demo data');
    await seed(request);

    await open(page, '/inbox');
    await screenshot(page, 'narrow-officer1-inbox');
    await expectNoSideScroll(page, 'the inbox');

    // The filters are folded; the tasks come first, on the first screen.
    const filters = page.getByRole('search', { name: 'Tìm nhiệm vụ' });
    const toggle = page.getByRole('button', { name: /^Bộ lọc/ });
    await expect(toggle).toBeVisible();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(filters).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Bộ lọc đã lưu' })).toBeHidden();
    const first = page.locator('.task-table tbody tr').first();
    await expect(first).toBeVisible();
    expect((await first.boundingBox())!.y, 'the first task is on the first screen').toBeLessThan(PHONE.height - 100);

    // A task's title takes the width of the card, not one word a line.
    const title = first.locator('td.task-title');
    expect((await title.boundingBox())!.width).toBeGreaterThan(PHONE.width * 0.6);
    await expect(first.locator('td.task-due')).toBeVisible();

    // Unfolded, the filters work as before and keep their values in the address.
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(filters).toBeVisible();
    await filters.getByRole('combobox', { name: 'Sắp xếp' }).selectOption('-dueOn');
    await expect(page).toHaveURL(/[?&]sort=-dueOn/);
    await screenshot(page, 'narrow-officer1-inbox-filters');
    await expectNoSideScroll(page, 'the inbox with its filters open');
    await toggle.click();
    await expect(filters).toBeHidden();
    await page.reload();
    await expect(page.getByRole('button', { name: /^Bộ lọc/ })).toHaveAttribute('aria-expanded', 'false');
    await expect(page).toHaveURL(/[?&]sort=-dueOn/);
    // Folded filters that narrow the list say so on their button.
    await expect(page.getByRole('button', { name: /^Bộ lọc/ })).toContainText('1');

    // The task page.
    await open(page, '/inbox');
    const href = await page.locator('.task-table tbody tr td.task-title a').first().getAttribute('href');
    await open(page, href!);
    await screenshot(page, 'narrow-officer1-task');
    await expectNoSideScroll(page, 'the task page');

    for (const path of ['/dashboard', ...RECORD_TABS.map((tab) => `/records/${tab}`)]) {
      await open(page, path);
      await screenshot(page, `narrow-officer1-${path.slice(1).replace('/', '-')}`);
      await expectNoSideScroll(page, path);
    }
  });

  test('officer1 and supervisor: the navigation and the account stay reachable through the menu', async ({ page, request }) => {
    for (const [user, labels] of [['officer1', OFFICER_NAV], ['supervisor', SUPERVISOR_NAV]] as const) {
      const { real } = await signIn(page, request, user);
      test.skip(!real, 'needs the real server and its demo data');
    await seed(request);
      await open(page, '/inbox');
      const bar = page.getByRole('banner');
      expect((await bar.boundingBox())!.height, user).toBe(48);
      // The account button is inside the window (its label may end with an ellipsis).
      const account = bar.locator('.user-menu > button');
      const box = (await account.boundingBox())!;
      expect(box.x + box.width, user).toBeLessThanOrEqual(PHONE.width);
      expect(box.width, user).toBeGreaterThan(60);
      await expectNavigationReachable(page, [...labels]);
      await screenshot(page, `narrow-${user}-menu`);
      await expectNoSideScroll(page, `${user}'s open menu`);
      // A link goes there and folds the menu again.
      await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tổng quan' }).click();
      await expect(page).toHaveURL(/\/dashboard$/);
      await expect(bar.getByRole('button', { name: 'Trình đơn' })).toHaveAttribute('aria-expanded', 'false');
      await expect(page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Hồ sơ' })).toBeHidden();
      // Escape folds it too and gives the focus back to the button.
      await bar.getByRole('button', { name: 'Trình đơn' }).click();
      await page.keyboard.press('Escape');
      await expect(bar.getByRole('button', { name: 'Trình đơn' })).toHaveAttribute('aria-expanded', 'false');
      await expect(bar.getByRole('button', { name: 'Trình đơn' })).toBeFocused();
    }
  });

  test('supervisor: the inbox, dashboard, records and instances fit the window', async ({ page, request }) => {
    const { real } = await signIn(page, request, 'supervisor');
    test.skip(!real, 'needs the real server and its demo data');
    await seed(request);
    for (const path of ['/inbox', '/dashboard', '/instances', ...RECORD_TABS.map((tab) => `/records/${tab}`)]) {
      await open(page, path);
      await screenshot(page, `narrow-supervisor-${path.slice(1).replace('/', '-')}`);
      await expectNoSideScroll(page, path);
    }
    await open(page, '/instances');
    const instance = page.locator('main a[href^="/instances/"]').first();
    if (await instance.count()) {
      await open(page, (await instance.getAttribute('href'))!);
      await screenshot(page, 'narrow-supervisor-instance');
      await expectNoSideScroll(page, 'an instance');
    }
    await open(page, '/inbox');
    const task = page.locator('.task-table tbody tr td.task-title a').first();
    if (await task.count()) {
      await open(page, (await task.getAttribute('href'))!);
      await screenshot(page, 'narrow-supervisor-task');
      await expectNoSideScroll(page, 'the task page');
    }
  });
});

test.describe('a desktop window', () => {
  test.use({ viewport: DESKTOP });

  test('the inbox keeps its filters beside the table and the navigation in the bar; the dashboard is unchanged', async ({ page, request }) => {
    const { real } = await signIn(page, request, 'officer1');
    test.skip(!real, 'needs the real server and its demo data');
    await seed(request);
    await open(page, '/inbox');
    await screenshot(page, 'desktop-officer1-inbox');
    await expect(page.getByRole('search', { name: 'Tìm nhiệm vụ' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Bộ lọc đã lưu' })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Bộ lọc/ })).toBeHidden();
    await expect(page.getByRole('banner').getByRole('button', { name: 'Trình đơn' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tổng quan' })).toBeVisible();
    // A row, not a card: the cells sit side by side.
    const first = page.locator('.task-table tbody tr').first();
    const [title, due] = [await first.locator('td.task-title').boundingBox(), await first.locator('td.task-due').boundingBox()];
    expect(Math.abs(title!.y - due!.y)).toBeLessThan(2);
    await expect(page.locator('.task-table thead')).toBeVisible();
    await open(page, '/dashboard');
    await screenshot(page, 'desktop-officer1-dashboard');
    await expectNoSideScroll(page, 'the dashboard');
  });
});
