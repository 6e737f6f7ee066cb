import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT, beginGesture, canRedo, canUndo, commit, createHistory, endGesture, redo, replace, undo } from './history';

describe('history', () => {
  it('undoes and redoes steps in order', () => {
    let h = createHistory('a');
    h = commit(h, 'b');
    h = commit(h, 'c');
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(canUndo(h)).toBe(false);
    h = redo(h);
    expect(h.present).toBe('b');
    expect(canRedo(h)).toBe(true);
  });

  it('drops the redo branch on a new step', () => {
    let h = commit(commit(createHistory(1), 2), 3);
    h = commit(undo(h), 4);
    expect(h.future).toEqual([]);
    expect(undo(h).present).toBe(2);
  });

  it('merges edits with the same key inside the window', () => {
    let h = createHistory('');
    h = commit(h, 'H', { key: 'name', now: 0 });
    h = commit(h, 'He', { key: 'name', now: 500 });
    h = commit(h, 'Hel', { key: 'name', now: 900 });
    expect(h.past).toEqual(['']);
    h = commit(h, 'Hello', { key: 'name', now: 5000 });
    expect(h.past).toEqual(['', 'Hel']);
    h = commit(h, 'x', { key: 'other', now: 5100 });
    expect(h.past).toHaveLength(3);
  });

  it('makes a gesture one step, and an unchanged gesture none', () => {
    let h = createHistory({ x: 0 });
    h = beginGesture(h);
    for (let x = 1; x <= 30; x++) h = replace(h, { x });
    h = endGesture(h);
    expect(h.present).toEqual({ x: 30 });
    expect(h.past).toEqual([{ x: 0 }]);
    expect(undo(h).present).toEqual({ x: 0 });
    const still = endGesture(beginGesture(h));
    expect(still.past).toHaveLength(1);
  });

  it('keeps a bounded past', () => {
    let h = createHistory(0);
    for (let i = 1; i <= HISTORY_LIMIT + 50; i++) h = commit(h, i);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
  });

  it('ignores a commit of the same state', () => {
    const h = createHistory('a');
    expect(commit(h, 'a')).toBe(h);
  });
});
