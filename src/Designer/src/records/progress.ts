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
import { code, date, oneOf, readFilter, writeFilter, type FilterOf } from './addressBar';


export const URGE_LEVELS = ['1', '2', '3', '4'] as const;

const unitCode = code(128);

export { apiQuery } from './addressBar';

const MILESTONE_RULES = { status: oneOf(MILESTONE_STATUSES), unitId: unitCode };
export type MilestoneFilter = FilterOf<typeof MILESTONE_RULES>;
export const MILESTONE_DEFAULTS = { status: 'Pending', unitId: '' };
export const milestoneFilterFromParams = (params: URLSearchParams): MilestoneFilter => readFilter(MILESTONE_RULES, params, MILESTONE_DEFAULTS);
export const milestoneFilterToParams = (filter: MilestoneFilter) => writeFilter(MILESTONE_RULES, filter, MILESTONE_DEFAULTS);

const REPORT_RULES = { status: oneOf(REPORT_STATUS_FILTERS), unitId: unitCode, dueFrom: date, dueTo: date };
export type ReportFilter = FilterOf<typeof REPORT_RULES>;
export const REPORT_DEFAULTS = { status: '', unitId: '', dueFrom: '', dueTo: '' };
export const reportFilterFromParams = (params: URLSearchParams): ReportFilter => readFilter(REPORT_RULES, params);
export const reportFilterToParams = (filter: ReportFilter) => writeFilter(REPORT_RULES, filter);

const URGE_RULES = { level: oneOf(URGE_LEVELS), unitId: unitCode, issuedFrom: date, issuedTo: date };
export type UrgeFilter = FilterOf<typeof URGE_RULES>;
export const URGE_DEFAULTS = { level: '', unitId: '', issuedFrom: '', issuedTo: '' };
export const urgeFilterFromParams = (params: URLSearchParams): UrgeFilter => readFilter(URGE_RULES, params);
export const urgeFilterToParams = (filter: UrgeFilter) => writeFilter(URGE_RULES, filter);

/** A range whose end comes before its start: the server would refuse it, so it is not asked. */
export function backwardsRange(from: string, to: string): boolean {
  return !!from && !!to && from > to;
}




/** A data period (kỳ số liệu), both days inclusive. */
export function formatPeriod(from: string | null | undefined, to: string | null | undefined): string {
  return `${formatDate(from)} – ${formatDate(to)}`;
}

/**
 * The decisions the milestones page may send for a milestone: those the server lists for it (approve and return, each
 * only when its task offers that action and needs no form filled in, since the page sends none), while it is pending.
 */
export function milestoneActions(milestone: Pick<MilestoneSummary, 'canDecide' | 'status' | 'decisions'>): MilestoneDecision[] {
  return milestone.canDecide && milestone.status === 'Pending' ? milestone.decisions ?? [] : [];
}

/** A pending milestone the user acts on but not from the list (other actions, or a form to fill): a link to its task page stands in for the buttons. */
export function decidedOnTaskPage(milestone: Pick<MilestoneSummary, 'canDecide' | 'canAct' | 'status' | 'decisions'>): boolean {
  return milestone.status === 'Pending' && !!milestone.canAct && milestoneActions(milestone).length === 0;
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
