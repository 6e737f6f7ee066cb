import { expect, test, type APIRequestContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { API, screenshot, sessionFor, signIn } from './helpers';

// A supervisor starts the annual plan cycle from the web app on the real server: a day of the year that does not
// exist is refused beside its field and starts nothing; the corrected form starts the cycle and opens it, and its
// first task (the board's own draft of the plan) is in the supervisor's inbox. The year is two years ahead so that the
// cycle the walk-through starts for next year keeps its plan and tasks to itself.

const TEMPLATE = fileURLToPath(new URL('../../../workflows/template-annual-plan-cycle.json', import.meta.url));
const ID = 'template-annual-plan-cycle';
const NOW_YEAR = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();
const Y = NOW_YEAR + 2;
const NAME = /^Chu trình kế hoạch công tác khoa giáo năm/;

async function token(request: APIRequestContext, userName: string): Promise<string> {
  const session = await sessionFor(request, userName);
  expect(session, `sign-in of ${userName}`).toBeTruthy();
  return session!.accessToken;
}

test.describe('starting a workflow', () => {
  test.setTimeout(120_000);

  test('the supervisor starts the annual plan cycle from the workflow list', async ({ browser, request }) => {
    test.skip(!(await sessionFor(request, 'supervisor')), 'POST /api/auth/token is not on this server (or refuses the demo users).');
    const auth = { Authorization: `Bearer ${await token(request, 'supervisor')}` };

    // The template is shipped in workflows/; a server started from an empty folder has not imported it.
    const listed = await request.get(`${API}/api/workflow-definitions/${ID}?published=true`, { headers: auth });
    if (listed.status() === 404) {
      const imported = await request.post(`${API}/api/workflow-definitions/import?publish=true`, {
        headers: { Authorization: `Bearer ${await token(request, 'designer')}` },
        multipart: { file: { name: `${ID}.json`, mimeType: 'application/json', buffer: readFileSync(TEMPLATE) } },
      });
      expect(imported.ok(), await imported.text()).toBeTruthy();
    }
    const instances = async () => {
      const response = await request.get(`${API}/api/workflow-instances?definitionId=${ID}&pageSize=100`, { headers: auth });
      expect(response.ok(), await response.text()).toBeTruthy();
      return (await response.json() as { total: number }).total;
    };
    const before = await instances();

    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, request, 'supervisor');
    await page.goto('/workflows');
    const row = page.locator('tbody tr', { has: page.getByRole('link', { name: NAME }) });
    await row.getByRole('button', { name: /^Khởi chạy quy trình Chu trình kế hoạch công tác khoa giáo năm$/ }).click();

    const dialog = page.getByRole('dialog', { name: 'Khởi chạy quy trình' });
    const year = dialog.getByRole('textbox', { name: 'Năm *', exact: true });
    const units = dialog.getByRole('textbox', { name: 'Đơn vị thực hiện' });
    const issue = dialog.getByRole('group', { name: 'Hạn ban hành kế hoạch (MM-dd)' });
    const day = issue.getByRole('textbox', { name: 'Ngày' });
    const month = issue.getByRole('textbox', { name: 'Tháng' });
    // The template's defaults, its labels in Vietnamese, the first field ready to type in.
    // A year the template leaves open starts as this year in Hà Nội.
    await expect(year).toHaveValue(String(NOW_YEAR));
    await expect(year).toBeFocused();
    await expect(units).toHaveValue('kind:PartyCommittee@TU-DEMO');
    await expect(day).toHaveValue('15');
    await expect(month).toHaveValue('02');
    await expect(dialog.getByRole('checkbox', { name: 'Kiểm tra chuyên đề quý III' })).not.toBeChecked();

    await year.fill(String(Y));
    await units.fill('DU-SYT,DU-SGDDT');
    // The 45th day of a 13th month: the server refuses it, beside the field.
    await day.fill('45');
    await month.fill('13');
    await dialog.getByRole('textbox', { name: 'Mã tham chiếu (không bắt buộc)' }).fill(`KH-KG-${Y}`);
    await dialog.getByRole('button', { name: 'Khởi chạy', exact: true }).click();
    const reason = issue.locator('.field-error');
    await expect(reason).toBeVisible();
    await expect(reason).not.toBeEmpty();
    await expect(day).toHaveAttribute('aria-invalid', 'true');
    await expect(day).toBeFocused();
    await expect(dialog.getByRole('alert')).toContainText('(400)');
    await screenshot(page, 'start-workflow-refused');
    // Only the refused field is marked, and nothing started.
    await expect(year).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page).toHaveURL(/\/workflows$/);
    expect(await instances()).toBe(before);

    // Corrected by keyboard: 20 February, then Enter in the form starts it.
    await day.fill('20');
    await month.fill('2');
    await month.press('Enter');
    await expect(page).toHaveURL(/\/instances\/[^/]+$/);
    const instanceId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(NAME);
    await expect(page.getByRole('region', { name: 'Nhiệm vụ của quy trình' })).toContainText(`Dự thảo Kế hoạch công tác khoa giáo năm ${Y}`);
    expect(await instances()).toBe(before + 1);

    // What the server was sent: the year as a number, the changed values, the reference.
    const started = await (await request.get(`${API}/api/workflow-instances/${encodeURIComponent(instanceId)}`, { headers: auth })).json() as {
      summary: { correlationId?: string }; input: Record<string, unknown>;
    };
    expect(started.summary.correlationId).toBe(`KH-KG-${Y}`);
    expect(started.input).toMatchObject({ year: Y, unitQuery: 'DU-SYT,DU-SGDDT', planIssueBy: '02-20' });

    // The running workflows list it with its reference.
    await page.goto('/instances');
    await expect(page.locator(`tr[data-instance-id="${instanceId}"]`)).toContainText(`KH-KG-${Y}`);

    // The cycle opens with the board drafting the plan: the supervisor holds that role, so the task is in their inbox
    // (the units' tasks come once the plan is issued).
    await page.goto('/inbox');
    await expect(page.locator('.task-table').getByRole('link', { name: new RegExp(`^Dự thảo Kế hoạch công tác khoa giáo năm ${Y}`) })).toBeVisible({ timeout: 15_000 });
    await context.close();
  });

  test('the running workflows page starts any published workflow, for supervisors only', async ({ browser, request }) => {
    test.skip(!(await sessionFor(request, 'supervisor')), 'POST /api/auth/token is not on this server (or refuses the demo users).');
    const auth = { Authorization: `Bearer ${await token(request, 'supervisor')}` };
    test.skip((await request.get(`${API}/api/workflow-definitions/${ID}?published=true`, { headers: auth })).status() !== 200,
      'The annual plan cycle is not published here (the test above publishes it).');

    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, request, 'supervisor');
    await page.goto('/instances');
    await page.getByRole('button', { name: 'Khởi chạy quy trình' }).click();
    const dialog = page.getByRole('dialog', { name: 'Khởi chạy quy trình' });
    const pick = dialog.getByRole('combobox', { name: 'Quy trình' });
    await expect(pick).toBeFocused();
    await expect(dialog.getByRole('button', { name: 'Khởi chạy', exact: true })).toBeDisabled();
    await pick.selectOption({ label: 'Chu trình kế hoạch công tác khoa giáo năm' });
    await expect(dialog.getByRole('textbox', { name: 'Năm *', exact: true })).toHaveValue(String(NOW_YEAR));
    await expect(dialog.getByRole('button', { name: 'Khởi chạy', exact: true })).toBeEnabled();
    // Escape closes it and starts nothing.
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(page).toHaveURL(/\/instances$/);
    await context.close();

    const officerContext = await browser.newContext();
    const officer = await officerContext.newPage();
    await signIn(officer, request, 'officer1');
    await officer.goto('/instances');
    await expect(officer.getByRole('heading', { level: 1, name: 'Quy trình đang chạy' })).toBeVisible();
    await expect(officer.getByRole('button', { name: /Khởi chạy/ })).toHaveCount(0);
    await officerContext.close();
  });
});
