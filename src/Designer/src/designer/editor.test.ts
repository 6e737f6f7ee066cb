import { describe, expect, it } from 'vitest';
import descriptorsJson from './model/__fixtures__/activity-descriptors.json';
import { Editor } from './editor';
import { indexDescriptors, type ActivityDescriptor } from './model/descriptors';
import type { ElsaDefinition } from './model/elsa';
import { linkOf } from './model/graph';
import { shippedWorkflows } from './model/testing';

const descriptors = descriptorsJson as unknown as ActivityDescriptor[];
const index = indexDescriptors(descriptors);
const d = (type: string) => index.get(type)!;

function open(file = 'hello-world.json') {
  return new Editor(structuredClone(shippedWorkflows().find((f) => f.file === file)!.json) as ElsaDefinition, index);
}

describe('Editor', () => {
  it('records a drag of many frames as one undoable step and keeps measurements out of history', () => {
    const editor = open();
    const id = editor.present.nodes[1].id;
    const start = editor.present.nodes[1].position;
    editor.onNodesChange([{ type: 'dimensions', id, dimensions: { width: 220, height: 64 } }]);
    expect(editor.canUndo()).toBe(false);
    for (let i = 1; i <= 20; i++) editor.onNodesChange([{ type: 'position', id, position: { x: start.x + i * 7, y: start.y + 333 }, dragging: true }]);
    editor.onNodesChange([{ type: 'position', id, position: { x: start.x + 140, y: start.y + 333 }, dragging: false }]);
    expect(editor.present.nodes[1].position).toEqual({ x: start.x + 140, y: start.y + 333 });
    expect(editor.doc.get().history.past).toHaveLength(1);
    editor.undo();
    expect(editor.present.nodes[1].position).toEqual(start);
    expect(editor.present.nodes[1].measured).toEqual({ width: 220, height: 64 });
    editor.redo();
    expect(editor.present.nodes[1].position).toEqual({ x: start.x + 140, y: start.y + 333 });
  });

  it('adds after the selection, connected, and selects the new step', () => {
    const editor = open();
    const [start] = editor.present.nodes;
    editor.select([start.id]);
    const source = editor.defaultSource()!;
    // Start's only port is taken, so it is still offered (a second branch).
    expect(source).toEqual({ nodeId: start.id, port: 'Done', portIndex: 0 });
    const id = editor.add(d('Elsa.Delay'), { source });
    expect(editor.present.edges.map(linkOf)).toContainEqual({ source: start.id, sourcePort: 'Done', target: id, targetPort: 'In' });
    expect(editor.selectedIds()).toEqual([id]);
    expect(editor.toElsa().root.activities.find((a) => a.id === id)?.timeSpan).toEqual({ typeName: 'TimeSpan', expression: { type: 'Literal', value: '00:01:00' } });
    editor.undo();
    expect(editor.present.nodes.some((n) => n.id === id)).toBe(false);
  });

  it('prefers a free port for "add after"', () => {
    const editor = open('sample-counter-loop.json');
    const decision = editor.present.nodes.find((n) => n.data.activity.type === 'Elsa.FlowDecision')!;
    editor.select([decision.id]);
    const used = new Set(editor.present.edges.filter((e) => e.source === decision.id).map((e) => e.sourceHandle));
    const source = editor.defaultSource()!;
    expect(['True', 'False']).toContain(source.port);
    if (used.size < 2) expect(used.has(source.port)).toBe(false);
  });

  it('deletes the selection with reconnection and undoes it', () => {
    const editor = open();
    const [start, middle, end] = editor.present.nodes;
    editor.select([middle.id]);
    editor.deleteSelection();
    expect(editor.present.edges.map(linkOf)).toEqual([{ source: start.id, sourcePort: 'Done', target: end.id, targetPort: 'In' }]);
    editor.undo();
    expect(editor.present.nodes).toHaveLength(3);
    expect(editor.present.edges).toHaveLength(2);
  });

  it('coalesces typing into one field as one step, and counts semantic changes for validation', () => {
    const editor = open();
    const id = editor.present.nodes[1].id;
    const before = editor.doc.get().semantic;
    for (const name of ['H', 'He', 'Hel', 'Hell', 'Hello']) editor.updateActivity(id, (a) => ({ ...a, name }), `name:${id}`);
    expect(editor.doc.get().history.past).toHaveLength(1);
    expect(editor.doc.get().semantic).toBe(before + 5);
    editor.nudge(10, 0);
    expect(editor.doc.get().semantic).toBe(before + 5);
    editor.undo();
    editor.undo();
    expect(editor.present.nodes[1].data.activity.name).toBe('WriteLine1');
  });

  it('cuts and pastes with new ids, one step each', () => {
    const editor = open();
    const ids = editor.present.nodes.slice(0, 2).map((n) => n.id);
    editor.select(ids);
    const fragment = editor.cut()!;
    expect(fragment.activities).toHaveLength(2);
    expect(editor.present.nodes).toHaveLength(1);
    const pasted = editor.paste(fragment);
    expect(pasted).toHaveLength(2);
    expect(pasted.some((id) => ids.includes(id))).toBe(false);
    expect(editor.present.nodes).toHaveLength(3);
    editor.undo();
    expect(editor.present.nodes).toHaveLength(1);
  });

  it('does nothing when read-only', () => {
    const editor = new Editor(structuredClone(shippedWorkflows()[0].json) as ElsaDefinition, index, true);
    const count = editor.present.nodes.length;
    editor.select([editor.present.nodes[0].id]);
    editor.deleteSelection();
    expect(editor.present.nodes).toHaveLength(count);
    expect(editor.selectedIds()).toHaveLength(1);
  });

  it('tracks unsaved changes', () => {
    const editor = open();
    const dirty = () => editor.doc.get().revision !== editor.doc.get().savedRevision;
    expect(dirty()).toBe(false);
    editor.rename(editor.present.nodes[0].id, 'Bắt đầu');
    expect(dirty()).toBe(true);
    editor.markSaved({ definitionId: 'x', version: 2, id: 'x:v2' } as ElsaDefinition);
    expect(dirty()).toBe(false);
    expect(editor.toElsa().version).toBe(2);
  });

  it('turns problems into per-step counts and focuses a problem', () => {
    const editor = open();
    const id = editor.present.nodes[1].id;
    editor.setProblems([
      { severity: 'Error', activityId: id, field: 'text', path: `activities[${id}].text`, message: 'x' },
      { severity: 'Warning', activityId: id, field: 'text', path: `activities[${id}].text`, message: 'y' },
      { severity: 'Error', activityId: null, field: 'variables', path: 'variables', message: 'z' },
    ]);
    expect(editor.problems.get().errorCount).toBe(2);
    expect(editor.problems.get().errorsByActivity.get(id)).toBe(1);
    editor.focusProblem(editor.problems.get().problems[0]);
    expect(editor.selectedIds()).toEqual([id]);
    expect(editor.ui.get().focusField).toMatchObject({ activityId: id, field: 'text' });
  });
});
