import { useTranslation } from 'react-i18next';

function Placeholder({ titleKey, bodyKey }: { titleKey: string; bodyKey: string }) {
  const { t } = useTranslation();
  return (
    <main className="page" id="main">
      <h1>{t(titleKey)}</h1>
      <p className="muted">{t(bodyKey)}</p>
    </main>
  );
}

export const InboxPage = () => <Placeholder titleKey="nav.inbox" bodyKey="placeholders.inbox" />;
export const InstancesPage = () => <Placeholder titleKey="nav.instances" bodyKey="placeholders.instances" />;
export const DashboardPage = () => <Placeholder titleKey="nav.dashboard" bodyKey="placeholders.dashboard" />;
