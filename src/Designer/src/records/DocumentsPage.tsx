import { useTranslation } from 'react-i18next';

export function DocumentsPage() {
  const { t } = useTranslation();
  return <section aria-labelledby="records-documents"><h2 id="records-documents">{t('records.tabs.documents')}</h2></section>;
}
