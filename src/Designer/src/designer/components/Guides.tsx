import { ViewportPortal } from '@xyflow/react';
import { useEditor } from '../context';
import { useStore } from '../store';

/** Alignment guides drawn while a node snaps to its neighbours. */
export function Guides() {
  const editor = useEditor();
  const vertical = useStore(editor.ui, (s) => s.guides.vertical);
  const horizontal = useStore(editor.ui, (s) => s.guides.horizontal);
  if (vertical === undefined && horizontal === undefined) return null;
  return (
    <ViewportPortal>
      {vertical !== undefined && <div className="guide vertical" style={{ transform: `translate(${vertical}px, -5000px)` }} />}
      {horizontal !== undefined && <div className="guide horizontal" style={{ transform: `translate(-5000px, ${horizontal}px)` }} />}
    </ViewportPortal>
  );
}
