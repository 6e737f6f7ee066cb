import type { ElsaActivity, ElsaConnection, ElsaDefinition, Position } from './elsa';
import { isPlainObject, newActivityId, readLink, readPosition } from './elsa';
import type { DesignerDoc } from './graph';
import { activityOf, linkOf, makeEdge, makeNode, writeConnection } from './graph';
import { namesOf, uniqueName } from './ops';

/**
 * What the clipboard carries: a piece of an Elsa flowchart (its activities and the connections
 * among them), so it pastes into another workflow, another tab, or Elsa Studio's JSON.
 */
export interface ElsaFragment {
  $type: typeof FRAGMENT_TYPE;
  activities: ElsaActivity[];
  connections: ElsaConnection[];
}

export const FRAGMENT_TYPE = 'supervision/elsa-fragment';

export function copyFragment(doc: DesignerDoc, ids: Iterable<string>): ElsaFragment {
  const chosen = new Set(ids);
  const activities = doc.nodes.filter((n) => chosen.has(n.id)).map(activityOf);
  const connections = doc.edges
    .filter((e) => chosen.has(e.source) && chosen.has(e.target))
    .map((e) => writeConnection(linkOf(e), e.data?.raw));
  return { $type: FRAGMENT_TYPE, activities, connections };
}

/**
 * Reads clipboard text: our fragment, a whole Elsa definition, a flowchart, a list of activities or
 * one activity. Anything else gives undefined.
 */
export function parseFragment(text: string): ElsaFragment | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const isActivity = (v: unknown): v is ElsaActivity => isPlainObject(v) && typeof v.type === 'string' && typeof v.id === 'string';
  if (Array.isArray(value)) {
    const activities = value.filter(isActivity);
    return activities.length ? { $type: FRAGMENT_TYPE, activities, connections: [] } : undefined;
  }
  if (!isPlainObject(value)) return undefined;
  // A container activity pastes as itself; a definition or a fragment pastes its activities.
  if (isActivity(value) && !isPlainObject(value.root) && value.$type !== FRAGMENT_TYPE) return { $type: FRAGMENT_TYPE, activities: [value], connections: [] };
  const flowchart = isPlainObject(value.root) ? (value as unknown as ElsaDefinition).root : value;
  if (Array.isArray(flowchart.activities)) {
    const activities = (flowchart.activities as unknown[]).filter(isActivity);
    const connections = Array.isArray(flowchart.connections) ? (flowchart.connections as unknown[]).filter(isPlainObject) as ElsaConnection[] : [];
    return activities.length ? { $type: FRAGMENT_TYPE, activities, connections } : undefined;
  }
  return undefined;
}

/** Rewrites ids inside nested flowcharts so a pasted container does not share ids with its original. */
function remapNested(activity: ElsaActivity, nodeId: string, newId: () => string): ElsaActivity {
  const children = activity.activities;
  if (!Array.isArray(children)) return { ...activity, nodeId };
  const map = new Map<string, string>();
  const activities = (children as ElsaActivity[]).map((child) => {
    const id = newId();
    map.set(child.id, id);
    return remapNested({ ...child, id }, `${nodeId}:${id}`, newId);
  });
  const connections = Array.isArray(activity.connections)
    ? (activity.connections as ElsaConnection[]).map((c) => {
        const link = readLink(c);
        return writeConnection({ ...link, source: map.get(link.source) ?? link.source, target: map.get(link.target) ?? link.target }, c);
      })
    : activity.connections;
  return { ...activity, nodeId, activities, connections };
}

export interface PasteResult { doc: DesignerDoc; pastedIds: string[] }

/**
 * Pastes a fragment with fresh ids and unique names, its inner connections rewired, placed at `at`
 * (its top-left) or offset from where it was copied; the pasted nodes end up selected.
 */
export function pasteFragment(doc: DesignerDoc, fragment: ElsaFragment, options: { at?: Position; offset?: Position; newId?: () => string } = {}): PasteResult {
  const newId = options.newId ?? (() => newActivityId());
  const rootNodeId = doc.definition.root?.nodeId ?? doc.definition.root?.id ?? '';
  const names = namesOf(doc);
  const idMap = new Map<string, string>();
  const positions = fragment.activities.map((a, i) => readPosition(a) ?? { x: i * 40, y: i * 40 });
  const minX = Math.min(...positions.map((p) => p.x));
  const minY = Math.min(...positions.map((p) => p.y));
  const shift = options.at
    ? { x: options.at.x - minX, y: options.at.y - minY }
    : options.offset ?? { x: 40, y: 40 };

  const nodes = fragment.activities.map((original, i) => {
    const id = newId();
    idMap.set(original.id, id);
    const name = original.name && !names.has(original.name) ? original.name : uniqueName(original.name || original.type.split('.').pop() || 'Activity', names);
    names.add(name);
    const position = { x: Math.round(positions[i].x + shift.x), y: Math.round(positions[i].y + shift.y) };
    let activity: ElsaActivity = { ...original, id, name };
    activity = remapNested(activity, rootNodeId ? `${rootNodeId}:${id}` : id, newId);
    const metadata = isPlainObject(activity.metadata) ? activity.metadata : {};
    const designer = isPlainObject(metadata.designer) ? metadata.designer : {};
    activity.metadata = { ...metadata, designer: { ...designer, position } };
    return { ...makeNode(activity, position), selected: true };
  });

  const taken = new Set(doc.edges.map((e) => e.id));
  const edges = [];
  for (const connection of fragment.connections) {
    const link = readLink(connection);
    const source = idMap.get(link.source);
    const target = idMap.get(link.target);
    if (!source || !target) continue;
    const edge = makeEdge({ ...link, source, target }, undefined, taken);
    taken.add(edge.id);
    edges.push(edge);
  }

  return {
    doc: {
      ...doc,
      nodes: [...doc.nodes.map((n) => (n.selected ? { ...n, selected: false } : n)), ...nodes],
      edges: [...doc.edges.map((e) => (e.selected ? { ...e, selected: false } : e)), ...edges],
    },
    pastedIds: nodes.map((n) => n.id),
  };
}
