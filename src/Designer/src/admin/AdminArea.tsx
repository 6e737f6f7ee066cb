import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Route, Routes } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { homePathFor } from '../auth/session';
import '../work/work.css';
import './admin.css';
import { AuditPage } from './AuditPage';
import { CalendarPage } from './CalendarPage';
import { UnitsPage } from './UnitsPage';
import { UserPage } from './UserPage';
import { UsersPage } from './UsersPage';

/** The administration pages, one tab each. */
export const ADMIN_TABS = [
  { path: 'users', labelKey: 'admin.tabs.users' },
  { path: 'units', labelKey: 'admin.tabs.units' },
  { path: 'calendar', labelKey: 'admin.tabs.calendar' },
  { path: 'audit', labelKey: 'admin.tabs.audit' },
] as const;

/**
 * Administration (`/admin/*`), a tab per page. Only administrators come in; anyone else is sent to their own first page
 * (the server refuses them the API as well).
 */
export function AdminArea() {
  const { t } = useTranslation();
  const { user } = useAuth();
  if (!user?.roles.includes('Admin')) return <Navigate to={homePathFor(user)} replace />;
  return (
    <main id="main" className="page records admin">
      <h1>{t('admin.title')}</h1>
      <nav aria-label={t('admin.title')}>
        <ul className="tabs" role="list">
          {ADMIN_TABS.map((tab) => (
            <li key={tab.path}>
              <NavLink to={`/admin/${tab.path}`} className={({ isActive }) => (isActive ? 'active' : undefined)}>{t(tab.labelKey)}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Routes>
        <Route index element={<Navigate to="users" replace />} />
        <Route path="users" element={<UsersPage />} />
        <Route path="users/:userName" element={<UserPage />} />
        <Route path="units" element={<UnitsPage />} />
        <Route path="calendar" element={<CalendarPage />} />
        <Route path="audit" element={<AuditPage />} />
        <Route path="*" element={<Navigate to="users" replace />} />
      </Routes>
    </main>
  );
}

export default AdminArea;
