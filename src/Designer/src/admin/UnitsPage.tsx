import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { admin, UNIT_KINDS, UNIT_LEVELS, UNIT_SYSTEMS, type UnitNode } from '../api/admin';
import { DateInput } from '../components/DateInput';
import { Dialog } from '../components/Dialog';
import { Loading } from '../components/Loading';
import { ProblemView } from '../components/ProblemView';
import { formatDate, todayInHanoi } from '../lib/dates';
import { Field, fieldErrors, FormProblem } from './fields';
import { UnitSelect, useUnits } from './UnitSelect';
import { unitName } from '../records/common';
import { subtreeIds, unitIndex, unitState } from './units';

type UnitAction = { kind: 'create'; parent?: UnitNode } | { kind: 'rename' | 'close' | 'supersede'; unit: UnitNode };

/**
 * The organisation as a tree: each unit with its code, kind, period and whether it is open. Units are never deleted: a
 * unit closes on its last day, or another unit takes it over (its open sub-units move under the successor).
 */
export function UnitsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const includeClosed = params.get('closed') === 'true';
  const tree = useUnits(includeClosed);
  const [action, setAction] = useState<UnitAction>();
  const [flash, setFlash] = useState<string>();
  const open = (next: UnitAction) => {
    setFlash(undefined);
    setAction(next);
  };
  const done = (message: string) => {
    setAction(undefined);
    setFlash(message);
  };
  return (
    <section aria-labelledby="admin-units" className="record-page">
      <header className="page-head">
        <h2 id="admin-units">{t('admin.tabs.units')}</h2>
        <div className="actions">
          <label className="check-label">
            <input type="checkbox" checked={includeClosed} onChange={(e) => setParams(e.target.checked ? { closed: 'true' } : {}, { replace: true })} />
            {t('admin.units.includeClosed')}
          </label>
          <button type="button" className="btn primary" onClick={() => open({ kind: 'create' })} aria-haspopup="dialog">{t('admin.units.createTop')}</button>
        </div>
      </header>
      <p className="muted small">{t('admin.units.hint')}</p>
      {flash ? <p className="flash" role="status">{flash}</p> : null}
      {tree.isPending ? <Loading /> : tree.error ? <ProblemView error={tree.error} /> : tree.data.length === 0 ? (
        <p className="muted empty">{t('admin.units.empty')}</p>
      ) : (
        <UnitTree units={tree.data} onAction={open} />
      )}
      {action?.kind === 'create' ? <CreateUnitDialog parent={action.parent} onClose={() => setAction(undefined)} onDone={done} /> : null}
      {action?.kind === 'rename' ? <RenameUnitDialog unit={action.unit} onClose={() => setAction(undefined)} onDone={done} /> : null}
      {action?.kind === 'close' ? <CloseUnitDialog unit={action.unit} onClose={() => setAction(undefined)} onDone={done} /> : null}
      {action?.kind === 'supersede' ? <SupersedeUnitDialog unit={action.unit} onClose={() => setAction(undefined)} onDone={done} /> : null}
    </section>
  );
}

/** The units as nested lists; each open unit offers its actions (closed ones can still be renamed). */
export function UnitTree({ units, onAction }: { units: UnitNode[]; onAction: (action: UnitAction) => void }) {
  const { t } = useTranslation();
  const index = unitIndex(units);
  return (
    <ul className="unit-tree" aria-label={t('admin.units.tree')}>
      {units.map((unit) => <UnitItem key={unit.id} unit={unit} index={index} onAction={onAction} />)}
    </ul>
  );
}

function UnitItem({ unit, index, onAction }: { unit: UnitNode; index: Map<string, UnitNode>; onAction: (action: UnitAction) => void }) {
  const { t, i18n } = useTranslation();
  const state = unitState(unit);
  const name = unitName(unit, i18n.language);
  const other = i18n.language === 'en' ? unit.nameVi : unit.nameEn;
  const closable = unit.isOpen && !unit.validTo;
  return (
    <li data-unit={unit.id} data-state={state}>
      <div className={`unit-row unit-${state}`} aria-label={`${name} (${unit.code})`}>
        <div className="unit-name">
          <strong>{name}</strong> <span className="mono muted">{unit.code}</span>
          {other && other !== name ? <div className="muted small" lang={i18n.language === 'en' ? 'vi' : 'en'}>{other}</div> : null}
        </div>
        <span className="unit-kind">{t(`admin.units.kinds.${unit.kind}`, { defaultValue: unit.kind })}</span>
        <UnitStateBadge unit={unit} successor={unit.supersededById ? unitName(index.get(unit.supersededById), i18n.language) || unit.supersededById : ''} />
        <span className="unit-period nowrap">{t('admin.units.period', { from: formatDate(unit.validFrom), to: unit.validTo ? formatDate(unit.validTo) : '…' })}</span>
        <span className="unit-actions">
          {unit.isOpen ? (
            <button type="button" className="btn small" onClick={() => onAction({ kind: 'create', parent: unit })} aria-haspopup="dialog"
              aria-label={t('admin.units.createUnder', { name })}>{t('admin.units.addChild')}</button>
          ) : null}
          <button type="button" className="btn small" onClick={() => onAction({ kind: 'rename', unit })} aria-haspopup="dialog"
            aria-label={t('admin.units.renameOne', { name })}>{t('admin.units.rename')}</button>
          {closable ? (
            <>
              <button type="button" className="btn small danger" onClick={() => onAction({ kind: 'close', unit })} aria-haspopup="dialog"
                aria-label={t('admin.units.closeOne', { name })}>{t('admin.units.close')}</button>
              <button type="button" className="btn small" onClick={() => onAction({ kind: 'supersede', unit })} aria-haspopup="dialog"
                aria-label={t('admin.units.supersedeOne', { name })}>{t('admin.units.supersede')}</button>
            </>
          ) : null}
        </span>
      </div>
      {unit.children.length > 0 ? (
        <ul>{unit.children.map((child) => <UnitItem key={child.id} unit={child} index={index} onAction={onAction} />)}</ul>
      ) : null}
    </li>
  );
}

function UnitStateBadge({ unit, successor }: { unit: UnitNode; successor: string }) {
  const { t } = useTranslation();
  const state = unitState(unit);
  return (
    <span className={`badge unit-state-${state}`} data-state={state}>
      {t(`admin.units.states.${state}`, { date: formatDate(unit.validTo ?? unit.validFrom), successor })}
    </span>
  );
}

const UNIT_FIELDS = ['code', 'id', 'nameVi', 'nameEn', 'kind', 'level', 'system', 'parentId', 'validFrom'] as const;

function UnitDialog({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  return <Dialog open title={title} onClose={onClose}>{children}</Dialog>;
}

function useUnitChange<T>(run: (values: T) => Promise<unknown>, onDone: () => void) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => {
      void queries.invalidateQueries({ queryKey: ['admin', 'units'] });
      onDone();
    },
  });
}

/** A new unit under an open parent (or at the top), of the parent's system and level unless chosen otherwise. */
function CreateUnitDialog({ parent, onClose, onDone }: { parent?: UnitNode; onClose: () => void; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState({
    code: '', nameVi: '', nameEn: '', kind: '', level: parent?.level ?? 'Province', system: parent?.system ?? 'Party', validFrom: todayInHanoi(),
  });
  const set = (key: keyof typeof values, value: string) => setValues((v) => ({ ...v, [key]: value }));
  const create = useUnitChange(() => admin.createUnit({
    code: values.code.trim(), nameVi: values.nameVi.trim(), nameEn: values.nameEn.trim() || null, kind: values.kind, level: values.level,
    system: values.system, parentId: parent?.id ?? null, validFrom: values.validFrom || null,
  }), () => onDone(t('admin.units.createdOne', { name: values.nameVi.trim() })));
  const errors = fieldErrors(create.error);
  const title = parent ? t('admin.units.createUnder', { name: unitName(parent, i18n.language) }) : t('admin.units.createTop');
  return (
    <UnitDialog title={title} onClose={onClose}>
      <form className="dialog-form admin-form" noValidate onSubmit={(e) => { e.preventDefault(); if (!create.isPending) create.mutate(undefined); }}>
        {parent ? <p className="records-subject">{t('admin.units.parent')}: {unitName(parent, i18n.language)} ({parent.code})</p> : null}
        <Field label={t('admin.units.code')} name="code" errors={errors} hint={t('admin.units.codeHint')}>
          {(a11y) => <input {...a11y} value={values.code} onChange={(e) => set('code', e.target.value)} maxLength={64} spellCheck={false} autoComplete="off" />}
        </Field>
        <Field label={t('admin.units.nameVi')} name="nameVi" errors={errors}>
          {(a11y) => <input {...a11y} lang="vi" value={values.nameVi} onChange={(e) => set('nameVi', e.target.value)} maxLength={256} />}
        </Field>
        <Field label={t('admin.units.nameEn')} name="nameEn" errors={errors}>
          {(a11y) => <input {...a11y} lang="en" value={values.nameEn} onChange={(e) => set('nameEn', e.target.value)} maxLength={256} />}
        </Field>
        <Field label={t('admin.units.kind')} name="kind" errors={errors}>
          {(a11y) => (
            <select {...a11y} value={values.kind} onChange={(e) => set('kind', e.target.value)}>
              <option value="">{t('admin.units.chooseKind')}</option>
              {UNIT_KINDS.map((k) => <option key={k} value={k}>{t(`admin.units.kinds.${k}`)}</option>)}
            </select>
          )}
        </Field>
        <div className="admin-row">
          <Field label={t('admin.units.level')} name="level" errors={errors}>
            {(a11y) => (
              <select {...a11y} value={values.level} onChange={(e) => set('level', e.target.value)}>
                {UNIT_LEVELS.map((l) => <option key={l} value={l}>{t(`admin.units.levels.${l}`)}</option>)}
              </select>
            )}
          </Field>
          <Field label={t('admin.units.system')} name="system" errors={errors}>
            {(a11y) => (
              <select {...a11y} value={values.system} onChange={(e) => set('system', e.target.value)}>
                {UNIT_SYSTEMS.map((s) => <option key={s} value={s}>{t(`admin.units.systems.${s}`)}</option>)}
              </select>
            )}
          </Field>
          <Field label={t('admin.units.validFrom')} name="validFrom" errors={errors}>
            {(a11y) => <DateInput {...a11y} value={values.validFrom} min={parent?.validFrom} onChange={(v) => set('validFrom', v)} />}
          </Field>
        </div>
        <FormProblem error={create.error} fields={UNIT_FIELDS} />
        <div className="actions">
          <button type="button" className="btn" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" className="btn primary" disabled={create.isPending}>{create.isPending ? t('admin.working') : t('admin.units.create')}</button>
        </div>
      </form>
    </UnitDialog>
  );
}

/** New names; the id and code stay, so every record that names the unit still does. */
function RenameUnitDialog({ unit, onClose, onDone }: { unit: UnitNode; onClose: () => void; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [nameVi, setNameVi] = useState(unit.nameVi);
  const [nameEn, setNameEn] = useState(unit.nameEn ?? '');
  const rename = useUnitChange(() => admin.renameUnit(unit.id, nameVi.trim(), nameEn.trim()),
    () => onDone(t('admin.units.renamed', { name: nameVi.trim() })));
  const errors = fieldErrors(rename.error);
  return (
    <UnitDialog title={t('admin.units.renameOne', { name: unit.nameVi })} onClose={onClose}>
      <form className="dialog-form admin-form" noValidate onSubmit={(e) => { e.preventDefault(); if (!rename.isPending) rename.mutate(undefined); }}>
        <Field label={t('admin.units.nameVi')} name="nameVi" errors={errors}>
          {(a11y) => <input {...a11y} lang="vi" value={nameVi} onChange={(e) => setNameVi(e.target.value)} maxLength={256} />}
        </Field>
        <Field label={t('admin.units.nameEn')} name="nameEn" errors={errors} hint={t('admin.units.nameEnKept')}>
          {(a11y) => <input {...a11y} lang="en" value={nameEn} onChange={(e) => setNameEn(e.target.value)} maxLength={256} />}
        </Field>
        <p className="muted small">{t('admin.units.renameHint', { code: unit.code })}</p>
        <FormProblem error={rename.error} fields={['nameVi', 'nameEn']} />
        <div className="actions">
          <button type="button" className="btn" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" className="btn primary" disabled={rename.isPending}>{rename.isPending ? t('admin.working') : t('admin.save')}</button>
        </div>
      </form>
    </UnitDialog>
  );
}

/** Closes a unit on its last day, after asking; refused (409) while units under it stay open after that day. */
function CloseUnitDialog({ unit, onClose, onDone }: { unit: UnitNode; onClose: () => void; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const [on, setOn] = useState(todayInHanoi());
  const name = unitName(unit, i18n.language);
  const close = useUnitChange(() => admin.closeUnit(unit.id, on), () => onDone(t('admin.units.closed', { name, date: formatDate(on) })));
  const errors = fieldErrors(close.error);
  return (
    <UnitDialog title={t('admin.units.closeOne', { name })} onClose={onClose}>
      <form className="dialog-form admin-form" noValidate onSubmit={(e) => { e.preventDefault(); if (on && !close.isPending) close.mutate(undefined); }}>
        <p>{t('admin.units.closeConfirm', { name, code: unit.code })}</p>
        <Field label={t('admin.units.lastDay')} name="on" errors={errors}>
          {(a11y) => <DateInput {...a11y} value={on} min={unit.validFrom} onChange={setOn} />}
        </Field>
        {unit.children.some((c) => c.isOpen) ? <p className="warning-text small">{t('admin.units.closeChildren')}</p> : null}
        <FormProblem error={close.error} fields={['on']} />
        <div className="actions">
          <button type="button" className="btn" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" className="btn danger" disabled={close.isPending || !on}>{close.isPending ? t('admin.working') : t('admin.units.close')}</button>
        </div>
      </form>
    </UnitDialog>
  );
}

/** Another unit takes this one over from the day after its last day; its open sub-units move under the successor. */
function SupersedeUnitDialog({ unit, onClose, onDone }: { unit: UnitNode; onClose: () => void; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const [byUnitId, setBy] = useState('');
  const [on, setOn] = useState(todayInHanoi());
  const name = unitName(unit, i18n.language);
  const supersede = useUnitChange(() => admin.supersedeUnit(unit.id, byUnitId, on), () => onDone(t('admin.units.superseded', { name })));
  const errors = fieldErrors(supersede.error);
  return (
    <UnitDialog title={t('admin.units.supersedeOne', { name })} onClose={onClose}>
      <form className="dialog-form admin-form" noValidate
        onSubmit={(e) => { e.preventDefault(); if (on && !supersede.isPending) supersede.mutate(undefined); }}>
        <p>{t('admin.units.supersedeHint', { name })}</p>
        <Field label={t('admin.units.successor')} name="byUnitId" errors={errors}>
          {(a11y) => <UnitSelect {...a11y} value={byUnitId} onChange={setBy} exclude={subtreeIds(unit)} />}
        </Field>
        <Field label={t('admin.units.lastDay')} name="on" errors={errors}>
          {(a11y) => <DateInput {...a11y} value={on} min={unit.validFrom} onChange={setOn} />}
        </Field>
        <FormProblem error={supersede.error} fields={['byUnitId', 'on']} />
        <div className="actions">
          <button type="button" className="btn" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" className="btn danger" disabled={supersede.isPending || !on}>
            {supersede.isPending ? t('admin.working') : t('admin.units.supersede')}
          </button>
        </div>
      </form>
    </UnitDialog>
  );
}
