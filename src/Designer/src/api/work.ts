/** Shapes and calls of the work areas: the inbox and tasks, workflow instances, the dashboard, notifications. */
import type { ElsaDefinition } from '../designer/model/elsa';
import type { DeadlineState } from '../components/DeadlineBadge';
import { api, request } from './client';
import type { UnitRef } from './types';

const enc = encodeURIComponent;

export interface TaskSummary {
  id: string;
  title: string;
  /** The title in English when the workflow gave one. */
  titleEn?: string | null;
  kind: string;
  stage?: string | null;
  status: string;
  unitId?: string | null;
  unitName?: string | null;
  assigneeUser?: string | null;
  assigneeRole?: string | null;
  assigneeUnitId?: string | null;
  claimedBy?: string | null;
  dueOn?: string | null;
  deadlineState: DeadlineState;
  colour: string;
  icon: string;
  instanceId: string;
  definitionId: string;
  planId?: string | null;
  createdAt: string;
  completedAt?: string | null;
  canAct: boolean;
  escalationLevel: number;
  flaggedForCommittee: boolean;
}

export interface TaskPage {
  items: TaskSummary[];
  total: number;
  page: number;
  pageSize: number;
  countsByDeadlineState: Partial<Record<DeadlineState, number>>;
}

export type FormFieldType = 'text' | 'multiline' | 'number' | 'date' | 'checkbox' | 'select' | string;

export interface FormField {
  name: string;
  labelVi?: string | null;
  labelEn?: string | null;
  type: FormFieldType;
  required?: boolean;
  options?: string[] | null;
  /** What each option of a select reads as, by value; an option without one shows its value. */
  optionLabels?: Record<string, OptionLabel> | null;
  /** The most characters a text value may have (the server allows 4,000 when none is given). */
  maxLength?: number | null;
}

export interface OptionLabel { vi?: string | null; en?: string | null }

export interface TaskHistoryEntry { at: string; event: string; actor?: string | null; message?: string | null }

export interface TaskDetail {
  task: TaskSummary;
  description?: string | null;
  actions: string[];
  commentRequiredFor: string[];
  form: FormField[];
  data?: Record<string, unknown> | null;
  action?: string | null;
  comment?: string | null;
  completedBy?: string | null;
  history: TaskHistoryEntry[];
  /** The work this task is about (a unit's submission under review), labelled by the form that asked for it. */
  submission?: TaskSubmission | null;
  /** The units the task names, with their names (for units the reader does not see). */
  units?: UnitRef[];
  /** A unit's work given back by its reviewer: who returned it, when, why, and the work as it was sent. */
  returned?: TaskReturn | null;
}

export interface TaskReturn {
  by?: string | null;
  at?: string | null;
  comment?: string | null;
  work?: TaskSubmission | null;
}

export interface TaskSubmission {
  actor?: string | null;
  at?: string | null;
  action?: string | null;
  comment?: string | null;
  fields: SubmittedField[];
}

export interface SubmittedField { name: string; labelVi: string; labelEn: string; type: string; value: unknown; optionLabels?: Record<string, OptionLabel> | null }

export interface SavedFilter { id: string; name: string; ownerUser: string; sharedWithUnit: boolean; query: Record<string, string> }

export interface CompleteTaskResponse { taskId: string; status: string; instanceId: string; instanceStatus: string }
export interface BulkApproveResponse { approved: string[]; failed: Record<string, string> }

export type WorkflowStatus = 'Running' | 'Suspended' | 'Finished' | 'Cancelled' | 'Faulted' | string;

export interface InstanceSummary {
  id: string;
  definitionId: string;
  definitionName?: string | null;
  version: number;
  versionId: string;
  status: WorkflowStatus;
  correlationId?: string | null;
  createdAt: string;
  updatedAt: string;
  finishedAt?: string | null;
}

export type ActivityState = 'Done' | 'Waiting' | 'Faulted' | 'NotReached';

export interface InstanceDetail {
  summary: InstanceSummary;
  input: Record<string, unknown>;
  output: Record<string, unknown>;
  variables: Record<string, unknown>;
  bookmarks: Array<{ id: string; name: string; activityId: string; activityName?: string | null; activityType: string; createdAt: string; dueAt?: string | null }>;
  incidents: Array<{ id: string; activityId: string; activityType: string; message: string; exceptionType?: string | null; stackTrace?: string | null; at: string; resolvedAt?: string | null }>;
  activities: Array<{ activityId: string; name?: string | null; type: string; state: ActivityState; completions: number }>;
  /** The caller reads the whole instance (journal, incidents, input, variables); an officer reads the progress and their units' tasks. */
  wholeInstance?: boolean;
  /** `canOpen`: the task page would show this task to the caller (the server's own rule). */
  tasks: Array<{ id: string; activityId: string; title: string; titleEn?: string | null; status: string; unitId?: string | null; assigneeUser?: string | null; assigneeRole?: string | null; dueOn?: string | null; deadlineState?: DeadlineState | null; createdAt: string; completedAt?: string | null; canOpen?: boolean }>;
}

export interface JournalEntry {
  sequence: number;
  at: string;
  event: string;
  activityId?: string | null;
  activityType?: string | null;
  message?: string | null;
  actor?: string | null;
  data?: Record<string, unknown> | null;
  hash: string;
}

export interface PageOf<T> { items: T[]; total: number; page: number; pageSize: number }

export interface StatisticsRow {
  key: string;
  name: string;
  assigned: number;
  onTrack: number;
  dueSoon: number;
  overdue: number;
  doneOnTime: number;
  doneLate: number;
  timedOut: number;
  noDeadline: number;
  onTimeRate: number | null;
}

export interface StatisticsResponse { groupBy: string; asOf: string; rows: StatisticsRow[]; totals: StatisticsRow }

export interface NotificationItem { id: string; title: string; body: string; link?: string | null; taskId?: string | null; createdAt: string; readAt?: string | null }
export interface NotificationsPage { items: NotificationItem[]; total: number; unread: number; page: number; pageSize: number }

/** What the inbox's unit and plan filters offer: the units the user sees in tree order (with their depth), and plans. */
export interface FilterUnit { id: string; code: string; nameVi: string; nameEn?: string | null; parentId?: string | null; depth: number }
/** The plan keys of the tasks the user sees, and the titles of those their workflows recorded. */
export interface FilterOptions { units: FilterUnit[]; plans: string[]; planTitles?: Record<string, { titleVi: string; titleEn?: string | null }> }

export const work = {
  tasks: (query: URLSearchParams, signal?: AbortSignal) => api.get<TaskPage>(`/api/tasks?${query}`, signal),
  filterOptions: (signal?: AbortSignal) => api.get<FilterOptions>('/api/tasks/filter-options', signal),
  task: (id: string, signal?: AbortSignal) => api.get<TaskDetail>(`/api/tasks/${enc(id)}`, signal),
  claim: (id: string) => api.post<{ status: string }>(`/api/tasks/${enc(id)}/claim`),
  release: (id: string) => api.post<{ status: string }>(`/api/tasks/${enc(id)}/release`),
  complete: (id: string, body: { action: string; comment?: string; form?: Record<string, unknown> }) =>
    api.post<CompleteTaskResponse>(`/api/tasks/${enc(id)}/complete`, body),
  reassign: (id: string, body: { userName?: string; role?: string; unitId?: string; reason: string }) =>
    api.post<TaskSummary>(`/api/tasks/${enc(id)}/reassign`, body),
  changeDueDate: (id: string, body: { dueOn: string; reason: string }) => api.post<TaskSummary>(`/api/tasks/${enc(id)}/due-date`, body),
  bulkApprove: (taskIds: string[], comment?: string) => api.post<BulkApproveResponse>('/api/tasks/bulk-approve', { taskIds, comment }),
  filters: (signal?: AbortSignal) => api.get<SavedFilter[]>('/api/tasks/filters', signal),
  saveFilter: (body: { name: string; sharedWithUnit: boolean; query: Record<string, string> }) => api.post<SavedFilter>('/api/tasks/filters', body),
  deleteFilter: (id: string) => api.del<void>(`/api/tasks/filters/${enc(id)}`),

  instances: (query: URLSearchParams, signal?: AbortSignal) => api.get<PageOf<InstanceSummary>>(`/api/workflow-instances?${query}`, signal),
  instance: (id: string, signal?: AbortSignal) => api.get<InstanceDetail>(`/api/workflow-instances/${enc(id)}`, signal),
  journal: (id: string, page: number, pageSize: number, signal?: AbortSignal) =>
    api.get<PageOf<JournalEntry>>(`/api/workflow-instances/${enc(id)}/journal?page=${page}&pageSize=${pageSize}`, signal),
  cancelInstance: (id: string) => api.post<InstanceDetail>(`/api/workflow-instances/${enc(id)}/cancel`),
  retry: (id: string, incidentId?: string) => api.post<InstanceDetail>(`/api/workflow-instances/${enc(id)}/retry`, incidentId ? { incidentId } : {}),
  startInstance: (body: { definitionId: string; version?: number; input?: Record<string, unknown>; correlationId?: string }) =>
    api.post<InstanceDetail>('/api/workflow-instances', body),
  /** The version a start runs (404 when none is published), with the inputs the start form asks for. */
  publishedDefinition: (definitionId: string, signal?: AbortSignal) =>
    api.get<ElsaDefinition>(`/api/workflow-definitions/${enc(definitionId)}?published=true`, signal),
  definitionVersion: (definitionId: string, version: number | undefined, signal?: AbortSignal) =>
    api.get<ElsaDefinition>(`/api/workflow-definitions/${enc(definitionId)}${version ? `?version=${version}` : ''}`, signal),

  dashboard: (query: URLSearchParams, signal?: AbortSignal) => api.get<StatisticsResponse>(`/api/dashboard?${query}`, signal),
  dashboardExport: (query: URLSearchParams) => request<Response>(`/api/dashboard/export?${query}`, { raw: true }),

  notifications: (signal?: AbortSignal) => api.get<NotificationsPage>('/api/notifications?unreadOnly=true&pageSize=20', signal),
  markRead: (id: string) => api.post<void>(`/api/notifications/${enc(id)}/read`),
};
