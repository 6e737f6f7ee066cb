import { describe, expect, it } from 'vitest';
import { en } from './en';
import { vi } from './vi';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('translations', () => {
  it('have the same keys in Vietnamese and English (plural forms aside)', () => {
    const plain = (list: string[]) => list.filter((k) => !/_(one|other)$/.test(k)).sort();
    expect(plain(keys(en))).toEqual(plain(keys(vi)));
  });

  it('leave no text empty', () => {
    const value = (obj: object, path: string) => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], obj);
    for (const k of keys(vi)) expect(String(value(vi, k)).trim(), `vi ${k}`).not.toBe('');
    for (const k of keys(en)) expect(String(value(en, k)).trim(), `en ${k}`).not.toBe('');
  });
});
