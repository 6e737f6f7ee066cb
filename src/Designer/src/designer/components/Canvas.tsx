import {
  Background, BackgroundVariant, ConnectionLineType, Controls, MarkerType, MiniMap, ReactFlow, useReactFlow,
  type Connection, type DefaultEdgeOptions, type EdgeTypes, type NodeTypes, type OnConnectEnd, type Edge,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, type DragEvent, memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../context';
import type { DesignerNode } from '../model/graph';
import { useStore } from '../store';
import { ActivityNodeView } from './ActivityNodeView';
import { Guides } from './Guides';
import { InsertableEdge } from './InsertableEdge';
import { edgeAriaLabel, flowAriaLabels } from '../flowAria';

export const DRAG_TYPE = 'application/x-supervision-activity';

const nodeTypes: NodeTypes = { activity: ActivityNodeView };
const edgeTypes: EdgeTypes = { default: InsertableEdge };
const defaultEdgeOptions: DefaultEdgeOptions = { type: 'default', markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 } };
const snapGrid: [number, number] = [10, 10];
const proOptions = { hideAttribution: true };

export const Canvas = memo(function Canvas({ onFileDrop }: { onFileDrop?: (file: File) => void }) {
  const editor = useEditor();
  const { t } = useTranslation();
  const nodes = useStore(editor.doc, (s) => s.history.present.nodes);
  const edges = useStore(editor.doc, (s) => s.history.present.edges);
  const snap = useStore(editor.ui, (s) => s.snap);
  const minimap = useStore(editor.ui, (s) => s.minimap);
  const reveal = useStore(editor.ui, (s) => s.reveal);
  const flow = useReactFlow<DesignerNode, Edge>();

  useEffect(() => {
    if (!reveal) return;
    const node = flow.getInternalNode(reveal.id);
    if (!node) return;
    const w = node.measured.width ?? 220, h = node.measured.height ?? 64;
    const { zoom } = flow.getViewport();
    const { x, y } = node.internals.positionAbsolute;
    // Only scroll when the node is out of view; keep the zoom the author chose.
    const el = document.querySelector('.react-flow');
    const rect = el?.getBoundingClientRect();
    const screen = flow.flowToScreenPosition({ x, y });
    const inView = rect && screen.x >= rect.left && screen.y >= rect.top && screen.x + w * zoom <= rect.right && screen.y + h * zoom <= rect.bottom;
    if (!inView) void flow.setCenter(x + w / 2, y + h / 2, { zoom: Math.max(zoom, 0.6), duration: 200 });
  }, [reveal, flow]);

  const onConnect = useCallback((c: Connection) => {
    editor.connect({ source: c.source, sourcePort: c.sourceHandle ?? 'Done', target: c.target, targetPort: c.targetHandle ?? 'In' });
  }, [editor]);

  const onReconnect = useCallback((old: Edge, c: Connection) => {
    editor.reconnect(old.id, { source: c.source, sourcePort: c.sourceHandle ?? 'Done', target: c.target, targetPort: c.targetHandle ?? 'In' });
  }, [editor]);

  // Dropping a connection on empty canvas offers the palette there, the new step already connected.
  const onConnectEnd: OnConnectEnd = useCallback((event, state) => {
    if (state.isValid || !state.fromNode || !state.fromHandle?.id || state.fromHandle.type !== 'source') return;
    const point = 'changedTouches' in event ? event.changedTouches[0] : event;
    const at = flow.screenToFlowPosition({ x: point.clientX, y: point.clientY });
    const ports = editor.portsOf(state.fromNode.id);
    editor.openDialog({ kind: 'add', source: { nodeId: state.fromNode.id, port: state.fromHandle.id, portIndex: Math.max(0, ports.indexOf(state.fromHandle.id)) }, at: { x: at.x, y: at.y - 30 } });
  }, [editor, flow]);

  const onDragOver = useCallback((event: DragEvent) => {
    if (event.dataTransfer.types.includes(DRAG_TYPE) || (onFileDrop && event.dataTransfer.types.includes('Files'))) {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    }
  }, [onFileDrop]);

  const onDrop = useCallback((event: DragEvent) => {
    // An Elsa JSON file dropped on the canvas is imported, as with the Import button.
    const file = event.dataTransfer.files?.[0];
    if (file && onFileDrop && !editor.readOnly) {
      event.preventDefault();
      onFileDrop(file);
      return;
    }
    const type = event.dataTransfer.getData(DRAG_TYPE);
    const descriptor = type ? editor.descriptorOf(type) : undefined;
    if (!descriptor) return;
    event.preventDefault();
    const at = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
    editor.add(descriptor, { at: { x: Math.round(at.x - 110), y: Math.round(at.y - 30) } });
  }, [editor, flow, onFileDrop]);

  const ariaLabelConfig = useMemo(() => flowAriaLabels(t, { node: t('designer.a11y.node'), edge: t('designer.a11y.edge') }), [t]);
  // Each connection read out by its steps' names. The names are watched as one string, so dragging a step (a new
  // nodes array each frame) does not hand React Flow new edge objects.
  const names = useStore(editor.doc, (s) => {
    let all = '';
    for (const n of s.history.present.nodes) all += `${n.id}\u0001${n.data.activity.name || n.id}\u0002`;
    return all;
  });
  const labelledEdges = useMemo(() => {
    const byId = new Map(names.split('\u0002').filter(Boolean).map((pair) => pair.split('\u0001') as [string, string]));
    return edges.map((e) => ({ ...e, ariaLabel: edgeAriaLabel(t, byId.get(e.source) ?? e.source, e.sourceHandle ?? 'Done', byId.get(e.target) ?? e.target) }));
  }, [edges, names, t]);

  return (
    <ReactFlow<DesignerNode, Edge>
      nodes={nodes}
      edges={labelledEdges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      defaultEdgeOptions={defaultEdgeOptions}
      onNodesChange={editor.onNodesChange}
      onEdgesChange={editor.onEdgesChange}
      onConnect={onConnect}
      onReconnect={onReconnect}
      onConnectEnd={onConnectEnd}
      isValidConnection={(c) => c.source !== c.target}
      onDragOver={onDragOver}
      onDrop={onDrop}
      onNodeDoubleClick={(_, node) => editor.setUi({ renamingId: node.id })}
      connectionLineType={ConnectionLineType.Bezier}
      deleteKeyCode={null}
      selectionKeyCode="Shift"
      multiSelectionKeyCode={['Control', 'Meta']}
      disableKeyboardA11y
      nodesDraggable={!editor.readOnly}
      nodesConnectable={!editor.readOnly}
      edgesReconnectable={!editor.readOnly}
      snapToGrid={snap}
      snapGrid={snapGrid}
      minZoom={0.1}
      maxZoom={2}
      fitView
      fitViewOptions={{ padding: 0.15, maxZoom: 1 }}
      proOptions={proOptions}
      ariaLabelConfig={ariaLabelConfig}
    >
      <Background variant={BackgroundVariant.Dots} gap={20} size={1} />
      <Controls showInteractive={false} position="bottom-left" />
      {minimap && <MiniMap pannable zoomable position="bottom-right" nodeStrokeWidth={3} ariaLabel={t('designer.a11y.minimap')} />}
      <Guides />
    </ReactFlow>
  );
});
