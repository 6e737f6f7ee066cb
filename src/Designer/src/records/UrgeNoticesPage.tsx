import { useTranslation } from 'react-i18next';

export function UrgeNoticesPage() {
  const { t } = useTranslation();
  return <section aria-labelledby="records-urge-notices"><h2 id="records-urge-notices">{t('records.tabs.urgeNotices')}</h2></section>;
}
