import { describe, expect, it } from 'vitest';
import { diffDefinitions, isEmptyDiff } from './diff';
import type { ElsaDefinition } from './elsa';
import { fromElsa, toElsa } from './graph';
import { createActivity, deleteNodes, appendAfter, renameActivity, setPositions } from './ops';
import { descriptor, shippedWorkflows } from './testing';

const base = () => structuredClone(shippedWorkflows().find((f) => f.file === 'sample-parallel-approval.json')!.json) as ElsaDefinition;

describe('diffDefinitions', () => {
  it('finds nothing between a version and itself, or a moved copy of it', () => {
    const a = base();
    expect(isEmptyDiff(diffDefinitions(a, base()))).toBe(true);
    const { doc } = fromElsa(a);
    const moved = toElsa(setPositions(doc, new Map([[doc.nodes[0].id, { x: 5, y: 5 }]])));
    const diff = diffDefinitions(a, moved);
    expect(isEmptyDiff(diff)).toBe(true);
    expect(diff.moved).toEqual([doc.nodes[0].id]);
  });

  it('reports added, removed and changed activities and connections', () => {
    const a = base();
    const { doc } = fromElsa(a);
    const [first, second] = doc.nodes;
    const last = doc.nodes.at(-1)!;
    let next = renameActivity(doc, second.id, 'Đổi tên');
    next = deleteNodes(next, [last.id], false);
    const added = createActivity(next, descriptor({ typeName: 'Elsa.WriteLine' }), { x: 0, y: 0 }, 'abcdefabcdefabcd');
    next = appendAfter(next, first.id, 'Done', 0, added);
    const b = toElsa(next);
    b.name = 'Tên mới';
    const diff = diffDefinitions(a, b);
    expect(diff.added).toEqual([added.id]);
    expect(diff.removed).toEqual([last.id]);
    expect(diff.changed).toEqual([{ id: second.id, fields: ['name'] }]);
    expect(diff.connectionsAdded).toContainEqual({ source: first.id, sourcePort: 'Done', target: added.id, targetPort: 'In' });
    expect(diff.connectionsRemoved.every((l) => l.source === last.id || l.target === last.id)).toBe(true);
    expect(diff.connectionsRemoved.length).toBeGreaterThan(0);
    expect(diff.definitionFields).toEqual(['name']);
  });

  it('sees an input change', () => {
    const a = base();
    const b = base();
    const task = b.root.activities.find((x) => x.type === 'Elsa.RunTask')!;
    task.taskName = { typeName: 'String', expression: { type: 'Literal', value: 'other' } };
    expect(diffDefinitions(a, b).changed).toEqual([{ id: task.id, fields: ['taskName'] }]);
  });
});
