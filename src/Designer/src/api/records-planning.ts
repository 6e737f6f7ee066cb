/** The records API for plans (kế hoạch) and the work tasks (nhiệm vụ) units are assigned: read-only, JSON in camelCase. */
import { api } from './client';
import type { PageOf } from './records-oversight';
import type { PersonRef, UnitRef } from './types';
import type { StatisticsRow } from './work';

const enc = encodeURIComponent;

export type { PageOf, StatisticsRow, UnitRef };

// ---- Plans ---------------------------------------------------------------------------------------

export const PLAN_STATUSES = ['Draft', 'Active', 'Closed'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/**
 * `GET /api/plans`: a plan by its key (`KH-KG-2026`, the key its workflow's steps name and its tasks carry), with its
 * tasks counted as the dashboard counts them. A key no plan row records has no owner, period or status of its own.
 */
export interface PlanSummary {
  id: string;
  title: string;
  owner: UnitRef | null;
  year: number | null;
  /** yyyy-MM-dd */
  periodStart: string | null;
  periodEnd: string | null;
  status: PlanStatus | null;
  activatedAt: string | null;
  closedAt: string | null;
  instanceId: string | null;
  /** The KH document that issued the plan, when its workflow gave the number. */
  documentId?: string | null;
  tasks: StatisticsRow;
}

/** A workflow instance that carries out part of a plan. */
export interface PlanInstance {
  id: string;
  definitionId: string;
  definitionVersion: number;
  /** The name of the definition version it runs, when it has one. */
  definitionName?: string | null;
  status: string;
  createdAt: string;
  finishedAt: string | null;
}

/** `GET /api/plans/{key}`: the plan, its figures per unit (key: the unit's id, name: its name) and the instances that run it. */
export interface PlanDetail { plan: PlanSummary; units: StatisticsRow[]; instances: PlanInstance[] }

// ---- Work tasks ----------------------------------------------------------------------------------

export const WORK_TASK_STATUSES = ['Draft', 'Assigned', 'Accepted', 'InProgress', 'Submitted', 'Approved', 'Returned', 'Cancelled', 'Suspended'] as const;
export type WorkTaskStatus = (typeof WORK_TASK_STATUSES)[number];

export const WORK_TASK_KINDS = ['OneOff', 'Recurring', 'Continuous'] as const;
export type WorkTaskKind = (typeof WORK_TASK_KINDS)[number];

/** `GET /api/work-tasks`: work one unit assigned to a lead unit, with its deadline state on the work calendar. */
export interface WorkTask {
  id: string;
  code: string;
  title: string;
  titleEn?: string | null;
  assigner: UnitRef;
  lead: UnitRef;
  supporting: UnitRef[];
  /** The plan's key, as plans are named elsewhere. */
  planId: string | null;
  kind: WorkTaskKind;
  status: WorkTaskStatus;
  /** NotStarted, OnTrack, DueSoon, OverdueOpen, DoneOnTime, DoneLate or NoDeadline. */
  deadlineState: string;
  deadlineColour: string;
  startOn: string | null;
  dueOn: string | null;
  expectedOutput: string | null;
  progressPercent: number;
  returnCount: number;
  extensionCount: number;
  assignedAt: string | null;
  submittedAt: string | null;
  completedAt: string | null;
  /** Null until approved; then whether approval came before the due day ended. */
  completedOnTime: boolean | null;
  lastDecisionComment: string | null;
  statusReason: string | null;
  instanceId: string | null;
  submittedBy?: PersonRef | null;
  approvedBy?: PersonRef | null;
}

// ---- Calls ---------------------------------------------------------------------------------------

export const planning = {
  plans: (query: URLSearchParams, signal?: AbortSignal) => api.get<PageOf<PlanSummary>>(`/api/plans?${query}`, signal),
  plan: (key: string, signal?: AbortSignal) => api.get<PlanDetail>(`/api/plans/${enc(key)}`, signal),
  workTasks: (query: URLSearchParams, signal?: AbortSignal) => api.get<PageOf<WorkTask>>(`/api/work-tasks?${query}`, signal),
  workTask: (id: string, signal?: AbortSignal) => api.get<WorkTask>(`/api/work-tasks/${enc(id)}`, signal),
};
