import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <main className="page" id="main">
      <h1>{t('errors.notFoundTitle')}</h1>
      <p><Link to="/">{t('shell.home')}</Link></p>
    </main>
  );
}
