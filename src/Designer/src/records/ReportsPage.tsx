import { useTranslation } from 'react-i18next';

export function ReportsPage() {
  const { t } = useTranslation();
  return <section aria-labelledby="records-reports"><h2 id="records-reports">{t('records.tabs.reports')}</h2></section>;
}
