import { getNodesBounds, getViewportForBounds, ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { toPng } from 'html-to-image';
import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker, useNavigate } from 'react-router';
import { endpoints } from '../api/endpoints';
import type { ReviewStatus } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { Icon } from '../components/Icon';
import { ProblemView } from '../components/ProblemView';
import { StatusBadge } from '../components/StatusBadge';
import { downloadJson, fileNameOf } from '../lib/download';
import { isTyping, mod, type Command } from './commands';
import { AddActivityDialog } from './components/AddActivityDialog';
import { Canvas } from './components/Canvas';
import { CommandBar } from './components/CommandBar';
import { ConnectDialog } from './components/ConnectDialog';
import { FindBar } from './components/FindBar';
import { Palette } from './components/Palette';
import { ProblemsPanel } from './components/ProblemsPanel';
import { PropertyPanel } from './components/PropertyPanel';
import { PublishDialog, ReviewDialog, SubmitDialog } from './components/ReviewDialogs';
import { ShortcutsDialog } from './components/ShortcutsDialog';
import { TableView } from './components/TableView';
import { TimelineDialog } from './components/TimelineDialog';
import { VersionsDialog } from './components/VersionsDialog';
import { EditorContext } from './context';
import type { Editor } from './editor';
import { parseFragment } from './model/clipboard';
import type { ActivityDescriptor, Locale } from './model/descriptors';
import { LabelsContext, makeLabels } from './labels';
import type { ElsaDefinition } from './model/elsa';
import { layoutInputOf } from './model/layoutInput';
import { neighbourInDirection } from './model/ops';
import { submitWaitsFor } from './model/review';
import { layoutInWorker, validateInWorker } from './services';
import { useStore } from './store';

export interface DesignerProps {
  editor: Editor;
  descriptors: ActivityDescriptor[];
  isNew: boolean;
  reviewStatus?: ReviewStatus;
  onSaved: (definitionId: string) => void;
  tidyOnOpen?: boolean;
}

export function Designer(props: DesignerProps) {
  const { t, i18n } = useTranslation();
  const labels = useMemo(() => makeLabels(t, i18n.language as Locale), [t, i18n.language]);
  return (
    <EditorContext.Provider value={props.editor}>
      <LabelsContext.Provider value={labels}>
        <ReactFlowProvider>
          <DesignerBody {...props} />
        </ReactFlowProvider>
      </LabelsContext.Provider>
    </EditorContext.Provider>
  );
}

/** Announces selection changes and results to screen readers, without re-rendering the designer. */
function Announcer() {
  const editor = useContext(EditorContext)!;
  const text = useStore(editor.ui, (s) => s.announcement);
  return <div className="sr-only" role="status" aria-live="polite">{text}</div>;
}

/** Validates after edits settle; the request and its serialisation run in a worker. */
function useLiveValidation(editor: Editor) {
  const semantic = useStore(editor.doc, (s) => s.semantic);
  const sequence = useRef(0);
  useEffect(() => {
    const mine = ++sequence.current;
    const timer = setTimeout(async () => {
      editor.problems.set((s) => ({ ...s, status: 'validating' }));
      try {
        const result = await validateInWorker(editor.toElsa());
        if (mine === sequence.current) editor.setProblems(result.problems);
      } catch (error) {
        if (mine === sequence.current) editor.problems.set((s) => ({ ...s, status: 'failed', error }));
      }
    }, semantic === 0 ? 250 : 500);
    return () => clearTimeout(timer);
  }, [editor, semantic]);
}

function DesignerBody({ editor, descriptors, isNew, reviewStatus, onSaved, tidyOnOpen }: DesignerProps) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const navigate = useNavigate();
  const flow = useReactFlow();
  const client = useQueryClient();
  const dialog = useStore(editor.ui, (s) => s.dialog);
  const view = useStore(editor.ui, (s) => s.view);
  const snap = useStore(editor.ui, (s) => s.snap);
  const minimap = useStore(editor.ui, (s) => s.minimap);
  const findOpen = useStore(editor.ui, (s) => s.findOpen);
  const name = useStore(editor.doc, (s) => s.history.present.definition.name);
  const version = useStore(editor.doc, (s) => s.history.present.definition.version ?? 1);
  const definitionId = useStore(editor.doc, (s) => s.history.present.definition.definitionId);
  const dirty = useStore(editor.doc, (s) => s.revision !== s.savedRevision);
  const undoable = useStore(editor.doc, (s) => s.history.past.length > 0);
  const redoable = useStore(editor.doc, (s) => s.history.future.length > 0);
  const errorCount = useStore(editor.problems, (s) => s.errorCount);
  const validated = useStore(editor.problems, (s) => s.status === 'done');
  const [saved, setSaved] = useState(!isNew);
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text?: string; error?: unknown }>();
  const fileRef = useRef<HTMLInputElement>(null);
  useLiveValidation(editor);

  // A read-only handle for end-to-end tests and support: what would be saved right now.
  useEffect(() => {
    const w = window as unknown as { __supervisionDesigner?: { toElsa: () => ElsaDefinition } };
    w.__supervisionDesigner = { toElsa: () => editor.toElsa() };
    return () => { delete w.__supervisionDesigner; };
  }, [editor]);

  const blocked = errorCount > 0 || !validated;
  // Why submitting or publishing waits: errors to fix, or a check that has not answered (or could not be made).
  const blockedTitle = !blocked ? undefined : errorCount > 0 ? t('designer.blockedByErrors', { count: errorCount }) : t('designer.blockedUnchecked');

  // ---- actions -------------------------------------------------------------------------------
  const tidyUp = useCallback(async () => {
    try {
      const positions = await layoutInWorker(layoutInputOf(editor.present, editor.descriptorOf));
      editor.move(new Map(Object.entries(positions)));
      requestAnimationFrame(() => void flow.fitView({ padding: 0.15, maxZoom: 1, duration: 200 }));
      editor.announce(t('designer.tidied'));
    } catch (error) {
      setNotice({ kind: 'error', error });
    }
  }, [editor, flow, t]);

  useEffect(() => {
    if (tidyOnOpen) void tidyUp();
  }, [tidyOnOpen, tidyUp]);

  const save = useMutation({
    mutationFn: () => endpoints.save(editor.toElsa()),
    onSuccess: (result) => {
      editor.markSaved({ definitionId: result.definitionId, version: result.version, id: result.id, root: editor.present.definition.root } as ElsaDefinition);
      setSaved(true);
      setNotice({ kind: 'ok', text: t('designer.savedVersion', { version: result.version }) });
      void client.invalidateQueries({ queryKey: ['definitions'] });
      void client.invalidateQueries({ queryKey: ['versions', result.definitionId] });
      onSaved(result.definitionId);
    },
    onError: (error) => setNotice({ kind: 'error', error }),
  });

  const act = useMutation({
    mutationFn: async ({ action, comment }: { action: 'submit-for-review' | 'approve' | 'request-changes' | 'publish' | 'unpublish'; comment?: string }) => {
      let v = version;
      if (action !== 'approve' && action !== 'request-changes' && (dirty || !saved)) v = (await endpoints.save(editor.toElsa())).version;
      await endpoints.action(definitionId, v, action, comment);
      return action;
    },
    onSuccess: (action) => {
      if (action !== 'approve' && action !== 'request-changes') editor.markSaved();
      setNotice({ kind: 'ok', text: t(`designer.done.${action}`) });
      editor.openDialog(undefined);
      void client.invalidateQueries({ queryKey: ['definitions'] });
      void client.invalidateQueries({ queryKey: ['versions', definitionId] });
    },
    onError: (error) => setNotice({ kind: 'error', error }),
  });

  // A refusal shown in a dialog belongs to that dialog: the next one opens without it.
  useEffect(() => { act.reset(); }, [dialog?.kind]); // eslint-disable-line react-hooks/exhaustive-deps

  const exportJson = useCallback(() => downloadJson(editor.toElsa(), fileNameOf(name || definitionId, 'json')), [editor, name, definitionId]);

  const exportImage = useCallback(async () => {
    const nodes = flow.getNodes();
    const bounds = getNodesBounds(nodes);
    const width = Math.min(4096, Math.ceil(bounds.width + 160));
    const height = Math.min(4096, Math.ceil(bounds.height + 160));
    const viewport = getViewportForBounds(bounds, width, height, 0.1, 1, 0.05);
    const element = document.querySelector<HTMLElement>('.react-flow__viewport');
    if (!element) return;
    try {
      const url = await toPng(element, {
        backgroundColor: '#ffffff', width, height,
        style: { width: `${width}px`, height: `${height}px`, transform: `translate(${viewport.x}px, ${viewport.y}px) scale(${viewport.zoom})` },
        filter: (node) => !(node instanceof HTMLElement && node.classList.contains('port-add')),
      });
      const a = document.createElement('a');
      a.href = url;
      a.download = fileNameOf(name || definitionId, 'png');
      a.click();
    } catch (error) {
      setNotice({ kind: 'error', error });
    }
  }, [flow, name, definitionId]);

  const importFile = useCallback(async (file: File) => {
    try {
      const text = (await file.text()).replace(/^\uFEFF/, '');
      const json = JSON.parse(text) as ElsaDefinition;
      if (!json || typeof json !== 'object' || !json.root) throw new Error(t('designer.importNotDefinition'));
      // The file's content goes into this workflow; it keeps its identity here.
      const missing = editor.load({ ...json, definitionId: editor.present.definition.definitionId, id: editor.present.definition.id, version: editor.present.definition.version });
      if (missing) await tidyUp();
      requestAnimationFrame(() => void flow.fitView({ padding: 0.15, maxZoom: 1 }));
      setNotice({ kind: 'ok', text: t('designer.imported', { name: file.name }) });
    } catch (error) {
      setNotice({ kind: 'error', error });
    }
  }, [editor, flow, t, tidyUp]);

  const addAfterSelection = useCallback(() => {
    if (editor.readOnly) return;
    const source = editor.defaultSource();
    editor.openDialog(source ? { kind: 'add', source } : { kind: 'add', at: centre(flow) });
  }, [editor, flow]);

  const isSupervisor = can('Supervisor');
  // Only designers (and administrators) publish directly; a supervisor's approval publishes the version reviewed.
  const canPublish = can('Designer');
  const submitWaits = submitWaitsFor(reviewStatus, dirty || !saved);
  const commands: Command[] = useMemo(() => {
    const g = { edit: t('designer.groups.edit'), view: t('designer.groups.view'), file: t('designer.groups.file'), review: t('designer.groups.review') };
    const ro = editor.readOnly;
    const list: Command[] = [
      { id: 'add', label: t('designer.add.title'), shortcut: 'A', group: g.edit, run: addAfterSelection, disabled: ro },
      { id: 'connect', label: t('designer.connect.command'), shortcut: 'C', group: g.edit, run: () => { const [id] = editor.selectedIds(); if (id) editor.openDialog({ kind: 'connect', sourceId: id }); }, disabled: ro },
      { id: 'rename', label: t('designer.rename'), shortcut: 'F2', group: g.edit, run: () => { const [id] = editor.selectedIds(); if (id) editor.setUi({ renamingId: id }); }, disabled: ro },
      { id: 'delete', label: t('designer.deleteSelection'), shortcut: 'Delete', group: g.edit, run: () => editor.deleteSelection(), disabled: ro },
      { id: 'undo', label: t('designer.undo'), shortcut: `${mod}+Z`, group: g.edit, run: editor.undo, disabled: ro || !undoable },
      { id: 'redo', label: t('designer.redo'), shortcut: `${mod}+Shift+Z`, group: g.edit, run: editor.redo, disabled: ro || !redoable },
      { id: 'selectAll', label: t('designer.selectAll'), shortcut: `${mod}+A`, group: g.edit, run: () => editor.selectAll() },
      { id: 'tidy', label: t('designer.tidy'), shortcut: `${mod}+Shift+L`, group: g.edit, run: () => void tidyUp(), disabled: ro },
      { id: 'find', label: t('designer.find.label'), shortcut: `${mod}+F`, group: g.view, run: () => editor.setUi({ findOpen: true }) },
      { id: 'fit', label: t('designer.fit'), shortcut: 'Shift+1', group: g.view, run: () => void flow.fitView({ padding: 0.15, duration: 200 }) },
      { id: 'zoomIn', label: t('designer.zoomIn'), shortcut: '+', group: g.view, run: () => void flow.zoomIn({ duration: 150 }) },
      { id: 'zoomOut', label: t('designer.zoomOut'), shortcut: '-', group: g.view, run: () => void flow.zoomOut({ duration: 150 }) },
      { id: 'table', label: view === 'table' ? t('designer.showCanvas') : t('designer.showTable'), shortcut: `${mod}+Shift+T`, group: g.view, run: () => editor.setUi({ view: view === 'table' ? 'canvas' : 'table' }) },
      { id: 'minimap', label: t('designer.toggleMinimap'), group: g.view, run: () => editor.setUi({ minimap: !minimap }) },
      { id: 'snap', label: t('designer.toggleSnap'), group: g.view, run: () => editor.setUi({ snap: !snap }) },
      { id: 'shortcuts', label: t('designer.shortcuts.title'), shortcut: '?', group: g.view, run: () => editor.openDialog({ kind: 'shortcuts' }) },
      { id: 'save', label: t('designer.save'), shortcut: `${mod}+S`, group: g.file, run: () => save.mutate(), disabled: ro || save.isPending },
      { id: 'exportJson', label: t('designer.exportJson'), group: g.file, run: exportJson },
      { id: 'exportImage', label: t('designer.exportImage'), group: g.file, run: () => void exportImage() },
      { id: 'import', label: t('designer.importJson'), group: g.file, run: () => fileRef.current?.click(), disabled: ro },
      { id: 'versions', label: t('designer.versions.title'), group: g.file, run: () => editor.openDialog({ kind: 'versions' }), disabled: isNew && !saved },
      { id: 'timeline', label: t('designer.timeline.title'), group: g.view, run: () => editor.openDialog({ kind: 'timeline' }) },
      { id: 'submit', label: t('designer.submit'), group: g.review, run: () => editor.openDialog({ kind: 'submit' }), disabled: ro || blocked || !!submitWaits },
    ];
    if (canPublish) {
      list.push({ id: 'publish', label: t('designer.publish'), group: g.review, run: () => editor.openDialog({ kind: 'publish' }), disabled: blocked });
    }
    if (isSupervisor) {
      list.push(
        { id: 'approve', label: t('designer.approve'), group: g.review, run: () => editor.openDialog({ kind: 'review', action: 'approve' }), disabled: blocked || !saved },
        { id: 'requestChanges', label: t('designer.requestChanges'), group: g.review, run: () => editor.openDialog({ kind: 'review', action: 'request-changes' }), disabled: !saved },
      );
    }
    return list;
  }, [t, editor, addAfterSelection, undoable, redoable, tidyUp, flow, view, minimap, snap, save, exportJson, exportImage, isNew, saved, blocked, isSupervisor, canPublish, submitWaits]);

  // ---- keyboard --------------------------------------------------------------------------------
  const run = useCallback((id: string) => { const c = commands.find((x) => x.id === id); if (c && !c.disabled) c.run(); }, [commands]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (document.querySelector('dialog[open]')) return;
      const ctrl = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      // Shortcuts that work from anywhere in the designer, fields included.
      if (ctrl && key === 'k') { e.preventDefault(); editor.openDialog({ kind: 'command' }); return; }
      if (ctrl && key === 's') { e.preventDefault(); run('save'); return; }
      if (ctrl && key === 'f') { e.preventDefault(); editor.setUi({ findOpen: true }); return; }
      if (isTyping(e.target)) return;
      if (ctrl && key === 'z' && !e.shiftKey) { e.preventDefault(); editor.undo(); return; }
      if (ctrl && (key === 'y' || (key === 'z' && e.shiftKey))) { e.preventDefault(); editor.redo(); return; }
      if (ctrl && key === 'a') { e.preventDefault(); editor.selectAll(); return; }
      if (ctrl && e.shiftKey && key === 'l') { e.preventDefault(); run('tidy'); return; }
      if (ctrl && e.shiftKey && key === 't') { e.preventDefault(); run('table'); return; }
      if (ctrl || e.altKey) return;
      const inCanvas = !!(e.target as HTMLElement)?.closest?.('.canvas-wrap, .table-view') || e.target === document.body;
      if (!inCanvas) return;
      const selected = editor.selectedIds();
      switch (e.key) {
        case 'a': case 'A': case 'Insert': e.preventDefault(); addAfterSelection(); return;
        case 'c': case 'C': if (selected[0] && !editor.readOnly) { e.preventDefault(); editor.openDialog({ kind: 'connect', sourceId: selected[0] }); } return;
        case 'F2': if (selected[0] && !editor.readOnly) { e.preventDefault(); editor.setUi({ renamingId: selected[0] }); } return;
        case 'Delete': case 'Backspace': e.preventDefault(); editor.deleteSelection(); return;
        case 'Escape': editor.select([]); editor.setUi({ findOpen: false }); return;
        case '?': e.preventDefault(); editor.openDialog({ kind: 'shortcuts' }); return;
        case '!': if (e.shiftKey) { e.preventDefault(); run('fit'); } return;
        case '+': case '=': e.preventDefault(); run('zoomIn'); return;
        case '-': e.preventDefault(); run('zoomOut'); return;
        case 'Enter': if (selected[0]) { e.preventDefault(); document.querySelector<HTMLElement>('.property-panel input, .property-panel textarea, .property-panel select')?.focus(); } return;
      }
      const direction = ({ ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' } as const)[e.key as 'ArrowLeft'];
      if (!direction) return;
      e.preventDefault();
      if (e.shiftKey) {
        const [dx, dy] = { left: [-10, 0], right: [10, 0], up: [0, -10], down: [0, 10] }[direction];
        editor.nudge(dx, dy);
        return;
      }
      const nodes = editor.present.nodes;
      const from = nodes.find((n) => n.id === selected[0]);
      const next = from ? neighbourInDirection(nodes, from, direction) : [...nodes].sort((a, b) => a.position.x - b.position.x || a.position.y - b.position.y)[0];
      if (next) editor.select([next.id], true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editor, run, addAfterSelection]);

  // ---- clipboard: Elsa JSON fragments through the system clipboard ------------------------
  useEffect(() => {
    const onCopy = (e: ClipboardEvent, cut: boolean) => {
      if (isTyping(e.target) || document.querySelector('dialog[open]')) return;
      const fragment = cut && !editor.readOnly ? editor.cut() : editor.copy();
      if (!fragment) return;
      e.clipboardData?.setData('text/plain', JSON.stringify(fragment, null, 2));
      e.preventDefault();
      editor.announce(t('designer.copied', { count: fragment.activities.length }));
    };
    const copy = (e: ClipboardEvent) => onCopy(e, false);
    const cut = (e: ClipboardEvent) => onCopy(e, true);
    const paste = (e: ClipboardEvent) => {
      if (isTyping(e.target) || document.querySelector('dialog[open]') || editor.readOnly) return;
      const text = e.clipboardData?.getData('text/plain') ?? '';
      const fragment = text ? parseFragment(text) : undefined;
      if (!fragment) return;
      e.preventDefault();
      const ids = new Set(editor.present.nodes.map((n) => n.id));
      const fromHere = fragment.activities.some((a) => ids.has(a.id));
      const pasted = editor.paste(fragment, fromHere ? undefined : centre(flow));
      editor.announce(t('designer.pasted', { count: pasted.length }));
    };
    document.addEventListener('copy', copy);
    document.addEventListener('cut', cut);
    document.addEventListener('paste', paste);
    return () => {
      document.removeEventListener('copy', copy);
      document.removeEventListener('cut', cut);
      document.removeEventListener('paste', paste);
    };
  }, [editor, flow, t]);

  // Leaving with unsaved changes asks first: inside the app, and when the page itself is left.
  const blocker = useBlocker(({ currentLocation, nextLocation }) =>
    dirty && !editor.readOnly && currentLocation.pathname !== nextLocation.pathname && !nextLocation.pathname.startsWith('/workflows/'));
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    if (window.confirm(t('designer.leaveUnsaved'))) blocker.proceed();
    else blocker.reset();
  }, [blocker, t]);
  useEffect(() => {
    const onLeave = (e: BeforeUnloadEvent) => { if (dirty && !editor.readOnly) e.preventDefault(); };
    window.addEventListener('beforeunload', onLeave);
    return () => window.removeEventListener('beforeunload', onLeave);
  }, [dirty, editor]);

  return (
    <div className="designer" data-testid="designer">
      <header className="designer-toolbar" role="toolbar" aria-label={t('designer.toolbar')}>
        <div className="title-block">
          <h1 className="wf-name" title={definitionId}>{name || t('designer.untitled')}</h1>
          <span className="badge">v{version}</span>
          {reviewStatus && <StatusBadge status={reviewStatus} />}
          {editor.readOnly && <span className="badge">{t('designer.readOnly')}</span>}
          {dirty && !editor.readOnly && <span className="badge unsaved">{t('designer.unsaved')}</span>}
        </div>
        <div className="tool-group" role="group" aria-label={t('designer.groups.edit')}>
          <ToolButton c={commands} id="undo" icon="undo" />
          <ToolButton c={commands} id="redo" icon="redo" />
          <ToolButton c={commands} id="add" icon="plus" text />
          <ToolButton c={commands} id="tidy" icon="layout" />
        </div>
        <div className="tool-group" role="group" aria-label={t('designer.groups.view')}>
          <ToolButton c={commands} id="fit" icon="fit" />
          <ToolButton c={commands} id="find" icon="search" />
          <ToolButton c={commands} id="table" icon={view === 'table' ? 'diagram' : 'table'} />
          <button type="button" className={`btn ghost small icon${snap ? ' pressed' : ''}`} aria-pressed={snap} onClick={() => run('snap')}
            title={t('designer.toggleSnap')} aria-label={t('designer.snap')}><Icon name="magnet" /></button>
          <button type="button" className={`btn ghost small icon${minimap ? ' pressed' : ''}`} aria-pressed={minimap} onClick={() => run('minimap')}
            title={t('designer.toggleMinimap')} aria-label={t('designer.minimap')}><Icon name="map" /></button>
        </div>
        <div className="tool-group" role="group" aria-label={t('designer.groups.file')}>
          <ToolButton c={commands} id="versions" icon="history" />
          <ToolButton c={commands} id="exportJson" icon="download" />
          <ToolButton c={commands} id="exportImage" icon="image" />
          <ToolButton c={commands} id="import" icon="upload" />
          <input ref={fileRef} type="file" accept=".json,application/json" hidden aria-label={t('designer.importJson')}
            onChange={(e) => { const f = e.target.files?.[0]; if (f) void importFile(f); e.target.value = ''; }} />
        </div>
        <div className="tool-group end" role="group" aria-label={t('designer.groups.review')}>
          <button type="button" className="btn ghost small" onClick={() => editor.openDialog({ kind: 'command' })} aria-keyshortcuts="Control+K"
            aria-label={t('designer.commands.title')} title={t('designer.commands.title')}><kbd>{mod}+K</kbd></button>
          {!editor.readOnly && <button type="button" className="btn" onClick={() => run('save')} disabled={save.isPending} aria-keyshortcuts="Control+S">{save.isPending ? t('designer.saving') : t('designer.save')}</button>}
          {!editor.readOnly && <button type="button" className="btn primary" onClick={() => run('submit')} disabled={blocked || !!submitWaits || act.isPending}
            title={blockedTitle ?? (submitWaits && t(`designer.submitWaits.${submitWaits}`))}>{t('designer.submit')}</button>}
          {canPublish && <button type="button" className="btn" onClick={() => run('publish')} disabled={blocked || act.isPending}
            title={blockedTitle}>{t('designer.publish')}</button>}
          {isSupervisor && reviewStatus === 'InReview' && (
            <>
              <button type="button" className="btn primary" onClick={() => run('approve')} disabled={blocked}>{t('designer.approve')}</button>
              <button type="button" className="btn" onClick={() => run('requestChanges')}>{t('designer.requestChanges')}</button>
            </>
          )}
        </div>
      </header>
      {blocked && errorCount > 0 && <p className="blocked-note" role="note">{t('designer.blockedByErrors', { count: errorCount })}</p>}
      {notice && (
        <div className={`notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          {notice.text ?? <ProblemView error={notice.error} compact />}
          <button type="button" className="btn ghost icon small" aria-label={t('common.close')} onClick={() => setNotice(undefined)}>✕</button>
        </div>
      )}
      <div className="designer-main">
        <Palette descriptors={descriptors} />
        <div className="designer-center">
          {findOpen && <FindBar />}
          {view === 'table' ? <TableView /> : (
            <div
              className="canvas-wrap"
              tabIndex={0}
              role="application"
              aria-roledescription={t('designer.a11y.canvasRole')}
              aria-label={t('designer.a11y.canvas', { name: name || '' })}
              aria-describedby="canvas-help"
            >
              <Canvas onFileDrop={importFile} />
            </div>
          )}
          <p id="canvas-help" className="sr-only">{t('designer.a11y.help')}</p>
          <ProblemsPanel />
        </div>
        <PropertyPanel />
      </div>
      <Announcer />
      {dialog?.kind === 'add' && <AddActivityDialog state={dialog} descriptors={descriptors} />}
      {dialog?.kind === 'connect' && <ConnectDialog sourceId={dialog.sourceId} />}
      {dialog?.kind === 'command' && <CommandBar commands={commands} />}
      {dialog?.kind === 'shortcuts' && <ShortcutsDialog commands={commands} />}
      {dialog?.kind === 'versions' && <VersionsDialog definitionId={definitionId} current={editor.toElsa()} onOpen={(v) => navigate(`/workflows/${encodeURIComponent(definitionId)}?version=${v}`)} />}
      {dialog?.kind === 'timeline' && <TimelineDialog definition={editor.toElsa()} />}
      {dialog?.kind === 'submit' && <SubmitDialog busy={act.isPending} error={act.error} onSubmit={(comment) => act.mutate({ action: 'submit-for-review', comment })} />}
      {dialog?.kind === 'review' && <ReviewDialog action={dialog.action} busy={act.isPending} error={act.error} onSubmit={(comment) => act.mutate({ action: dialog.action, comment })} />}
      {dialog?.kind === 'publish' && <PublishDialog version={version} saves={dirty || !saved} busy={act.isPending} error={act.error} onConfirm={() => act.mutate({ action: 'publish' })} />}
    </div>
  );
}

function centre(flow: ReturnType<typeof useReactFlow>) {
  const el = document.querySelector('.react-flow')?.getBoundingClientRect();
  if (!el) return { x: 0, y: 0 };
  const p = flow.screenToFlowPosition({ x: el.left + el.width / 2, y: el.top + el.height / 2 });
  return { x: Math.round(p.x - 110), y: Math.round(p.y - 32) };
}

function ToolButton({ c, id, icon, text }: { c: Command[]; id: string; icon: string; text?: boolean }) {
  const command = c.find((x) => x.id === id);
  if (!command) return null;
  const tip = command.shortcut ? `${command.label} (${command.shortcut})` : command.label;
  return (
    <button type="button" className={`btn ghost small${text ? '' : ' icon'}`} onClick={command.run} disabled={command.disabled}
      aria-label={command.label} title={tip} data-command={id}>
      <Icon name={icon} />{text && <span>{command.label}</span>}
    </button>
  );
}
