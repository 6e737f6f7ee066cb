import type { Position } from './elsa';

/** What a layout needs to know about the graph; plain data so it crosses into a web worker. */
export interface LayoutInput {
  nodes: Array<{ id: string; width: number; height: number; ports: string[] }>;
  edges: Array<{ id: string; source: string; sourcePort: string; target: string }>;
}

export interface ElkLike {
  layout(graph: unknown): Promise<unknown>;
}

interface ElkNodeOut { id: string; x?: number; y?: number; children?: ElkNodeOut[] }

/** Left-to-right layered layout (ELK), ports kept in their drawn order; returns each node's top-left. */
export async function computeLayout(input: LayoutInput, elk: ElkLike): Promise<Record<string, Position>> {
  const known = new Set(input.nodes.map((n) => n.id));
  const portId = (node: string, port: string) => `${node}::${port}`;
  const graph = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.spacing.nodeNode': '40',
      'elk.layered.spacing.nodeNodeBetweenLayers': '80',
      'elk.layered.cycleBreaking.strategy': 'DEPTH_FIRST',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.separateConnectedComponents': 'true',
      'elk.spacing.componentComponent': '80',
    },
    children: input.nodes.map((n) => ({
      id: n.id,
      width: n.width,
      height: n.height,
      layoutOptions: { 'elk.portConstraints': 'FIXED_ORDER' },
      ports: [
        { id: portId(n.id, '__in'), layoutOptions: { 'elk.port.side': 'WEST' } },
        ...n.ports.map((p, i) => ({ id: portId(n.id, p), layoutOptions: { 'elk.port.side': 'EAST', 'elk.port.index': String(n.ports.length - i) } })),
      ],
    })),
    edges: input.edges
      .filter((e) => known.has(e.source) && known.has(e.target))
      .map((e) => {
        const node = input.nodes.find((n) => n.id === e.source);
        const sourcePort = node?.ports.includes(e.sourcePort) ? portId(e.source, e.sourcePort) : e.source;
        return { id: e.id, sources: [sourcePort], targets: [portId(e.target, '__in')] };
      }),
  };
  const result = (await elk.layout(graph)) as ElkNodeOut;
  const positions: Record<string, Position> = {};
  for (const child of result.children ?? []) positions[child.id] = { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) };
  return positions;
}
