import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../context';

/** A connection; when selected it offers "insert a step here" and "delete". */
export const InsertableEdge = memo(function InsertableEdge(props: EdgeProps) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, selected, markerEnd, style } = props;
  const editor = useEditor();
  const { t } = useTranslation();
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} style={style} interactionWidth={16} />
      {selected && !editor.readOnly && (
        <EdgeLabelRenderer>
          <div className="edge-tools nodrag nopan" style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}>
            <button type="button" className="edge-btn" aria-label={t('designer.edge.insert')} title={t('designer.edge.insert')}
              onClick={() => editor.openDialog({ kind: 'add', edgeId: id })}>+</button>
            <button type="button" className="edge-btn danger" aria-label={t('designer.edge.delete')} title={t('designer.edge.delete')}
              onClick={() => editor.deleteEdge(id)}>✕</button>
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
