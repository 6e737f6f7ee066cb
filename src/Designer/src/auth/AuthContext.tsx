import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { configureApi } from '../api/client';
import { endpoints } from '../api/endpoints';
import type { CurrentUser, Role, TokenResponse } from '../api/types';
import { hasStoredLocale, setLocale } from '../i18n';
import { hasRole, loadSession, saveSession, type Session } from './session';

interface AuthValue {
  session: Session | undefined;
  user: CurrentUser | undefined;
  /** Signs in; `totp` is the authenticator app's one-time code, once the server has asked for it. */
  login(userName: string, password: string, totp?: string): Promise<Session>;
  /** A fresh token the server handed out for this user (switching two-step sign-in on ends every other session). */
  replaceSession(response: TokenResponse): void;
  logout(): void;
  can(...roles: Role[]): boolean;
}

const AuthContext = createContext<AuthValue | undefined>(undefined);

let current: Session | undefined = loadSession();
const listeners = new Set<(s: Session | undefined) => void>();

function setCurrent(session: Session | undefined) {
  current = session;
  saveSession(session);
  listeners.forEach((l) => l(session));
}

configureApi({
  token: () => current?.accessToken,
  unauthorized: (token) => {
    // A request sent with a token that has since been replaced says nothing about the current one.
    if (!current || (token && token !== current.accessToken)) return;
    setCurrent(undefined);
    const back = window.location.pathname + window.location.search;
    if (!window.location.pathname.startsWith('/login')) window.location.assign(`/login?returnTo=${encodeURIComponent(back)}`);
  },
});

export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState(current);
  useMemo(() => {
    listeners.clear();
    listeners.add(setSession);
  }, []);
  const login = useCallback(async (userName: string, password: string, totp?: string) => {
    const response = await endpoints.login(userName, password, totp);
    setCurrent(response);
    // The user's own language, unless this browser already chose one.
    if (!hasStoredLocale() && (response.user.locale === 'en' || response.user.locale === 'vi')) setLocale(response.user.locale);
    return response;
  }, []);
  const replaceSession = useCallback((response: TokenResponse) => setCurrent(response), []);
  const logout = useCallback(() => setCurrent(undefined), []);
  const value = useMemo<AuthValue>(() => ({
    session,
    user: session?.user,
    login,
    replaceSession,
    logout,
    can: (...roles: Role[]) => hasRole(session?.user, ...roles),
  }), [session, login, replaceSession, logout]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}
