import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { vi } from './vi';
import i18n from '.';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('translations', () => {
  it('have the same keys in Vietnamese and English (plural forms aside)', () => {
    const plain = (list: string[]) => list.filter((k) => !/_(one|other)$/.test(k)).sort();
    expect(plain(keys(en))).toEqual(plain(keys(vi)));
  });

  it('call clearing a filter the same everywhere', () => {
    const value = (obj: object, path: string) => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], obj);
    // "Xóa bộ lọc" also reads as deleting a saved filter, which the inbox offers beside it.
    const clears = keys(vi).filter((k) => /(^|\.)clear$/.test(k) && !k.startsWith('designer.'));
    expect(clears.length).toBeGreaterThan(5);
    for (const k of clears) {
      expect(value(vi, k), `vi ${k}`).toBe('Bỏ lọc');
      expect(value(en, k), `en ${k}`).toBe('Clear filters');
    }
  });

  it('give every English count its singular: "1 task", not "1 tasks"', () => {
    const value = (obj: object, path: string) => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], obj);
    const all = new Set(keys(en));
    const counted = [...all].filter((k) => !/_(one|other)$/.test(k) && String(value(en, k)).includes('{{count}}') && !all.has(`${k}_one`));
    expect(counted).toEqual([]);
    expect(i18n.t('inbox.total', { lng: 'en', count: 1 })).toBe('1 task');
    expect(i18n.t('inbox.total', { lng: 'en', count: 2 })).toBe('2 tasks');
    expect(i18n.t('inbox.total', { lng: 'vi', count: 1 })).toBe('1 nhiệm vụ');
  });

  it('leave no text empty', () => {
    const value = (obj: object, path: string) => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], obj);
    for (const k of keys(vi)) expect(String(value(vi, k)).trim(), `vi ${k}`).not.toBe('');
    for (const k of keys(en)) expect(String(value(en, k)).trim(), `en ${k}`).not.toBe('');
  });
});

/** Every source file of the app, tests aside. */
function sources(dir = fileURLToPath(new URL('..', import.meta.url))): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === '__fixtures__' ? [] : sources(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

describe('keys the code uses', () => {
  // The test above compares the two dictionaries with each other, so a key the code asks for and neither has
  // (`editor.accessors` once) shows the key itself on the page. This one reads the code: every key written out in
  // t('…') must be in both. Keys built at run time (t(`task.${x}`)) go through src/i18n/terms.ts or are checked where
  // their codes are listed.
  const resolves = (dictionary: object, key: string) => {
    const at = (k: string) => k.split('.').reduce<unknown>((o, part) => (o as Record<string, unknown> | undefined)?.[part], dictionary);
    return typeof at(key) === 'string' || typeof at(`${key}_other`) === 'string' || (typeof at(key) === 'object' && at(key) !== null);
  };

  it('are in both dictionaries', () => {
    const used = new Map<string, string>();
    for (const file of sources()) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([\w.-]+)'/g)) used.set(m[1], relative(process.cwd(), file));
    }
    expect(used.size).toBeGreaterThan(300);
    const missing = [...used].filter(([key]) => !resolves(vi, key) || !resolves(en, key)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });
});
