import { describe, expect, it } from 'vitest';
import { copyFragment, parseFragment, pasteFragment } from './clipboard';
import type { ElsaActivity, ElsaDefinition } from './elsa';
import { emptyDefinition, readPosition } from './elsa';
import { fromElsa, linkOf, toElsa } from './graph';
import { shippedWorkflows } from './testing';

function sample(file: string) {
  return fromElsa(structuredClone(shippedWorkflows().find((f) => f.file === file)!.json)).doc;
}

function counter() {
  let i = 0;
  return () => `${(++i).toString(16).padStart(16, 'e')}`;
}

describe('copy and paste', () => {
  it('copies the selected activities and only the connections among them', () => {
    const doc = sample('hello-world.json');
    const [start, middle] = doc.nodes;
    const fragment = copyFragment(doc, [start.id, middle.id]);
    expect(fragment.activities.map((a) => a.id)).toEqual([start.id, middle.id]);
    expect(fragment.connections).toHaveLength(1);
  });

  it('pastes with new ids, unique names, remapped connections, offset and selected', () => {
    const doc = sample('hello-world.json');
    const [start, middle] = doc.nodes;
    const fragment = parseFragment(JSON.stringify(copyFragment(doc, [start.id, middle.id])))!;
    const { doc: next, pastedIds } = pasteFragment(doc, fragment, { newId: counter() });
    expect(pastedIds).toHaveLength(2);
    expect(pastedIds.some((id) => id === start.id || id === middle.id)).toBe(false);
    const pasted = next.nodes.filter((n) => pastedIds.includes(n.id));
    expect(pasted.every((n) => n.selected)).toBe(true);
    expect(next.nodes.filter((n) => !pastedIds.includes(n.id)).some((n) => n.selected)).toBe(false);
    const names = next.nodes.map((n) => n.data.activity.name);
    expect(new Set(names).size).toBe(names.length);
    expect(pasted[0].position).toEqual({ x: start.position.x + 40, y: start.position.y + 40 });
    expect(readPosition(pasted[0].data.activity)).toEqual(pasted[0].position);
    const newLinks = next.edges.filter((e) => pastedIds.includes(e.source)).map(linkOf);
    expect(newLinks).toEqual([{ source: pastedIds[0], sourcePort: 'Done', target: pastedIds[1], targetPort: 'In' }]);
    // Inputs travel with the activity.
    expect(pasted[1].data.activity.text).toEqual(middle.data.activity.text);
    expect(pasted[1].data.activity.nodeId).toBe(`${doc.definition.root.nodeId}:${pastedIds[1]}`);
  });

  it('pastes into another workflow at a point', () => {
    const source = sample('sample-counter-loop.json');
    const target = fromElsa(emptyDefinition('other', 'Other')).doc;
    const fragment = copyFragment(source, source.nodes.map((n) => n.id));
    const { doc, pastedIds } = pasteFragment(target, fragment, { at: { x: 1000, y: 500 }, newId: counter() });
    expect(doc.nodes).toHaveLength(source.nodes.length);
    expect(doc.edges).toHaveLength(source.edges.length);
    expect(Math.min(...doc.nodes.map((n) => n.position.x))).toBe(1000);
    expect(Math.min(...doc.nodes.map((n) => n.position.y))).toBe(500);
    // Names were free in the target, so they are kept.
    expect(doc.nodes.map((n) => n.data.activity.name)).toEqual(source.nodes.map((n) => n.data.activity.name));
    expect(toElsa(doc).root.activities.every((a) => pastedIds.includes(a.id))).toBe(true);
  });

  it('remaps ids inside a pasted nested flowchart', () => {
    const inner: ElsaActivity = {
      id: '1111111111111111', type: 'Elsa.Flowchart', name: 'Inner',
      activities: [{ id: 'a1', type: 'Elsa.WriteLine' }, { id: 'a2', type: 'Elsa.WriteLine' }],
      connections: [{ source: { activity: 'a1', port: 'Done' }, target: { activity: 'a2', port: 'In' } }],
    };
    const doc = fromElsa(emptyDefinition('n', 'N')).doc;
    const { doc: next } = pasteFragment(doc, parseFragment(JSON.stringify(inner))!, { newId: counter() });
    const pasted = next.nodes[0].data.activity as ElsaActivity & { activities: ElsaActivity[]; connections: Array<{ source: { activity: string } }> };
    const childIds = pasted.activities.map((a) => a.id);
    expect(childIds).not.toContain('a1');
    expect(pasted.connections[0].source.activity).toBe(childIds[0]);
    expect(pasted.activities[0].nodeId).toBe(`${pasted.nodeId}:${childIds[0]}`);
  });

  it('reads whole definitions, arrays and single activities, and refuses other text', () => {
    const def = shippedWorkflows()[0].json as ElsaDefinition;
    expect(parseFragment(JSON.stringify(def))!.activities).toHaveLength(def.root.activities.length);
    expect(parseFragment(JSON.stringify(def.root.activities))!.activities).toHaveLength(def.root.activities.length);
    expect(parseFragment('hello')).toBeUndefined();
    expect(parseFragment('{"a":1}')).toBeUndefined();
  });
});
