import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { endpoints } from '../api/endpoints';
import { Dialog } from '../components/Dialog';
import { ProblemView } from '../components/ProblemView';
import { useAuth } from './AuthContext';
import { fieldMessage } from './totp';

/**
 * Changes the signed-in user's password. The server ends every other session of the user and answers with a fresh
 * token for this one, which the app keeps using.
 */
export function PasswordDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { replaceSession } = useAuth();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState(false);
  const mismatch = repeat.length > 0 && next !== repeat;
  const currentMessage = fieldMessage(error, 'currentPassword');
  const newMessage = fieldMessage(error, 'newPassword');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (mismatch) return;
    setBusy(true);
    setError(undefined);
    try {
      replaceSession(await endpoints.changePassword(current, next));
      setDone(true);
      setCurrent('');
      setNext('');
      setRepeat('');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open title={t('password.title')} onClose={onClose}>
      {done ? <p role="status" className="success">{t('password.done')}</p> : null}
      <form onSubmit={(e) => void submit(e)} className="stack">
        <label>
          {t('password.current')}
          <input type="password" autoComplete="current-password" required value={current} onChange={(e) => setCurrent(e.target.value)}
            aria-invalid={!!currentMessage} aria-describedby={currentMessage ? 'password-current-error' : undefined} />
        </label>
        {currentMessage ? <p id="password-current-error" className="error">{currentMessage}</p> : null}
        <label>
          {t('password.new')}
          <input type="password" autoComplete="new-password" required value={next} onChange={(e) => setNext(e.target.value)}
            aria-invalid={!!newMessage} aria-describedby={newMessage ? 'password-new-error' : undefined} />
        </label>
        {newMessage ? <p id="password-new-error" className="error">{newMessage}</p> : null}
        <label>
          {t('password.repeat')}
          <input type="password" autoComplete="new-password" required value={repeat} onChange={(e) => setRepeat(e.target.value)}
            aria-invalid={mismatch} aria-describedby={mismatch ? 'password-repeat-error' : undefined} />
        </label>
        {mismatch ? <p id="password-repeat-error" className="error">{t('password.mismatch')}</p> : null}
        {error && !currentMessage && !newMessage ? <ProblemView error={error} /> : null}
        <div className="actions">
          <button type="submit" className="btn primary" disabled={busy || mismatch || !current || !next}>{busy ? t('password.saving') : t('password.save')}</button>
        </div>
      </form>
    </Dialog>
  );
}
