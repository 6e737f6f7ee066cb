import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { signIn } from './helpers';

// Who is offered which review step on a version in review, with the definition endpoints answered by the browser
// (the version, its review state and the refusals are set here); sign-in, descriptors and validation are the server's.

const file = fileURLToPath(new URL('../../../workflows/sample-parallel-approval.json', import.meta.url));
const v2 = { ...JSON.parse(readFileSync(file, 'utf8')), version: 2 };
const id: string = v2.definitionId;

async function standIn(page: Page, submit: { status: number; json?: unknown } = { status: 204 }) {
  const calls: string[] = [];
  await page.route('**/api/workflow-definitions**', async (route) => {
    const url = new URL(route.request().url());
    const path = url.pathname;
    if (path.endsWith('/validate')) return route.fallback();
    calls.push(`${route.request().method()} ${path}`);
    if (path === `/api/workflow-definitions/${id}/versions`) {
      return route.fulfill({ json: [
        { id: `${id}:v2`, version: 2, isLatest: true, isPublished: false, createdAt: '2026-11-20T03:00:00Z', createdBy: 'designer', reviewStatus: 'InReview', reviewComment: null },
      ] });
    }
    if (path === `/api/workflow-definitions/${id}`) return route.fulfill({ json: v2 });
    if (path.endsWith('/submit-for-review')) return route.fulfill(submit.json ? { status: submit.status, json: submit.json } : { status: submit.status });
    if (/\/versions\/\d+\/(approve|request-changes|publish)$/.test(path)) return route.fulfill({ status: 204 });
    return route.fulfill({ status: 404, json: { title: 'Not Found', status: 404 } });
  });
  return calls;
}

test('a supervisor reviewing a version approves or returns it, and is not offered publishing', async ({ page, request }) => {
  await signIn(page, request, 'supervisor');
  await standIn(page);
  await page.goto(`/workflows/${id}?version=2&review=1`);
  await expect(page.getByRole('button', { name: 'Phê duyệt' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Trả lại' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ban hành' })).toHaveCount(0);
});

test('a designer cannot submit a version in review again, and publishing asks first', async ({ page, request }) => {
  await signIn(page, request, 'designer');
  const calls = await standIn(page);
  await page.goto(`/workflows/${id}?version=2`);
  const submit = page.getByRole('button', { name: 'Trình duyệt' });
  await expect(submit).toBeDisabled();
  await expect(submit).toHaveAttribute('title', /đang chờ duyệt/);

  await page.getByRole('button', { name: 'Ban hành' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ban hành quy trình' });
  await expect(dialog).toContainText('Ban hành phiên bản 2?');
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  expect(calls.filter((c) => c.endsWith('/publish'))).toEqual([]);
  await page.getByRole('button', { name: 'Ban hành' }).click();
  await page.getByRole('dialog', { name: 'Ban hành quy trình' }).getByRole('button', { name: 'Ban hành' }).click();
  await expect(page.getByText('Đã ban hành.')).toBeVisible();
  expect(calls).toContain(`POST /api/workflow-definitions/${id}/versions/2/publish`);
});

test('a refused submission is shown in the open dialog, its time in Hà Nội time', async ({ page, request }) => {
  await signIn(page, request, 'designer');
  await standIn(page, { status: 409, json: { title: 'Conflict', status: 409, detail: `Version 2 of '${id}' is already in review since 2026-05-02 02:14:31Z.` } });
  // Registered after the stand-in, this answers first: version 2 reads as a draft, so the button is on.
  await page.route(`**/api/workflow-definitions/${id}/versions`, (route) => route.fulfill({ json: [
    { id: `${id}:v2`, version: 2, isLatest: true, isPublished: false, createdAt: '2026-11-20T03:00:00Z', createdBy: 'designer', reviewStatus: 'Draft', reviewComment: null },
  ] }));
  await page.goto(`/workflows/${id}?version=2`);
  await page.getByRole('button', { name: 'Trình duyệt' }).click();
  const dialog = page.getByRole('dialog', { name: 'Trình duyệt' });
  await dialog.getByRole('button', { name: 'Trình duyệt' }).click();
  await expect(dialog.getByRole('alert')).toContainText('since 02/05/2026 09:14');
  await expect(dialog.getByRole('alert')).toBeVisible();
});
