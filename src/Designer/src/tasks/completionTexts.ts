/**
 * Sentences the task page says about acting on a task, kept apart from the page so they can be tested: what was done
 * (the inbox banner after completing), and why the forward actions wait (required fields still empty).
 */
import type { TFunction } from 'i18next';
import type { FormField } from '../api/work';
import { outcomeName } from '../i18n/terms';
import { fieldLabel, validateForm, type FormValues } from './taskModel';

/** Actions with a sentence of their own; any other reads "«title»: <action> sent." */
const SAID = new Set(['Approve', 'Approved', 'Return', 'Returned', 'Submit', 'Issue', 'Issued', 'Accept', 'Reject']);

/** The banner after completing a task: "Đã trả lại “Dự thảo kế hoạch”." rather than "Đã gửi: Trả lại." */
export function doneMessage(t: TFunction, action: string, title: string): string {
  return SAID.has(action) ? t(`task.doneSentence.${action}`, { title }) : t('task.doneSentence.other', { title, action: outcomeName(t, action) });
}

/** The required fields still empty, by their labels in the page's language (what keeps the forward actions off). */
export function missingRequired(fields: readonly FormField[], values: FormValues, locale: string): string[] {
  const errors = validateForm(fields, values);
  return fields.filter((f) => f.required && errors[f.name] === 'required').map((f) => fieldLabel(f, locale));
}

/** Why a forward action is off while required fields are empty, naming them; undefined when none is. */
export function requiredHint(t: TFunction, fields: readonly FormField[], values: FormValues, locale: string, action: string): string | undefined {
  const missing = missingRequired(fields, values, locale);
  if (missing.length === 0) return undefined;
  return t('task.requiredHint', { count: missing.length, fields: missing.map((m) => `“${m}”`).join(', '), action: outcomeName(t, action) });
}
