import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { en } from '../src/i18n/en';
import { UNIT_ROLES } from '../src/i18n/terms';
import { vi } from '../src/i18n/vi';
import { API, currentDefinition, endpointExists, openNewWorkflow, screenshot, signIn } from './helpers';

test.describe('designer', () => {
  let token = '';
  test.beforeEach(async ({ page, request }) => {
    token = (await signIn(page, request)).token;
  });

  test('loads with the palette built from the real descriptors', async ({ page, request }) => {
    const descriptors = await (await request.get(`${API}/api/activity-descriptors`, { headers: { Authorization: `Bearer ${token}` } })).json() as Array<{ typeName: string; category: string; displayName: { vi: string } }>;
    expect(descriptors.length).toBeGreaterThan(5);
    await openNewWorkflow(page);
    await expect(page.locator('.palette-item')).toHaveCount(descriptors.length);
    for (const d of descriptors.slice(0, 5)) await expect(page.locator(`.palette-item[data-type="${d.typeName}"]`)).toContainText(d.displayName.vi);
    // Grouped by category with Vietnamese names.
    await expect(page.getByRole('region', { name: 'Điều khiển luồng' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Nhiệm vụ', exact: true })).toBeVisible();
    for (const category of new Set(descriptors.map((d) => d.category))) await expect(page.locator('.palette-group h3', { hasText: category })).toHaveCount(0);
    // React Flow's buttons in Vietnamese.
    await expect(page.locator('.react-flow__controls-zoomin')).toHaveAttribute('aria-label', 'Phóng to');
    await expect(page.locator('.react-flow__controls-fitview')).toHaveAttribute('title', 'Vừa màn hình');
    await screenshot(page, 'designer-new');
  });

  test('every outcome, group and choice of the server’s activities is named in both languages', async ({ request }) => {
    const descriptors = await (await request.get(`${API}/api/activity-descriptors`, { headers: { Authorization: `Bearer ${token}` } })).json() as Array<{
      typeName: string; category: string; outcomes: string[]; inputs: Array<{ options?: string[] | null }>;
    }>;
    const unnamed: string[] = [];
    for (const [language, dictionary] of [['vi', vi], ['en', en]] as const) {
      const named = (section: Record<string, unknown>, code: string, what: string) => {
        if (typeof section[code] !== 'string') unnamed.push(`${language} ${what} ${code}`);
      };
      for (const d of descriptors) {
        for (const outcome of d.outcomes) named(dictionary.outcomes, outcome, `outcome of ${d.typeName}:`);
        named(dictionary.designer.categories, d.category, 'category');
        for (const option of d.inputs.flatMap((i) => i.options ?? []).filter((o) => !/^\d+$/.test(o))) named(dictionary.editor.options, option, `choice of ${d.typeName}:`);
      }
    }
    expect(unnamed).toEqual([]);
  });

  test('a node dragged from the palette appears on the canvas', async ({ page }) => {
    await openNewWorkflow(page);
    const item = page.locator('.palette-item[data-type="Elsa.WriteLine"]');
    const pane = page.locator('.react-flow__pane');
    const box = (await pane.boundingBox())!;
    await item.dragTo(pane, { targetPosition: { x: box.width / 2 + 150, y: box.height / 2 + 120 } });
    await expect(page.locator('.react-flow__node')).toHaveCount(2);
    await expect(page.locator('.activity-node[data-activity-type="Elsa.WriteLine"]')).toContainText('WriteLine1');
    const def = await currentDefinition(page);
    expect(def.root.activities.map((a) => a.type)).toEqual(['Elsa.Start', 'Elsa.WriteLine']);
    await screenshot(page, 'designer-dragged');
  });

  test('a node added with the keyboard only is connected after the selection', async ({ page }) => {
    await openNewWorkflow(page);
    await page.locator('.canvas-wrap').focus();
    await page.keyboard.press('ArrowRight'); // selects the first step (Start)
    await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);
    await page.keyboard.press('a');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await page.keyboard.type('ghi dong'); // "Ghi dòng", typed without accents
    await expect(dialog.getByRole('option').first()).toContainText('Ghi dòng');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(page.locator('.react-flow__node')).toHaveCount(2);
    const def = await currentDefinition(page);
    const [start, line] = def.root.activities;
    expect(line.type).toBe('Elsa.WriteLine');
    expect(def.root.connections).toEqual([{ source: { activity: start.id, port: 'Done' }, target: { activity: line.id, port: 'In' } }]);
    // The new step is selected, so the next one chains on.
    await expect(page.locator('.react-flow__node.selected')).toContainText('WriteLine1');
    await page.keyboard.press('a');
    await page.keyboard.type('tri hoan');
    await page.keyboard.press('Enter');
    const after = await currentDefinition(page);
    expect(after.root.connections).toHaveLength(2);
    expect(after.root.connections[1].source.activity).toBe(line.id);
    // F2 renames.
    await page.keyboard.press('F2');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Chờ một phút');
    await page.keyboard.press('Enter');
    await expect(page.locator('.react-flow__node.selected')).toContainText('Chờ một phút');
    // Undo brings the old name back.
    await page.locator('.canvas-wrap').focus();
    await page.keyboard.press('Control+Z');
    await expect(page.locator('.react-flow__node.selected')).toContainText('Delay1');
    await screenshot(page, 'designer-keyboard');
  });

  test('connect to…, the command bar and the table view work from the keyboard', async ({ page }) => {
    await openNewWorkflow(page);
    const canvas = page.locator('.canvas-wrap');
    await canvas.focus();
    await page.keyboard.press('ArrowRight');
    for (const query of ['ghi dong', 'ket thuc nhanh']) {
      await page.keyboard.press('a');
      await page.keyboard.type(query);
      await page.keyboard.press('Enter');
      await expect(page.getByRole('dialog')).toBeHidden();
    }
    let def = await currentDefinition(page);
    const [start, line, end] = def.root.activities;
    expect(end.type).toBe('Elsa.End');
    // Start → End directly, through "connect to…" (C).
    await canvas.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('.react-flow__node.selected')).toContainText('Start1');
    await page.keyboard.press('c');
    await page.keyboard.type('End1');
    await page.keyboard.press('Enter');
    def = await currentDefinition(page);
    expect(def.root.connections.map((c) => `${c.source.activity}>${c.target.activity}`)).toEqual([`${start.id}>${line.id}`, `${line.id}>${end.id}`, `${start.id}>${end.id}`]);
    // The command bar runs commands by (accent-free) name.
    await page.keyboard.press('Control+k');
    await page.keyboard.type('xem dang bang');
    await page.keyboard.press('Enter');
    const table = page.getByRole('table', { name: 'Các bước của quy trình' });
    await expect(table).toBeVisible();
    await expect(table.getByRole('row')).toHaveCount(4);
    await expect(table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Start1' }) })).toContainText('Xong → WriteLine1; Xong → End1');
    await screenshot(page, 'designer-table');
    await page.keyboard.press('Control+Shift+T');
    await expect(page.locator('.react-flow__node')).toHaveCount(3);
  });

  test('the palette dialog can append to any outcome port of the selection', async ({ page }) => {
    await openNewWorkflow(page);
    await page.locator('.canvas-wrap').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('a');
    await page.keyboard.type('re nhanh theo dieu kien');
    await page.keyboard.press('Enter');
    await page.keyboard.press('a');
    const dialog = page.getByRole('dialog');
    // The search has the focus; the port is chosen with Shift+Tab and the arrows.
    await expect(dialog.getByRole('combobox')).toBeFocused();
    await dialog.getByRole('radio', { name: 'Sai' }).check();
    await dialog.getByRole('combobox').fill('ket thuc nhanh');
    await dialog.getByRole('combobox').press('Enter');
    const def = await currentDefinition(page);
    const decision = def.root.activities.find((a) => a.type === 'Elsa.FlowDecision')!;
    const end = def.root.activities.find((a) => a.type === 'Elsa.End')!;
    expect(def.root.connections).toContainEqual({ source: { activity: decision.id, port: 'False' }, target: { activity: end.id, port: 'In' } });
  });

  test('a validation error in the problems panel selects its node and focuses the field', async ({ page }) => {
    await openNewWorkflow(page);
    await page.locator('.canvas-wrap').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('a');
    await page.keyboard.type('su kien'); // "Sự kiện": an event needs its name
    await page.keyboard.press('Enter');
    const problem = page.locator('.problem-item.error').filter({ hasText: 'Tên sự kiện' });
    await expect(problem).toBeVisible();
    await expect(page.locator('.problems-panel .count.error')).toContainText('1');
    await expect(page.getByRole('button', { name: 'Trình duyệt' })).toBeDisabled();
    // Select something else first, so the click has to bring the right node back.
    await page.locator('.react-flow__node').filter({ hasText: 'Start1' }).click();
    await problem.click();
    const eventNode = page.locator('.react-flow__node').filter({ has: page.locator('[data-activity-type="Elsa.Event"]') });
    await expect(eventNode).toHaveClass(/selected/);
    await expect(page.locator('.property-panel [data-field="eventName"] input')).toBeFocused();
    await screenshot(page, 'designer-problems');
    await page.keyboard.type('report-submitted');
    await expect(page.locator('.problem-item.error')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Trình duyệt' })).toBeEnabled();
  });

  test('a task is given to a role in a unit or to a person, written as the engine reads it', async ({ page }) => {
    await openNewWorkflow(page);
    await page.locator('.canvas-wrap').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('a');
    await page.keyboard.type('cong viec');
    await expect(page.getByRole('dialog').getByRole('option').first()).toContainText('Công việc');
    await page.keyboard.press('Enter');
    const field = page.locator('.property-panel [data-field="assignee"]');
    const mode = field.getByRole('combobox', { name: /^Người nhận/ });
    await expect(mode).toHaveValue('role');
    // Only the roles people hold in a unit, by their names: an app role would make a task nobody can take.
    const role = field.getByRole('combobox', { name: 'Vai trò' });
    await expect(role.locator('option')).toHaveText([vi.editor.assignee.chooseRole, ...UNIT_ROLES.map((r) => vi.roles[r])]);
    await role.selectOption({ label: vi.roles.Specialist });
    await field.getByLabel('Đơn vị', { exact: true }).fill('BTGDV-KG');
    const assignee = async () => ((await currentDefinition(page)).root.activities.find((a) => a.type === 'Supervision.UserTask') as unknown as { assignee?: unknown }).assignee;
    await expect.poll(assignee).toEqual({ typeName: 'Object', expression: { type: 'Object', value: '{"role": "Specialist", "unitId": "BTGDV-KG"}' } });
    await mode.selectOption({ label: vi.editor.assignee.modes.user });
    await field.getByRole('textbox', { name: 'Tên đăng nhập' }).fill('admin');
    await expect.poll(assignee).toEqual({ typeName: 'Object', expression: { type: 'Object', value: '{"userName": "admin"}' } });
    await screenshot(page, 'designer-assignee');
  });

  test('copy and paste make new steps with new ids, connected among themselves', async ({ page }) => {
    await openNewWorkflow(page);
    await page.locator('.canvas-wrap').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('a');
    await page.keyboard.type('ghi dong');
    await page.keyboard.press('Enter');
    await page.locator('.canvas-wrap').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+C');
    await page.keyboard.press('Control+V');
    const def = await currentDefinition(page);
    expect(def.root.activities).toHaveLength(4);
    expect(new Set(def.root.activities.map((a) => a.id)).size).toBe(4);
    expect(def.root.connections).toHaveLength(2);
    await page.keyboard.press('Control+Z');
    expect((await currentDefinition(page)).root.activities).toHaveLength(2);
  });

  test('saves a draft and lists it', async ({ page, request }) => {
    const available = await endpointExists(request, 'GET', '/api/workflow-definitions');
    test.skip(!available, 'POST/GET /api/workflow-definitions is not on the server yet; this test switches on when it lands.');
    await openNewWorkflow(page);
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    await expect(page.getByText(/Đã lưu phiên bản/)).toBeVisible();
    await expect(page).toHaveURL(/\/workflows\/[0-9a-f]{16}$/);
    await page.goto('/workflows');
    await expect(page.getByRole('link', { name: 'Quy trình chưa đặt tên' }).first()).toBeVisible();
  });
});

test.describe('designer files', () => {
  test.beforeEach(async ({ page, request }) => {
    await signIn(page, request);
  });

  test('imports an Elsa 3 file, exports it back unchanged, and exports the diagram as an image', async ({ page }) => {
    const file = fileURLToPath(new URL('../../../workflows/sample-report-with-reminders.json', import.meta.url));
    const original = JSON.parse(readFileSync(file, 'utf8'));
    await openNewWorkflow(page);
    await page.locator('input[type=file][accept^=".json"]').setInputFiles(file);
    await expect(page.locator('.react-flow__node')).toHaveCount(original.root.activities.length);
    await expect(page.getByText(/Đã nhập/)).toBeVisible();

    const [json] = await Promise.all([page.waitForEvent('download'), page.locator('[data-command="exportJson"]').click()]);
    const exported = JSON.parse(readFileSync(await json.path(), 'utf8'));
    // The file's content comes through untouched; only the identity is this workflow's.
    expect(exported.root).toEqual(original.root);
    expect(exported.inputs).toEqual(original.inputs);
    expect(exported.name).toBe(original.name);

    const [image] = await Promise.all([page.waitForEvent('download'), page.locator('[data-command="exportImage"]').click()]);
    const png = readFileSync(await image.path());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(5000);
    expect(image.suggestedFilename()).toMatch(/\.png$/);
  });

  test('tidy up lays the steps out left to right as one undoable step', async ({ page }) => {
    const file = fileURLToPath(new URL('../../../workflows/sample-parallel-approval.json', import.meta.url));
    await openNewWorkflow(page);
    await page.locator('input[type=file][accept^=".json"]').setInputFiles(file);
    await expect(page.locator('.react-flow__node')).toHaveCount(9);
    const before = await currentDefinition(page);
    await page.locator('[data-command="tidy"]').click();
    await expect.poll(async () => JSON.stringify((await currentDefinition(page)).root.activities.map((a) => (a as unknown as { metadata: unknown }).metadata)))
      .not.toBe(JSON.stringify(before.root.activities.map((a) => (a as unknown as { metadata: unknown }).metadata)));
    const after = await currentDefinition(page);
    const x = (id: string) => (after.root.activities.find((a) => a.id === id) as unknown as { metadata: { designer: { position: { x: number } } } }).metadata.designer.position.x;
    const start = after.root.activities.find((a) => a.type === 'Elsa.Start')!;
    expect(after.root.activities.every((a) => a.id === start.id || x(a.id) > x(start.id))).toBe(true);
    await page.locator('.canvas-wrap').focus();
    await page.keyboard.press('Control+Z');
    expect((await currentDefinition(page)).root.activities.map((a) => (a as unknown as { metadata: unknown }).metadata))
      .toEqual(before.root.activities.map((a) => (a as unknown as { metadata: unknown }).metadata));
  });
});
