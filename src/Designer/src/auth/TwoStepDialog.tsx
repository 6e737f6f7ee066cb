import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { endpoints } from '../api/endpoints';
import type { CurrentUser, TotpSetup } from '../api/types';
import { Dialog } from '../components/Dialog';
import { Loading } from '../components/Loading';
import { ProblemView } from '../components/ProblemView';
import { useAuth } from './AuthContext';
import { CODE_LENGTH, cleanCode, fieldMessage, groupSecret, qrPath } from './totp';

const meKey = (userName: string | undefined) => ['auth-me', userName] as const;

/**
 * The signed-in user as the server knows them now (two-step sign-in state included): the session's copy until the
 * server answers, or when it cannot.
 */
export function useMe(): { me: CurrentUser | undefined; loading: boolean } {
  const { user } = useAuth();
  const query = useQuery({
    queryKey: meKey(user?.userName),
    queryFn: ({ signal }) => endpoints.me(signal),
    enabled: !!user,
    retry: false,
    staleTime: 60_000,
  });
  return { me: user ? { ...user, ...query.data } : undefined, loading: query.isPending && query.isFetching };
}

/** An administrator who must sign in with a code and has no authenticator app yet. */
export function mustEnrol(user: CurrentUser | undefined): boolean {
  return !!user?.totpRequired && !user.totpEnrolled;
}

/** The QR code of an otpauth URI, drawn as SVG. */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { size, d } = useMemo(() => qrPath(text), [text]);
  return (
    <svg className="totp-qr" role="img" aria-label={label} viewBox={`0 0 ${size} ${size}`} width={size * 5} height={size * 5}
      shapeRendering="crispEdges" data-otpauth={text}>
      <rect width={size} height={size} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}

function CodeField({ value, onChange, message, label }: { value: string; onChange: (v: string) => void; message?: string; label: string }) {
  return (
    <label className="field">
      <span>{label}</span>
      <input name="code" inputMode="numeric" autoComplete="one-time-code" pattern={`[0-9]{${CODE_LENGTH}}`} required
        value={value} onChange={(e) => onChange(cleanCode(e.target.value))} className="code-input" data-autofocus
        aria-invalid={message ? true : undefined} aria-describedby={message ? 'totp-code-message' : undefined} />
      {message ? <small id="totp-code-message" role="alert" className="error-text">{message}</small> : null}
    </label>
  );
}

/**
 * Two-step sign-in for the signed-in user: set up an authenticator app (QR code, the secret for typing in, the first
 * code), or turn it off with a current code. Switching it on ends every other session and hands this one a new token.
 */
export function TwoStepDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { user, replaceSession } = useAuth();
  const queryClient = useQueryClient();
  const { me, loading } = useMe();
  const [setup, setSetup] = useState<TotpSetup>();
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState<'setup' | 'confirm' | 'disable'>();
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState<'enabledNow' | 'disabledNow'>();

  const codeMessage = fieldMessage(error, 'code');
  const otherError = error && !codeMessage ? error : undefined;

  async function run(kind: 'setup' | 'confirm' | 'disable', work: () => Promise<void>) {
    setBusy(kind);
    setError(undefined);
    try {
      await work();
    } catch (e) {
      setError(e);
      setCode('');
    } finally {
      setBusy(undefined);
    }
  }

  const start = () => run('setup', async () => {
    setDone(undefined);
    setSetup(await endpoints.totpSetup());
    setCode('');
  });

  const confirm = (event: FormEvent) => {
    event.preventDefault();
    void run('confirm', async () => {
      const response = await endpoints.totpConfirm(code);
      // The old token has ended with every other session: from here on the app speaks with this one.
      replaceSession(response);
      queryClient.setQueryData<CurrentUser>(meKey(response.user.userName), (old) => ({ ...old, ...response.user, totpEnrolled: true }));
      void queryClient.invalidateQueries({ queryKey: ['auth-me'] });
      setSetup(undefined);
      setCode('');
      setDone('enabledNow');
    });
  };

  const disable = (event: FormEvent) => {
    event.preventDefault();
    void run('disable', async () => {
      await endpoints.totpDisable(code);
      queryClient.setQueryData<CurrentUser>(meKey(user?.userName), (old) => (old ? { ...old, totpEnrolled: false } : old));
      void queryClient.invalidateQueries({ queryKey: ['auth-me'] });
      setCode('');
      setDone('disabledNow');
    });
  };

  let body;
  if (!me || (loading && me.totpEnrolled === undefined)) {
    body = <Loading />;
  } else if (me.totpEnrolled) {
    body = (
      <form onSubmit={disable} className="totp">
        <p className="ok-text">{t('totp.enabled')}</p>
        {me.totpRequired ? <p className="muted">{t('totp.required')}</p> : null}
        <p>{t('totp.disableHint')}</p>
        <CodeField value={code} onChange={setCode} message={codeMessage} label={t('totp.code')} />
        {otherError ? <ProblemView error={otherError} /> : null}
        <button type="submit" className="btn danger" disabled={!!busy}>{busy === 'disable' ? t('totp.disabling') : t('totp.disable')}</button>
      </form>
    );
  } else if (!setup) {
    body = (
      <div className="totp">
        <p>{t('totp.intro')}</p>
        {me.totpRequired ? <p className="warning-text">{t('totp.required')}</p> : null}
        {otherError ? <ProblemView error={otherError} /> : null}
        <button type="button" className="btn primary" onClick={() => void start()} disabled={!!busy} data-autofocus>
          {busy === 'setup' ? t('totp.starting') : t('totp.start')}
        </button>
      </div>
    );
  } else {
    body = (
      <form onSubmit={confirm} className="totp">
        <p>{t('totp.scan')}</p>
        <div className="totp-setup">
          <QrCode text={setup.otpauthUri} label={t('totp.qr')} />
          <div>
            <p className="field"><span>{t('totp.secret')}</span>
              <code className="totp-secret" data-testid="totp-secret">{groupSecret(setup.secret)}</code>
            </p>
            <CodeField value={code} onChange={setCode} message={codeMessage} label={t('totp.code')} />
            {otherError ? <ProblemView error={otherError} /> : null}
            <div className="actions">
              <button type="submit" className="btn primary" disabled={!!busy}>{busy === 'confirm' ? t('totp.confirming') : t('totp.confirm')}</button>
              <button type="button" className="btn ghost" onClick={() => void start()} disabled={!!busy}>{t('totp.restart')}</button>
            </div>
          </div>
        </div>
      </form>
    );
  }

  return (
    <Dialog open title={t('totp.title')} onClose={onClose} className="totp-dialog">
      {done ? <p role="status" className="totp-done">{t(`totp.${done}`)}</p> : null}
      {body}
    </Dialog>
  );
}
