import { useTranslation } from 'react-i18next';

export function InspectionsPage() {
  const { t } = useTranslation();
  return <section aria-labelledby="records-inspections"><h2 id="records-inspections">{t('records.tabs.inspections')}</h2></section>;
}
