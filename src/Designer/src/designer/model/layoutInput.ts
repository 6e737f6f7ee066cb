import type { ActivityDescriptor } from './descriptors';
import { readSize } from './elsa';
import type { DesignerDoc } from './graph';
import { DEFAULT_NODE_HEIGHT, DEFAULT_NODE_WIDTH, linkOf } from './graph';
import type { LayoutInput } from './layout';
import { outcomePorts } from './ports';

export const PORT_ROW_HEIGHT = 22;

/** The size a node is drawn at: its written size, grown to fit its ports. */
export function nodeSize(ports: number, written?: { width: number; height: number }, measured?: { width?: number; height?: number }) {
  const width = measured?.width ?? Math.max(written?.width ?? 0, DEFAULT_NODE_WIDTH);
  const height = measured?.height ?? Math.max(written?.height ?? 0, DEFAULT_NODE_HEIGHT, 40 + ports * PORT_ROW_HEIGHT);
  return { width, height };
}

export function layoutInputOf(doc: DesignerDoc, descriptorOf: (type: string) => ActivityDescriptor | undefined): LayoutInput {
  return {
    nodes: doc.nodes.map((n) => {
      const ports = outcomePorts(n.data.activity, descriptorOf(n.data.activity.type));
      return { id: n.id, ports, ...nodeSize(ports.length, readSize(n.data.activity), n.measured) };
    }),
    edges: doc.edges.map((e) => {
      const l = linkOf(e);
      return { id: e.id, source: l.source, sourcePort: l.sourcePort, target: l.target };
    }),
  };
}
