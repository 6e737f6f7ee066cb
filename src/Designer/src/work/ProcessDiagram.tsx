import { Background, Controls, Handle, Position, ReactFlow, type Edge, type Node, type NodeProps } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useQuery } from '@tanstack/react-query';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityState } from '../api/work';
import { endpoints } from '../api/endpoints';
import { ActivityIcon, categoryColor } from '../designer/icons';
import { indexDescriptors, localized, type DescriptorIndex, type Locale } from '../designer/model/descriptors';
import { activityLabel, type ElsaDefinition } from '../designer/model/elsa';
import { fromElsa } from '../designer/model/graph';
import { outcomePorts } from '../designer/model/ports';
import { STATE_GLYPHS } from './activityStates';
import { edgeAriaLabel, flowAriaLabels } from '../designer/flowAria';

interface DiagramNodeData extends Record<string, unknown> {
  name: string;
  typeLabel: string;
  icon?: string;
  accent: string;
  state?: ActivityState;
  stateLabel?: string;
  current: boolean;
  ports: string[];
}

type DiagramNode = Node<DiagramNodeData, 'step'>;

const StepNode = memo(function StepNode({ data }: NodeProps<DiagramNode>) {
  const state = data.state;
  return (
    <div className={`diagram-node${state ? ` state-${state}` : ''}${data.current ? ' current' : ''}`} style={{ ['--accent' as string]: data.accent }}
      aria-label={`${data.typeLabel}: ${data.name}${data.stateLabel ? `, ${data.stateLabel}` : ''}`} role="img" data-state={state} data-current={data.current || undefined}>
      <Handle type="target" position={Position.Left} id="In" isConnectable={false} />
      <span className="head"><ActivityIcon name={data.icon} /> {data.typeLabel}</span>
      <span className="name">{data.name}</span>
      {state && <span className="state"><span aria-hidden="true">{STATE_GLYPHS[state]} </span>{data.stateLabel}</span>}
      {data.ports.map((port, i) => (
        <Handle key={port} type="source" position={Position.Right} id={port} isConnectable={false}
          style={{ top: `${((i + 1) / (data.ports.length + 1)) * 100}%` }} />
      ))}
    </div>
  );
});

const nodeTypes = { step: StepNode };

/** The nodes and edges of a definition for reading: states painted on, the current steps ringed. */
export function diagramGraph(definition: ElsaDefinition, descriptors: DescriptorIndex, locale: Locale,
  states: Record<string, ActivityState>, current: ReadonlySet<string>, stateLabel: (s: ActivityState) => string,
  edgeLabel?: (from: string, port: string, to: string) => string): { nodes: DiagramNode[]; edges: Edge[] } {
  const { doc } = fromElsa(definition);
  const edgePorts = new Map<string, Set<string>>();
  for (const edge of doc.edges) {
    const set = edgePorts.get(edge.source) ?? new Set<string>();
    set.add(edge.sourceHandle ?? 'Done');
    edgePorts.set(edge.source, set);
  }
  const nodes: DiagramNode[] = doc.nodes.map((node) => {
    const activity = node.data.activity;
    const descriptor = descriptors.get(activity.type);
    const ports = [...new Set([...outcomePorts(activity, descriptor), ...(edgePorts.get(node.id) ?? [])])];
    const state = states[node.id];
    return {
      id: node.id,
      type: 'step',
      position: node.position,
      draggable: false,
      connectable: false,
      data: {
        name: activityLabel(activity, locale),
        typeLabel: descriptor ? localized(descriptor.displayName, locale) : activity.type,
        icon: descriptor?.icon,
        accent: categoryColor(descriptor?.category),
        state,
        stateLabel: state ? stateLabel(state) : undefined,
        current: current.has(node.id),
        ports,
      },
    };
  });
  const names = new Map(nodes.map((n) => [n.id, n.data.name]));
  const edges: Edge[] = doc.edges.map((edge) => ({
    id: edge.id, source: edge.source, target: edge.target, sourceHandle: edge.sourceHandle, targetHandle: 'In',
    ariaLabel: edgeLabel?.(names.get(edge.source) ?? edge.source, edge.sourceHandle ?? 'Done', names.get(edge.target) ?? edge.target),
    animated: current.has(edge.target) && states[edge.source] === 'Done',
    style: states[edge.source] === 'Done' && states[edge.target] && states[edge.target] !== 'NotReached' ? { stroke: '#15803d', strokeWidth: 2 } : undefined,
  }));
  return { nodes, edges };
}

/** A definition drawn read-only (the designer's model and icons), with each step's state. */
export default function ProcessDiagram({ definition, states = {}, current = new Set(), label }: {
  definition: ElsaDefinition; states?: Record<string, ActivityState>; current?: ReadonlySet<string>; label: string;
}) {
  const { t, i18n } = useTranslation();
  const locale: Locale = i18n.language === 'en' ? 'en' : 'vi';
  const descriptors = useQuery({ queryKey: ['activity-descriptors'], queryFn: ({ signal }) => endpoints.descriptors(signal), staleTime: Infinity });
  const index = useMemo(() => indexDescriptors(descriptors.data ?? []), [descriptors.data]);
  const graph = useMemo(() => diagramGraph(definition, index, locale, states, current, (s) => t(`instances.states.${s}`),
    (from, port, to) => edgeAriaLabel(t, from, port, to)), [definition, index, locale, states, current, t]);
  const ariaLabelConfig = useMemo(() => flowAriaLabels(t), [t]);
  return (
    <div className="diagram-box" role="figure" aria-label={label}>
      <ReactFlow nodes={graph.nodes} edges={graph.edges} nodeTypes={nodeTypes} fitView minZoom={0.1}
        fitViewOptions={current.size ? { nodes: [...current].map((id) => ({ id })), maxZoom: 1, minZoom: 0.6, padding: 0.6 } : { maxZoom: 1 }} nodesDraggable={false} nodesConnectable={false}
        elementsSelectable={false} edgesFocusable={false} nodesFocusable={false} proOptions={{ hideAttribution: true }} deleteKeyCode={null}
        ariaLabelConfig={ariaLabelConfig}>
        <Background gap={16} />
        {/* No minimap on a read-only diagram: it covered a corner of the box, and the diagram fits the view and zooms. */}
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
