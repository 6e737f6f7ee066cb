import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
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

export function Layout() {
  const { t } = useTranslation();
  const { user, logout } = useAuth();
  const { openCount } = useInboxWatch();
  const { me } = useMe();
  const [twoStepOpen, setTwoStepOpen] = useState(false);
  const [passwordOpen, setPasswordOpen] = useState(false);
  return (
    <div className="shell">
      <a className="skip-link" href="#main">{t('shell.skipToContent')}</a>
      <header className="topbar">
        <NavLink to="/" className="brand" aria-label={t('shell.home')}>
          <span aria-hidden="true" className="brand-mark">◆</span> {t('shell.appName')}
        </NavLink>
        <nav aria-label={t('shell.mainNav')}>
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
          {user?.roles.includes('Admin') ? <JobsDashboardLink /> : null}
          <LanguageSwitch />
          <span className="user" title={user?.roles.map((r) => roleName(t, r)).join(', ')}>
            {user?.displayName}
            {user?.unitName ? <small> · {user.unitName}</small> : null}
          </span>
          <button type="button" className="btn ghost" onClick={() => setPasswordOpen(true)} aria-haspopup="dialog">{t('password.title')}</button>
          <button type="button" className="btn ghost" onClick={() => setTwoStepOpen(true)} aria-haspopup="dialog">{t('totp.title')}</button>
          <button type="button" className="btn ghost" onClick={logout}>{t('shell.logout')}</button>
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
