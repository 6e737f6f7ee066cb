import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasIcon } from './Icon';

// Every icon an activity names on the server (ActivityType's Icon = "…") is drawn, not the stand-in box.
const folder = resolve(process.cwd(), '../../src/Workflows');
const named = readdirSync(folder, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.cs'))
  .flatMap((f) => [...readFileSync(resolve(folder, f), 'utf8').matchAll(/\bIcon = "([a-z-]+)"/g)].map((m) => m[1]));

describe('icons', () => {
  it('draws every icon the activities name', () => {
    expect(named.length).toBeGreaterThan(20);
    expect([...new Set(named)].filter((name) => !hasIcon(name))).toEqual([]);
  });
});
