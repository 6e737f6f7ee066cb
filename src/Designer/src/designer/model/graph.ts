import type { Edge, Node } from '@xyflow/react';
import type { ElsaActivity, ElsaConnection, ElsaDefinition, Link } from './elsa';
import { isPlainObject, readLink, readPosition, withDesignerMetadata } from './elsa';

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
export function fromElsa(definition: ElsaDefinition): LoadResult {
  const root = definition.root;
  const activities = Array.isArray(root?.activities) ? root.activities : [];
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
  return { doc: { definition, nodes, edges }, missingPositions: missing };
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
  const root = isPlainObject(doc.definition.root) ? doc.definition.root : ({} as ElsaDefinition['root']);
  return { ...doc.definition, root: { ...root, activities, connections } };
}

export function nodeById(doc: DesignerDoc, id: string): DesignerNode | undefined {
  return doc.nodes.find((n) => n.id === id);
}
