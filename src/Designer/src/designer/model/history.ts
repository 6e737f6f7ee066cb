/**
 * Undo/redo over immutable snapshots. A gesture (a drag, typing into one field) is one step: either
 * through begin/set/end, or by committing with the same coalescing key within `coalesceMs`.
 */
export interface History<T> {
  past: T[];
  present: T;
  future: T[];
  /** The snapshot before a gesture that is still going on. */
  pending?: T;
  lastKey?: string;
  lastAt?: number;
}

export const HISTORY_LIMIT = 200;

export function createHistory<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

function trim<T>(past: T[]): T[] {
  return past.length > HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT) : past;
}

/** Records `next` as one undoable step; with a key equal to the last one, within the window, merges into it. */
export function commit<T>(h: History<T>, next: T, options: { key?: string; now?: number; coalesceMs?: number } = {}): History<T> {
  if (next === h.present) return h;
  const now = options.now ?? Date.now();
  const window = options.coalesceMs ?? 1500;
  if (h.pending !== undefined) return { ...h, present: next };
  if (options.key && options.key === h.lastKey && h.lastAt !== undefined && now - h.lastAt <= window && h.past.length > 0) {
    return { ...h, present: next, future: [], lastAt: now };
  }
  return { past: trim([...h.past, h.present]), present: next, future: [], lastKey: options.key, lastAt: now };
}

/** Replaces the present without a step (selection changes, or frames of a gesture). */
export function replace<T>(h: History<T>, next: T): History<T> {
  return next === h.present ? h : { ...h, present: next };
}

export function beginGesture<T>(h: History<T>): History<T> {
  return h.pending !== undefined ? h : { ...h, pending: h.present };
}

export function endGesture<T>(h: History<T>, changed: (before: T, after: T) => boolean = (a, b) => a !== b): History<T> {
  if (h.pending === undefined) return h;
  const before = h.pending;
  if (!changed(before, h.present)) return { ...h, pending: undefined };
  return { past: trim([...h.past, before]), present: h.present, future: [], pending: undefined, lastKey: undefined, lastAt: undefined };
}

export function undo<T>(h: History<T>): History<T> {
  if (h.past.length === 0) return h;
  const previous = h.past[h.past.length - 1];
  return { past: h.past.slice(0, -1), present: previous, future: [h.present, ...h.future] };
}

export function redo<T>(h: History<T>): History<T> {
  if (h.future.length === 0) return h;
  const [next, ...rest] = h.future;
  return { past: [...h.past, h.present], present: next, future: rest };
}

export const canUndo = <T>(h: History<T>) => h.past.length > 0;
export const canRedo = <T>(h: History<T>) => h.future.length > 0;
