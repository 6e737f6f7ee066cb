import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { admin, type AdminUser, type RoleAssignment } from '../api/admin';
import { Dialog } from '../components/Dialog';
import { DateInput } from '../components/DateInput';
import { Loading } from '../components/Loading';
import { ProblemView } from '../components/ProblemView';
import { roleName, UNIT_ROLES } from '../i18n/terms';
import { formatDate, formatInstant, todayInHanoi } from '../lib/dates';
import { BackLink, Fact, Facts } from '../records/OversightParts';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Field, fieldErrors, FormProblem } from './fields';
import { UnitSelect, useUnitNames } from './UnitSelect';
import { UserForm } from './UserForm';
import { unitName } from '../records/common';
import { UserStateBadges } from './UsersPage';
import { assignmentState, canEnd, settingsPayload, valuesOf } from './users';

/** The roles an administrator gives in a unit: those tasks go to, and a reader's. */
export const ASSIGNABLE_ROLES = [...UNIT_ROLES, 'Viewer'] as const;

type Action = 'disable' | 'password' | 'twoStep';

/** One account: what it is, its settings, the actions on it, and the roles it holds in units. */
export function UserPage() {
  const { userName = '' } = useParams();
  const { t } = useTranslation();
  const created = !!(useLocation().state as { created?: boolean } | null)?.created;
  const user = useQuery({ queryKey: ['admin', 'user', userName], queryFn: ({ signal }) => admin.user(userName, signal) });
  const back = <BackLink to={{ pathname: '/admin/users', search: '' }}>{t('admin.users.back')}</BackLink>;
  if (user.isPending) return <section className="record-page">{back}<Loading /></section>;
  if (user.error) return <section className="record-page">{back}<ProblemView error={user.error} /></section>;
  return (
    <section className="record-page" aria-labelledby="admin-user-head">
      {back}
      <UserView user={user.data} created={created} />
    </section>
  );
}

/** What was just done, shown once, where it was done: at the top, or in the unit roles. */
type Flash = { text: string; where: 'top' | 'assignments' };

function UserView({ user, created }: { user: AdminUser; created: boolean }) {
  const { t, i18n } = useTranslation();
  const queries = useQueryClient();
  const [action, setAction] = useState<Action>();
  const [flashed, setFlashed] = useState<Flash | undefined>(created ? { text: t('admin.users.created'), where: 'top' } : undefined);
  const setFlash = (text?: string) => setFlashed(text ? { text, where: 'top' } : undefined);
  const refresh = () => {
    void queries.invalidateQueries({ queryKey: ['admin', 'user', user.userName] });
    void queries.invalidateQueries({ queryKey: ['admin', 'users'] });
  };
  const done = (message: string) => {
    setAction(undefined);
    setFlash(message);
    refresh();
  };
  const save = useMutation({
    mutationFn: (values: ReturnType<typeof valuesOf>) => admin.updateUser(user.userName, settingsPayload(values)),
    onSuccess: () => done(t('admin.users.saved')),
  });
  const enable = useMutation({ mutationFn: () => admin.setEnabled(user.userName, true), onSuccess: () => done(t('admin.users.enabledNow')) });
  const [reason, setReason] = useState('');
  const disable = useMutation({ mutationFn: () => admin.setEnabled(user.userName, false, reason), onSuccess: () => done(t('admin.users.disabledNow')) });
  const twoStep = useMutation({ mutationFn: () => admin.resetTwoStep(user.userName), onSuccess: () => done(t('admin.users.twoStepResetDone')) });
  const open = (next: Action) => {
    setFlash(undefined);
    setReason('');
    disable.reset();
    twoStep.reset();
    setAction(next);
  };
  const unit = (i18n.language === 'en' && user.unitNameEn) || user.unitName || user.unitId;

  return (
    <>
      <header className="page-head">
        <h2 id="admin-user-head">{user.displayName} <span className="muted mono">({user.userName})</span></h2>
        <UserStateBadges user={user} />
      </header>
      {flashed?.where === 'top' ? <p className="flash" role="status">{flashed.text}</p> : null}
      <section className="panel" aria-labelledby="admin-user-facts">
        <h3 id="admin-user-facts">{t('admin.users.account')}</h3>
        <Facts>
          <Fact term={t('admin.users.unit')}>{unit || <span className="muted">{t('admin.users.noUnit')}</span>}</Fact>
          <Fact term={t('admin.users.roles')}>{user.roles.map((r) => roleName(t, r)).join(', ')}</Fact>
          <Fact term={t('admin.users.email')}>{user.email || <span className="muted">—</span>}</Fact>
          <Fact term={t('admin.users.locale')}>{t(`admin.users.locales.${user.locale}`, { defaultValue: user.locale })}</Fact>
          <Fact term={t('admin.users.createdAt')}>{formatInstant(user.createdAt)}</Fact>
          <Fact term={t('admin.users.lastLogin')}>{formatInstant(user.lastLoginAt) || <span className="muted">—</span>}</Fact>
          <Fact term={t('admin.users.passwordChangedAt')}>{formatInstant(user.passwordChangedAt) || <span className="muted">—</span>}</Fact>
          {user.lockedUntil ? <Fact term={t('admin.users.lockedUntil')}>{formatInstant(user.lockedUntil)}</Fact> : null}
          <Fact term={t('admin.users.twoStep')}>{user.totpEnrolled ? t('admin.users.twoStepOn') : t('admin.users.twoStepOff')}</Fact>
        </Facts>
        <div className="action-bar">
          {user.isDisabled ? (
            <button type="button" className="btn" disabled={enable.isPending} onClick={() => { setFlash(undefined); enable.mutate(); }}>
              {t('admin.users.enable')}
            </button>
          ) : (
            <button type="button" className="btn danger" onClick={() => open('disable')} aria-haspopup="dialog">{t('admin.users.disable')}</button>
          )}
          <button type="button" className="btn" onClick={() => open('password')} aria-haspopup="dialog">{t('admin.users.resetPassword')}</button>
          <button type="button" className="btn" onClick={() => open('twoStep')} aria-haspopup="dialog" disabled={!user.totpEnrolled}
            title={user.totpEnrolled ? undefined : t('admin.users.twoStepOff')}>{t('admin.users.resetTwoStep')}</button>
        </div>
        {enable.error ? <ProblemView error={enable.error} /> : null}
      </section>

      <section className="panel" aria-labelledby="admin-user-settings">
        <h3 id="admin-user-settings">{t('admin.users.settings')}</h3>
        <p className="muted small">{t('admin.users.settingsHint')}</p>
        <UserForm key={user.userName} mode="edit" initial={valuesOf(user)} pending={save.isPending} error={save.error}
          submitLabel={t('admin.save')} onSubmit={(values) => { setFlash(undefined); save.mutate(values); }} />
      </section>

      <AssignmentsPanel user={user} language={i18n.language} flash={flashed?.where === 'assignments' ? flashed.text : undefined}
        setFlash={(text) => setFlashed(text ? { text, where: 'assignments' } : undefined)} />

      {action === 'disable' ? (
        <ConfirmDialog title={t('admin.users.disableTitle', { name: user.displayName })} confirmLabel={t('admin.users.disable')} danger
          pending={disable.isPending} error={disable.error} onConfirm={() => disable.mutate()} onClose={() => setAction(undefined)}>
          <p>{t('admin.users.disableConfirm', { name: user.displayName, userName: user.userName })}</p>
          <label className="field">
            <span>{t('admin.users.disableReason')}</span>
            <textarea rows={2} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
          <p className="muted small">{t('admin.users.disableHint')}</p>
        </ConfirmDialog>
      ) : null}
      {action === 'twoStep' ? (
        <ConfirmDialog title={t('admin.users.resetTwoStep')} confirmLabel={t('admin.users.resetTwoStep')} danger
          pending={twoStep.isPending} error={twoStep.error} onConfirm={() => twoStep.mutate()} onClose={() => setAction(undefined)}>
          <p>{t('admin.users.resetTwoStepConfirm', { name: user.displayName })}</p>
        </ConfirmDialog>
      ) : null}
      {action === 'password' ? (
        <ResetPasswordDialog userName={user.userName} onClose={() => setAction(undefined)} onDone={() => done(t('admin.users.passwordResetDone'))} />
      ) : null}
    </>
  );
}

/** A new password for the user (the configured profile applies); the user's sessions end. */
function ResetPasswordDialog({ userName, onClose, onDone }: { userName: string; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const reset = useMutation({ mutationFn: () => admin.resetPassword(userName, password), onSuccess: onDone });
  const mismatch = repeat.length > 0 && password !== repeat;
  const errors = fieldErrors(reset.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!mismatch && password && !reset.isPending) reset.mutate();
  };
  return (
    <Dialog open title={t('admin.users.resetPasswordTitle', { userName })} onClose={onClose}>
      <form className="dialog-form admin-form" onSubmit={submit} noValidate>
        <Field label={t('admin.users.newPassword')} name="newPassword" errors={errors} hint={t('admin.users.passwordHint')}>
          {(a11y) => <input {...a11y} type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} maxLength={512} />}
        </Field>
        <Field label={t('admin.users.repeatPassword')} name="repeat" errors={mismatch ? { repeat: [t('password.mismatch')] } : {}}>
          {(a11y) => <input {...a11y} type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} maxLength={512} />}
        </Field>
        <p className="muted small">{t('admin.users.resetPasswordHint')}</p>
        <FormProblem error={reset.error} fields={['newPassword']} />
        <div className="actions">
          <button type="button" className="btn" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" className="btn primary" disabled={reset.isPending || mismatch || !password || !repeat}>
            {reset.isPending ? t('admin.working') : t('admin.users.resetPassword')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** The roles the user holds in units, with their periods: add one, end one (it stays on record). */
function AssignmentsPanel({ user, language, flash, setFlash }: {
  user: AdminUser; language: string; flash: string | undefined; setFlash: (text?: string) => void;
}) {
  const { t } = useTranslation();
  const units = useUnitNames();
  const today = todayInHanoi();
  const list = useQuery({ queryKey: ['admin', 'assignments', user.userName], queryFn: ({ signal }) => admin.assignments(user.userName, signal) });
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<RoleAssignment>();
  const name = (id: string) => unitName(units.get(id), language) || id;
  const items = list.data ?? [];
  return (
    <section className="panel" aria-labelledby="admin-user-assignments">
      <div className="page-head">
        <h3 id="admin-user-assignments">{t('admin.assignments.title')}</h3>
        <button type="button" className="btn" onClick={() => { setFlash(undefined); setAdding(true); }} aria-haspopup="dialog">{t('admin.assignments.add')}</button>
      </div>
      <p className="muted small">{t('admin.assignments.hint')}</p>
      {flash ? <p className="flash" role="status">{flash}</p> : null}
      {list.isPending ? <Loading /> : list.error ? <ProblemView error={list.error} /> : items.length === 0 ? (
        <p className="muted">{t('admin.assignments.empty')}</p>
      ) : (
        <table className="table compact" aria-label={t('admin.assignments.title')}>
          <thead>
            <tr>
              <th scope="col">{t('admin.assignments.unit')}</th>
              <th scope="col">{t('admin.assignments.role')}</th>
              <th scope="col">{t('admin.assignments.from')}</th>
              <th scope="col">{t('admin.assignments.to')}</th>
              <th scope="col">{t('admin.assignments.state')}</th>
              <th scope="col"><span className="sr-only">{t('common.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {items.map((a) => {
              const state = assignmentState(a, today);
              return (
                <tr key={a.id} data-assignment={a.id}>
                  <td>{name(a.unitId)}</td>
                  <td>{roleName(t, a.role)}{a.delegatedFromUserId
                    ? <span className="muted small"> · {a.delegatedFromUserName ? t('admin.assignments.delegatedBy', { user: a.delegatedFromUserName }) : t('admin.assignments.delegated')}</span>
                    : null}</td>
                  <td className="nowrap">{formatDate(a.validFrom)}</td>
                  <td className="nowrap">{a.validTo ? formatDate(a.validTo) : <span className="muted">{t('admin.assignments.open')}</span>}</td>
                  <td><span className={`badge assignment-${state}`}>{t(`admin.assignments.states.${state}`)}</span></td>
                  <td>
                    {canEnd(a, today) ? (
                      <button type="button" className="btn small" onClick={() => { setFlash(undefined); setEnding(a); }} aria-haspopup="dialog"
                        aria-label={t('admin.assignments.endOne', { role: roleName(t, a.role), unit: name(a.unitId) })}>{t('admin.assignments.end')}</button>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {adding ? (
        <AddAssignmentDialog userName={user.userName} defaultUnit={user.unitId ?? ''} onClose={() => setAdding(false)}
          onDone={() => { setAdding(false); setFlash(t('admin.assignments.added')); }} />
      ) : null}
      {ending ? (
        <EndAssignmentDialog assignment={ending} subject={`${roleName(t, ending.role)} · ${name(ending.unitId)}`} onClose={() => setEnding(undefined)}
          onDone={() => { setEnding(undefined); setFlash(t('admin.assignments.ended')); }} />
      ) : null}
    </section>
  );
}

const ASSIGNMENT_FIELDS = ['unitId', 'role', 'validFrom', 'validTo', 'delegatedFromUserName'] as const;

function AddAssignmentDialog({ userName, defaultUnit, onClose, onDone }: { userName: string; defaultUnit: string; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [values, setValues] = useState({ unitId: defaultUnit, role: '', validFrom: todayInHanoi(), validTo: '', delegatedFromUserName: '' });
  const add = useMutation({
    mutationFn: () => admin.addAssignment({
      userName, unitId: values.unitId, role: values.role, validFrom: values.validFrom || null, validTo: values.validTo || null,
      delegatedFromUserName: values.delegatedFromUserName.trim() || null,
    }),
    onSuccess: () => {
      void queries.invalidateQueries({ queryKey: ['admin', 'assignments', userName] });
      onDone();
    },
  });
  const errors = fieldErrors(add.error);
  const set = (key: keyof typeof values, value: string) => setValues((v) => ({ ...v, [key]: value }));
  return (
    <Dialog open title={t('admin.assignments.addTitle', { userName })} onClose={onClose}>
      <form className="dialog-form admin-form" noValidate onSubmit={(e) => { e.preventDefault(); if (!add.isPending) add.mutate(); }}>
        <Field label={t('admin.assignments.unit')} name="unitId" errors={errors}>
          {(a11y) => <UnitSelect {...a11y} value={values.unitId} onChange={(id) => set('unitId', id)} />}
        </Field>
        <Field label={t('admin.assignments.role')} name="role" errors={errors}>
          {(a11y) => (
            <select {...a11y} value={values.role} onChange={(e) => set('role', e.target.value)}>
              <option value="">{t('admin.assignments.chooseRole')}</option>
              {ASSIGNABLE_ROLES.map((r) => <option key={r} value={r}>{roleName(t, r)}</option>)}
            </select>
          )}
        </Field>
        <div className="admin-row">
          <Field label={t('admin.assignments.from')} name="validFrom" errors={errors}>
            {(a11y) => <DateInput {...a11y} value={values.validFrom} max={values.validTo || undefined} onChange={(v) => set('validFrom', v)} />}
          </Field>
          <Field label={t('admin.assignments.toOptional')} name="validTo" errors={errors}>
            {(a11y) => <DateInput {...a11y} value={values.validTo} min={values.validFrom || undefined} onChange={(v) => set('validTo', v)} />}
          </Field>
        </div>
        <Field label={t('admin.assignments.delegatedFrom')} name="delegatedFromUserName" errors={errors} hint={t('admin.assignments.delegatedHint')}>
          {(a11y) => <input {...a11y} value={values.delegatedFromUserName} onChange={(e) => set('delegatedFromUserName', e.target.value)} maxLength={256} autoComplete="off" />}
        </Field>
        <FormProblem error={add.error} fields={ASSIGNMENT_FIELDS} />
        <div className="actions">
          <button type="button" className="btn" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" className="btn primary" disabled={add.isPending}>{add.isPending ? t('admin.working') : t('admin.assignments.add')}</button>
        </div>
      </form>
    </Dialog>
  );
}

function EndAssignmentDialog({ assignment, subject, onClose, onDone }: { assignment: RoleAssignment; subject: string; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [on, setOn] = useState(todayInHanoi());
  const end = useMutation({
    mutationFn: () => admin.endAssignment(assignment.id, on),
    onSuccess: () => {
      void queries.invalidateQueries({ queryKey: ['admin', 'assignments'] });
      onDone();
    },
  });
  const errors = fieldErrors(end.error);
  return (
    <Dialog open title={t('admin.assignments.endTitle')} onClose={onClose}>
      <form className="dialog-form admin-form" noValidate onSubmit={(e) => { e.preventDefault(); if (on && !end.isPending) end.mutate(); }}>
        <p className="records-subject">{subject}</p>
        <Field label={t('admin.assignments.lastDay')} name="on" errors={errors}>
          {(a11y) => <DateInput {...a11y} value={on} min={assignment.validFrom} onChange={setOn} />}
        </Field>
        <p className="muted small">{t('admin.assignments.endHint')}</p>
        <FormProblem error={end.error} fields={['on']} />
        <div className="actions">
          <button type="button" className="btn" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" className="btn danger" disabled={end.isPending || !on}>{end.isPending ? t('admin.working') : t('admin.assignments.end')}</button>
        </div>
      </form>
    </Dialog>
  );
}
