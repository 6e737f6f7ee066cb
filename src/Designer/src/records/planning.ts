/** What the plans and work tasks pages compute: a plan's period as people read it, the figures a plan shows, links between the two lists. */
import type { PlanSummary, StatisticsRow } from '../api/records-planning';
import { formatDate } from '../lib/dates';
import { filterToParams } from './oversight';

/** The figures of a plan's table, in the dashboard's order (the on-time rate comes last, as a percentage). */
export const PLAN_FIGURES = ['assigned', 'onTrack', 'dueSoon', 'overdue', 'doneOnTime', 'doneLate', 'timedOut'] as const satisfies ReadonlyArray<keyof StatisticsRow>;

/** The address of a plan's page. */
export function planPath(key: string): string {
  return `/records/plans/${encodeURIComponent(key)}`;
}

/** The work tasks list filtered to one plan's tasks (the list reads its filter from the address bar). */
export function workTasksOfPlan(key: string): string {
  const params = filterToParams('workTasks', { planId: key, status: '', dueFrom: '', dueTo: '', q: '', page: 1 });
  return `/records/work-tasks?${params}`;
}

/**
 * A plan's period, "01/01/2026 – 31/12/2026", from either end alone ("01/01/2026 –", "– 31/12/2026"); empty when the
 * plan records neither.
 */
export function planPeriod(plan: Pick<PlanSummary, 'periodStart' | 'periodEnd'>): string {
  const from = formatDate(plan.periodStart);
  const to = formatDate(plan.periodEnd);
  if (!from && !to) return '';
  return [from, '–', to].filter(Boolean).join(' ');
}
