import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { ProblemView } from '../../components/ProblemView';
import { useEditor } from '../context';

// A refusal is shown in the dialog itself: the page's notice would sit behind the open modal.
function CommentDialog({ title, label, confirm, busy, required, error, onSubmit }: {
  title: string; label: string; confirm: string; busy: boolean; required?: boolean; error?: unknown; onSubmit: (comment: string) => void;
}) {
  const editor = useEditor();
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  return (
    <Dialog open title={title} onClose={() => editor.openDialog(undefined)}
      footer={<>
        <button type="button" className="btn" onClick={() => editor.openDialog(undefined)}>{t('common.cancel')}</button>
        <button type="button" className="btn primary" disabled={busy || (required && !comment.trim())} onClick={() => onSubmit(comment.trim())}>{confirm}</button>
      </>}>
      <label className="field"><span>{label}</span>
        <textarea rows={4} value={comment} autoFocus onChange={(e) => setComment(e.target.value)} required={required} />
      </label>
      {error ? <ProblemView error={error} compact /> : null}
    </Dialog>
  );
}

export function SubmitDialog({ busy, error, onSubmit }: { busy: boolean; error?: unknown; onSubmit: (comment: string) => void }) {
  const { t } = useTranslation();
  return <CommentDialog title={t('designer.submit')} label={t('designer.review.comment')} confirm={t('designer.submit')} busy={busy} error={error} onSubmit={onSubmit} />;
}

export function ReviewDialog({ action, busy, error, onSubmit }: { action: 'approve' | 'request-changes'; busy: boolean; error?: unknown; onSubmit: (comment: string) => void }) {
  const { t } = useTranslation();
  const title = action === 'approve' ? t('designer.approve') : t('designer.requestChanges');
  return <CommentDialog title={title} label={t('designer.review.comment')} confirm={title} busy={busy} required={action === 'request-changes'} error={error} onSubmit={onSubmit} />;
}

/** Publishing puts a version in force for every workflow started after it: asked once more, with what it does. */
export function PublishDialog({ version, saves, busy, error, onConfirm }: { version: number; saves: boolean; busy: boolean; error?: unknown; onConfirm: () => void }) {
  const editor = useEditor();
  const { t } = useTranslation();
  return (
    <Dialog open title={t('designer.publishConfirm.title')} onClose={() => editor.openDialog(undefined)}
      footer={<>
        <button type="button" className="btn" onClick={() => editor.openDialog(undefined)}>{t('common.cancel')}</button>
        <button type="button" className="btn primary" disabled={busy} onClick={onConfirm} data-autofocus>{t('designer.publish')}</button>
      </>}>
      <p>{saves ? t('designer.publishConfirm.unsaved') : t('designer.publishConfirm.body', { version })}</p>
      {error ? <ProblemView error={error} compact /> : null}
    </Dialog>
  );
}
