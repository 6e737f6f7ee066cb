import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { screenshot, signIn } from './helpers';

// The screens that depend on endpoints still being built, driven against the agreed contract with the
// browser answering for the server. Each test says which endpoints it stands in for; the real-server
// tests in designer.spec.ts and shell.spec.ts switch on as those endpoints land.

const file = fileURLToPath(new URL('../../../workflows/sample-parallel-approval.json', import.meta.url));
const v1 = JSON.parse(readFileSync(file, 'utf8'));
const id: string = v1.definitionId;

function v2() {
  const d = structuredClone(v1);
  d.version = 2;
  d.root.activities[1].name = 'Dự thảo chương trình';
  d.root.activities.pop();
  return d;
}

async function standIn(page: Page) {
  const calls: Array<{ method: string; url: string; body: unknown }> = [];
  await page.route('**/api/workflow-definitions**', async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    const path = url.pathname;
    const body = request.postDataJSON?.() ?? null;
    if (path.endsWith('/validate')) return route.fallback();
    calls.push({ method: request.method(), url: path + url.search, body });
    if (path === '/api/workflow-definitions' && request.method() === 'GET') {
      return route.fulfill({ json: { items: [
        { definitionId: id, name: v1.name, description: v1.description, latestVersion: 2, publishedVersion: 1, updatedAt: '2026-11-20T03:00:00Z', reviewStatus: 'InReview' },
        { definitionId: 'dieu-tra', name: 'Điều tra, xác minh', description: null, latestVersion: 1, publishedVersion: null, updatedAt: '2026-11-21T03:00:00Z', reviewStatus: 'Draft' },
      ], total: 2, page: 1, pageSize: 50 } });
    }
    if (path === '/api/workflow-definitions' && request.method() === 'POST') {
      const sent = body as { definitionId: string };
      return route.fulfill({ status: 201, json: { definitionId: sent.definitionId, version: 3, id: `${sent.definitionId}:v3` } });
    }
    if (path === `/api/workflow-definitions/${id}/versions`) {
      return route.fulfill({ json: [
        { id: `${id}:v2`, version: 2, isLatest: true, isPublished: false, createdAt: '2026-11-20T03:00:00Z', createdBy: 'designer', reviewStatus: 'InReview', reviewComment: null },
        { id: `${id}:v1`, version: 1, isLatest: false, isPublished: true, createdAt: '2026-11-01T03:00:00Z', createdBy: 'designer', reviewStatus: 'Published', reviewComment: 'Đồng ý' },
      ] });
    }
    if (path === `/api/workflow-definitions/${id}`) {
      return route.fulfill({ json: url.searchParams.get('version') === '1' ? v1 : v2() });
    }
    if (/\/versions\/\d+\/(submit-for-review|approve|request-changes|publish)$/.test(path)) return route.fulfill({ status: 204 });
    return route.fulfill({ status: 404, json: { title: 'Not Found', status: 404 } });
  });
  return calls;
}

test.describe('against the agreed contract (endpoints still being built)', () => {
  test.beforeEach(async ({ page, request }) => {
    await signIn(page, request);
  });

  test('the list searches without accents and filters by status [GET /api/workflow-definitions]', async ({ page }) => {
    await standIn(page);
    await page.goto('/workflows');
    await expect(page.getByRole('row')).toHaveCount(3);
    await page.getByRole('searchbox').fill('dieu tra');
    await expect(page.getByRole('row')).toHaveCount(2);
    await expect(page.getByRole('link', { name: 'Điều tra, xác minh' })).toBeVisible();
    await page.getByRole('searchbox').fill('');
    await page.getByLabel('Trạng thái').selectOption('InReview');
    await expect(page.getByRole('row')).toHaveCount(2);
    await expect(page.locator('tbody .badge.status-InReview')).toHaveText('Chờ phê duyệt');
    await screenshot(page, 'contract-list');
  });

  test('version history shows a visual diff of two versions [GET .../versions, GET ...?version=N]', async ({ page }) => {
    await standIn(page);
    await page.goto(`/workflows/${id}`);
    await expect(page.locator('.react-flow__node')).toHaveCount(v2().root.activities.length);
    await page.locator('[data-command="versions"]').click();
    await page.getByRole('checkbox', { name: 'Chọn phiên bản 1' }).check();
    await page.getByRole('checkbox', { name: 'Chọn phiên bản 2' }).check();
    await page.getByRole('button', { name: 'So sánh hai bản đã chọn' }).click();
    await expect(page.locator('.diff-node.removed')).toHaveCount(1);
    await expect(page.locator('.diff-node.changed')).toHaveCount(1);
    await expect(page.locator('.diff-node.changed')).toContainText('Dự thảo chương trình');
    await expect(page.getByText('1 bước bị xóa')).toBeVisible();
    await screenshot(page, 'contract-diff');
  });

  test('a new workflow saves as a draft, moves to its address and submits for review with a comment [POST ..., POST .../submit-for-review]', async ({ page }) => {
    const calls = await standIn(page);
    await page.goto('/workflows/new');
    await expect(page.locator('.react-flow__node')).toHaveCount(1);
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    await expect(page.getByText('Đã lưu phiên bản 3.')).toBeVisible();
    await expect(page).toHaveURL(/\/workflows\/[0-9a-f]{16}$/);
    // The canvas stays as it was: no reload from the server after the first save.
    await expect(page.locator('.react-flow__node')).toHaveCount(1);
    const saved = calls.find((c) => c.method === 'POST' && c.url === '/api/workflow-definitions')!.body as { root: { activities: Array<{ type: string }> }; $schema: string };
    expect(saved.$schema).toContain('elsaworkflows.io');
    expect(saved.root.activities.map((a) => a.type)).toEqual(['Elsa.Start']);
    await page.getByRole('button', { name: 'Trình duyệt' }).click();
    await page.getByRole('dialog').getByLabel('Ý kiến').fill('Kính trình lãnh đạo Ban');
    await page.getByRole('dialog').getByRole('button', { name: 'Trình duyệt' }).click();
    await expect(page.getByText('Đã trình duyệt.')).toBeVisible();
    const submit = calls.find((c) => c.url.endsWith('/versions/3/submit-for-review'));
    expect(submit?.body).toEqual({ comment: 'Kính trình lãnh đạo Ban' });
  });

  test('a 401 from any endpoint ends the session and asks to sign in again', async ({ page }) => {
    await page.route('**/api/workflow-definitions?*', (route) => route.fulfill({ status: 401, json: { title: 'Unauthorized', status: 401 } }));
    await page.goto('/workflows');
    await expect(page).toHaveURL(/\/login\?returnTo=%2Fworkflows/);
  });
});
