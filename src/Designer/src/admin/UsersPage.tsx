import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { admin, APP_ROLES, type AdminUser } from '../api/admin';
import { Dialog } from '../components/Dialog';
import { Loading } from '../components/Loading';
import { Pager } from '../components/Pager';
import { ProblemView } from '../components/ProblemView';
import { roleName } from '../i18n/terms';
import { formatInstant } from '../lib/dates';
import { code, oneOf, readFilter, text, writeFilter, type FilterOf } from '../records/addressBar';
import { pageCount } from '../records/common';
import { DebouncedInput } from '../records/OversightParts';
import { UnitSelect } from './UnitSelect';
import { UserForm } from './UserForm';
import { createPayload, NEW_USER } from './users';

export const USERS_PAGE_SIZE = 20;

const USER_FILTER = { search: text(200), role: oneOf(APP_ROLES), unitId: code(128), active: oneOf(['true']) };

/** The query for a page of users: `active` asks the server to leave disabled accounts out. */
export function usersQuery(filter: FilterOf<typeof USER_FILTER>): URLSearchParams {
  const query = new URLSearchParams();
  if (filter.search) query.set('search', filter.search);
  if (filter.role) query.set('role', filter.role);
  if (filter.unitId) query.set('unitId', filter.unitId);
  if (filter.active) query.set('includeDisabled', 'false');
  query.set('page', String(filter.page));
  query.set('pageSize', String(USERS_PAGE_SIZE));
  return query;
}

/** The accounts: by name (marks ignored), system role and unit, a page at a time; a new account from here. */
export function UsersPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => readFilter(USER_FILTER, params), [params]);
  const setFilter = (next: typeof filter) => setParams(writeFilter(USER_FILTER, next), { replace: true });
  const change = (key: keyof typeof USER_FILTER, value: string) => setFilter({ ...filter, [key]: value, page: 1 });
  const query = usersQuery(filter);
  const list = useQuery({
    queryKey: ['admin', 'users', query.toString()],
    queryFn: ({ signal }) => admin.users(query, signal),
    placeholderData: (previous) => previous,
  });
  const [creating, setCreating] = useState(false);
  const items = list.data?.items ?? [];
  const unit = (u: AdminUser) => (i18n.language === 'en' && u.unitNameEn) || u.unitName || u.unitId || '';

  return (
    <section aria-labelledby="admin-users" className="record-page">
      <header className="page-head">
        <h2 id="admin-users">{t('admin.tabs.users')}</h2>
        <div className="actions">
          {list.data && <span className="muted" aria-live="polite">{t('admin.users.total', { count: list.data.total })}</span>}
          <button type="button" className="btn primary" onClick={() => setCreating(true)} aria-haspopup="dialog">{t('admin.users.create')}</button>
        </div>
      </header>
      <form className="dash-controls record-filters" role="search" aria-label={t('admin.users.filters')} onSubmit={(e) => e.preventDefault()}>
        <DebouncedInput label={t('admin.users.search')} type="search" value={filter.search} maxLength={200} placeholder={t('admin.users.searchHint')}
          onCommit={(v) => change('search', v)} />
        <label>{t('admin.users.role')}
          <select value={filter.role} onChange={(e) => change('role', e.target.value)}>
            <option value="">{t('common.all')}</option>
            {APP_ROLES.map((r) => <option key={r} value={r}>{roleName(t, r)}</option>)}
          </select>
        </label>
        <label>{t('admin.users.unit')}
          <UnitSelect value={filter.unitId} onChange={(id) => change('unitId', id)} empty={t('common.all')} />
        </label>
        <label className="check-label">
          <input type="checkbox" checked={!!filter.active} onChange={(e) => change('active', e.target.checked ? 'true' : '')} />
          {t('admin.users.activeOnly')}
        </label>
      </form>

      {list.isPending ? <Loading /> : list.error ? <ProblemView error={list.error} /> : items.length === 0 ? (
        <p className="muted empty">{t('admin.users.empty')}</p>
      ) : (
        <table className="table record-table" aria-label={t('admin.users.table')} aria-busy={list.isFetching || undefined}>
          <thead>
            <tr>
              <th scope="col">{t('admin.users.userName')}</th>
              <th scope="col">{t('admin.users.displayName')}</th>
              <th scope="col">{t('admin.users.unit')}</th>
              <th scope="col">{t('admin.users.roles')}</th>
              <th scope="col">{t('admin.users.state')}</th>
              <th scope="col">{t('admin.users.lastLogin')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((u) => (
              <tr key={u.id} data-user={u.userName} className={u.isDisabled ? 'disabled' : undefined}>
                <th scope="row"><Link to={`/admin/users/${encodeURIComponent(u.userName)}`} className="mono">{u.userName}</Link></th>
                <td>{u.displayName}</td>
                <td>{unit(u)}</td>
                <td>{u.roles.map((r) => roleName(t, r)).join(', ')}</td>
                <td><UserStateBadges user={u} /></td>
                <td className="nowrap">{formatInstant(u.lastLoginAt) || <span className="muted">—</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager page={filter.page} pages={pageCount(list.data?.total, USERS_PAGE_SIZE)} onPage={(page) => setFilter({ ...filter, page })} />
      {creating ? <CreateUserDialog onClose={() => setCreating(false)} /> : null}
    </section>
  );
}

/** Disabled, locked out, two-step sign-in on, still the demo password: what an administrator looks out for. */
export function UserStateBadges({ user }: { user: AdminUser }) {
  const { t } = useTranslation();
  const locked = !!user.lockedUntil && Date.parse(user.lockedUntil) > Date.now();
  return (
    <span className="badges">
      {user.isDisabled
        ? <span className="badge user-disabled">{t('admin.users.disabled')}</span>
        : <span className="badge user-enabled">{t('admin.users.enabled')}</span>}
      {locked ? <span className="badge user-locked" title={formatInstant(user.lockedUntil)}>{t('admin.users.locked')}</span> : null}
      {user.totpEnrolled ? <span className="badge">{t('admin.users.twoStepOn')}</span> : null}
      {user.hasDemoPassword ? <span className="badge user-demo">{t('admin.users.demoPassword')}</span> : null}
    </span>
  );
}

/** A new account; once the server has it, its page opens (where unit roles are given). */
export function CreateUserDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const create = useMutation({
    mutationFn: (values: typeof NEW_USER) => admin.createUser(createPayload(values)),
    onSuccess: (user) => {
      void queries.invalidateQueries({ queryKey: ['admin', 'users'] });
      onClose();
      navigate(`/admin/users/${encodeURIComponent(user.userName)}`, { state: { created: true } });
    },
  });
  return (
    <Dialog open title={t('admin.users.createTitle')} onClose={onClose}>
      <UserForm mode="create" initial={NEW_USER} pending={create.isPending} error={create.error} submitLabel={t('admin.users.createSubmit')}
        onSubmit={(values) => create.mutate(values)} onCancel={onClose} />
    </Dialog>
  );
}
