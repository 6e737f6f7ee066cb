import { expect, test } from '@playwright/test';
import { bigWorkflow } from './fixtures/big-workflow.mjs';
import { API, endpointExists, screenshot, signIn } from './helpers';

const COUNT = 300;

test('a 300-activity definition: navigation to an interactive canvas, and drag frame rate', async ({ page, request }) => {
  test.setTimeout(120_000);
  const { token } = await signIn(page, request);
  const definition = bigWorkflow(COUNT);
  let definitionId = definition.definitionId;

  // Through the real API when it stores definitions; until then the same JSON is served to the page.
  const canSave = await endpointExists(request, 'GET', '/api/workflow-definitions');
  if (canSave) {
    const saved = await request.post(`${API}/api/workflow-definitions`, { data: definition, headers: { Authorization: `Bearer ${token}` } });
    expect(saved.ok()).toBeTruthy();
    definitionId = (await saved.json()).definitionId;
  } else {
    await page.route(`**/api/workflow-definitions/${definitionId}`, (route) => route.fulfill({ json: definition }));
    await page.route(`**/api/workflow-definitions/${definitionId}/versions`, (route) => route.fulfill({ json: [] }));
  }

  // Warm the app's code so the figure is about the definition, not the first download.
  await page.goto('/workflows/new');
  await expect(page.locator('.react-flow__node')).toHaveCount(1);

  // Times are the page's own clock, from the start of the navigation; three loads, the median counts.
  const loads: Array<{ drawn: number; idle: number; click: number }> = [];
  for (let run = 0; run < 3; run++) {
    await page.goto(`/workflows/${definitionId}`, { waitUntil: 'commit' });
    const drawn = await (await page.waitForFunction((count) => {
      const nodes = document.querySelectorAll('.react-flow__node');
      return nodes.length >= count && !document.querySelector('.react-flow__node[style*="hidden"]') && performance.now();
    }, COUNT, { timeout: 20_000, polling: 'raf' })).jsonValue() as number;
    // Interactive: a task queued now runs once the main thread is free to handle input.
    const idle = await page.evaluate(() => new Promise<number>((resolve) => setTimeout(() => resolve(performance.now()), 0)));
    // And input is handled: a click selects a step and its properties show.
    await page.evaluate(() => {
      const w = window as unknown as { __clickAt?: number; __selectedAt?: number };
      document.addEventListener('pointerdown', () => { w.__clickAt = performance.now(); }, { capture: true, once: true });
      new MutationObserver((_, observer) => {
        if (document.querySelector('.react-flow__node.selected') && document.querySelector('.property-panel [data-field="name"] input')) {
          w.__selectedAt = performance.now();
          observer.disconnect();
        }
      }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
    });
    const target = page.locator('.react-flow__node').nth(5 + run);
    await target.click();
    await expect(target).toHaveClass(/selected/);
    await expect(page.locator('.property-panel [data-field="name"] input')).toBeVisible();
    const click = await page.evaluate(() => {
      const w = window as unknown as { __clickAt: number; __selectedAt: number };
      return w.__selectedAt - w.__clickAt;
    });
    loads.push({ drawn, idle, click });
    console.log(`[perf] load ${run + 1}: all ${COUNT} steps drawn ${Math.round(drawn)} ms, interactive ${Math.round(idle)} ms after navigation; a click selected a step in ${Math.round(click)} ms`);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const interactive = median(loads.map((l) => l.idle));
  const node = page.locator('.react-flow__node').nth(7);

  // Drag one step for about a second and count animation frames meanwhile.
  const box = (await node.boundingBox())!;
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __counting: boolean };
    w.__frames = [];
    w.__counting = true;
    const tick = (t: number) => { w.__frames.push(t); if (w.__counting) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  });
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  const steps = 60;
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(box.x + box.width / 2 + i * 4, box.y + box.height / 2 + i * 2);
  }
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __counting: boolean };
    w.__counting = false;
    return w.__frames;
  });
  const span = frames[frames.length - 1] - frames[0];
  const fps = ((frames.length - 1) * 1000) / span;
  const gaps = frames.slice(1).map((t, i) => t - frames[i]).sort((a, b) => a - b);
  const p95 = gaps[Math.floor(gaps.length * 0.95)] ?? 0;

  console.log(`[perf] ${COUNT} activities, median of 3: drawn ${Math.round(median(loads.map((l) => l.drawn)))} ms, interactive ${Math.round(interactive)} ms, click → selected ${Math.round(median(loads.map((l) => l.click)))} ms`);
  console.log(`[perf] drag: ${frames.length} frames in ${Math.round(span)} ms = ${fps.toFixed(1)} fps; 95th percentile frame gap ${p95.toFixed(1)} ms`);
  await screenshot(page, 'designer-300');
  // The target is 1 s; the bound here catches regressions without failing on a busy machine.
  expect(interactive).toBeLessThan(Number(process.env.E2E_LOAD_BUDGET_MS ?? 2000));
  expect(fps).toBeGreaterThan(Number(process.env.E2E_MIN_FPS ?? 25));
});
