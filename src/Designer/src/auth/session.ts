import type { CurrentUser, Role, TokenResponse } from '../api/types';

const KEY = 'supervision.session';

export interface Session { accessToken: string; expiresAt: string; user: CurrentUser }

export function loadSession(storage: Storage | undefined = globalThis.localStorage): Session | undefined {
  try {
    const text = storage?.getItem(KEY);
    if (!text) return undefined;
    const session = JSON.parse(text) as Session;
    if (!session.accessToken || !session.user) return undefined;
    if (session.expiresAt && Date.parse(session.expiresAt) <= Date.now()) return undefined;
    return session;
  } catch {
    return undefined;
  }
}

export function saveSession(response: TokenResponse | undefined, storage: Storage | undefined = globalThis.localStorage): void {
  if (!storage) return;
  if (response) storage.setItem(KEY, JSON.stringify(response));
  else storage.removeItem(KEY);
}

export function hasRole(user: CurrentUser | undefined, ...roles: Role[]): boolean {
  if (!user) return false;
  return user.roles.includes('Admin') || roles.some((r) => user.roles.includes(r));
}

/** Where a user lands after signing in: the first area their roles open. */
export function homePathFor(user: CurrentUser | undefined): string {
  if (hasRole(user, 'Designer')) return '/workflows';
  if (hasRole(user, 'Supervisor')) return '/reviews';
  return '/inbox';
}

export interface NavItem { path: string; labelKey: string; roles?: Role[] }

/** The navigation, by role; pages other areas fill in later are open to every signed-in user. */
export const NAV_ITEMS: NavItem[] = [
  { path: '/inbox', labelKey: 'nav.inbox' },
  { path: '/workflows', labelKey: 'nav.workflows', roles: ['Designer', 'Supervisor'] },
  { path: '/reviews', labelKey: 'nav.reviews', roles: ['Supervisor'] },
  { path: '/instances', labelKey: 'nav.instances', roles: ['Designer', 'Supervisor', 'Viewer'] },
  { path: '/records', labelKey: 'nav.records' },
  { path: '/dashboard', labelKey: 'nav.dashboard' },
  { path: '/admin', labelKey: 'admin.nav', roles: ['Admin'] },
];

export function navFor(user: CurrentUser | undefined): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.roles || hasRole(user, ...item.roles));
}
