import { describe, expect, it } from 'vitest';
import { alignPositions, snapToNeighbours } from './align';
import type { DesignerDoc, DesignerNode } from './model/graph';

const node = (id: string, x: number, y: number): DesignerNode => ({ id, type: 'activity', position: { x, y }, data: { activity: { id, type: 'T' } }, measured: { width: 200, height: 60 } });

describe('snapToNeighbours', () => {
  it('snaps to a close left edge and a close middle line, and reports the guide lines', () => {
    const nodes = [node('a', 100, 100), node('b', 0, 0)];
    const snap = snapToNeighbours(nodes, nodes[1], { x: 103, y: 296 });
    expect(snap.position).toEqual({ x: 100, y: 296 });
    expect(snap.vertical).toBe(100);
    const snapY = snapToNeighbours(nodes, nodes[1], { x: 400, y: 104 });
    expect(snapY.position).toEqual({ x: 400, y: 100 });
    expect(snapY.horizontal).toBe(100);
  });

  it('leaves a node far from every line where it is', () => {
    const nodes = [node('a', 100, 100), node('b', 0, 0)];
    expect(snapToNeighbours(nodes, nodes[1], { x: 520, y: 420 })).toEqual({ position: { x: 520, y: 420 } });
  });
});

describe('alignPositions', () => {
  const doc = { definition: {} as DesignerDoc['definition'], nodes: [node('a', 0, 0), node('b', 50, 300), node('c', 500, 100)], edges: [] } as DesignerDoc;

  it('aligns left and top', () => {
    const left = alignPositions(doc, ['a', 'b', 'c'], 'left');
    expect([...left.values()].map((p) => p.x)).toEqual([0, 0, 0]);
    const top = alignPositions(doc, ['a', 'b', 'c'], 'top');
    expect([...top.values()].map((p) => p.y)).toEqual([0, 0, 0]);
  });

  it('spreads nodes evenly', () => {
    const spread = alignPositions(doc, ['a', 'b', 'c'], 'distributeX');
    expect(spread.get('a')!.x).toBe(0);
    expect(spread.get('b')!.x).toBe(250);
    expect(spread.get('c')!.x).toBe(500);
  });
});
