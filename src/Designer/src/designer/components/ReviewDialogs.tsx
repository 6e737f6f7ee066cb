import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { useEditor } from '../context';

function CommentDialog({ title, label, confirm, busy, required, onSubmit }: { title: string; label: string; confirm: string; busy: boolean; required?: boolean; onSubmit: (comment: string) => void }) {
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
    </Dialog>
  );
}

export function SubmitDialog({ busy, onSubmit }: { busy: boolean; onSubmit: (comment: string) => void }) {
  const { t } = useTranslation();
  return <CommentDialog title={t('designer.submit')} label={t('designer.review.comment')} confirm={t('designer.submit')} busy={busy} onSubmit={onSubmit} />;
}

export function ReviewDialog({ action, busy, onSubmit }: { action: 'approve' | 'request-changes'; busy: boolean; onSubmit: (comment: string) => void }) {
  const { t } = useTranslation();
  const title = action === 'approve' ? t('designer.approve') : t('designer.requestChanges');
  return <CommentDialog title={title} label={t('designer.review.comment')} confirm={title} busy={busy} required={action === 'request-changes'} onSubmit={onSubmit} />;
}
