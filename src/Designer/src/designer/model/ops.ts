import type { ActivityDescriptor } from './descriptors';
import { shortTypeName } from './descriptors';
import type { ElsaActivity, Link, Position } from './elsa';
import { newActivityId } from './elsa';
import type { DesignerDoc, DesignerEdge, DesignerNode } from './graph';
import { DEFAULT_NODE_HEIGHT, DEFAULT_NODE_WIDTH, edgeId, linkOf, makeEdge, makeNode } from './graph';
import { IN_PORT } from './ports';

/** Horizontal distance between a node and the one appended after it. */
export const STEP_X = DEFAULT_NODE_WIDTH + 80;
export const STEP_Y = DEFAULT_NODE_HEIGHT + 56;

export function uniqueName(base: string, taken: ReadonlySet<string>): string {
  const stem = base.replace(/\d+$/, '') || 'Activity';
  for (let i = 1; ; i++) if (!taken.has(`${stem}${i}`)) return `${stem}${i}`;
}

export function namesOf(doc: DesignerDoc): Set<string> {
  return new Set(doc.nodes.map((n) => n.data.activity.name ?? '').filter(Boolean));
}

function defaultInputValue(typeName: string, value: unknown) {
  const structured = typeof value === 'object' && value !== null;
  return { typeName, expression: { type: structured ? 'Object' : 'Literal', value: structured ? JSON.stringify(value) : value } };
}

/** A new activity of the descriptor's type, named like Elsa does (`WriteLine1`), its defaults written. */
export function createActivity(doc: DesignerDoc, descriptor: ActivityDescriptor, position: Position, id = newActivityId()): ElsaActivity {
  const rootNodeId = doc.definition.root?.nodeId ?? doc.definition.root?.id;
  const activity: ElsaActivity = {
    id,
    nodeId: rootNodeId ? `${rootNodeId}:${id}` : id,
    name: uniqueName(shortTypeName(descriptor.typeName), namesOf(doc)),
    type: descriptor.typeName,
    version: descriptor.version ?? 1,
    customProperties: { canStartWorkflow: false, runAsynchronously: false },
    metadata: { designer: { position: { x: Math.round(position.x), y: Math.round(position.y) } } },
  };
  for (const input of descriptor.inputs) {
    if (input.defaultValue === undefined || input.defaultValue === null) continue;
    if (input.uiHint === 'switchcases') activity[input.name] = input.defaultValue;
    else activity[input.name] = defaultInputValue(input.typeName, input.defaultValue);
  }
  return activity;
}

export function addActivity(doc: DesignerDoc, activity: ElsaActivity, position: Position): DesignerDoc {
  return { ...doc, nodes: [...doc.nodes, makeNode(activity, position)] };
}

export function hasLink(doc: DesignerDoc, link: Link): boolean {
  return doc.edges.some((e) => {
    const l = linkOf(e);
    return l.source === link.source && l.sourcePort === link.sourcePort && l.target === link.target && l.targetPort === link.targetPort;
  });
}

export function connect(doc: DesignerDoc, link: Link): DesignerDoc {
  if (link.source === link.target && link.sourcePort === link.targetPort) return doc;
  if (hasLink(doc, link)) return doc;
  const taken = new Set(doc.edges.map((e) => e.id));
  return { ...doc, edges: [...doc.edges, makeEdge(link, undefined, taken)] };
}

/** Where to put a node appended after `source` on its `portIndex`-th port, clear of other nodes. */
export function placeAfter(doc: DesignerDoc, source: DesignerNode, portIndex: number): Position {
  const x = source.position.x + STEP_X;
  let y = source.position.y + portIndex * STEP_Y;
  const occupied = (py: number) => doc.nodes.some((n) => Math.abs(n.position.x - x) < DEFAULT_NODE_WIDTH && Math.abs(n.position.y - py) < DEFAULT_NODE_HEIGHT);
  for (let tries = 0; tries < 50 && occupied(y); tries++) y += STEP_Y;
  return { x, y };
}

/** Appends a new activity after `source`'s port, connected to it. */
export function appendAfter(doc: DesignerDoc, sourceId: string, port: string, portIndex: number, activity: ElsaActivity): DesignerDoc {
  const source = doc.nodes.find((n) => n.id === sourceId);
  const position = source ? placeAfter(doc, source, portIndex) : { x: 0, y: 0 };
  const placed = { ...activity, metadata: { ...(activity.metadata ?? {}), designer: { ...((activity.metadata?.designer as object) ?? {}), position } } };
  let next = addActivity(doc, placed, position);
  if (source) next = connect(next, { source: sourceId, sourcePort: port, target: activity.id, targetPort: IN_PORT });
  return next;
}

/** Splits a connection with a new activity: source → new → target, the new one placed midway. */
export function insertOnEdge(doc: DesignerDoc, edgeIdToSplit: string, activity: ElsaActivity, outPort: string): DesignerDoc {
  const edge = doc.edges.find((e) => e.id === edgeIdToSplit);
  if (!edge) return doc;
  const link = linkOf(edge);
  const s = doc.nodes.find((n) => n.id === link.source);
  const t = doc.nodes.find((n) => n.id === link.target);
  const position = s && t ? { x: Math.round((s.position.x + t.position.x) / 2), y: Math.round((s.position.y + t.position.y) / 2) } : { x: 0, y: 0 };
  let next: DesignerDoc = { ...doc, edges: doc.edges.filter((e) => e.id !== edge.id) };
  next = addActivity(next, activity, position);
  next = connect(next, { source: link.source, sourcePort: link.sourcePort, target: activity.id, targetPort: IN_PORT });
  next = connect(next, { source: activity.id, sourcePort: outPort, target: link.target, targetPort: link.targetPort });
  return next;
}

/**
 * Removes activities and their connections. With `reconnect`, a removed activity that had exactly one
 * way in and one way out leaves its predecessor connected to its successor, as a designer expects.
 */
export function deleteNodes(doc: DesignerDoc, ids: Iterable<string>, reconnect = true): DesignerDoc {
  let next = doc;
  for (const id of ids) {
    const incoming = next.edges.filter((e) => e.target === id && e.source !== id);
    const outgoing = next.edges.filter((e) => e.source === id && e.target !== id);
    next = { ...next, nodes: next.nodes.filter((n) => n.id !== id), edges: next.edges.filter((e) => e.source !== id && e.target !== id) };
    if (reconnect && incoming.length === 1 && outgoing.length === 1) {
      const into = linkOf(incoming[0]);
      const out = linkOf(outgoing[0]);
      next = connect(next, { source: into.source, sourcePort: into.sourcePort, target: out.target, targetPort: out.targetPort });
    }
  }
  return next;
}

export function deleteEdges(doc: DesignerDoc, ids: Iterable<string>): DesignerDoc {
  const gone = new Set(ids);
  return { ...doc, edges: doc.edges.filter((e) => !gone.has(e.id)) };
}

export function updateActivity(doc: DesignerDoc, id: string, update: (activity: ElsaActivity) => ElsaActivity): DesignerDoc {
  return {
    ...doc,
    nodes: doc.nodes.map((n) => (n.id === id ? { ...n, data: { ...n.data, activity: update(n.data.activity) } } : n)),
  };
}

export function renameActivity(doc: DesignerDoc, id: string, name: string): DesignerDoc {
  return updateActivity(doc, id, (a) => ({ ...a, name }));
}

export function setPositions(doc: DesignerDoc, positions: ReadonlyMap<string, Position>): DesignerDoc {
  return { ...doc, nodes: doc.nodes.map((n) => (positions.has(n.id) ? { ...n, position: positions.get(n.id)! } : n)) };
}

export function selectOnly(doc: DesignerDoc, ids: Iterable<string>, edgeIds: Iterable<string> = []): DesignerDoc {
  const chosen = new Set(ids);
  const chosenEdges = new Set(edgeIds);
  return {
    ...doc,
    nodes: doc.nodes.map((n) => (!!n.selected === chosen.has(n.id) ? n : { ...n, selected: chosen.has(n.id) })),
    edges: doc.edges.map((e) => (!!e.selected === chosenEdges.has(e.id) ? e : { ...e, selected: chosenEdges.has(e.id) })),
  };
}

export function selectedNodeIds(doc: DesignerDoc): string[] {
  return doc.nodes.filter((n) => n.selected).map((n) => n.id);
}

/** Retargets an edge after a drag of its end (keeps its id stable where possible). */
export function reconnectEdge(doc: DesignerDoc, old: DesignerEdge, link: Link): DesignerDoc {
  const without = { ...doc, edges: doc.edges.filter((e) => e.id !== old.id) };
  if (hasLink(without, link)) return without;
  const taken = new Set(without.edges.map((e) => e.id));
  return { ...without, edges: [...without.edges, { ...makeEdge(link, old.data?.raw, taken), id: edgeId(link, taken) }] };
}

/** The nearest node from `from` in a direction, for moving the selection with the arrow keys. */
export function neighbourInDirection(nodes: readonly DesignerNode[], from: DesignerNode, direction: 'left' | 'right' | 'up' | 'down'): DesignerNode | undefined {
  let best: DesignerNode | undefined;
  let bestScore = Infinity;
  for (const n of nodes) {
    if (n.id === from.id) continue;
    const dx = n.position.x - from.position.x;
    const dy = n.position.y - from.position.y;
    const along = direction === 'left' ? -dx : direction === 'right' ? dx : direction === 'up' ? -dy : dy;
    const across = direction === 'left' || direction === 'right' ? Math.abs(dy) : Math.abs(dx);
    if (along <= 0) continue;
    const score = along + across * 2;
    if (score < bestScore) {
      bestScore = score;
      best = n;
    }
  }
  return best;
}
