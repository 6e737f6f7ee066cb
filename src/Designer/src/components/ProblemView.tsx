import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { formatMomentsIn } from '../lib/dates';

/** An API error as the user should read it: the problem's title, detail and each field's messages. */
export function ProblemView({ error, compact }: { error: unknown; compact?: boolean }) {
  const { t } = useTranslation();
  if (!error) return null;
  if (error instanceof ApiError) {
    if (error.isMissingEndpoint) {
      return (
        <div role="alert" className={`problem ${compact ? 'compact' : ''}`}>
          <strong>{t('errors.notAvailableTitle')}</strong>
          {!compact && <p>{t('errors.notAvailable', { status: error.status })}</p>}
        </div>
      );
    }
    const p = error.problem;
    return (
      <div role="alert" className={`problem ${compact ? 'compact' : ''}`}>
        <strong>{p.title || t('errors.generic')}{error.status ? ` (${error.status})` : ''}</strong>
        {p.detail && <p>{formatMomentsIn(p.detail)}</p>}
        {p.errors && (
          <ul>
            {Object.entries(p.errors).flatMap(([field, messages]) =>
              messages.map((m, i) => <li key={`${field}-${i}`}>{field ? <code>{field}</code> : null} {formatMomentsIn(m)}</li>))}
          </ul>
        )}
      </div>
    );
  }
  return <div role="alert" className="problem"><strong>{t('errors.generic')}</strong><p>{String((error as Error)?.message ?? error)}</p></div>;
}
