import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { configureApi } from '../api/client';
import { endpoints } from '../api/endpoints';
import type { CurrentUser, Role } from '../api/types';
import { hasStoredLocale, setLocale } from '../i18n';
import { hasRole, loadSession, saveSession, type Session } from './session';

interface AuthValue {
  session: Session | undefined;
  user: CurrentUser | undefined;
  login(userName: string, password: string): Promise<Session>;
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
  unauthorized: () => {
    if (!current) return;
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
  const login = useCallback(async (userName: string, password: string) => {
    const response = await endpoints.login(userName, password);
    setCurrent(response);
    // The user's own language, unless this browser already chose one.
    if (!hasStoredLocale() && (response.user.locale === 'en' || response.user.locale === 'vi')) setLocale(response.user.locale);
    return response;
  }, []);
  const logout = useCallback(() => setCurrent(undefined), []);
  const value = useMemo<AuthValue>(() => ({
    session,
    user: session?.user,
    login,
    logout,
    can: (...roles: Role[]) => hasRole(session?.user, ...roles),
  }), [session, login, logout]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}
