import type { TaskSummary } from '../api/work';

/** Statuses of a task nobody works on any more. */
const FINISHED = new Set(['Completed', 'Returned', 'TimedOut', 'Cancelled']);

export function isFinished(status: string): boolean {
  return FINISHED.has(status);
}

/** Whom a row says is working on the task: only while it is open; a finished task keeps its last claimant but nobody handles it. */
export function claimedByShown(task: Pick<TaskSummary, 'status' | 'claimedBy'>): string | undefined {
  return task.claimedBy && !isFinished(task.status) ? task.claimedBy : undefined;
}

/**
 * The deadline column of a row. The server gives a returned or cancelled task no deadline state (the reworked task
 * carries the deadline; a cancelled one is not counted) and calls it "NoDeadline", which beside its due date read as a
 * contradiction: such a row says why its date no longer counts instead of showing a badge.
 */
export function rowDeadline(task: Pick<TaskSummary, 'status' | 'dueOn' | 'deadlineState'>): { state: string } | { note: 'Returned' | 'Cancelled' } {
  if ((task.status === 'Returned' || task.status === 'Cancelled') && task.dueOn && (task.deadlineState === 'NoDeadline' || !task.deadlineState)) {
    return { note: task.status };
  }
  return { state: task.deadlineState };
}
