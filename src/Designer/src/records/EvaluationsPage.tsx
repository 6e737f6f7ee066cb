import { useTranslation } from 'react-i18next';

export function EvaluationsPage() {
  const { t } = useTranslation();
  return <section aria-labelledby="records-evaluations"><h2 id="records-evaluations">{t('records.tabs.evaluations')}</h2></section>;
}
