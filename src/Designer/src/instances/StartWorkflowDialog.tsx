import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../api/client';
import { endpoints } from '../api/endpoints';
import { INSPECTION_KINDS } from '../api/records-oversight';
import { work } from '../api/work';
import { DateInput } from '../components/DateInput';
import { Dialog } from '../components/Dialog';
import { Loading } from '../components/Loading';
import { ProblemView } from '../components/ProblemView';
import type { ElsaDefinition, ElsaWorkflowInput } from '../designer/model/elsa';
import { DEADLINE_BASES, deadlineRuleProblem, formatDeadlineRule, parseDeadlineRule, type DeadlineBasis } from '../designer/model/propertyModel';
import { deadlineRuleText } from '../i18n/terms';
import {
  definitionName, initialValues, inputLabel, joinDayOfYear, localLabel, serverProblems, splitDayOfYear, startControl, startInput, startProblems,
  type StartValue, type StartValues,
} from './startModel';
import '../work/work.css';

const FORM_ID = 'start-workflow-form';

/**
 * Starts a workflow: the published version of `definitionId`, or of one picked here first. Each input the version
 * declares gets its control with the default filled in; the server's reasons for refusing a value show beside it, any
 * other refusal at the top, and nothing is started then. A started instance opens at once.
 */
export function StartWorkflowDialog({ definitionId, onClose }: { definitionId?: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [picked, setPicked] = useState('');
  const id = definitionId ?? picked;
  const published = useQuery({
    queryKey: ['definitions', 'published'],
    queryFn: ({ signal }) => endpoints.list({ status: 'Published', pageSize: 100 }, signal),
    enabled: !definitionId,
  });
  const definition = useQuery({
    queryKey: ['definition', id, 'published'],
    queryFn: ({ signal }) => work.publishedDefinition(id, signal),
    enabled: !!id,
    staleTime: 0,
  });
  const start = useMutation({
    mutationFn: (body: { definitionId: string; input?: Record<string, unknown>; correlationId?: string }) => work.startInstance(body),
    onSuccess: (instance) => {
      void client.invalidateQueries({ queryKey: ['instances'] });
      onClose();
      navigate(`/instances/${encodeURIComponent(instance.summary.id)}`);
    },
  });
  const language = i18n.language;
  const ready = !!id && definition.isSuccess && !start.isPending;

  return (
    <Dialog open title={t('startWorkflow.title')} onClose={onClose} className="start-dialog"
      footer={<>
        <button type="button" className="btn" onClick={onClose}>{t('common.cancel')}</button>
        <button type="submit" form={FORM_ID} className="btn primary" disabled={!ready}>{start.isPending ? t('startWorkflow.starting') : t('startWorkflow.submit')}</button>
      </>}>
      {!definitionId && (
        <div className="dialog-form work-form start-pick">
          {published.isPending ? <Loading /> : published.error ? <ProblemView error={published.error} /> : published.data.items.length === 0
            ? <p className="muted">{t('startWorkflow.noPublished')}</p>
            : (
              <label>{t('startWorkflow.definition')}
                {/* The list loads after the dialog opened: the picker takes the focus when it comes. */}
                <select value={picked} autoFocus onChange={(e) => { setPicked(e.target.value); start.reset(); }}>
                  <option value="">{t('startWorkflow.choose')}</option>
                  {published.data.items.map((d) => <option key={d.definitionId} value={d.definitionId}>{definitionName(d, language) || d.definitionId}</option>)}
                </select>
              </label>
            )}
        </div>
      )}
      {id && (definition.isPending ? <Loading /> : definition.error ? <StartProblem error={definition.error} /> : (
        <StartForm key={`${definition.data.definitionId}:${definition.data.version ?? ''}`} definition={definition.data} showName={!!definitionId}
          error={start.error} onStart={(input, correlationId) => start.mutate({ definitionId: definition.data.definitionId, input, correlationId })} />
      ))}
    </Dialog>
  );
}

function StartForm({ definition, showName, error, onStart }: {
  definition: ElsaDefinition; showName: boolean; error: unknown; onStart: (input: Record<string, unknown> | undefined, correlationId: string | undefined) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const inputs = definition.inputs ?? [];
  const [values, setValues] = useState<StartValues>(() => initialValues(inputs));
  const [reference, setReference] = useState('');
  const [touched, setTouched] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const problems = startProblems(inputs, values);
  const server = serverProblems(error instanceof ApiError ? error.problem.errors : undefined, inputs);
  const fieldErrors = Object.keys(server.byInput).length > 0 || !!server.correlationId;
  // What the fields do not show is read at the top: the problem's title, and any reason not about a field here.
  const topError = error instanceof ApiError
    ? new ApiError(error.status, { ...error.problem, errors: Object.keys(server.rest).length ? server.rest : undefined })
    : error;

  // The form comes after the dialog opened (the version loads first): its first field takes the focus, unless the
  // user is already in the dialog's workflow picker.
  useEffect(() => {
    const dialog = formRef.current?.closest('dialog');
    const active = document.activeElement;
    if (active && active !== document.body && dialog?.contains(active) && active.matches('select, input, textarea')) return;
    formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);

  // After a refusal, the first field it names is where a keyboard user goes next.
  useEffect(() => {
    if (fieldErrors) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error, fieldErrors]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTouched(true);
    const form = event.currentTarget;
    // A date typed that is no date keeps its old value and marks its field invalid: nothing goes out until it is fixed.
    if (Object.keys(problems).length > 0 || !form.checkValidity()) {
      form.querySelector<HTMLElement>('[aria-invalid="true"], :invalid')?.focus();
      return;
    }
    const input = startInput(inputs, values);
    onStart(Object.keys(input).length ? input : undefined, reference.trim() || undefined);
  };

  return (
    <form id={FORM_ID} ref={formRef} className="dialog-form work-form start-form" onSubmit={submit} noValidate>
      {showName && <p className="start-name">{definitionName(definition, language) || definition.definitionId}</p>}
      {definition.version ? <p className="muted small">{t('startWorkflow.version', { version: definition.version })}</p> : null}
      {error ? <StartProblem error={topError} /> : null}
      {touched && Object.keys(problems).length > 0 && !error && <p role="alert" className="error-text">{t('startWorkflow.fixFields')}</p>}
      {inputs.length === 0 ? <p className="muted">{t('startWorkflow.noInputs')}</p> : (
        <fieldset className="start-inputs">
          <legend>{t('startWorkflow.inputs')}</legend>
          {inputs.map((input) => (
            <InputControl key={input.name} input={input} value={values[input.name]}
              error={server.byInput[input.name] ?? (touched && problems[input.name] ? t(`startWorkflow.problems.${problems[input.name]}`) : undefined)}
              onChange={(value) => setValues((s) => ({ ...s, [input.name]: value }))} />
          ))}
        </fieldset>
      )}
      <div className="start-input">
        <label htmlFor="start-reference">{t('startWorkflow.reference')}
          <input id="start-reference" value={reference} maxLength={128} autoComplete="off" onChange={(e) => setReference(e.target.value)}
            aria-invalid={server.correlationId ? true : undefined} aria-describedby={server.correlationId ? 'start-reference-error start-reference-hint' : 'start-reference-hint'} />
        </label>
        <small id="start-reference-hint" className="muted">{t('startWorkflow.referenceHint')}</small>
        {server.correlationId && <span id="start-reference-error" className="field-error">{server.correlationId}</span>}
      </div>
    </form>
  );
}

/**
 * A refusal as the dialog reads it. A 404 here means the workflow has no published version (any more): the server
 * names it in the title alone, which the app's problem view would take for an endpoint the server lacks.
 */
function StartProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.status === 404) {
    return <div role="alert" className="problem"><strong>{t('startWorkflow.notPublished')}</strong>{error.problem.title && <p>{error.problem.title}</p>}</div>;
  }
  return <ProblemView error={error} />;
}

/** One input's control, chosen by its hint, then its type; its description and hint below it, then its error. */
function InputControl({ input, value, error, onChange }: { input: ElsaWorkflowInput; value: StartValue | undefined; error?: string; onChange: (value: StartValue) => void }) {
  const { t, i18n } = useTranslation();
  const control = startControl(input);
  const id = `start-input-${input.name}`;
  const label = `${inputLabel(input, i18n.language)}${input.isRequired ? ' *' : ''}`;
  const text = typeof value === 'string' ? value : '';
  const description = localLabel(input.description, i18n.language);
  const hint = control === 'unitquery' ? t('startWorkflow.unitQueryHint')
    : control === 'json' ? t('startWorkflow.jsonHint')
      : control === 'deadlinerule' && text && !deadlineRuleProblem(parseDeadlineRule(text)) ? t('startWorkflow.ruleMeans', { rule: deadlineRuleText(t, text) })
        : '';
  const notes = (
    <>
      {description && <small id={`${id}-description`} className="muted">{description}</small>}
      {hint && <small id={`${id}-hint`} className="muted">{hint}</small>}
      {error && <span id={`${id}-error`} className="field-error">{error}</span>}
    </>
  );
  const describedBy = [error && `${id}-error`, description && `${id}-description`, hint && `${id}-hint`].filter(Boolean).join(' ') || undefined;
  const common = { 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy, 'aria-required': input.isRequired || undefined, name: input.name };

  switch (control) {
    case 'checkbox':
      return (
        <div className="start-input" data-input={input.name}>
          <label className="check-label" htmlFor={id}>
            <input {...common} id={id} type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} /> {label}
          </label>
          {notes}
        </div>
      );
    case 'dayofyear': {
      const { day, month } = splitDayOfYear(text);
      const digits = (s: string) => s.replace(/\D/g, '').slice(0, 2);
      return (
        <fieldset className="start-input start-group" data-input={input.name}>
          <legend>{label}</legend>
          <div className="start-row">
            <label>{t('startWorkflow.day')}
              <input {...common} id={id} inputMode="numeric" autoComplete="off" size={3} maxLength={2} value={day} placeholder="dd"
                onChange={(e) => onChange(joinDayOfYear(digits(e.target.value), month))} />
            </label>
            <label>{t('startWorkflow.month')}
              <input {...common} id={`${id}-month`} inputMode="numeric" autoComplete="off" size={3} maxLength={2} value={month} placeholder="mm"
                onChange={(e) => onChange(joinDayOfYear(day, digits(e.target.value)))} />
            </label>
          </div>
          {notes}
        </fieldset>
      );
    }
    case 'inspectionkind': {
      // The kinds the Inspect step records, named in the page's language; a value outside them stays shown, for the server to refuse.
      const kinds: string[] = [...INSPECTION_KINDS];
      return (
        <div className="start-input" data-input={input.name}>
          <label htmlFor={id}>{label}
            <select {...common} id={id} value={text} onChange={(e) => onChange(e.target.value)}>
              {!kinds.includes(text) && <option value={text}>{text || t('startWorkflow.chooseKind')}</option>}
              {kinds.map((k) => <option key={k} value={k}>{t(`records.inspections.kinds.${k}`)}</option>)}
            </select>
          </label>
          {notes}
        </div>
      );
    }
    case 'deadlinerule':
      return <DeadlineRuleControl id={id} label={label} name={input.name} text={text} common={common} notes={notes} onChange={onChange} />;
    default: {
      let editor;
      if (control === 'date') editor = <DateInput {...common} id={id} value={text} onChange={onChange} />;
      else if (control === 'json') editor = <textarea {...common} id={id} spellCheck={false} value={text} onChange={(e) => onChange(e.target.value)} />;
      else if (control === 'year' || control === 'number') {
        editor = <input {...common} id={id} inputMode={control === 'year' ? 'numeric' : 'decimal'} autoComplete="off" value={text} onChange={(e) => onChange(e.target.value)} />;
      } else editor = <input {...common} id={id} autoComplete="off" spellCheck={control === 'unitquery' ? false : undefined} value={text} onChange={(e) => onChange(e.target.value)} />;
      return (
        <div className="start-input" data-input={input.name}>
          <label htmlFor={id}>{label}{editor}</label>
          {notes}
        </div>
      );
    }
  }
}

type Common = { 'aria-invalid'?: boolean; 'aria-describedby'?: string; 'aria-required'?: boolean; name: string };

/** A deadline rule (`WorkingDays:10`) as its basis and value; nothing is given until a value is typed. */
function DeadlineRuleControl({ id, label, name, text, common, notes, onChange }: {
  id: string; label: string; name: string; text: string; common: Common; notes: ReactNode; onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const rule = parseDeadlineRule(text);
  const [basis, setBasis] = useState<DeadlineBasis>(rule.basis);
  const set = (b: DeadlineBasis, v: string) => onChange(v.trim() ? formatDeadlineRule({ basis: b, value: v }) : '');
  return (
    <fieldset className="start-input start-group" data-input={name}>
      <legend>{label}</legend>
      <div className="start-row">
        <label>{t('editor.deadline.basis')}
          <select {...common} id={id} value={basis} onChange={(e) => { const b = e.target.value as DeadlineBasis; setBasis(b); set(b, rule.value); }}>
            {DEADLINE_BASES.map((b) => <option key={b} value={b}>{t(`editor.deadline.${b}`)}</option>)}
          </select>
        </label>
        <label>{t('editor.deadline.value')}
          <input {...common} id={`${id}-value`} autoComplete="off" value={rule.value} placeholder={basis === 'FixedDate' ? 'MM-dd' : basis === 'DayOfMonth' ? '25' : '10'}
            onChange={(e) => set(basis, e.target.value)} />
        </label>
      </div>
      {notes}
    </fieldset>
  );
}
