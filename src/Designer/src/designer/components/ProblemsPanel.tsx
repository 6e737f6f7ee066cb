import { useState, memo } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemView } from '../../components/ProblemView';
import { useEditor } from '../context';
import { useStore } from '../store';
import { localized, type Locale } from '../model/descriptors';

/** Validation results; choosing one selects its step and focuses its field. */
export const ProblemsPanel = memo(function ProblemsPanel() {
  const editor = useEditor();
  const { t, i18n } = useTranslation();
  const state = useStore(editor.problems, (s) => s);
  // Names change only with semantic edits; reading them per drag frame would re-render this panel needlessly.
  useStore(editor.doc, (s) => s.semantic);
  const nodes = editor.present.nodes;
  const [open, setOpen] = useState(true);
  const errors = state.problems.filter((p) => p.severity === 'Error').length;
  const warnings = state.problems.length - errors;
  const locale = i18n.language as Locale;
  // The field as the property panel labels it, when the step's descriptor knows it.
  const fieldOf = (id: string | null, field: string) => {
    const activity = id ? nodes.find((n) => n.id === id)?.data.activity : undefined;
    const input = activity ? editor.descriptorOf(activity.type)?.inputs.find((i) => i.name.toLowerCase() === field.toLowerCase()) : undefined;
    return input ? localized(input.displayName, locale) : field;
  };
  const nameOf = (id: string | null) => (id ? nodes.find((n) => n.id === id)?.data.activity.name ?? id : t('designer.problems.workflow'));

  return (
    <section className={`problems-panel${open ? ' open' : ''}`} aria-label={t('designer.problems.title')}>
      <header>
        <button type="button" className="btn ghost small" aria-expanded={open} onClick={() => setOpen(!open)}>
          {t('designer.problems.title')}
        </button>
        <span className={`count error${errors ? ' on' : ''}`} aria-label={t('designer.problems.errors', { count: errors })}>⨯ {errors}</span>
        <span className={`count warning${warnings ? ' on' : ''}`} aria-label={t('designer.problems.warnings', { count: warnings })}>⚠ {warnings}</span>
        <span className="muted small" role="status" aria-live="polite">
          {state.status === 'validating' ? t('designer.problems.checking') : state.status === 'done' && state.problems.length === 0 ? t('designer.problems.none') : ''}
        </span>
      </header>
      {open && (
        <div className="problems-body">
          {state.status === 'failed' && <ProblemView error={state.error} compact />}
          <ul className="problem-list">
            {state.problems.map((p, i) => (
              <li key={`${p.path}-${i}`}>
                <button type="button" className={`problem-item ${p.severity.toLowerCase()}`} onClick={() => editor.focusProblem(p)} data-activity-id={p.activityId ?? ''}>
                  <span className="sev" aria-label={t(`designer.problems.${p.severity}`)}>{p.severity === 'Error' ? '⨯' : '⚠'}</span>
                  <span className="where">{nameOf(p.activityId)}{p.field ? ` · ${fieldOf(p.activityId, p.field)}` : ''}</span>
                  <span className="msg">{p.message}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
});
