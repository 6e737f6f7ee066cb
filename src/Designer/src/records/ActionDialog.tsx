import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../components/Dialog';
import { ProblemView } from '../components/ProblemView';
import { canConfirm, commentRequired, type RecordDecision } from './progress';

/**
 * One decision on a record (approve or return a milestone; submit, accept or return a unit's report; report, verify
 * or send back a remediation action): a comment, required to return or send back, and the button that sends it. The
 * server's refusal (403, 409, 400 with its fields) stays in the dialog so the user reads it where they acted.
 */
export function ActionDialog({ title, subject, action, confirmLabel, pending, error, hint, onConfirm, onClose }: {
  title: string;
  /** What is decided on: the milestone, the report and unit, or the remediation action and its unit. */
  subject: string;
  action: RecordDecision;
  confirmLabel: string;
  pending: boolean;
  error: unknown;
  hint?: string;
  onConfirm: (comment: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const required = commentRequired(action);
  const ready = canConfirm(action, comment) && !pending;
  const send = () => {
    if (ready) onConfirm(comment.trim());
  };
  return (
    <Dialog open title={title} onClose={onClose}
      footer={<>
        <button type="button" className="btn" onClick={onClose}>{t('common.cancel')}</button>
        <button type="button" className={`btn ${required ? 'danger' : 'primary'}`} disabled={!ready} onClick={send} data-action={action}>{confirmLabel}</button>
      </>}>
      <form className="dialog-form work-form" onSubmit={(e) => { e.preventDefault(); send(); }}>
        <p className="records-subject">{subject}</p>
        <label>{required ? t('records.commentRequired') : t('records.commentOptional')}
          <textarea value={comment} onChange={(e) => setComment(e.target.value)} maxLength={4000} required={required} aria-required={required || undefined}
            aria-describedby={required && !comment.trim() ? 'records-comment-hint' : undefined} />
        </label>
        {required && !comment.trim() && <p id="records-comment-hint" className="muted">{t('records.commentHint')}</p>}
        {hint && <p className="muted">{hint}</p>}
        {error ? <ProblemView error={error} /> : null}
      </form>
    </Dialog>
  );
}
