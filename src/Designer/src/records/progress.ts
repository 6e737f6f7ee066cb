/**
 * What the milestones, reports and urge notices pages decide without the server: their filters (the address bar and
 * the API query), which actions a row offers, and how names, dates and times are shown.
 */
import type { Role } from '../api/types';
import {
  MILESTONE_STATUSES, REPORT_STATUS_FILTERS, type MilestoneDecision, type MilestoneSummary, type Report, type ReportAction,
  type ReportSubmission, type SubmissionStatus, type UnitRef,
} from '../api/records-progress';
import type { RemediationDecision } from '../api/records-oversight';
import { formatDate, todayInHanoi } from '../lib/dates';
import { RECORDS_PAGE_SIZE } from './common';


export const URGE_LEVELS = ['1', '2', '3', '4'] as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (v: string) => DATE.test(v);

type Fields = Record<string, string>;
export type Filter<F extends Fields> = F & { page: number };

/** Per field, whether a value from the address bar is acceptable (anything else falls back to the default). */
type Rules<F extends Fields> = { [K in keyof F]: (value: string) => boolean };

function reader<F extends Fields>(defaults: F, rules: Rules<F>) {
  return (params: URLSearchParams): Filter<F> => {
    const out: Fields = {};
    for (const key of Object.keys(defaults)) {
      const value = params.get(key)?.trim() ?? '';
      out[key] = value && rules[key](value) ? value : defaults[key];
    }
    const page = Number(params.get('page'));
    return { ...(out as F), page: Number.isInteger(page) && page > 1 ? page : 1 };
  };
}

/** The filter as the address bar keeps it: only what differs from the defaults, in a fixed order. */
function writer<F extends Fields>(defaults: F) {
  return (filter: Filter<F>): URLSearchParams => {
    const params = new URLSearchParams();
    for (const key of Object.keys(defaults)) if (filter[key] && filter[key] !== defaults[key]) params.set(key, filter[key]);
    if (filter.page > 1) params.set('page', String(filter.page));
    return params;
  };
}

/** The query the server is asked: every field that has a value (the address bar's names are the API's), then the page. */
export function apiQuery<F extends Fields>(filter: Filter<F>, pageSize = RECORDS_PAGE_SIZE): URLSearchParams {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (key !== 'page' && typeof value === 'string' && value) query.set(key, value);
  query.set('page', String(filter.page));
  query.set('pageSize', String(pageSize));
  return query;
}

const unitCode = (v: string) => v.length <= 128;

export type MilestoneFilter = Filter<{ status: string; unitId: string }>;
export const MILESTONE_DEFAULTS = { status: 'Pending', unitId: '' };
export const milestoneFilterFromParams = reader(MILESTONE_DEFAULTS, { status: (v) => (MILESTONE_STATUSES as readonly string[]).includes(v), unitId: unitCode });
export const milestoneFilterToParams = writer(MILESTONE_DEFAULTS);

export type ReportFilter = Filter<{ status: string; unitId: string; dueFrom: string; dueTo: string }>;
export const REPORT_DEFAULTS = { status: '', unitId: '', dueFrom: '', dueTo: '' };
export const reportFilterFromParams = reader(REPORT_DEFAULTS, {
  status: (v) => (REPORT_STATUS_FILTERS as readonly string[]).includes(v), unitId: unitCode, dueFrom: isDate, dueTo: isDate,
});
export const reportFilterToParams = writer(REPORT_DEFAULTS);

export type UrgeFilter = Filter<{ level: string; unitId: string; issuedFrom: string; issuedTo: string }>;
export const URGE_DEFAULTS = { level: '', unitId: '', issuedFrom: '', issuedTo: '' };
export const urgeFilterFromParams = reader(URGE_DEFAULTS, {
  level: (v) => (URGE_LEVELS as readonly string[]).includes(v), unitId: unitCode, issuedFrom: isDate, issuedTo: isDate,
});
export const urgeFilterToParams = writer(URGE_DEFAULTS);

/** A range whose end comes before its start: the server would refuse it, so it is not asked. */
export function backwardsRange(from: string, to: string): boolean {
  return !!from && !!to && from > to;
}




/** A data period (kỳ số liệu), both days inclusive. */
export function formatPeriod(from: string | null | undefined, to: string | null | undefined): string {
  return `${formatDate(from)} – ${formatDate(to)}`;
}

/** The two actions of a milestone the user may decide; none otherwise. */
export function milestoneActions(milestone: Pick<MilestoneSummary, 'canDecide' | 'status'>): MilestoneDecision[] {
  return milestone.canDecide && milestone.status === 'Pending' ? ['approve', 'return'] : [];
}

/** A decision on a record: a milestone's, a unit's report's, or a remediation action's. */
export type RecordDecision = MilestoneDecision | ReportAction | RemediationDecision;

/** A return (or a fix sent back) says what should change; approving, accepting, submitting, reporting and verifying may go without a word. */
export function commentRequired(action: RecordDecision): boolean {
  return action === 'return' || action === 'reject';
}

export function canConfirm(action: RecordDecision, comment: string): boolean {
  return !commentRequired(action) || comment.trim() !== '';
}

/** A unit's line in a report: its submission, or `Owing` when it has not handed one in. */
export type ReportRowStatus = SubmissionStatus | 'Owing';

export interface ReportRow { unit: UnitRef; status: ReportRowStatus; submission?: ReportSubmission }

/** The submissions in the server's order (first handed in first), then the units still owing. */
export function reportRows(report: Pick<Report, 'submissions' | 'outstanding'>): ReportRow[] {
  return [
    ...report.submissions.map((s) => ({ unit: s.unit, status: s.status, submission: s })),
    ...report.outstanding.map((unit) => ({ unit, status: 'Owing' as const })),
  ];
}

export interface ReportRoles { officer: boolean; supervisor: boolean }

/** Who may try what on a report: officers submit, supervisors review (an administrator is neither; the server decides in the end). */
export function reportRoles(roles: readonly Role[] | undefined): ReportRoles {
  return { officer: !!roles?.includes('UnitOfficer'), supervisor: !!roles?.includes('Supervisor') };
}

export function awaitingReview(status: ReportRowStatus): boolean {
  return status === 'Submitted' || status === 'Late';
}

/** Submit on a unit's owing or returned report for officers; accept and return on one awaiting review for supervisors. */
export function reportRowActions(status: ReportRowStatus, roles: ReportRoles): ReportAction[] {
  const actions: ReportAction[] = [];
  if (roles.officer && (status === 'Owing' || status === 'Returned')) actions.push('submit');
  if (roles.supervisor && awaitingReview(status)) actions.push('accept', 'return');
  return actions;
}

/**
 * What the reader may do on a unit's row, as the server says (its open step and whether the reader may take it); a
 * step with a form is done on the task page instead. Without the server's steps, by role as above.
 */
export function rowActions(report: Pick<Report, 'openSteps'>, row: Pick<ReportRow, 'unit' | 'status'>, roles: ReportRoles): { actions: ReportAction[]; formTaskId?: string } {
  if (!report.openSteps) return { actions: reportRowActions(row.status, roles) };
  const step = report.openSteps.find((s) => s.unitId === row.unit.id && s.canAct);
  if (!step) return { actions: [] };
  if (step.step === 'review') return { actions: ['accept', 'return'] };
  return step.hasForm ? { actions: [], formTaskId: step.taskId } : { actions: ['submit'] };
}

/** A unit still owes the report after its due day (Hà Nội's today). */
export function owingOverdue(status: ReportRowStatus, dueOn: string, today = todayInHanoi()): boolean {
  return (status === 'Owing' || status === 'Returned') && !!dueOn && dueOn < today;
}
