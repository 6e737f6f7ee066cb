/** The records API for milestones, reports and urge notices: their shapes (camelCase, as the server writes them) and calls. */
import type { DeadlineState } from '../components/DeadlineBadge';
import { api } from './client';

const enc = encodeURIComponent;

/** One page of a list, as every records endpoint answers. */
export interface PageOf<T> { items: T[]; total: number; page: number; pageSize: number }

/** A unit as the records name it: its code (id) and its names in both languages (null for a unit the directory no longer knows). */
import type { UnitRef } from './types';

export type { UnitRef };

export const MILESTONE_STATUSES = ['Pending', 'Approved', 'Returned', 'Done', 'Closed'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

/** `GET /api/milestones`: a workflow's "approve milestone" step, pending or decided. */
export interface MilestoneSummary {
  id: string;
  milestone: string;
  title: string;
  milestoneEn?: string | null;
  titleEn?: string | null;
  status: MilestoneStatus;
  unitId?: string | null;
  /** Vietnamese only: the server sends no English name of the unit here. */
  unitName?: string | null;
  assigneeRole?: string | null;
  assigneeUnitId?: string | null;
  dueOn?: string | null;
  deadlineState: DeadlineState | string;
  decidedBy?: string | null;
  decidedAt?: string | null;
  comment?: string | null;
  instanceId: string;
  planId?: string | null;
  canDecide: boolean;
  /** Pending and the user's to act on (on its task page when it cannot be decided from the list). */
  canAct?: boolean;
  /** What the list may send for it: those of approve and return its task takes without a form, when it is the user's to decide. */
  decisions?: MilestoneDecision[];
}

export type MilestoneDecision = 'approve' | 'return';

export const REPORT_KINDS = ['Monthly', 'Quarterly', 'SixMonth', 'Annual', 'Thematic', 'AdHoc', 'InterimReview', 'FinalReview', 'SelfInspection'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const SUBMISSION_STATUSES = ['Submitted', 'Late', 'Returned', 'Accepted'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** The status filter of `GET /api/reports`: a submission status, or `Outstanding` for units that have not handed in. */
export const REPORT_STATUS_FILTERS = [...SUBMISSION_STATUSES, 'Outstanding'] as const;
export type ReportStatusFilter = (typeof REPORT_STATUS_FILTERS)[number];

/** One unit's report: lateness follows its first hand-in, which a return does not change. */
export interface ReportSubmission {
  id: string;
  unit: UnitRef;
  status: SubmissionStatus;
  dueOn: string;
  isLate: boolean;
  firstSubmittedAt: string;
  submittedAt: string;
  reviewedAt?: string | null;
  reviewNotes?: string | null;
  returnCount: number;
  documentId?: string | null;
}

/** `GET /api/reports`: a reporting obligation with the submissions and the units still owing. */
export interface Report {
  id: string;
  kind: ReportKind | string;
  title: string;
  /** The title in English when the workflow gave one. */
  titleEn?: string | null;
  dataFrom: string;
  dataTo: string;
  dueOn: string;
  recipient: UnitRef;
  submissions: ReportSubmission[];
  outstanding: UnitRef[];
  sourceDocumentId?: string | null;
  workflowInstanceId?: string | null;
  /** The steps that wait in the workflow, per unit: who may take them, and whether a form goes with them. */
  openSteps?: ReportStep[];
}

export interface ReportStep { unitId: string; step: 'submit' | 'review' | string; taskId: string; canAct: boolean; hasForm: boolean }

export type ReportAction = 'submit' | 'accept' | 'return';

/** `GET /api/urge-notices`: whom a notice pressed, about which tasks (task list ids), and which notice it followed up. */
export interface UrgeNotice {
  id: string;
  level: number;
  issuedAt: string;
  message?: string | null;
  /** The message in English, when the step wrote one. */
  messageEn?: string | null;
  addressees: UnitRef[];
  targetTaskIds: string[];
  /** Those of the tasks the task list still has, named. */
  targetTasks?: UrgedTask[];
  previousNoticeId?: string | null;
  documentId?: string | null;
  workflowInstanceId?: string | null;
}

export interface UrgedTask { id: string; title: string; unitId?: string | null; dueOn?: string | null; status: string }

export const recordsProgress = {
  milestones: (query: URLSearchParams, signal?: AbortSignal) => api.get<PageOf<MilestoneSummary>>(`/api/milestones?${query}`, signal),
  /** Approve (comment optional) or return (comment required): the workflow goes on at once. */
  decideMilestone: (id: string, decision: MilestoneDecision, comment?: string) =>
    api.post<MilestoneSummary>(`/api/milestones/${enc(id)}/${decision}`, comment?.trim() ? { comment: comment.trim() } : {}),
  reports: (query: URLSearchParams, signal?: AbortSignal) => api.get<PageOf<Report>>(`/api/reports?${query}`, signal),
  /** The open step of one unit's report: submit (the unit), accept or return (the reviewer, a return needs a comment). */
  actOnReport: (reportId: string, unitId: string, action: ReportAction, comment?: string) =>
    api.post<unknown>(`/api/reports/${enc(reportId)}/units/${enc(unitId)}/${action}`, comment?.trim() ? { comment: comment.trim() } : {}),
  urgeNotices: (query: URLSearchParams, signal?: AbortSignal) => api.get<PageOf<UrgeNotice>>(`/api/urge-notices?${query}`, signal),
};
