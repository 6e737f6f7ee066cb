import { expect, test } from '@playwright/test';
import { screenshot, signIn } from './helpers';

// The journal draws only the rows in view: 10,000 entries (served by a stand-in for the journal endpoint)
// keep a few dozen rows in the page and scroll at display rate.

const TOTAL = 10_000;
const ID = 'e2e-journal-instance';

test('a 10,000-entry journal renders only visible rows and scrolls smoothly', async ({ page, request }) => {
  await signIn(page, request, 'supervisor');
  await page.route(`**/api/workflow-instances/${ID}`, (route) => route.fulfill({
    json: {
      summary: { id: ID, definitionId: 'x', definitionName: 'Nhật ký lớn', version: 1, versionId: 'v', status: 'Suspended', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' },
      input: {}, output: {}, variables: {}, bookmarks: [], incidents: [], activities: [], tasks: [],
    },
  }));
  await page.route('**/api/workflow-definitions/x?version=1', (route) => route.fulfill({ json: { definitionId: 'x', name: 'x', root: { type: 'Elsa.Flowchart', id: 'r', activities: [], connections: [] } } }));
  await page.route(`**/api/workflow-instances/${ID}/journal?*`, (route) => {
    const url = new URL(route.request().url());
    const pageNo = Number(url.searchParams.get('page'));
    const size = Number(url.searchParams.get('pageSize'));
    const items = Array.from({ length: Math.max(0, Math.min(size, TOTAL - (pageNo - 1) * size)) }, (_, i) => {
      const seq = (pageNo - 1) * size + i + 1;
      return { sequence: seq, at: '2026-01-01T00:00:00Z', event: 'ActivityCompleted', activityId: `a${seq % 7}`, activityType: 'Elsa.WriteLine', message: `Mục ${seq}`, actor: 'system', data: null, hash: 'h' };
    });
    return route.fulfill({ json: { items, total: TOTAL, page: pageNo, pageSize: size } });
  });
  await page.goto(`/instances/${ID}`);
  const journal = page.locator('.journal');
  await expect(journal.getByText('Mục 1', { exact: true })).toBeVisible();
  const rendered = async () => journal.locator('.journal-row:not(.journal-head)').count();
  expect(await rendered()).toBeLessThan(60);

  // Scroll through the whole list for a second and count frames.
  const fps = await journal.evaluate(async (el) => {
    const start = performance.now();
    let frames = 0;
    await new Promise<void>((resolve) => {
      const step = () => {
        frames++;
        el.scrollTop += el.scrollHeight / 60;
        if (performance.now() - start < 1000) requestAnimationFrame(step);
        else resolve();
      };
      requestAnimationFrame(step);
    });
    return frames / ((performance.now() - start) / 1000);
  });
  await journal.evaluate((el) => { el.scrollTop = el.scrollHeight; });
  await expect(journal.getByText(`Mục ${TOTAL}`, { exact: true })).toBeVisible();
  expect(await rendered()).toBeLessThan(60);
  console.log(`journal: ${TOTAL} entries, ${await rendered()} rows in the page, ${fps.toFixed(0)} frames/s while scrolling`);
  expect(fps).toBeGreaterThan(25);
  // Keyboard: the list takes focus and Home goes back to the first entry.
  await journal.focus();
  await page.keyboard.press('Home');
  await expect(journal.getByText('Mục 1', { exact: true })).toBeVisible();
  await screenshot(page, 'journal-10000');
});
