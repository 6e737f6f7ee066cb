import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { APP_ROLES, LOCALES } from '../api/admin';
import { roleName } from '../i18n/terms';
import { Field, fieldErrors, FormProblem } from './fields';
import { UnitSelect } from './UnitSelect';
import { toggleRole, USER_FIELDS, type UserFormValues } from './users';

/**
 * A user's account: name, display name, e-mail, system roles, unit and language, and for a new account its first
 * password. The server checks everything (a user name's form, the password profile, a unit officer's unit, an open
 * unit) and its messages show beside the fields.
 */
export function UserForm({ mode, initial, pending, error, submitLabel, onSubmit, onCancel }: {
  mode: 'create' | 'edit';
  initial: UserFormValues;
  pending: boolean;
  error: unknown;
  submitLabel: string;
  onSubmit: (values: UserFormValues) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const errors = fieldErrors(error);
  const set = <K extends keyof UserFormValues>(key: K, value: UserFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!pending) onSubmit(values);
  };
  return (
    <form className="dialog-form admin-form" onSubmit={submit} aria-label={t(mode === 'create' ? 'admin.users.createTitle' : 'admin.users.settings')} noValidate>
      <Field label={t('admin.users.userName')} name="userName" errors={errors} hint={mode === 'create' ? t('admin.users.userNameHint') : undefined}>
        {(a11y) => (
          <input {...a11y} value={values.userName} onChange={(e) => set('userName', e.target.value)} disabled={mode === 'edit'} autoComplete="off"
            maxLength={64} spellCheck={false} aria-required={mode === 'create' || undefined} />
        )}
      </Field>
      <Field label={t('admin.users.displayName')} name="displayName" errors={errors}>
        {(a11y) => <input {...a11y} value={values.displayName} onChange={(e) => set('displayName', e.target.value)} maxLength={256} aria-required />}
      </Field>
      <Field label={t('admin.users.email')} name="email" errors={errors}>
        {(a11y) => <input {...a11y} type="email" value={values.email} onChange={(e) => set('email', e.target.value)} maxLength={256} autoComplete="off" />}
      </Field>
      {mode === 'create' ? (
        <Field label={t('admin.users.password')} name="password" errors={errors} hint={t('admin.users.passwordHint')}>
          {(a11y) => (
            <input {...a11y} type="password" value={values.password} onChange={(e) => set('password', e.target.value)} autoComplete="new-password"
              maxLength={512} aria-required />
          )}
        </Field>
      ) : null}
      <fieldset className="admin-roles" aria-invalid={errors.roles ? true : undefined}
        aria-describedby={errors.roles ? 'user-roles-error' : undefined}>
        <legend>{t('admin.users.roles')}</legend>
        {APP_ROLES.map((role) => (
          <label key={role} className="check-label">
            <input type="checkbox" checked={values.roles.includes(role)} onChange={(e) => set('roles', toggleRole(values.roles, role, e.target.checked))} />
            {roleName(t, role)}
          </label>
        ))}
        {errors.roles ? <span id="user-roles-error" className="field-error">{errors.roles.join(' ')}</span> : null}
      </fieldset>
      <Field label={t('admin.users.unit')} name="unitId" errors={errors}>
        {(a11y) => <UnitSelect {...a11y} value={values.unitId} onChange={(id) => set('unitId', id)} empty={t('admin.users.noUnit')} />}
      </Field>
      <Field label={t('admin.users.locale')} name="locale" errors={errors}>
        {(a11y) => (
          <select {...a11y} value={values.locale} onChange={(e) => set('locale', e.target.value)}>
            {LOCALES.map((l) => <option key={l} value={l}>{t(`admin.users.locales.${l}`)}</option>)}
          </select>
        )}
      </Field>
      <FormProblem error={error} fields={USER_FIELDS} />
      <div className="actions">
        {onCancel ? <button type="button" className="btn" onClick={onCancel}>{t('common.cancel')}</button> : null}
        <button type="submit" className="btn primary" disabled={pending}>{pending ? t('admin.saving') : submitLabel}</button>
      </div>
    </form>
  );
}
