import type { Position } from './model/elsa';
import type { DesignerDoc, DesignerNode } from './model/graph';
import { DEFAULT_NODE_HEIGHT, DEFAULT_NODE_WIDTH } from './model/graph';

export const SNAP_DISTANCE = 6;

interface Box { x: number; y: number; w: number; h: number }

const boxOf = (n: DesignerNode, position: Position = n.position): Box => ({
  x: position.x, y: position.y, w: n.measured?.width ?? DEFAULT_NODE_WIDTH, h: n.measured?.height ?? DEFAULT_NODE_HEIGHT,
});

export interface Snap { position: Position; vertical?: number; horizontal?: number }

/**
 * Snaps a dragged node to the left/centre/right and top/middle/bottom lines of the other nodes
 * within a few pixels, and says where to draw the guide lines. One pass over the nodes per frame.
 */
export function snapToNeighbours(nodes: readonly DesignerNode[], dragged: DesignerNode, proposed: Position, distance = SNAP_DISTANCE): Snap {
  const me = boxOf(dragged, proposed);
  const xs = [me.x, me.x + me.w / 2, me.x + me.w];
  const ys = [me.y, me.y + me.h / 2, me.y + me.h];
  let bestX = { d: distance + 1, shift: 0, line: 0 };
  let bestY = { d: distance + 1, shift: 0, line: 0 };
  for (const other of nodes) {
    if (other.id === dragged.id || other.selected) continue;
    const b = boxOf(other);
    const oxs = [b.x, b.x + b.w / 2, b.x + b.w];
    const oys = [b.y, b.y + b.h / 2, b.y + b.h];
    for (const x of xs) for (const ox of oxs) {
      const d = Math.abs(ox - x);
      if (d < bestX.d) bestX = { d, shift: ox - x, line: ox };
    }
    for (const y of ys) for (const oy of oys) {
      const d = Math.abs(oy - y);
      if (d < bestY.d) bestY = { d, shift: oy - y, line: oy };
    }
  }
  const snap: Snap = { position: { ...proposed } };
  if (bestX.d <= distance) {
    snap.position.x += bestX.shift;
    snap.vertical = bestX.line;
  }
  if (bestY.d <= distance) {
    snap.position.y += bestY.shift;
    snap.horizontal = bestY.line;
  }
  return snap;
}

export type AlignMode = 'left' | 'centerX' | 'right' | 'top' | 'middle' | 'bottom' | 'distributeX' | 'distributeY';

/** New positions that align or evenly space the chosen nodes. */
export function alignPositions(doc: DesignerDoc, ids: readonly string[], mode: AlignMode): Map<string, Position> {
  const chosen = doc.nodes.filter((n) => ids.includes(n.id));
  const result = new Map<string, Position>();
  if (chosen.length < 2) return result;
  const boxes = chosen.map((n) => ({ n, b: boxOf(n) }));
  const minX = Math.min(...boxes.map(({ b }) => b.x));
  const maxX = Math.max(...boxes.map(({ b }) => b.x + b.w));
  const minY = Math.min(...boxes.map(({ b }) => b.y));
  const maxY = Math.max(...boxes.map(({ b }) => b.y + b.h));
  for (const { n, b } of boxes) {
    const p = { ...n.position };
    if (mode === 'left') p.x = minX;
    if (mode === 'right') p.x = maxX - b.w;
    if (mode === 'centerX') p.x = Math.round((minX + maxX) / 2 - b.w / 2);
    if (mode === 'top') p.y = minY;
    if (mode === 'bottom') p.y = maxY - b.h;
    if (mode === 'middle') p.y = Math.round((minY + maxY) / 2 - b.h / 2);
    result.set(n.id, p);
  }
  if (mode === 'distributeX' || mode === 'distributeY') {
    const horizontal = mode === 'distributeX';
    const sorted = [...boxes].sort((a, c) => (horizontal ? a.b.x - c.b.x : a.b.y - c.b.y));
    const total = sorted.reduce((s, { b }) => s + (horizontal ? b.w : b.h), 0);
    const gap = ((horizontal ? maxX - minX : maxY - minY) - total) / (sorted.length - 1);
    let at = horizontal ? minX : minY;
    for (const { n, b } of sorted) {
      result.set(n.id, horizontal ? { x: Math.round(at), y: n.position.y } : { x: n.position.x, y: Math.round(at) });
      at += (horizontal ? b.w : b.h) + gap;
    }
  }
  return result;
}
