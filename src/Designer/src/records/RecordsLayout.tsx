import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';

/** The records the supervision cycle leaves behind, one tab each: what the workflows recorded, as the user may see it. */
export const RECORD_TABS = [
  { path: 'plans', labelKey: 'records.tabs.plans' },
  { path: 'work-tasks', labelKey: 'records.tabs.workTasks' },
  { path: 'milestones', labelKey: 'records.tabs.milestones' },
  { path: 'reports', labelKey: 'records.tabs.reports' },
  { path: 'urge-notices', labelKey: 'records.tabs.urgeNotices' },
  { path: 'inspections', labelKey: 'records.tabs.inspections' },
  { path: 'evaluations', labelKey: 'records.tabs.evaluations' },
  { path: 'documents', labelKey: 'records.tabs.documents' },
] as const;

export function RecordsLayout() {
  const { t } = useTranslation();
  return (
    <main id="main" className="page records">
      <h1>{t('records.title')}</h1>
      <nav aria-label={t('records.title')}>
        <ul className="tabs" role="list">
          {RECORD_TABS.map((tab) => (
            <li key={tab.path}>
              <NavLink to={`/records/${tab.path}`} className={({ isActive }) => (isActive ? 'active' : undefined)}>{t(tab.labelKey)}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </main>
  );
}
