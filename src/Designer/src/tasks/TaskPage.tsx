import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../api/client';
import { work, type ActivityState, type FormField, type TaskDetail, type TaskReturn, type TaskSubmission } from '../api/work';
import type { UnitRef } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { DeadlineBadge } from '../components/DeadlineBadge';
import { Dialog } from '../components/Dialog';
import { Loading } from '../components/Loading';
import { ProblemView } from '../components/ProblemView';
import { formatDate, formatInstant, formatValue, todayInHanoi } from '../lib/dates';
import { StateLegend } from '../work/activityStates';
import { actionButtons, canSend, fieldKind, fieldLabel, formPayload, initialValues, optionLabel, RETURN_ACTIONS, validateForm, workContext, type FormValues } from './taskModel';
import { doneMessage, requiredHint } from './completionTexts';
import '../work/work.css';
import { localText } from '../lib/localText';
import { DateInput } from '../components/DateInput';
import { assigneeText, eventName, journalMessage, meetingKindName, outcomeName, reportKindName, roleName, UNIT_ROLES } from '../i18n/terms';
import { usePlanName, useUnitName } from '../work/names';
import { formatPeriod } from '../records/progress';
import { planPath } from '../records/planning';
import { documentsMatching } from '../records/oversight';

const ProcessDiagram = lazy(() => import('../work/ProcessDiagram'));

export function TaskPage() {
  const { taskId = '' } = useParams();
  const { t } = useTranslation();
  const detail = useQuery({ queryKey: ['task', taskId], queryFn: ({ signal }) => work.task(taskId, signal), staleTime: 0 });
  if (detail.isPending) return <main className="page" id="main"><Loading /></main>;
  if (detail.error) {
    return (
      <main className="page" id="main">
        <p><Link to="/inbox">← {t('task.back')}</Link></p>
        <ProblemView error={detail.error} />
      </main>
    );
  }
  return <TaskView detail={detail.data} />;
}

function TaskView({ detail }: { detail: TaskDetail }) {
  const { t, i18n } = useTranslation();
  const { user, can } = useAuth();
  const unitName = useUnitName(detail.units);
  const task = detail.task;
  const open = task.status === 'Open' || task.status === 'Claimed';
  const editable = open && task.canAct && (task.status !== 'Claimed' || task.claimedBy === user?.userName);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [values, setValues] = useState<FormValues>(() => initialValues(detail.form, detail.data));
  const [comment, setComment] = useState('');
  const [dialog, setDialog] = useState<'reassign' | 'due' | undefined>();
  const errors = validateForm(detail.form, values);
  const formValid = Object.keys(errors).length === 0;
  const [touched, setTouched] = useState(false);

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['task', task.id] });
    void queryClient.invalidateQueries({ queryKey: ['tasks'] });
    void queryClient.invalidateQueries({ queryKey: ['inbox-watch'] });
  };
  const complete = useMutation({
    mutationFn: (action: string) => work.complete(task.id, { action, comment: comment.trim() || undefined, form: detail.form.length ? formPayload(detail.form, values) : undefined }),
    onSuccess: (_, action) => {
      refresh();
      void queryClient.invalidateQueries({ queryKey: ['instance', task.instanceId] });
      navigate('/inbox', { state: { flash: doneMessage(t, action, localText(task.title, task.titleEn, i18n.language)) } });
    },
  });
  const claim = useMutation({ mutationFn: (release: boolean) => (release ? work.release(task.id) : work.claim(task.id)), onSuccess: refresh });

  const buttons = actionButtons(detail.actions, detail.commentRequiredFor);
  // Why the forward actions wait: the required fields still empty, by name.
  const forward = buttons.find((b) => !RETURN_ACTIONS.has(b.action));
  const requiredNote = editable && forward ? requiredHint(t, detail.form, values, i18n.language, forward.key) : undefined;
  const requiredFor = detail.commentRequiredFor.filter((a) => detail.actions.includes(a));
  const locale = i18n.language;

  return (
    <main className="page work-page" id="main">
      <p><Link to="/inbox">← {t('task.back')}</Link></p>
      <header className="page-head">
        <h1>{localText(task.title, task.titleEn, locale)}</h1>
        <DeadlineBadge state={task.deadlineState} />
      </header>
      <div className="task-page">
        <div className="work-column">
          <section className="panel" aria-labelledby="task-meta-head">
            <h2 id="task-meta-head" className="sr-only">{localText(task.title, task.titleEn, locale)}</h2>
            <dl className="task-meta">
              <dt>{t('task.unit')}</dt><dd>{task.unitId ? unitName(task.unitId, task.unitName) : '—'}</dd>
              <dt>{t('task.due')}</dt>
              <dd>{task.dueOn ? <time dateTime={task.dueOn}>{formatDate(task.dueOn)}</time> : t('task.noDue')} <DeadlineBadge state={task.deadlineState} /></dd>
              <dt>{t('task.assignee')}</dt>
              <dd>
                {assigneeText(t, task, unitName)}
                {task.claimedBy && <small className="muted">({t('inbox.claimedBy', { user: task.claimedBy })})</small>}
              </dd>
              <dt>{t('inbox.status')}</dt><dd>{t(`inbox.status_${task.status}`, { defaultValue: task.status })}</dd>
              <dt>{t('task.created')}</dt><dd>{formatInstant(task.createdAt)}</dd>
            </dl>
            {detail.description && <p>{detail.description}</p>}
            {open && (task.canAct || can('Supervisor')) && (
              <div className="action-bar">
                {task.canAct && task.status === 'Open' && <button type="button" className="btn" onClick={() => claim.mutate(false)} disabled={claim.isPending}>{t('task.claim')}</button>}
                {task.canAct && task.status === 'Claimed' && task.claimedBy === user?.userName && (
                  <button type="button" className="btn" onClick={() => claim.mutate(true)} disabled={claim.isPending}>{t('task.release')}</button>
                )}
                {can('Supervisor') && <button type="button" className="btn" onClick={() => setDialog('reassign')}>{t('task.reassign')}</button>}
                {can('Supervisor') && <button type="button" className="btn" onClick={() => setDialog('due')}>{t('task.changeDue')}</button>}
              </div>
            )}
            {claim.error && <ProblemView error={claim.error} compact />}
          </section>

          {open && <ReturnedWork returned={detail.returned} />}
          <AboutTheWork data={detail.data} planId={task.planId} units={detail.units} />
          <SubmittedData submission={detail.submission} />

          <section className="panel" aria-labelledby="task-form-head">
            <h2 id="task-form-head">{t('task.form')}</h2>
            {!open ? (
              <p role="status">{t('task.completed', { action: detail.action ? outcomeName(t, detail.action) : t(`inbox.status_${task.status}`, { defaultValue: task.status }), user: detail.completedBy ?? '—' })}
                {detail.comment && <><br /><q>{detail.comment}</q></>}</p>
            ) : !editable ? <p className="muted">{t('task.readOnly')}</p> : null}
            <form className="work-form" onSubmit={(e) => e.preventDefault()} noValidate>
              {detail.form.length === 0 && open && <p className="muted">{t('task.noForm')}</p>}
              {detail.form.map((field) => (
                <FormFieldEditor key={field.name} field={field} locale={locale} value={values[field.name]} disabled={!editable}
                  error={touched ? errors[field.name] : undefined} onChange={(v) => { setTouched(true); setValues((s) => ({ ...s, [field.name]: v })); }} />
              ))}
              {editable && (
                <>
                  <label>{requiredFor.length ? t('task.commentRequired', { actions: requiredFor.map((a) => outcomeName(t, a)).join(', ') }) : t('task.comment')}
                    <textarea value={comment} onChange={(e) => setComment(e.target.value)} maxLength={4000} aria-describedby="comment-hint" />
                  </label>
                  <div className="action-bar" role="group" aria-label={t('task.actions')}>
                    {buttons.map((b) => {
                      const enabled = canSend(b.action, b.commentRequired ? [b.action] : [], comment, formValid) && !complete.isPending;
                      return (
                        <button key={b.key} type="button" className={`btn ${b.tone}`} disabled={!enabled} data-action={b.key}
                          aria-describedby={!enabled && requiredNote && !RETURN_ACTIONS.has(b.action) ? 'required-hint' : undefined}
                          onClick={() => { setTouched(true); complete.mutate(b.action); }}>
                          {outcomeName(t, b.key)}
                        </button>
                      );
                    })}
                  </div>
                  {requiredNote && <p id="required-hint" className="muted">{requiredNote}</p>}
                  {buttons.some((b) => b.commentRequired) && !comment.trim() && (
                    <p id="comment-hint" className="muted">{t('task.commentHint', { action: outcomeName(t, buttons.find((b) => b.commentRequired)!.key) })}</p>
                  )}
                  {complete.error && <ProblemView error={complete.error} />}
                </>
              )}
            </form>
          </section>

          <TaskDiagram instanceId={task.instanceId} definitionId={task.definitionId} taskId={task.id} />
        </div>

        <aside className="panel" aria-labelledby="history-head">
          <h2 id="history-head">{t('task.history')}</h2>
          {detail.history.length === 0 ? <p className="muted">{t('task.noHistory')}</p> : (
            <ol className="timeline">
              {detail.history.map((h, i) => (
                <li key={i}>
                  <div className="when"><time dateTime={h.at}>{formatInstant(h.at)}</time>{h.actor ? ` · ${h.actor}` : ''}</div>
                  <div>{eventName(t, h.event)}</div>
                  {journalMessage(t, h) && <div className="muted">{journalMessage(t, h)}</div>}
                </li>
              ))}
            </ol>
          )}
        </aside>
      </div>
      {dialog && <SuperviseDialog kind={dialog} taskId={task.id} onClose={() => setDialog(undefined)} onDone={() => { setDialog(undefined); refresh(); }} />}
    </main>
  );
}

/**
 * What the work is about, from what the workflow put on the task: the guidance, the plan and its document, who assigned
 * it, a report's kind, period and recipient, a meeting's kind and units. Nothing when the task carries none of these.
 */
export function AboutTheWork({ data, planId, units }: { data?: Record<string, unknown> | null; planId?: string | null; units?: UnitRef[] }) {
  const { t, i18n } = useTranslation();
  const unitName = useUnitName(units);
  const planName = usePlanName();
  const about = workContext(data, i18n.language);
  const plan = planId?.trim();
  if (!plan && Object.keys(about).length === 0) return null;
  return (
    <section className="panel" aria-labelledby="about-head">
      <h2 id="about-head">{t('task.about.title')}</h2>
      <dl className="task-meta">
        {about.guidance && <><dt>{t('task.about.guidance')}</dt><dd>{about.guidance}</dd></>}
        {plan && <><dt>{t('task.about.plan')}</dt><dd><Link to={planPath(plan)}>{planName(plan)}</Link></dd></>}
        {about.planDocument && (
          <>
            <dt>{t('task.about.planDocument')}</dt>
            {/* The plan's document is recorded with the plan, so it is only there to find when the task names its plan. */}
            <dd>{plan ? <Link to={documentsMatching(about.planDocument)} title={t('task.about.findDocument', { symbol: about.planDocument })}>{about.planDocument}</Link> : about.planDocument}</dd>
          </>
        )}
        {about.assignerUnitId && <><dt>{t('task.about.assigner')}</dt><dd>{unitName(about.assignerUnitId)}</dd></>}
        {about.reportKind && <><dt>{t('task.about.reportKind')}</dt><dd>{reportKindName(t, about.reportKind)}</dd></>}
        {(about.dataFrom || about.dataTo) && <><dt>{t('task.about.period')}</dt><dd>{formatPeriod(about.dataFrom, about.dataTo)}</dd></>}
        {about.recipientUnitId && <><dt>{t('task.about.recipient')}</dt><dd>{unitName(about.recipientUnitId)}</dd></>}
        {about.meetingKind && <><dt>{t('task.about.meetingKind')}</dt><dd>{meetingKindName(t, about.meetingKind)}</dd></>}
        {about.participants && <><dt>{t('task.about.participants')}</dt><dd>{about.participants.map((u) => unitName(u)).join('; ')}</dd></>}
      </dl>
    </section>
  );
}

/** Why the unit has its work back: who returned it, when and why, then the work as it was sent (to put right and send again). */
export function ReturnedWork({ returned }: { returned?: TaskReturn | null }) {
  const { t } = useTranslation();
  if (!returned) return null;
  return (
    <>
      <section className="panel returned-work" role="note" aria-labelledby="returned-head">
        <h2 id="returned-head">{t('task.returned.title')}</h2>
        <p>{t('task.returned.by', { user: returned.by ?? '—', at: returned.at ? formatInstant(returned.at) : '—' })}</p>
        {returned.comment && <p><strong>{t('task.returned.reason')}:</strong> <q>{returned.comment}</q></p>}
      </section>
      <SubmittedData submission={returned.work} title={t('task.returned.work')} />
    </>
  );
}

/** The work this task is about, as the person who sent it filled it in: the form's own labels, none of the workflow's bookkeeping. */
export function SubmittedData({ submission, title }: { submission?: TaskSubmission | null; title?: string }) {
  const { t, i18n } = useTranslation();
  const headId = useId();
  if (!submission) return null;
  const locale = i18n.language;
  const show = (v: unknown): string =>
    v === null || v === undefined ? '—' : typeof v === 'boolean' ? t(v ? 'task.yes' : 'task.no') : typeof v === 'object' ? JSON.stringify(v) : formatValue(String(v));
  return (
    <section className="panel" aria-labelledby={headId}>
      <h2 id={headId}>{title ?? t('task.submittedData')}</h2>
      <dl className="task-meta">
        {submission.actor && <><dt>{t('task.submittedBy')}</dt><dd>{submission.actor}</dd></>}
        {submission.at && <><dt>{t('task.submittedAt')}</dt><dd>{formatInstant(submission.at)}</dd></>}
        {submission.comment && <><dt>{t('task.comment')}</dt><dd>{submission.comment}</dd></>}
        {submission.fields.map((f) => (
          <div key={f.name} style={{ display: 'contents' }} data-field={f.name}>
            <dt>{fieldLabel(f, locale)}</dt><dd>{typeof f.value === 'string' && f.optionLabels ? optionLabel(f.optionLabels, f.value, locale) : show(f.value)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function FormFieldEditor({ field, locale, value, disabled, error, onChange }: {
  field: FormField; locale: string; value: string | boolean | undefined; disabled: boolean; error?: string; onChange: (v: string | boolean) => void;
}) {
  const { t } = useTranslation();
  const kind = fieldKind(field);
  const label = `${fieldLabel(field, locale)}${field.required ? ' *' : ''}`;
  const id = `field-${field.name}`;
  const common = { id, disabled, 'aria-invalid': !!error || undefined, 'aria-required': field.required || undefined, 'aria-describedby': error ? `${id}-error` : undefined, name: field.name };
  const text = typeof value === 'string' ? value : '';
  let editor;
  switch (kind) {
    case 'multiline': editor = <textarea {...common} value={text} onChange={(e) => onChange(e.target.value)} />; break;
    case 'number': editor = <input {...common} inputMode="decimal" value={text} onChange={(e) => onChange(e.target.value)} />; break;
    case 'date': editor = <DateInput {...common} value={text} onChange={(value) => onChange(value)} />; break;
    case 'checkbox':
      return (
        <label className="check-label" htmlFor={id}>
          <input {...common} type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} /> {label}
          {error && <span id={`${id}-error`} className="field-error">{t(`task.errors.${error}`)}</span>}
        </label>
      );
    case 'select':
      editor = (
        <select {...common} value={text} onChange={(e) => onChange(e.target.value)}>
          {!field.required && <option value="">—</option>}
          {(field.options ?? []).map((o) => <option key={o} value={o}>{optionLabel(field.optionLabels, o, locale)}</option>)}
        </select>
      );
      break;
    default: editor = <input {...common} value={text} onChange={(e) => onChange(e.target.value)} />;
  }
  return (
    <label htmlFor={id}>
      {label}
      {editor}
      {error && <span id={`${id}-error`} className="field-error">{t(`task.errors.${error}`)}</span>}
    </label>
  );
}

function SuperviseDialog({ kind, taskId, onClose, onDone }: { kind: 'reassign' | 'due'; taskId: string; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [userName, setUserName] = useState('');
  const [role, setRole] = useState('');
  const [unitId, setUnitId] = useState('');
  const [dueOn, setDueOn] = useState('');
  const save = useMutation({
    mutationFn: () => kind === 'reassign'
      ? work.reassign(taskId, { userName: userName.trim() || undefined, role: role.trim() || undefined, unitId: unitId.trim() || undefined, reason: reason.trim() })
      : work.changeDueDate(taskId, { dueOn, reason: reason.trim() }),
    onSuccess: onDone,
  });
  // A person, or a role in a unit: the server takes one or the other, so typing one closes the other.
  const person = userName.trim() !== '';
  const byRole = role.trim() !== '' || unitId.trim() !== '';
  const ready = reason.trim() !== '' && (kind === 'reassign' ? person !== byRole && (person || role.trim() !== '') : !!dueOn);
  return (
    <Dialog open title={kind === 'reassign' ? t('task.reassign') : t('task.changeDue')} onClose={onClose}
      footer={<>
        <button type="button" className="btn" onClick={onClose}>{t('common.cancel')}</button>
        <button type="button" className="btn primary" disabled={!ready || save.isPending} onClick={() => save.mutate()}>{t('task.save')}</button>
      </>}>
      <form className="dialog-form work-form" onSubmit={(e) => { e.preventDefault(); if (ready) save.mutate(); }}>
        {kind === 'reassign' ? (
          <>
            <label>{t('task.userName')}<input value={userName} onChange={(e) => setUserName(e.target.value)} disabled={byRole} /></label>
            <label>{t('task.role')}
              <select value={role} onChange={(e) => setRole(e.target.value)} disabled={person}>
                <option value="">—</option>
                {UNIT_ROLES.map((r) => <option key={r} value={r}>{roleName(t, r)}</option>)}
              </select>
            </label>
            <label>{t('task.unitId')}<input value={unitId} onChange={(e) => setUnitId(e.target.value)} disabled={person} /></label>
          </>
        ) : (
          <label>{t('task.newDue')}<DateInput min={todayInHanoi()} value={dueOn} onChange={(value) => setDueOn(value)} required aria-describedby="due-rolls" />
            <small id="due-rolls" className="muted">{t('task.dueRollsForward')}</small></label>
        )}
        <label>{t('task.reason')}<textarea value={reason} onChange={(e) => setReason(e.target.value)} required aria-required maxLength={1000} /></label>
        {save.error && <ProblemView error={save.error} />}
      </form>
    </Dialog>
  );
}

function TaskDiagram({ instanceId, definitionId, taskId }: { instanceId: string; definitionId: string; taskId: string }) {
  const { t } = useTranslation();
  const instance = useQuery({ queryKey: ['instance', instanceId], queryFn: ({ signal }) => work.instance(instanceId, signal), retry: false });
  const missingInstance = instance.error instanceof ApiError;
  const version = instance.data?.summary.version;
  const definition = useQuery({
    queryKey: ['definition', definitionId, version],
    queryFn: ({ signal }) => work.definitionVersion(definitionId, version, signal),
    enabled: !!instance.data || missingInstance,
    retry: false,
    staleTime: Infinity,
  });
  const states = useMemo(() => Object.fromEntries((instance.data?.activities ?? []).map((a) => [a.activityId, a.state])) as Record<string, ActivityState>, [instance.data]);
  const current = useMemo(() => {
    const own = instance.data?.tasks.find((x) => x.id === taskId)?.activityId;
    return new Set(own ? [own] : (instance.data?.activities ?? []).filter((a) => a.state === 'Waiting').map((a) => a.activityId));
  }, [instance.data, taskId]);
  return (
    <section className="panel" aria-labelledby="diagram-head">
      <h2 id="diagram-head">{t('task.diagram')}</h2>
      {instance.data && <p><Link to={`/instances/${encodeURIComponent(instanceId)}`}>{t('task.openInstance')}</Link></p>}
      {definition.error ? <ProblemView error={definition.error} compact /> : !definition.data ? <Loading /> : (
        <>
          {instance.data && <StateLegend />}
          <Suspense fallback={<Loading />}>
            <ProcessDiagram definition={definition.data} states={states} current={current} label={t('task.diagram')} />
          </Suspense>
        </>
      )}
    </section>
  );
}
