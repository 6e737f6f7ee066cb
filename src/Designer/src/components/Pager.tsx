import { useTranslation } from 'react-i18next';

/** Previous and next page under a list; nothing when everything fits on one page (and the page is the first). */
export function Pager({ page, pages, onPage }: { page: number; pages: number; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  if (pages <= 1 && page <= 1) return null;
  return (
    <nav className="pager" aria-label={t('common.pages')}>
      <button type="button" className="btn" disabled={page <= 1} onClick={() => onPage(page - 1)}>{t('common.previous')}</button>
      <span>{t('common.pageOf', { page, pages: Math.max(page, pages) })}</span>
      <button type="button" className="btn" disabled={page >= pages} onClick={() => onPage(page + 1)}>{t('common.next')}</button>
    </nav>
  );
}
