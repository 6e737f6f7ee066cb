import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { API, endpointExists, screenshot, sessionFor, signIn } from './helpers';

// The review cycle end to end on the real server: a supervisor starts the annual plan cycle and works its first
// steps in the inbox, an officer of Sở Y tế submits the unit's registration, the supervisor returns it with a
// comment and approves the resubmission; the instance viewer and the dashboard show where it stands.

// The README's pictures are taken again only when asked (UPDATE_SCREENSHOTS=1): a test run leaves the tree as it was.
const DOCS = process.env.UPDATE_SCREENSHOTS === '1'
  ? fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url))
  : fileURLToPath(new URL('./artifacts/readme/', import.meta.url));
const TEMPLATE = fileURLToPath(new URL('../../../workflows/template-annual-plan-cycle.json', import.meta.url));
// Next year's cycle, whose days of the year all lie ahead whatever day this runs on (a cycle's dates fall in its year).
const Y = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear() + 1;
const UNIT_TASK = `Đăng ký và triển khai nhiệm vụ khoa giáo năm ${Y} — Đảng ủy Sở Y tế`;
// A returned task comes back as a new task of the same step (its title without the unit's name).
const UNIT_TASK_AGAIN = new RegExp(`^Đăng ký và triển khai nhiệm vụ khoa giáo năm ${Y}`);
const REVIEW_AGAIN = new RegExp(`^Duyệt: Đăng ký và triển khai nhiệm vụ khoa giáo năm ${Y}`);

async function token(request: APIRequestContext, userName: string): Promise<string> {
  const session = await sessionFor(request, userName);
  expect(session, `sign-in of ${userName}`).toBeTruthy();
  return session!.accessToken;
}

async function as(browser: Browser, request: APIRequestContext, userName: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, request, userName);
  return page;
}

/** Opens the inbox, then the task with this title, waiting for the 30 s poll to be unnecessary (a fresh load). */
async function openTask(page: Page, title: string | RegExp): Promise<void> {
  await page.goto('/inbox');
  const link = page.locator('.task-table').getByRole('link', { name: title }).first();
  await expect(link).toBeVisible({ timeout: 15_000 });
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

async function act(page: Page, button: string): Promise<void> {
  await page.getByRole('group', { name: 'Xử lý nhiệm vụ' }).getByRole('button', { name: button, exact: true }).click();
  await expect(page).toHaveURL(/\/inbox$/);
  await expect(page.getByRole('status').filter({ hasText: /^Đã / })).toBeVisible();
}

test.describe('review cycle walk-through', () => {
  test.setTimeout(240_000);

  test('supervisor and officer work the annual plan cycle through the inbox', async ({ browser, request }) => {
    test.skip(!(await sessionFor(request, 'supervisor')), 'POST /api/auth/token is not on this server (or refuses the demo users).');
    test.skip(!(await endpointExists(request, 'GET', '/api/tasks')), 'GET /api/tasks is not on this server.');
    const supervisorToken = await token(request, 'supervisor');
    const auth = { Authorization: `Bearer ${supervisorToken}` };
    const instancesExist = (await request.get(`${API}/api/workflow-instances`, { headers: auth })).status() !== 404;
    test.skip(!instancesExist, 'POST /api/workflow-instances is not on this server yet: nothing can start the template, so the walk-through cannot run.');

    // The template is shipped in workflows/; a server started from an empty folder has not imported it.
    const listed = await request.get(`${API}/api/workflow-definitions/template-annual-plan-cycle`, { headers: auth });
    if (listed.status() === 404) {
      const designerToken = await token(request, 'designer');
      const imported = await request.post(`${API}/api/workflow-definitions/import?publish=true`, {
        headers: { Authorization: `Bearer ${designerToken}` },
        multipart: { file: { name: 'template-annual-plan-cycle.json', mimeType: 'application/json', buffer: readFileSync(TEMPLATE) } },
      });
      expect(imported.ok(), await imported.text()).toBeTruthy();
    }
    const started = await request.post(`${API}/api/workflow-instances`, {
      headers: auth, data: { definitionId: 'template-annual-plan-cycle', input: { year: Y, unitQuery: 'DU-SYT,DU-SGDDT' } },
    });
    expect(started.status(), await started.text()).toBe(201);
    const instanceId: string = (await started.json()).summary.id;

    const supervisor = await as(browser, request, 'supervisor');
    // 1. Draft the plan: Submit.
    await supervisor.goto('/inbox');
    await expect(supervisor.getByRole('link', { name: /Việc của tôi, \d+ việc đang chờ/ })).toBeVisible();
    await expect(supervisor.locator('.chips button[data-state="OnTrack"]')).toContainText(/Đang thực hiện \(trong hạn\)\d+/);
    await openTask(supervisor, new RegExp(`Dự thảo Kế hoạch công tác khoa giáo năm ${Y}`));
    await expect(supervisor.locator('.react-flow__node [data-current="true"]')).toHaveCount(1, { timeout: 15_000 });
    await act(supervisor, 'Gửi');

    // 2. Approve the milestone: Return needs a comment, Approve does not.
    await openTask(supervisor, new RegExp(`Duyệt: Dự thảo kế hoạch năm ${Y}`));
    const actions = supervisor.getByRole('group', { name: 'Xử lý nhiệm vụ' });
    await expect(actions.getByRole('button', { name: 'Trả lại', exact: true })).toBeDisabled();
    await expect(actions.getByRole('button', { name: 'Yêu cầu bổ sung thông tin' })).toBeDisabled();
    await act(supervisor, 'Phê duyệt');

    // 3. Issue the plan with its number and symbol (a required field of the generated form).
    await openTask(supervisor, new RegExp(`Ban hành và gửi Kế hoạch năm ${Y}`));
    const issue = actions.getByRole('button', { name: 'Ban hành', exact: true });
    await expect(issue).toBeDisabled();
    await supervisor.getByLabel('Số, ký hiệu *').fill('12-KH/BTGDV');
    await expect(issue).toBeEnabled();
    await screenshot(supervisor, 'task');
    await act(supervisor, 'Ban hành');

    // 4. The officer of Sở Y tế sees the unit's task and submits it.
    const officer = await as(browser, request, 'officer1');
    await openTask(officer, UNIT_TASK);
    // What the work is about: the plan it belongs to and the document that issued it, none of the workflow's bookkeeping.
    const about = officer.getByRole('region', { name: 'Thông tin công việc' });
    await expect(about.locator('dt', { hasText: 'Văn bản kế hoạch' }).locator('+ dd')).toHaveText('12-KH/BTGDV');
    await expect(about.locator('dt', { hasText: 'Văn bản hướng dẫn' }).locator('+ dd')).toHaveText(/^Kế hoạch công tác khoa giáo năm \d{4}$/);
    await expect(about.getByRole('link', { name: /KH-KG-\d{4}/ })).toBeVisible();
    await expect(about).not.toContainText(/workDueOn|assignerUnitId|planDocument/);
    await screenshot(officer, 'task-officer');
    await act(officer, 'Gửi');

    // 5. The supervisor returns it with a comment: the button stays disabled until one is typed.
    await openTask(supervisor, `Duyệt: ${UNIT_TASK}`);
    // What the unit sent, as a person reads it: who sent it, not the workflow's bookkeeping.
    const sent = supervisor.getByRole('region', { name: 'Nội dung đã gửi trước đó' });
    await expect(sent.locator('dt', { hasText: 'Người gửi' }).locator('+ dd')).toHaveText('officer1');
    await expect(sent).not.toContainText('workDueOn');
    await expect(sent).not.toContainText('submission');
    // The history's entries wrap inside their panel, long tokens (a bookmark's name) and all, also once the designer's
    // styles have loaded (a moment after a supervisor signs in), which once laid it out as the designer's own timeline.
    await expect.poll(() => supervisor.evaluate(() => [...document.styleSheets].some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.startsWith('.diff-node')))),
      { timeout: 15_000 }).toBe(true);
    const history = supervisor.getByRole('complementary').filter({ has: supervisor.getByRole('heading', { name: 'Diễn biến' }) });
    await expect(history.locator('li').first()).toBeVisible();
    expect(await history.evaluate((panel) => {
      const edge = panel.getBoundingClientRect().right;
      return [...panel.querySelectorAll('li, li *')].filter((e) => e.getBoundingClientRect().right > edge + 0.5).map((e) => e.textContent);
    })).toEqual([]);
    const giveBack = actions.getByRole('button', { name: 'Trả lại', exact: true });
    await expect(giveBack).toBeDisabled();
    await supervisor.getByLabel(/Ý kiến/).fill('Đề nghị bổ sung chỉ tiêu và thời hạn cụ thể.');
    await expect(giveBack).toBeEnabled();
    await act(supervisor, 'Trả lại');

    // 6. The officer sees it again and resubmits.
    await openTask(officer, UNIT_TASK_AGAIN);
    await act(officer, 'Gửi');

    // 7. The supervisor approves the resubmission from the inbox (bulk approval of the selected task).
    await supervisor.goto('/inbox');
    const select = supervisor.getByRole('checkbox', { name: new RegExp(`^Chọn “Duyệt: Đăng ký và triển khai nhiệm vụ khoa giáo năm ${Y}.*” để duyệt hàng loạt$`) });
    await expect(select).toBeVisible({ timeout: 15_000 });
    await select.check();
    await screenshot(supervisor, 'inbox');
    mkdirSync(DOCS, { recursive: true });
    await supervisor.screenshot({ path: `${DOCS}inbox.png` });
    // Assignees read as roles and units by name.
    await expect(supervisor.locator('.task-table')).not.toContainText(/Specialist|FocalPoint|SectionHead/);
    await supervisor.getByRole('button', { name: 'Phê duyệt 1 nhiệm vụ đã chọn' }).click();
    await expect(supervisor.getByRole('status').filter({ hasText: 'Đã phê duyệt 1 nhiệm vụ' })).toBeVisible();
    await expect(supervisor.locator('.task-table').getByRole('link', { name: REVIEW_AGAIN })).toHaveCount(0);

    // 8. The instance viewer lists the instance and shows its waiting step (the other unit's task).
    await supervisor.goto('/instances');
    await expect(supervisor.locator(`tr[data-instance-id="${instanceId}"]`)).toBeVisible();
    await screenshot(supervisor, 'instances');
    await supervisor.goto(`/instances/${instanceId}`);
    await expect(supervisor.locator('[data-bookmark]').first()).toBeVisible();
    await expect(supervisor.locator('.react-flow__node [data-state="Waiting"]').first()).toBeVisible({ timeout: 15_000 });
    await expect(supervisor.locator('.react-flow__node [data-state="Done"]').first()).toBeVisible();
    // A read-only diagram has no minimap covering its corner.
    await expect(supervisor.locator('.diagram-box .react-flow__minimap')).toHaveCount(0);
    await expect(supervisor.locator('.journal .journal-row:not(.journal-head)').first()).toBeVisible();
    // Events, steps and outcomes read in Vietnamese, as in a task's history; so do the diagram's buttons and connections.
    const journal = supervisor.locator('.journal');
    await expect(journal).toContainText('Bắt đầu quy trình');
    // Every column heading fits its column.
    for (const heading of await journal.getByRole('columnheader').all()) {
      expect(await heading.evaluate((el) => el.scrollWidth <= el.clientWidth), await heading.textContent() ?? '').toBe(true);
    }
    await expect(journal).not.toContainText(/WorkflowStarted|ActivityStarted|BookmarkCreated|Supervision\./);
    await expect(supervisor.locator('[data-bookmark]').first()).not.toContainText('Supervision.');
    await expect(supervisor.locator('.diagram-box .react-flow__controls-zoomin')).toHaveAttribute('aria-label', 'Phóng to');
    await expect(supervisor.locator('.diagram-box .react-flow__edge').first()).toHaveAttribute('aria-label', /^Kết nối từ “.+” \(.+\) tới “.+”$/);
    // The returned registration says so in Vietnamese.
    await expect(supervisor.getByRole('region', { name: 'Nhiệm vụ của quy trình' })).toContainText('Đã trả lại');
    await screenshot(supervisor, 'instance');
    // The first task, done: the action taken, its history and its dates read as words and one format.
    const view = await (await request.get(`${API}/api/workflow-instances/${instanceId}`, { headers: auth })).json() as { tasks: Array<{ id: string; title: string }> };
    const draft = view.tasks.find((task) => task.title.startsWith(`Dự thảo Kế hoạch công tác khoa giáo năm ${Y}`))!;
    await supervisor.goto(`/tasks/${draft.id}`);
    await expect(supervisor.getByText(/^Nhiệm vụ đã xử lý: Gửi bởi supervisor\./)).toBeVisible();
    const draftHistory = supervisor.getByRole('complementary');
    await expect(draftHistory).toContainText('Hoàn thành');
    await expect(draftHistory).not.toContainText(/TaskCompleted|Submit\b|\d{2}:\d{2} \d/);
    await expect(draftHistory.locator('time').first()).toHaveText(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);

    // 9. The dashboard counts Sở Y tế's task done on time.
    await supervisor.goto('/dashboard');
    const row = supervisor.locator('tr[data-key="DU-SYT"]');
    await expect(row).toBeVisible();
    expect(Number(await row.locator('[data-col="doneOnTime"]').textContent())).toBeGreaterThanOrEqual(1);
    await expect(supervisor.locator('.recharts-bar-rectangle').first()).toBeVisible();
    await screenshot(supervisor, 'dashboard');
    await supervisor.screenshot({ path: `${DOCS}dashboard.png` });
    const download = supervisor.waitForEvent('download');
    await supervisor.getByRole('button', { name: 'Xuất CSV' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);

    // 10. The plan the cycle names is a record: listed with its figures, and its work tasks follow each unit's work
    // (Sở Y tế's returned once and then approved; Sở GD&ĐT's still assigned).
    await supervisor.goto('/inbox');
    await expect(supervisor.locator('select option', { hasText: `Kế hoạch công tác khoa giáo năm ${Y} (KH-KG-${Y})` })).toHaveCount(1);
    await supervisor.goto('/records/plans');
    const plan = supervisor.locator(`tr[data-id="KH-KG-${Y}"]`);
    await expect(plan).toContainText(`Kế hoạch công tác khoa giáo năm ${Y}`);
    await expect(plan).toContainText('Đang thực hiện');
    await plan.getByRole('link', { name: `Kế hoạch công tác khoa giáo năm ${Y}` }).click();
    await expect(supervisor.getByRole('heading', { name: `Kế hoạch công tác khoa giáo năm ${Y}` })).toBeVisible();
    // The workflow that carries the plan out is named by its definition's name, not its id.
    await expect(supervisor.locator(`tr[data-instance="${instanceId}"] [data-col="definition"]`)).toContainText(/^Chu trình kế hoạch công tác khoa giáo năm/);
    // Issued as the KH document whose number the clerk gave.
    await expect(supervisor.getByRole('link', { name: '12-KH/BTGDV' })).toBeVisible();
    await screenshot(supervisor, 'plan');
    await supervisor.getByRole('link', { name: /Xem nhiệm vụ của kế hoạch này/ }).click();
    const health = supervisor.locator('.work-tasks-table tbody tr', { hasText: `KH-KG-${Y}/DU-SYT` });
    await expect(health).toContainText('Đã duyệt kết quả');
    await expect(health.locator('[data-col="returnsExtensions"]')).toHaveText('1 / 0');
    await expect(supervisor.locator('.work-tasks-table tbody tr', { hasText: `KH-KG-${Y}/DU-SGDDT` })).toContainText('Đã giao');
    await screenshot(supervisor, 'work-tasks');
    // In English the work reads as the template words it in English.
    await supervisor.locator('header button[lang="en"]').click();
    await expect(supervisor.locator('.work-tasks-table tbody tr', { hasText: `KH-KG-${Y}/DU-SGDDT` }))
      .toContainText(`Register and carry out the science and education tasks for ${Y} — Party Committee of the Department of Education and Training`);
    // The plans list, whose titles the server picks, follows the language the app asks in (no new sign-in).
    await supervisor.goto('/records/plans');
    await expect(supervisor.locator(`tr[data-id="KH-KG-${Y}"]`)).toContainText(`Science and education work plan ${Y}`);
    // The instance lists its tasks by their English titles, as the task page does, and its journal reads in English.
    await supervisor.goto(`/instances/${instanceId}`);
    await expect(supervisor.getByRole('region', { name: 'Tasks of this workflow' })).toContainText(`Draft the science and education work plan for ${Y}`);
    await expect(supervisor.locator('.journal')).toContainText('Workflow started');
    await expect(supervisor.locator('.diagram-box .react-flow__controls-zoomin')).toHaveAttribute('aria-label', 'Zoom in');
    await supervisor.goto('/records/plans');
    await supervisor.locator('header button[lang="vi"]').click();
    await expect(supervisor.locator(`tr[data-id="KH-KG-${Y}"]`)).toContainText(`Kế hoạch công tác khoa giáo năm ${Y}`);

    // 11. The officer reaches the instance from the plan, as the plan page offers: the page asks for nothing the officer
    // may not read (the journal holds every unit's work), and the way back is the plan, not a list they do not have.
    await officer.goto(`/records/plans/KH-KG-${Y}`);
    // The plan was issued and sent to the units it gives work: an officer of one reads its document, and sees no refusal.
    await expect(officer.getByRole('link', { name: '12-KH/BTGDV' })).toBeVisible();
    await expect(officer.getByText('(403)')).toHaveCount(0);
    // The instance's status stays on one line in its narrow column.
    const pill = officer.locator(`tr[data-instance="${instanceId}"] .status-pill`);
    expect(await pill.evaluate((e) => {
      const text = document.createRange();
      text.selectNodeContents(e);
      return [e.textContent, text.getClientRects().length];
    })).toEqual(['Đang chờ', 1]);
    await screenshot(officer, 'plan-officer');
    const refused: string[] = [];
    officer.on('response', (r) => { if (r.status() >= 400) refused.push(`${r.status()} ${r.url()}`); });
    await officer.getByRole('link', { name: `Mở quy trình ${instanceId}` }).click();
    await expect(officer).toHaveURL(new RegExp(`/instances/${instanceId}$`));
    await expect(officer.getByRole('region', { name: 'Nhiệm vụ của quy trình' }).getByRole('link', { name: UNIT_TASK_AGAIN }).first()).toBeVisible();
    await expect(officer.locator('.react-flow__node').first()).toBeVisible({ timeout: 15_000 });
    // An officer never loads the designer, yet each step's icon is drawn on its category's colour.
    expect(await officer.evaluate(() => [...document.styleSheets].some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.startsWith('.palette-item'))))).toBe(false);
    expect(await officer.locator('.diagram-node .activity-icon').first().evaluate((e) => {
      const style = getComputedStyle(e);
      return [style.width, style.color, style.backgroundColor !== 'rgba(0, 0, 0, 0)'];
    })).toEqual(['20px', 'rgb(255, 255, 255)', true]);
    await expect(officer.getByRole('heading', { name: /^Nhật ký/ })).toHaveCount(0);
    await expect(officer.getByText('(403)')).toHaveCount(0);
    await screenshot(officer, 'instance-officer');
    expect(refused).toEqual([]);
    await officer.getByRole('button', { name: '← Quay lại' }).click();
    await expect(officer).toHaveURL(new RegExp(`/records/plans/KH-KG-${Y}$`));

    // The designer follows the instance but opens none of its tasks (they are the units' and the board's): their
    // titles are not links that would end on a refusal.
    const designer = await as(browser, request, 'designer');
    await designer.goto(`/instances/${instanceId}`);
    const instanceTasks = designer.getByRole('region', { name: 'Nhiệm vụ của quy trình' });
    await expect(instanceTasks.getByText(/Đảng ủy Sở Giáo dục và Đào tạo$/).first()).toBeVisible();
    await expect(instanceTasks.getByRole('link')).toHaveCount(0);

    // The designer, read-only for a supervisor, for the README.
    await designer.goto('/workflows/template-annual-plan-cycle');
    await expect(designer.locator('.react-flow__node').first()).toBeVisible({ timeout: 20_000 });
    await designer.waitForTimeout(500);
    await screenshot(designer, 'designer-template');
    await designer.screenshot({ path: `${DOCS}designer.png` });
  });
});
