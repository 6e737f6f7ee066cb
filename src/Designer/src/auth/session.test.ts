import { describe, expect, it } from 'vitest';
import type { CurrentUser } from '../api/types';
import { hasRole, homePathFor, loadSession, navFor, saveSession } from './session';

const user = (...roles: CurrentUser['roles']): CurrentUser => ({ userName: 'u', displayName: 'U', roles });

class MemoryStorage {
  private map = new Map<string, string>();
  getItem(k: string) { return this.map.get(k) ?? null; }
  setItem(k: string, v: string) { this.map.set(k, v); }
  removeItem(k: string) { this.map.delete(k); }
}

describe('session', () => {
  it('stores and reloads a token until it expires', () => {
    const storage = new MemoryStorage() as unknown as Storage;
    saveSession({ accessToken: 't', expiresAt: new Date(Date.now() + 60_000).toISOString(), user: user('Designer') }, storage);
    expect(loadSession(storage)?.accessToken).toBe('t');
    saveSession({ accessToken: 't', expiresAt: new Date(Date.now() - 1).toISOString(), user: user('Designer') }, storage);
    expect(loadSession(storage)).toBeUndefined();
    saveSession(undefined, storage);
    expect(loadSession(storage)).toBeUndefined();
  });

  it('shows each role its areas', () => {
    expect(navFor(user('Designer')).map((n) => n.path)).toEqual(['/inbox', '/workflows', '/instances', '/records', '/dashboard']);
    expect(navFor(user('Supervisor')).map((n) => n.path)).toEqual(['/inbox', '/workflows', '/reviews', '/instances', '/records', '/dashboard']);
    expect(navFor(user('UnitOfficer')).map((n) => n.path)).toEqual(['/inbox', '/records', '/dashboard']);
    expect(navFor(user('Admin')).map((n) => n.path)).toContain('/reviews');
    expect(hasRole(user('Admin'), 'Designer')).toBe(true);
    expect(homePathFor(user('Supervisor'))).toBe('/reviews');
    expect(homePathFor(user('Viewer'))).toBe('/inbox');
  });
});
