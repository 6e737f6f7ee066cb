import { useState, type ReactNode } from 'react';

/**
 * A side panel that a narrow window folds away behind a button (styles.css decides the width; a wide window shows the
 * panel and hides the button). Folded by default, so a phone shows the list first; the button tells how many of the
 * panel's settings are in force.
 */
export function FoldAway({ id, label, count = 0, className, children }: { id: string; label: string; count?: number; className?: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn fold-toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        {label}
        {count > 0 ? <>{' '}<span className="fold-count">{count}</span></> : null}
        <span aria-hidden="true" className="fold-caret">{open ? '▴' : '▾'}</span>
      </button>
      <aside id={id} className={[className, 'fold', open ? 'open' : undefined].filter(Boolean).join(' ')}>{children}</aside>
    </>
  );
}
