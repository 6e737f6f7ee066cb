import { useTranslation } from 'react-i18next';

/** Derived deadline states (DESIGN.md §4, DOMAIN.md §3.7) with their UI colours, for every page that shows a due date. */
export type DeadlineState = 'NotStarted' | 'OnTrack' | 'DueSoon' | 'OverdueOpen' | 'DoneOnTime' | 'DoneLate' | 'NoDeadline';

export const DEADLINE_COLORS: Record<DeadlineState, string> = {
  NotStarted: 'grey', OnTrack: 'blue', DueSoon: 'amber', OverdueOpen: 'red', DoneOnTime: 'green', DoneLate: 'orange', NoDeadline: 'grey',
};

export function DeadlineBadge({ state }: { state: DeadlineState }) {
  const { t } = useTranslation();
  return <span className={`deadline-badge deadline-${state}`} style={{ ['--c' as string]: `var(--deadline-${state})` }}>{t(`deadline.${state}`)}</span>;
}
