import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { useEditor } from '../context';
import { useLabels } from '../labels';

/** A connection; when selected it offers "insert a step here" and "delete". */
export const InsertableEdge = memo(function InsertableEdge(props: EdgeProps) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, selected, markerEnd, style } = props;
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} style={style} interactionWidth={16} />
      {selected && <EdgeTools id={id} x={labelX} y={labelY} />}
    </>
  );
});

function EdgeTools({ id, x, y }: { id: string; x: number; y: number }) {
  const editor = useEditor();
  const labels = useLabels();
  if (editor.readOnly) return null;
  return (
    <EdgeLabelRenderer>
      <div className="edge-tools nodrag nopan" style={{ transform: `translate(-50%, -50%) translate(${x}px, ${y}px)` }}>
        <button type="button" className="edge-btn" aria-label={labels.insertOnEdge} title={labels.insertOnEdge}
          onClick={() => editor.openDialog({ kind: 'add', edgeId: id })}>+</button>
        <button type="button" className="edge-btn danger" aria-label={labels.deleteEdge} title={labels.deleteEdge}
          onClick={() => editor.deleteEdge(id)}>✕</button>
      </div>
    </EdgeLabelRenderer>
  );
}
