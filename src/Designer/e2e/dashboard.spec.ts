import { expect, test } from '@playwright/test';
import { screenshot, signIn } from './helpers';

// The dashboard's chart with as many long unit names as a province has (the server's figures stood in for, so the
// names are the longest the demo province has, whatever work the server holds).
const UNITS = [
  ['BTGDV-TU', 'Ban Tuyên giáo và Dân vận Tỉnh ủy'],
  ['DU-SGDDT', 'Đảng ủy Sở Giáo dục và Đào tạo'],
  ['DU-KHOI-CQ', 'Đảng ủy Khối các cơ quan tỉnh'],
  ['DU-KHOI-DN', 'Đảng ủy Khối doanh nghiệp tỉnh'],
  ['DU-PHUONG-HOA-BINH', 'Đảng ủy phường Hòa Bình'],
  ['DU-XA-AN-BINH', 'Đảng ủy xã An Bình'],
  ['DU-SYT', 'Đảng ủy Sở Y tế'],
  ['BTGDV-KG', 'Phòng Khoa giáo'],
];

const row = (key: string, name: string, i: number) => ({
  key, name, assigned: 4 + i, onTrack: 2, dueSoon: 1, overdue: i % 2, doneOnTime: 1, doneLate: 0, timedOut: 0, noDeadline: 0, onTimeRate: 1,
});

test.describe('dashboard chart', () => {
  test('long unit names under the bars stay apart at 1280 and 1440 px, whole in their tooltips; the chart is no tab stop', async ({ page, request }) => {
    await signIn(page, request, 'supervisor');
    await page.route('**/api/dashboard?*', (route) => route.fulfill({
      json: { groupBy: 'unit', asOf: '2026-05-04T03:00:00Z', rows: UNITS.map(([key, name], i) => row(key, name, i)), totals: row('', 'Tổng cộng', 0) },
    }));
    for (const width of [1280, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/dashboard');
      const ticks = page.locator('.chart-box .chart-name-tick');
      await expect(ticks).toHaveCount(UNITS.length);
      expect(await ticks.locator('title').allTextContents()).toEqual(UNITS.map(([, name]) => name));
      const boxes = await ticks.locator('text').evaluateAll((texts) => texts.map((t) => t.getBoundingClientRect().toJSON() as DOMRect));
      for (let i = 1; i < boxes.length; i++) {
        expect(boxes[i].left, `${UNITS[i - 1][1]} / ${UNITS[i][1]} at ${width} px`).toBeGreaterThanOrEqual(boxes[i - 1].right);
      }
      // Long names take more than one line rather than run into their neighbours.
      expect(await ticks.first().locator('tspan').count()).toBeGreaterThan(1);
      await screenshot(page, `dashboard-names-${width}`);
    }
    const surface = page.locator('.chart-box .recharts-wrapper > svg');
    expect(await surface.evaluate((svg) => [svg.getAttribute('tabindex'), svg.getAttribute('role')])).toEqual([null, null]);
    // The same figures, in words, for keyboard and screen reader users.
    await expect(page.getByRole('table', { name: 'Bảng số liệu' })).toBeVisible();
  });
});
