/** The task page's logic: the form built from the task's fields, and which actions may be sent. */
import type { FormField } from '../api/work';

export type FormValue = string | boolean;
export type FormValues = Record<string, FormValue>;

export type FieldKind = 'text' | 'multiline' | 'number' | 'date' | 'checkbox' | 'select';

const KINDS: Record<string, FieldKind> = {
  text: 'text', string: 'text', multiline: 'multiline', textarea: 'multiline', number: 'number', int: 'number', integer: 'number', decimal: 'number',
  date: 'date', checkbox: 'checkbox', bool: 'checkbox', boolean: 'checkbox', select: 'select', dropdown: 'select', choice: 'select',
  // A document's number and symbol is typed as text; the server checks its form.
  docsymbol: 'text',
};

/** The editor a field gets; an unknown type is a one-line text box. */
export function fieldKind(field: FormField): FieldKind {
  return KINDS[(field.type ?? '').toLowerCase()] ?? 'text';
}

export function fieldLabel(field: Pick<FormField, 'name' | 'labelVi' | 'labelEn'>, locale: string): string {
  return (locale === 'en' ? field.labelEn || field.labelVi : field.labelVi || field.labelEn) || field.name;
}

/** What a person reads for one option of a select: its label in the page's language, else the value itself. */
export function optionLabel(labels: FormField['optionLabels'], value: string, locale: string): string {
  const label = labels?.[value];
  return (locale === 'en' ? label?.en || label?.vi : label?.vi || label?.en) || value;
}

/** Starting values: what the task already holds (a returned task keeps what was sent), else empty. */
export function initialValues(fields: readonly FormField[], data?: Record<string, unknown> | null): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    const kind = fieldKind(field);
    const existing = data?.[field.name];
    if (kind === 'checkbox') values[field.name] = existing === true || existing === 'true';
    else if (existing === undefined || existing === null) values[field.name] = kind === 'select' && field.required && field.options?.length ? field.options[0] : '';
    else if (kind === 'date') values[field.name] = String(existing).slice(0, 10);
    else values[field.name] = typeof existing === 'object' ? JSON.stringify(existing) : String(existing);
  }
  return values;
}

export type FieldError = 'required' | 'number' | 'date' | 'option';

/** The fields' problems, by name (empty when the form may be sent). */
export function validateForm(fields: readonly FormField[], values: FormValues): Record<string, FieldError> {
  const errors: Record<string, FieldError> = {};
  for (const field of fields) {
    const kind = fieldKind(field);
    const value = values[field.name];
    if (kind === 'checkbox') {
      if (field.required && value !== true) errors[field.name] = 'required';
      continue;
    }
    const text = typeof value === 'string' ? value.trim() : '';
    if (!text) {
      if (field.required) errors[field.name] = 'required';
      continue;
    }
    if (kind === 'number' && !Number.isFinite(Number(text.replace(',', '.')))) errors[field.name] = 'number';
    else if (kind === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(text)) errors[field.name] = 'date';
    else if (kind === 'select' && field.options?.length && !field.options.includes(text)) errors[field.name] = 'option';
  }
  return errors;
}

/** The form as the server takes it: numbers as numbers, checkboxes as booleans, empty optional fields left out. */
export function formPayload(fields: readonly FormField[], values: FormValues): Record<string, unknown> {
  const payload: Record<string, unknown> = {};
  for (const field of fields) {
    const kind = fieldKind(field);
    const value = values[field.name];
    if (kind === 'checkbox') {
      payload[field.name] = value === true;
      continue;
    }
    const text = typeof value === 'string' ? value.trim() : '';
    if (!text) continue;
    payload[field.name] = kind === 'number' ? Number(text.replace(',', '.')) : text;
  }
  return payload;
}

/** Actions that send the work back (the comment says why); they do not need the form filled in. */
export const RETURN_ACTIONS = new Set(['Return', 'RequestChanges', 'Reject']);

export function needsComment(action: string, commentRequiredFor: readonly string[]): boolean {
  return commentRequiredFor.includes(action);
}

/** Whether an action's button is enabled: a required comment typed, and — unless it sends the work back — the form valid. */
export function canSend(action: string, commentRequiredFor: readonly string[], comment: string, formValid: boolean): boolean {
  if (needsComment(action, commentRequiredFor) && !comment.trim()) return false;
  return RETURN_ACTIONS.has(action) || formValid;
}

/**
 * The buttons a task shows, in order: its own actions, then "ask for more information" when the task can be
 * returned (it is sent as a Return with the question as the comment, so it always needs one).
 */
export interface ActionButton { key: string; action: string; commentRequired: boolean; tone: 'primary' | 'danger' | 'default' }

export function actionButtons(actions: readonly string[], commentRequiredFor: readonly string[]): ActionButton[] {
  const buttons: ActionButton[] = actions.map((action) => ({
    key: action,
    action,
    commentRequired: needsComment(action, commentRequiredFor),
    tone: RETURN_ACTIONS.has(action) ? 'danger' : action === actions[0] ? 'primary' : 'default',
  }));
  if (actions.includes('Return')) buttons.push({ key: 'AskForInformation', action: 'Return', commentRequired: true, tone: 'default' });
  return buttons;
}

/**
 * What a task's data says about the work, as a person reads it: the guidance it was issued under, the plan's document,
 * who assigned it, a report's kind, data period and recipient, a meeting's kind and units. The workflow's bookkeeping
 * (a review's workDueOn, the submission, a remediation's index, scores an evaluation carries forward) is not named here
 * and so never shown; the titles already say a milestone's and a remediation's name.
 */
export interface WorkContext {
  guidance?: string;
  planDocument?: string;
  assignerUnitId?: string;
  reportKind?: string;
  dataFrom?: string;
  dataTo?: string;
  recipientUnitId?: string;
  meetingKind?: string;
  participants?: string[];
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const day = (value: unknown): string | undefined => {
  const v = text(value);
  return v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined;
};

export function workContext(data: Record<string, unknown> | null | undefined, locale: string): WorkContext {
  if (!data) return {};
  const guidance = text(data.guidance);
  const participants = Array.isArray(data.participants) ? data.participants.map(text).filter((unit): unit is string => !!unit) : [];
  const context: WorkContext = {
    guidance: guidance && (locale === 'en' ? text(data.guidanceEn) ?? guidance : guidance),
    planDocument: text(data.planDocument),
    assignerUnitId: text(data.assignerUnitId),
    reportKind: text(data.reportKind),
    dataFrom: day(data.dataFrom),
    dataTo: day(data.dataTo),
    recipientUnitId: text(data.recipientUnitId),
    meetingKind: text(data.meetingKind),
    participants: participants.length ? participants : undefined,
  };
  return Object.fromEntries(Object.entries(context).filter(([, value]) => value !== undefined)) as WorkContext;
}
