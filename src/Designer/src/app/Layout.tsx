import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Outlet, useLocation } from 'react-router';
import { api, ApiError } from '../api/client';
import type { Role } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { homePathFor, navFor } from '../auth/session';
import { mustEnrol, TwoStepDialog, useMe } from '../auth/TwoStepDialog';
import { PasswordDialog } from '../auth/PasswordDialog';
import { setLocale } from '../i18n';
import { roleName } from '../i18n/terms';
import { useInboxWatch } from '../work/useInboxWatch';

export function RequireAuth({ roles, children }: { roles?: Role[]; children: ReactNode }) {
  const { user, can } = useAuth();
  const location = useLocation();
  const { t } = useTranslation();
  if (!user) return <Navigate to={`/login?returnTo=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (roles && !can(...roles)) {
    return (
      <main className="page" id="main">
        <h1>{t('errors.forbiddenTitle')}</h1>
        <p>{t('errors.forbidden')}</p>
      </main>
    );
  }
  return <>{children}</>;
}

export function HomeRedirect() {
  const { user } = useAuth();
  return <Navigate to={homePathFor(user)} replace />;
}

/**
 * Switches the app's language. What the server names itself (plan titles, the dashboard's names) comes in the language
 * each request asks for, so the answers read so far are asked for again.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const queries = useQueryClient();
  const next = i18n.language === 'en' ? 'vi' : 'en';
  const change = () => {
    setLocale(next);
    void queries.invalidateQueries();
  };
  return (
    <button type="button" className="btn ghost" onClick={change} aria-label={t('shell.switchLanguage')} lang={next}>
      {next === 'en' ? 'English' : 'Tiếng Việt'}
    </button>
  );
}

/** Administrators only: the Hangfire dashboard, opened in this tab once the server has given the browser its cookie. */
export function JobsDashboardLink() {
  const { t } = useTranslation();
  // The server's reason when it gives one (an administrator who must sign in with a one-time code first).
  const [failed, setFailed] = useState<string | undefined>();
  const open = async () => {
    try {
      await api.post('/api/auth/dashboard-session');
      window.location.assign('/hangfire');
    } catch (error) {
      setFailed((error instanceof ApiError && error.problem.detail) || t('shell.jobsFailed'));
    }
  };
  return (
    <>
      <button type="button" className="btn ghost" onClick={() => void open()}>{t('shell.jobs')}</button>
      {failed ? <span role="alert" className="error">{failed}</span> : null}
    </>
  );
}

/**
 * Who is signed in (name and unit, cut with an ellipsis when the bar is short; the whole of it in the tooltip), opening
 * the account's actions: the header keeps room for the navigation in both languages.
 */
export function UserMenu({ onPassword, onTwoStep, onLogout }: { onPassword: () => void; onTwoStep: () => void; onLogout: () => void }) {
  const { t, i18n } = useTranslation();
  const { user } = useAuth();
  const unit = (i18n.language === 'en' && user?.unitNameEn) || user?.unitName;
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const id = useId();
  useEffect(() => {
    if (!open) return undefined;
    const outside = (event: Event) => {
      if (!box.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('focusin', outside);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('focusin', outside);
    };
  }, [open]);
  const choose = (action: () => void) => () => {
    setOpen(false);
    action();
  };
  const who = [user?.displayName, unit].filter(Boolean).join(' · ');
  const roles = (user?.roles ?? []).map((r) => roleName(t, r)).join(', ');
  return (
    <div className="user-menu" ref={box}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          setOpen(false);
          toggle.current?.focus();
        }
      }}>
      <button type="button" ref={toggle} className="btn ghost user" aria-expanded={open} aria-controls={id} title={roles ? `${who}\n${roles}` : who}
        onClick={() => setOpen((o) => !o)}>
        <span className="user-label">
          {user?.displayName}
          {unit ? <small> · {unit}</small> : null}
        </span>
        <span aria-hidden="true" className="user-caret">▾</span>
      </button>
      <ul id={id} className="user-menu-list" hidden={!open}>
        {user?.roles.includes('Admin') ? <li><JobsDashboardLink /></li> : null}
        <li><button type="button" className="btn ghost" onClick={choose(onPassword)} aria-haspopup="dialog">{t('password.title')}</button></li>
        <li><button type="button" className="btn ghost" onClick={choose(onTwoStep)} aria-haspopup="dialog">{t('totp.title')}</button></li>
        <li><button type="button" className="btn ghost" onClick={choose(onLogout)}>{t('shell.logout')}</button></li>
      </ul>
    </div>
  );
}

/**
 * On a narrow window the navigation folds behind a menu button (styles.css decides the width); it folds again when a
 * link is followed, on Escape (the focus back on the button), and on a click or focus elsewhere.
 */
function useNavMenu() {
  const [open, setOpen] = useState(false);
  const { pathname } = useLocation();
  const bar = useRef<HTMLElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => setOpen(false), [pathname]);
  useEffect(() => {
    if (!open) return undefined;
    const outside = (event: Event) => {
      if (!bar.current?.contains(event.target as Node)) setOpen(false);
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      toggle.current?.focus();
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('focusin', outside);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('focusin', outside);
      document.removeEventListener('keydown', escape);
    };
  }, [open]);
  return { open, setOpen, bar, toggle };
}

export function Layout() {
  const { t } = useTranslation();
  const { user, logout } = useAuth();
  const { openCount } = useInboxWatch();
  const { me } = useMe();
  const [twoStepOpen, setTwoStepOpen] = useState(false);
  const [passwordOpen, setPasswordOpen] = useState(false);
  const menu = useNavMenu();
  const navId = useId();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">{t('shell.skipToContent')}</a>
      <header className={menu.open ? 'topbar menu-open' : 'topbar'} ref={menu.bar}>
        <NavLink to="/" className="brand" aria-label={t('shell.home')}>
          <span aria-hidden="true" className="brand-mark">◆</span> {t('shell.appName')}
        </NavLink>
        <button type="button" ref={menu.toggle} className="btn ghost nav-toggle" aria-expanded={menu.open} aria-controls={navId} aria-label={t('shell.menu')}
          onClick={() => menu.setOpen((o) => !o)}>
          <span aria-hidden="true">☰</span>
          {openCount ? <span className="nav-count" aria-hidden="true">{openCount > 99 ? '99+' : openCount}</span> : null}
        </button>
        <nav id={navId} aria-label={t('shell.mainNav')}>
          <ul className="nav">
            {navFor(user).map((item) => (
              <li key={item.path}>
                <NavLink to={item.path} className={({ isActive }) => (isActive ? 'active' : undefined)}
                  aria-label={item.path === '/inbox' && openCount ? `${t(item.labelKey)}, ${t('inbox.openTasks', { count: openCount })}` : undefined}>
                  {t(item.labelKey)}
                  {item.path === '/inbox' && openCount ? <span className="nav-count" aria-hidden="true">{openCount > 99 ? '99+' : openCount}</span> : null}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="topbar-end">
          <LanguageSwitch />
          <UserMenu onPassword={() => setPasswordOpen(true)} onTwoStep={() => setTwoStepOpen(true)} onLogout={logout} />
        </div>
      </header>
      {mustEnrol(me) ? (
        <div className="shell-notice" role="status">
          <p>{t('totp.notice')}</p>
          <button type="button" className="btn small" onClick={() => setTwoStepOpen(true)} aria-haspopup="dialog">{t('totp.setUpNow')}</button>
        </div>
      ) : null}
      {twoStepOpen ? <TwoStepDialog onClose={() => setTwoStepOpen(false)} /> : null}
      {passwordOpen ? <PasswordDialog onClose={() => setPasswordOpen(false)} /> : null}
      <Outlet />
    </div>
  );
}
