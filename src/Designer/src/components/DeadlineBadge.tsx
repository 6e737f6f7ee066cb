import { useTranslation } from 'react-i18next';

/** Derived deadline states (DESIGN.md §4, DOMAIN.md §3.7) with their UI colours, for every page that shows a due date. */
export type DeadlineState = 'NotStarted' | 'OnTrack' | 'DueSoon' | 'OverdueOpen' | 'DoneOnTime' | 'DoneLate' | 'NoDeadline';

export const DEADLINE_STATES: DeadlineState[] = ['NotStarted', 'OnTrack', 'DueSoon', 'OverdueOpen', 'DoneOnTime', 'DoneLate', 'NoDeadline'];

export const DEADLINE_COLORS: Record<DeadlineState, string> = {
  NotStarted: 'grey', OnTrack: 'blue', DueSoon: 'amber', OverdueOpen: 'red', DoneOnTime: 'green', DoneLate: 'orange', NoDeadline: 'grey',
};

/** A glyph per state, so the state reads without colour (WCAG 1.4.1): shape differs where colours are close. */
export const DEADLINE_GLYPHS: Record<DeadlineState, string> = {
  NotStarted: '○', OnTrack: '◷', DueSoon: '◔', OverdueOpen: '⚠', DoneOnTime: '✓', DoneLate: '✓!', NoDeadline: '–',
};

export interface DeadlineView { state: DeadlineState; colour: string; glyph: string; labelKey: string }

/** The colour, glyph and label of a state as the server names it; an unknown or missing state reads as "no deadline". */
export function deadlineView(state: string | null | undefined): DeadlineView {
  const known = (DEADLINE_STATES as string[]).includes(state ?? '') ? (state as DeadlineState) : 'NoDeadline';
  return { state: known, colour: DEADLINE_COLORS[known], glyph: DEADLINE_GLYPHS[known], labelKey: `deadline.${known}` };
}

export function DeadlineBadge({ state, count }: { state: DeadlineState | string | null | undefined; count?: number }) {
  const { t } = useTranslation();
  const view = deadlineView(state);
  return (
    <span className={`deadline-badge deadline-${view.state} colour-${view.colour}`} style={{ ['--c' as string]: `var(--deadline-${view.state})` }} data-state={view.state}>
      <span className="deadline-glyph" aria-hidden="true">{view.glyph}</span>
      {t(view.labelKey)}
      {count !== undefined && <span className="deadline-count">{count}</span>}
    </span>
  );
}
