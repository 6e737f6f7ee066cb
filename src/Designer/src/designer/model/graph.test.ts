import { describe, expect, it } from 'vitest';
import { bigWorkflow } from '../../../e2e/fixtures/big-workflow.mjs';
import type { ElsaDefinition } from './elsa';
import { fromElsa, toElsa } from './graph';
import { connect, deleteNodes, renameActivity, setPositions } from './ops';
import { shippedWorkflows } from './testing';

describe('fromElsa / toElsa', () => {
  const files = shippedWorkflows();

  it('finds the shipped workflows', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  it.each(files.map((f) => [f.file, f] as const))('round-trips %s unchanged', (_, { text, json }) => {
    const { doc, missingPositions } = fromElsa(json);
    expect(missingPositions).toBe(0);
    expect(doc.nodes).toHaveLength(json.root.activities.length);
    // Byte for byte, key order included: untouched objects are written as loaded.
    expect(JSON.stringify(toElsa(doc), null, 2)).toBe(JSON.stringify(JSON.parse(text), null, 2));
  });

  it.each(files.map((f) => [f.file, f] as const))('keeps unknown keys through an edit of %s', (_, { json }) => {
    const withExtras: ElsaDefinition = structuredClone(json);
    withExtras.toolVersion = '3.5.0';
    withExtras.root.activities[0].customProperties = { ...withExtras.root.activities[0].customProperties, vendorFlag: { deep: [1, 2] } };
    withExtras.root.activities[0].metadata = { ...withExtras.root.activities[0].metadata, annotation: 'keep me' };
    withExtras.root.activities[0].somethingNew = 42;
    const { doc } = fromElsa(withExtras);
    const first = doc.nodes[0];
    const edited = setPositions(renameActivity(doc, first.id, 'Renamed'), new Map([[first.id, { x: 999, y: 111 }]]));
    const out = toElsa(edited);
    const a = out.root.activities[0];
    expect(out.toolVersion).toBe('3.5.0');
    expect(a.name).toBe('Renamed');
    expect(a.somethingNew).toBe(42);
    expect(a.customProperties).toEqual(withExtras.root.activities[0].customProperties);
    expect((a.metadata as { annotation: string }).annotation).toBe('keep me');
    expect((a.metadata as { designer: { position: unknown } }).designer.position).toEqual({ x: 999, y: 111 });
    // Everything else untouched, the very same objects.
    expect(out.root.activities.slice(1)).toEqual(withExtras.root.activities.slice(1));
    expect(out.root.activities[1]).toBe(withExtras.root.activities[1]);
  });

  it('reads the flat connection shape and writes it back unchanged until it is edited', () => {
    const def: ElsaDefinition = structuredClone(shippedWorkflows().find((f) => f.file === 'hello-world.json')!.json);
    const [c] = def.root.connections;
    const link = { source: (c.source as { activity: string }).activity, target: (c.target as { activity: string }).activity };
    def.root.connections[0] = { source: link.source, target: link.target, sourcePort: 'Done', targetPort: 'In', extra: 'x' };
    const { doc } = fromElsa(def);
    expect(doc.edges[0]).toMatchObject({ source: link.source, target: link.target, sourceHandle: 'Done', targetHandle: 'In' });
    expect(toElsa(doc).root.connections[0]).toBe(def.root.connections[0]);
  });

  it('drops connections to missing activities from the graph only', () => {
    const def: ElsaDefinition = structuredClone(shippedWorkflows()[0].json);
    def.root.connections.push({ source: { activity: 'nope', port: 'Done' }, target: { activity: def.root.activities[0].id, port: 'In' } });
    const { doc } = fromElsa(def);
    expect(doc.edges.every((e) => e.source !== 'nope')).toBe(true);
  });

  it('gives activities without a position a slot and counts them', () => {
    const def: ElsaDefinition = structuredClone(shippedWorkflows()[0].json);
    for (const a of def.root.activities) delete a.metadata;
    const { doc, missingPositions } = fromElsa(def);
    expect(missingPositions).toBe(def.root.activities.length);
    expect(new Set(doc.nodes.map((n) => `${n.position.x},${n.position.y}`)).size).toBe(doc.nodes.length);
  });

  it('writes new connections in the nested shape', () => {
    const { doc } = fromElsa(bigWorkflow(5) as ElsaDefinition);
    const [a, , , , e] = doc.nodes;
    const out = toElsa(connect(doc, { source: a.id, sourcePort: 'Done', target: e.id, targetPort: 'In' }));
    expect(out.root.connections.at(-1)).toEqual({ source: { activity: a.id, port: 'Done' }, target: { activity: e.id, port: 'In' } });
  });

  it('keeps a single-activity root as it was, and wraps it in a flowchart once steps are added', () => {
    const writeLine = { id: 'aaaaaaaaaaaaaaaa', type: 'Elsa.WriteLine', name: 'Only', text: { typeName: 'String', expression: { type: 'Literal', value: 'x' } } };
    const def = { definitionId: 'single', name: 'Single', root: writeLine } as unknown as ElsaDefinition;
    const { doc } = fromElsa(def);
    expect(doc.nodes.map((n) => n.id)).toEqual([writeLine.id]);
    expect(toElsa(doc).root).toBe(writeLine);
    const next = connect({ ...doc, nodes: [...doc.nodes, { ...doc.nodes[0], id: 'bbbbbbbbbbbbbbbb', data: { activity: { ...writeLine, id: 'bbbbbbbbbbbbbbbb' } } }] },
      { source: writeLine.id, sourcePort: 'Done', target: 'bbbbbbbbbbbbbbbb', targetPort: 'In' });
    const out = toElsa(next);
    expect(out.root.type).toBe('Elsa.Flowchart');
    expect(out.root.activities.map((a) => a.id)).toEqual([writeLine.id, 'bbbbbbbbbbbbbbbb']);
    expect(out.root.connections).toHaveLength(1);
    expect('single' in out.root).toBe(false);
  });

  it('gives a definition without a root an empty flowchart', () => {
    const { doc } = fromElsa({ definitionId: 'x' } as ElsaDefinition);
    const out = toElsa(doc);
    expect(out.root).toMatchObject({ type: 'Elsa.Flowchart', activities: [], connections: [] });
  });

  it('converts 300 activities quickly', () => {
    const def = bigWorkflow(300) as ElsaDefinition;
    const started = performance.now();
    const { doc } = fromElsa(def);
    const out = toElsa(deleteNodes(doc, [doc.nodes[10].id]));
    expect(out.root.activities).toHaveLength(299);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
