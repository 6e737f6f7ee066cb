import { describe, expect, it } from 'vitest';
import type { ElsaDefinition } from './elsa';
import { emptyDefinition, readPosition } from './elsa';
import { fromElsa, linkOf, toElsa } from './graph';
import { appendAfter, createActivity, deleteNodes, insertOnEdge, neighbourInDirection, reconnectEdge, uniqueName } from './ops';
import { outcomePorts } from './ports';
import { descriptor, input, shippedWorkflows } from './testing';

const writeLine = descriptor({ typeName: 'Elsa.WriteLine', inputs: [input({ name: 'text', uiHint: 'multiline' })] });
const delay = descriptor({ typeName: 'Elsa.Delay', inputs: [input({ name: 'timeSpan', typeName: 'TimeSpan', uiHint: 'duration', defaultValue: '00:01:00' })] });

function hello() {
  return fromElsa(structuredClone(shippedWorkflows().find((f) => f.file === 'hello-world.json')!.json)).doc;
}

describe('createActivity', () => {
  it('names like Elsa, sets the node id path and writes defaults', () => {
    const doc = fromElsa(emptyDefinition('w', 'W')).doc;
    const a = createActivity(doc, delay, { x: 10.4, y: 20 }, 'aaaaaaaaaaaaaaaa');
    expect(a.name).toBe('Delay1');
    expect(a.nodeId).toBe(`${doc.definition.root.id}:aaaaaaaaaaaaaaaa`);
    expect(a.timeSpan).toEqual({ typeName: 'TimeSpan', expression: { type: 'Literal', value: '00:01:00' } });
    expect(readPosition(a)).toEqual({ x: 10, y: 20 });
  });

  it('makes names unique', () => {
    expect(uniqueName('WriteLine', new Set(['WriteLine1', 'WriteLine2']))).toBe('WriteLine3');
    expect(uniqueName('Issue2', new Set(['Issue1']))).toBe('Issue2');
  });
});

describe('appendAfter / insertOnEdge / deleteNodes', () => {
  it('appends a connected activity to the right of its source, clear of others', () => {
    const doc = hello();
    const [start] = doc.nodes;
    const a = createActivity(doc, writeLine, { x: 0, y: 0 }, 'bbbbbbbbbbbbbbbb');
    const next = appendAfter(doc, start.id, 'Done', 0, a);
    const added = next.nodes.find((n) => n.id === a.id)!;
    expect(added.position.x).toBeGreaterThan(start.position.x);
    expect(next.nodes.filter((n) => n !== added).every((n) => Math.abs(n.position.x - added.position.x) >= 220 || Math.abs(n.position.y - added.position.y) >= 64)).toBe(true);
    expect(next.edges.map(linkOf)).toContainEqual({ source: start.id, sourcePort: 'Done', target: a.id, targetPort: 'In' });
  });

  it('splits a connection when inserting on it', () => {
    const doc = hello();
    const edge = doc.edges[0];
    const a = createActivity(doc, delay, { x: 0, y: 0 }, 'cccccccccccccccc');
    const next = insertOnEdge(doc, edge.id, a, 'Done');
    const links = next.edges.map(linkOf);
    expect(links).not.toContainEqual(linkOf(edge));
    expect(links).toContainEqual({ source: edge.source, sourcePort: edge.sourceHandle, target: a.id, targetPort: 'In' });
    expect(links).toContainEqual({ source: a.id, sourcePort: 'Done', target: edge.target, targetPort: 'In' });
  });

  it('reconnects around a deleted activity with one way in and one way out', () => {
    const doc = hello();
    const [start, middle, end] = doc.nodes;
    const next = deleteNodes(doc, [middle.id]);
    expect(next.nodes.map((n) => n.id)).toEqual([start.id, end.id]);
    expect(next.edges.map(linkOf)).toEqual([{ source: start.id, sourcePort: 'Done', target: end.id, targetPort: 'In' }]);
    expect(deleteNodes(doc, [middle.id], false).edges).toEqual([]);
  });

  it('reconnects across a deleted chain', () => {
    const doc = hello();
    const [start, middle, end] = doc.nodes;
    const a = createActivity(doc, delay, { x: 0, y: 0 }, 'dddddddddddddddd');
    const longer = insertOnEdge(doc, doc.edges[1].id, a, 'Done');
    const next = deleteNodes(longer, [middle.id, a.id]);
    expect(next.edges.map(linkOf)).toEqual([{ source: start.id, sourcePort: 'Done', target: end.id, targetPort: 'In' }]);
  });

  it('does not reconnect a branching activity', () => {
    const def = shippedWorkflows().find((f) => f.file === 'sample-counter-loop.json')!.json as ElsaDefinition;
    const doc = fromElsa(def).doc;
    const decision = doc.nodes.find((n) => n.data.activity.type === 'Elsa.FlowDecision')!;
    const next = deleteNodes(doc, [decision.id]);
    expect(next.edges.some((e) => e.source === decision.id || e.target === decision.id)).toBe(false);
    expect(next.edges.length).toBeLessThan(doc.edges.length - 1);
  });

  it('moves an edge end and keeps its original extra keys', () => {
    const doc = hello();
    const [start, , end] = doc.nodes;
    const next = reconnectEdge(doc, doc.edges[0], { source: start.id, sourcePort: 'Done', target: end.id, targetPort: 'In' });
    expect(toElsa(next).root.connections.at(-1)).toEqual({ source: { activity: start.id, port: 'Done' }, target: { activity: end.id, port: 'In' } });
  });

  it('finds the neighbour in a direction', () => {
    const doc = hello();
    const [start, middle, end] = doc.nodes;
    expect(neighbourInDirection(doc.nodes, start, 'right')?.id).toBe(middle.id);
    expect(neighbourInDirection(doc.nodes, middle, 'right')?.id).toBe(end.id);
    expect(neighbourInDirection(doc.nodes, start, 'left')).toBeUndefined();
  });
});

describe('outcomePorts', () => {
  it('reads switch cases and fork branches', () => {
    expect(outcomePorts({ id: 'x', type: 'Elsa.FlowSwitch', cases: [{ label: 'A', condition: { type: 'JavaScript', value: 'true' } }, { label: 'B' }] }, undefined))
      .toEqual(['A', 'B', 'Default']);
    expect(outcomePorts({ id: 'x', type: 'Elsa.FlowFork', branches: { typeName: 'String[]', expression: { type: 'Object', value: '["Board","Agency"]' } } }, undefined))
      .toEqual(['Board', 'Agency']);
  });

  it('uses the descriptor, and an outcomes input for dynamic ones', () => {
    const d = descriptor({ typeName: 'Supervision.UserTask', outcomes: [], hasDynamicOutcomes: true, inputs: [input({ name: 'actions', uiHint: 'outcomes' })] });
    expect(outcomePorts({ id: 'x', type: d.typeName, actions: { typeName: 'String[]', expression: { type: 'Object', value: '["Approve","Return"]' } } }, d))
      .toEqual(['Approve', 'Return']);
    expect(outcomePorts({ id: 'x', type: 'Elsa.FlowDecision' }, descriptor({ typeName: 'Elsa.FlowDecision', outcomes: ['True', 'False'] }))).toEqual(['True', 'False']);
  });
});
