import { describe, expect, it } from 'vitest';
import { pagesFor, scrollToRow, visibleWindow } from './virtual';

describe('virtualised list window', () => {
  it('draws only the rows in view plus the overscan', () => {
    const w = visibleWindow({ scrollTop: 0, viewportHeight: 400, rowHeight: 40, count: 10_000, overscan: 5 });
    expect(w).toEqual({ start: 0, end: 15, offset: 0, totalHeight: 400_000 });
  });

  it('follows the scroll position', () => {
    const w = visibleWindow({ scrollTop: 200_020, viewportHeight: 400, rowHeight: 40, count: 10_000, overscan: 3 });
    expect(w.start).toBe(5000 - 3);
    expect(w.end).toBe(5011 + 3);
    expect(w.offset).toBe(w.start * 40);
    expect(w.end - w.start).toBeLessThan(30);
  });

  it('clamps at the end and beyond it', () => {
    const w = visibleWindow({ scrollTop: 10_000_000, viewportHeight: 400, rowHeight: 40, count: 10_000, overscan: 2 });
    expect(w.end).toBe(10_000);
    expect(w.start).toBe(10_000 - 10 - 2);
  });

  it('handles short and empty lists', () => {
    expect(visibleWindow({ scrollTop: 0, viewportHeight: 400, rowHeight: 40, count: 3 })).toEqual({ start: 0, end: 3, offset: 0, totalHeight: 120 });
    expect(visibleWindow({ scrollTop: 50, viewportHeight: 400, rowHeight: 40, count: 0 })).toEqual({ start: 0, end: 0, offset: 0, totalHeight: 0 });
    expect(visibleWindow({ scrollTop: -20, viewportHeight: 400, rowHeight: 40, count: 100, overscan: 0 }).start).toBe(0);
  });

  it('names the pages that hold the drawn rows', () => {
    expect(pagesFor(0, 15, 100)).toEqual([1]);
    expect(pagesFor(95, 110, 100)).toEqual([1, 2]);
    expect(pagesFor(9990, 10_000, 100)).toEqual([100]);
    expect(pagesFor(5, 5, 100)).toEqual([]);
  });

  it('scrolls just enough to show a row', () => {
    expect(scrollToRow(0, 400, 400, 40)).toBe(0);
    expect(scrollToRow(20, 0, 400, 40)).toBe(840 - 400);
    expect(scrollToRow(12, 400, 400, 40)).toBe(400);
  });
});
