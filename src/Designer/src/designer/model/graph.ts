import type { Edge, Node } from '@xyflow/react';
import type { ElsaActivity, ElsaConnection, ElsaDefinition, Link } from './elsa';
import { FLOWCHART_TYPE, isPlainObject, newActivityId, readLink, readPosition, withDesignerMetadata } from './elsa';

export interface ActivityNodeData extends Record<string, unknown> { activity: ElsaActivity }
export type DesignerNode = Node<ActivityNodeData, 'activity'>;
export interface ConnectionData extends Record<string, unknown> { raw?: ElsaConnection }
export type DesignerEdge = Edge<ConnectionData>;

/**
 * What the designer edits: the definition as loaded (its root's activity and connection lists are
 * replaced on writing) plus the canvas graph. Each node keeps the activity's original JSON object,
 * patched immutably, so keys the designer does not know survive a load–edit–save round trip.
 */
export interface DesignerDoc {
  definition: ElsaDefinition;
  nodes: DesignerNode[];
  edges: DesignerEdge[];
  /**
   * The definition's root was a single activity, not a flowchart (Elsa allows both). It is written back
   * as it was while it stays alone; once steps are added it becomes the first step of a flowchart.
   */
  singleRoot?: boolean;
}

export const DEFAULT_NODE_WIDTH = 220;
export const DEFAULT_NODE_HEIGHT = 64;

export function edgeId(link: Link, taken?: ReadonlySet<string>): string {
  const base = `${link.source}:${link.sourcePort}->${link.target}:${link.targetPort}`;
  if (!taken?.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}#${i}`)) return `${base}#${i}`;
}

export function makeNode(activity: ElsaActivity, position: { x: number; y: number }): DesignerNode {
  return { id: activity.id, type: 'activity', position, data: { activity } };
}

export function makeEdge(link: Link, raw?: ElsaConnection, taken?: ReadonlySet<string>): DesignerEdge {
  return {
    id: edgeId(link, taken),
    source: link.source,
    sourceHandle: link.sourcePort,
    target: link.target,
    targetHandle: link.targetPort,
    data: raw ? { raw } : {},
  };
}

export function linkOf(edge: DesignerEdge): Link {
  return { source: edge.source, sourcePort: edge.sourceHandle ?? 'Done', target: edge.target, targetPort: edge.targetHandle ?? 'In' };
}

export interface LoadResult { doc: DesignerDoc; missingPositions: number }

/** Elsa JSON → the designer's graph. Activities without a position get a grid slot (and the caller may tidy up). */
export function fromElsa(loaded: ElsaDefinition): LoadResult {
  let definition = loaded;
  let singleRoot = false;
  let activities: ElsaActivity[];
  if (!isPlainObject(loaded.root)) {
    definition = { ...loaded, root: newFlowchart() };
    activities = [];
  } else if (Array.isArray(loaded.root.activities)) {
    activities = loaded.root.activities;
  } else {
    // A root that is one activity: show it as the only step, under a flowchart made for it.
    singleRoot = true;
    activities = [loaded.root];
    definition = { ...loaded, root: { ...newFlowchart(), single: loaded.root } as unknown as ElsaDefinition['root'] };
  }
  const root = definition.root;
  let missing = 0;
  const nodes = activities.map((activity, index) => {
    const position = readPosition(activity);
    if (!position) missing++;
    return makeNode(activity, position ?? { x: (index % 6) * 280, y: Math.floor(index / 6) * 140 });
  });
  const ids = new Set(nodes.map((n) => n.id));
  const taken = new Set<string>();
  const edges: DesignerEdge[] = [];
  for (const connection of Array.isArray(root?.connections) ? root.connections : []) {
    const link = readLink(connection);
    // The server sets such connections aside in notFoundConnections; the designer keeps them out of the graph.
    if (!ids.has(link.source) || !ids.has(link.target)) continue;
    const edge = makeEdge(link, connection, taken);
    taken.add(edge.id);
    edges.push(edge);
  }
  return { doc: singleRoot ? { definition, nodes, edges, singleRoot } : { definition, nodes, edges }, missingPositions: missing };
}

function sameLink(a: Link, b: Link): boolean {
  return a.source === b.source && a.sourcePort === b.sourcePort && a.target === b.target && a.targetPort === b.targetPort;
}

/** One connection in the nested shape, keeping any extra keys of the connection it replaces. */
export function writeConnection(link: Link, raw?: ElsaConnection): ElsaConnection {
  const connection: ElsaConnection = {
    source: { activity: link.source, port: link.sourcePort },
    target: { activity: link.target, port: link.targetPort },
  };
  if (raw) {
    for (const [key, value] of Object.entries(raw)) {
      if (!['source', 'target', 'sourcePort', 'targetPort'].includes(key)) connection[key] = value;
    }
  }
  return connection;
}

/** The activity as written, with the node's current position patched in when it moved. */
export function activityOf(node: DesignerNode): ElsaActivity {
  const activity = node.data.activity;
  const written = readPosition(activity);
  if (written && written.x === node.position.x && written.y === node.position.y) return activity;
  return withDesignerMetadata(activity, 'position', { x: Math.round(node.position.x), y: Math.round(node.position.y) });
}

/** The designer's graph → Elsa JSON. Untouched activities and connections are the very objects loaded. */
export function toElsa(doc: DesignerDoc): ElsaDefinition {
  const activities = doc.nodes.map(activityOf);
  const connections = doc.edges.map((edge) => {
    const link = linkOf(edge);
    const raw = edge.data?.raw;
    return raw && sameLink(readLink(raw), link) ? raw : writeConnection(link, raw);
  });
  const root = isPlainObject(doc.definition.root) ? doc.definition.root : newFlowchart();
  if (doc.singleRoot) {
    const { single, ...flowchart } = root as ElsaDefinition['root'] & { single?: ElsaActivity };
    if (activities.length === 1 && connections.length === 0 && single && activities[0].id === single.id) {
      // Alone, a root's position means nothing: an unedited root is written as loaded.
      const only = doc.nodes[0].data.activity === single ? single : activities[0];
      return { ...doc.definition, root: only as ElsaDefinition['root'] };
    }
    return { ...doc.definition, root: { ...flowchart, activities, connections } };
  }
  return { ...doc.definition, root: { ...root, activities, connections } };
}

export function nodeById(doc: DesignerDoc, id: string): DesignerNode | undefined {
  return doc.nodes.find((n) => n.id === id);
}

function newFlowchart(): ElsaDefinition['root'] {
  const id = newActivityId();
  return { type: FLOWCHART_TYPE, version: 1, id, nodeId: id, name: 'Flowchart1', customProperties: {}, metadata: {}, variables: [], activities: [], connections: [] };
}
