import { useEffect, useReducer, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../api/client';
import { LanguageSwitch } from '../app/Layout';
import { ProblemView } from '../components/ProblemView';
import { useAuth } from './AuthContext';
import { homePathFor } from './session';
import { CODE_LENGTH, initialLogin, loginReducer, loginRequest } from './totp';

export function LoginPage() {
  const { t } = useTranslation();
  const { user, login } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [state, dispatch] = useReducer(loginReducer, initialLogin);
  const [password, setPassword] = useState('');
  const codeField = useRef<HTMLInputElement>(null);
  const { userName, needsCode, code, codeMessage, codeRejected, error, busy } = state;
  const returnTo = params.get('returnTo');
  const safeReturn = returnTo && returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : undefined;

  // The code field takes the focus when the server asks for a code: when it appears, and again after a wrong one.
  const askedForCode = !busy && needsCode && !!codeMessage && !error;
  useEffect(() => {
    if (askedForCode) codeField.current?.focus();
  }, [askedForCode]);

  if (user) return <Navigate to={safeReturn ?? homePathFor(user)} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const sent = loginRequest(state, password);
    dispatch({ type: 'submit' });
    try {
      const session = await login(sent.userName, sent.password, sent.totp);
      dispatch({ type: 'succeeded' });
      navigate(safeReturn ?? homePathFor(session.user), { replace: true });
    } catch (e) {
      dispatch({ type: 'failed', error: e, sentCode: sent.totp !== undefined });
    }
  }

  const wrongPassword = error instanceof ApiError && (error.status === 401 || error.status === 400);
  // The server says why a sign-in was refused (a wrong password, a disabled or locked account), in the page's language.
  const reason = error instanceof ApiError && error.status === 401 && !error.problem.errors && error.problem.title
    && !/^unauthorized$/i.test(error.problem.title.trim()) ? error.problem.title : undefined;
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
          <input name="userName" autoComplete="username" required value={userName} onChange={(e) => dispatch({ type: 'userName', value: e.target.value })} autoFocus />
        </label>
        <label className="field">
          <span>{t('login.password')}</span>
          <input name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        {needsCode ? (
          <label className="field">
            <span>{t('login.code')}</span>
            <input ref={codeField} name="totp" inputMode="numeric" autoComplete="one-time-code" pattern={`[0-9]{${CODE_LENGTH}}`}
              required value={code} onChange={(e) => dispatch({ type: 'code', value: e.target.value })}
              aria-describedby="login-code-message" aria-invalid={codeRejected || undefined} className="code-input" />
            <small id="login-code-message" role="alert" className={codeRejected ? 'error-text' : 'muted'}>{codeMessage}</small>
          </label>
        ) : null}
        {wrongPassword ? <p role="alert" className="error-text">{reason ?? t('login.failed')}</p> : error ? <ProblemView error={error} /> : null}
        <button type="submit" className="btn primary" disabled={busy}>{busy ? t('login.signingIn') : t('login.signIn')}</button>
      </form>
    </main>
  );
}
