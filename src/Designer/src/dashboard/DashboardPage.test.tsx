// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NameTick, TICK_LINES } from './DashboardPage';

// jsdom lays nothing out: text measures 6 px a character, which is what the chart's wrapping reads.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    const width = (this.textContent ?? '').length * 6;
    return { width, height: 13, x: 0, y: 0, top: 0, left: 0, right: width, bottom: 13, toJSON: () => ({}) } as DOMRect;
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function tick(name: string, axisWidth: number, count: number) {
  const { container } = render(<svg><NameTick x={50} y={10} width={axisWidth} visibleTicksCount={count} payload={{ value: name }} /></svg>);
  return {
    title: container.querySelector('title')?.textContent,
    lines: [...container.querySelectorAll('tspan')].map((line) => line.textContent ?? ''),
  };
}

describe('names under the dashboard chart', () => {
  it('wrap a long name onto lines as wide as its share of the axis', () => {
    // Seven names on 840 px: 120 px each, less a gap, is 18 characters a line.
    const { title, lines } = tick('Ban Tuyên giáo và Dân vận Tỉnh ủy', 840, 7);

    expect(title).toBe('Ban Tuyên giáo và Dân vận Tỉnh ủy');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Ban Tuyên giáo và Dân vận Tỉnh ủy');
    for (const line of lines) expect(line.length * 6).toBeLessThanOrEqual(112);
  });

  it('end a name too long for its lines in an ellipsis, the whole name staying in the tooltip', () => {
    const name = 'Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh trực thuộc Ban Thường vụ Tỉnh ủy nhiệm kỳ 2025–2030';
    const { title, lines } = tick(name, 560, 7);

    expect(title).toBe(name);
    expect(lines).toHaveLength(TICK_LINES);
    expect(lines.at(-1)).toMatch(/…$/);
  });

  it('keep a short name on one line', () => {
    expect(tick('Phòng Khoa giáo', 840, 7).lines).toEqual(['Phòng Khoa giáo']);
  });
});
