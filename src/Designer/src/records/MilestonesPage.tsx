import { useTranslation } from 'react-i18next';

export function MilestonesPage() {
  const { t } = useTranslation();
  return <section aria-labelledby="records-milestones"><h2 id="records-milestones">{t('records.tabs.milestones')}</h2></section>;
}
