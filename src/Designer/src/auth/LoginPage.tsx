import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../api/client';
import { LanguageSwitch } from '../app/Layout';
import { ProblemView } from '../components/ProblemView';
import { useAuth } from './AuthContext';
import { homePathFor } from './session';

export function LoginPage() {
  const { t } = useTranslation();
  const { user, login } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [userName, setUserName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const returnTo = params.get('returnTo');
  const safeReturn = returnTo && returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : undefined;

  if (user) return <Navigate to={safeReturn ?? homePathFor(user)} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const session = await login(userName.trim(), password);
      navigate(safeReturn ?? homePathFor(session.user), { replace: true });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const wrongPassword = error instanceof ApiError && (error.status === 401 || error.status === 400);
  return (
    <main className="login" id="main">
      <form className="login-card" onSubmit={submit} aria-labelledby="login-title">
        <div className="login-head">
          <h1 id="login-title"><span aria-hidden="true" className="brand-mark">◆</span> {t('shell.appName')}</h1>
          <LanguageSwitch />
        </div>
        <p className="muted">{t('login.subtitle')}</p>
        <label className="field">
          <span>{t('login.userName')}</span>
          <input name="userName" autoComplete="username" required value={userName} onChange={(e) => setUserName(e.target.value)} autoFocus />
        </label>
        <label className="field">
          <span>{t('login.password')}</span>
          <input name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        {wrongPassword ? <p role="alert" className="error-text">{t('login.failed')}</p> : error ? <ProblemView error={error} /> : null}
        <button type="submit" className="btn primary" disabled={busy}>{busy ? t('login.signingIn') : t('login.signIn')}</button>
      </form>
    </main>
  );
}
