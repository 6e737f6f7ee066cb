import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A modal dialog on the native <dialog>: focus trapped, Escape closes, focus returns where it was. */
export function Dialog({ open, title, onClose, children, className, footer }: {
  open: boolean; title: string; onClose: () => void; children: ReactNode; className?: string; footer?: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const { t } = useTranslation();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      const previous = document.activeElement as HTMLElement | null;
      dialog.showModal();
      // showModal focuses the first focusable element (the close button); the first field is what people type into.
      (dialog.querySelector<HTMLElement>('.dialog-body [data-autofocus]')
        ?? dialog.querySelector<HTMLElement>('.dialog-body input, .dialog-body textarea, .dialog-body select'))?.focus();
      return () => {
        if (dialog.open) dialog.close();
        previous?.focus?.();
      };
    }
  }, [open]);
  if (!open) return null;
  return (
    <dialog ref={ref} className={`dialog ${className ?? ''}`} aria-label={title} onCancel={(e) => { e.preventDefault(); onClose(); }}>
      <header className="dialog-head">
        <h2>{title}</h2>
        <button type="button" className="btn ghost icon" onClick={onClose} aria-label={t('common.close')}>✕</button>
      </header>
      <div className="dialog-body">{children}</div>
      {footer && <footer className="dialog-foot">{footer}</footer>}
    </dialog>
  );
}
