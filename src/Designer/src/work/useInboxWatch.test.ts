import { describe, expect, it } from 'vitest';
import { arrivals } from './useInboxWatch';

describe('inbox watch', () => {
  it('announces nothing on the first poll, then only what is new', () => {
    expect(arrivals(undefined, [{ id: 'a' }, { id: 'b' }])).toEqual([]);
    expect(arrivals(new Set(['a', 'b']), [{ id: 'c' }, { id: 'a' }])).toEqual([{ id: 'c' }]);
    expect(arrivals(new Set(['a']), [{ id: 'a' }])).toEqual([]);
  });
});
