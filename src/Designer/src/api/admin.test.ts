// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { admin } from './admin';
import { configureApi } from './client';

afterEach(() => vi.unstubAllGlobals());

describe('admin.assignments', () => {
  it("reads every page of a user's assignments", async () => {
    configureApi({ token: () => 'tok', unauthorized: () => {} });
    const row = (id: string) => ({ id, userName: 'an', unitId: 'U', role: 'Clerk', validFrom: '2026-01-01', isActive: true });
    const pages: Record<string, unknown> = {
      '1': { items: [row('a'), row('b')], total: 3, page: 1, pageSize: 100 },
      '2': { items: [row('c')], total: 3, page: 2, pageSize: 100 },
    };
    const fetch = vi.fn(async (url: string) => {
      const page = new URL(url, 'http://x').searchParams.get('page')!;
      return new Response(JSON.stringify(pages[page]), { status: 200, headers: { 'content-type': 'application/json' } });
    });
    vi.stubGlobal('fetch', fetch);

    const all = await admin.assignments('an');

    expect(all.map((a) => a.id)).toEqual(['a', 'b', 'c']);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(String(fetch.mock.calls[0][0])).toContain('userName=an&pageSize=100&page=1');
  });
});
