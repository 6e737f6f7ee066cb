/**
 * How the administration forms show what the server refused: a 400's messages beside the fields they name, anything
 * else (a 409 conflict, a 404, a field the form does not have) as a problem under the form.
 */
import { useId, type ReactNode } from 'react';
import { ApiError } from '../api/client';
import { ProblemView } from '../components/ProblemView';

export type FieldErrors = Record<string, string[]>;

/** The field a server key names, as the forms name it: `roles[0]` → `roles`, `Date` → `date`, `form.x` stays. */
export function fieldKey(key: string): string {
  const plain = key.replace(/\[\d+\]/g, '');
  return plain ? plain[0].toLowerCase() + plain.slice(1) : plain;
}

/** The messages of a 400 by field; none for any other answer. */
export function fieldErrors(error: unknown): FieldErrors {
  if (!(error instanceof ApiError) || error.status !== 400 || !error.problem.errors) return {};
  const errors: FieldErrors = {};
  for (const [key, messages] of Object.entries(error.problem.errors)) {
    const list = (Array.isArray(messages) ? messages : [messages]).map(String);
    (errors[fieldKey(key)] ??= []).push(...list);
  }
  return errors;
}

/**
 * What is left to show under a form once the fields it has show their own messages: the error itself unless it is a
 * 400 whose every field is on the form; a 400 that also names other fields keeps only those.
 */
export function remainingProblem(error: unknown, fields: readonly string[]): unknown {
  if (!(error instanceof ApiError) || error.status !== 400 || !error.problem.errors) return error;
  const rest = Object.entries(error.problem.errors).filter(([key]) => !fields.includes(fieldKey(key)));
  if (rest.length === 0) return undefined;
  return new ApiError(error.status, { ...error.problem, errors: Object.fromEntries(rest) });
}

export interface FieldA11y { 'aria-invalid'?: true; 'aria-describedby'?: string }

/** A labelled input with the server's messages for it underneath, tied to it for screen readers. */
export function Field({ label, name, errors, hint, children }: {
  label: string; name: string; errors: FieldErrors; hint?: string; children: (a11y: FieldA11y) => ReactNode;
}) {
  const id = useId();
  const messages = errors[name] ?? [];
  const describedBy = [messages.length ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
  return (
    <div className="admin-field" data-field={name}>
      <label>{label}{children({ 'aria-invalid': messages.length ? true : undefined, 'aria-describedby': describedBy || undefined })}</label>
      {hint ? <span id={`${id}-hint`} className="muted small">{hint}</span> : null}
      {messages.length ? <span id={`${id}-error`} className="field-error">{messages.join(' ')}</span> : null}
    </div>
  );
}

/** The refusal under a form, less what its fields already show. */
export function FormProblem({ error, fields }: { error: unknown; fields: readonly string[] }) {
  const rest = remainingProblem(error, fields);
  return rest ? <ProblemView error={rest} /> : null;
}
