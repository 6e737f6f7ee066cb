import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';
import { ProblemView } from './ProblemView';

/** Asks before an action that cannot simply be taken back; the server's refusal stays in the dialog, where it was asked. */
export function ConfirmDialog({ title, children, confirmLabel, danger, pending, error, onConfirm, onClose }: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog open title={title} onClose={onClose}
      footer={<>
        <button type="button" className="btn" onClick={onClose}>{t('common.cancel')}</button>
        <button type="button" className={`btn ${danger ? 'danger' : 'primary'}`} disabled={pending} onClick={onConfirm}>
          {pending ? t('common.working') : confirmLabel}
        </button>
      </>}>
      <div className="dialog-form">
        {children}
        {error ? <ProblemView error={error} /> : null}
      </div>
    </Dialog>
  );
}
