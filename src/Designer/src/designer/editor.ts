import { applyEdgeChanges, applyNodeChanges, type EdgeChange, type NodeChange } from '@xyflow/react';
import type { ValidationProblem } from '../api/types';
import { snapToNeighbours } from './align';
import { copyFragment, pasteFragment, type ElsaFragment } from './model/clipboard';
import type { ActivityDescriptor, DescriptorIndex } from './model/descriptors';
import { FLOWCHART_TYPE, type ElsaActivity, type ElsaDefinition, type Link, type Position } from './model/elsa';
import type { DesignerDoc, DesignerNode } from './model/graph';
import { fromElsa, linkOf, toElsa } from './model/graph';
import { beginGesture, canRedo, canUndo, commit, createHistory, endGesture, redo, replace, undo, type History } from './model/history';
import {
  appendAfter, connect, createActivity, deleteEdges, deleteNodes, insertOnEdge, reconnectEdge, renameActivity, selectOnly,
  setPositions, updateActivity,
} from './model/ops';
import { outcomePorts } from './model/ports';
import { createStore, type Store } from './store';

export interface DocState {
  history: History<DesignerDoc>;
  /** Bumps on every change that matters to validation (not moves or selection). */
  semantic: number;
  /** Bumps on every recorded change; compared with the saved one for "unsaved changes". */
  revision: number;
  savedRevision: number;
}

export type DialogState =
  | { kind: 'add'; source?: { nodeId: string; port: string; portIndex: number }; edgeId?: string; at?: Position }
  | { kind: 'connect'; sourceId: string }
  | { kind: 'command' }
  | { kind: 'versions' }
  | { kind: 'submit' }
  | { kind: 'publish' }
  | { kind: 'review'; action: 'approve' | 'request-changes' }
  | { kind: 'shortcuts' }
  | { kind: 'timeline' };

export interface UiState {
  dialog?: DialogState;
  renamingId?: string;
  findOpen: boolean;
  view: 'canvas' | 'table';
  snap: boolean;
  minimap: boolean;
  focusField?: { activityId: string | null; field: string; nonce: number };
  guides: { vertical?: number; horizontal?: number };
  announcement: string;
  /** Node to bring into view (after keyboard moves, problem clicks, find). */
  reveal?: { id: string; nonce: number };
}

export interface ProblemsState {
  problems: ValidationProblem[];
  errorsByActivity: ReadonlyMap<string, number>;
  warningsByActivity: ReadonlyMap<string, number>;
  errorCount: number;
  status: 'idle' | 'validating' | 'done' | 'failed';
  error?: unknown;
}

export const GRID = 10;

/** All editing of one open definition: the document with its history, the UI state and the problems. */
export class Editor {
  readonly doc: Store<DocState>;
  readonly ui: Store<UiState>;
  readonly problems: Store<ProblemsState>;
  private clipboard?: ElsaFragment;
  private nonce = 0;

  constructor(definition: ElsaDefinition, readonly descriptors: DescriptorIndex, readonly readOnly = false) {
    const { doc } = fromElsa(definition);
    this.doc = createStore<DocState>({ history: createHistory(doc), semantic: 0, revision: 0, savedRevision: 0 });
    this.ui = createStore<UiState>({ findOpen: false, view: 'canvas', snap: true, minimap: true, guides: {}, announcement: '' });
    this.problems = createStore<ProblemsState>({ problems: [], errorsByActivity: new Map(), warningsByActivity: new Map(), errorCount: 0, status: 'idle' });
  }

  get present(): DesignerDoc {
    return this.doc.get().history.present;
  }

  descriptorOf = (type: string): ActivityDescriptor | undefined => this.descriptors.get(type) ?? (type === FLOWCHART_TYPE ? NESTED_FLOWCHART : undefined);

  toElsa(): ElsaDefinition {
    return toElsa(this.present);
  }

  // ---- recording changes -------------------------------------------------------------------

  /** One undoable step. */
  apply(change: (doc: DesignerDoc) => DesignerDoc, options: { key?: string; semantic?: boolean; announce?: string } = {}): void {
    if (this.readOnly) return;
    const state = this.doc.get();
    const next = change(state.history.present);
    if (next === state.history.present) return;
    this.doc.set({
      ...state,
      history: commit(state.history, next, { key: options.key }),
      semantic: state.semantic + (options.semantic === false ? 0 : 1),
      revision: state.revision + 1,
    });
    if (options.announce) this.announce(options.announce);
  }

  /** A change that is not a step of its own (selection, measurements). */
  replace(change: (doc: DesignerDoc) => DesignerDoc): void {
    const state = this.doc.get();
    const next = change(state.history.present);
    if (next !== state.history.present) this.doc.set({ ...state, history: replace(state.history, next) });
  }

  private restore(step: (h: History<DesignerDoc>) => History<DesignerDoc>): void {
    const state = this.doc.get();
    const current = state.history.present;
    const history = step(state.history);
    if (history === state.history) return;
    // Measurements are the browser's, not the document's: keep today's so nodes need not be measured again.
    const measured = new Map(current.nodes.map((n) => [n.id, n.measured]));
    const present = {
      ...history.present,
      nodes: history.present.nodes.map((n) => (n.measured || !measured.get(n.id) ? n : { ...n, measured: measured.get(n.id) })),
    };
    this.doc.set({ ...state, history: { ...history, present }, semantic: state.semantic + 1, revision: state.revision + 1 });
  }

  undo = () => this.restore(undo);
  redo = () => this.restore(redo);
  canUndo = () => canUndo(this.doc.get().history);
  canRedo = () => canRedo(this.doc.get().history);

  markSaved(definition?: ElsaDefinition): void {
    const state = this.doc.get();
    let history = state.history;
    if (definition) {
      const present = { ...history.present, definition: { ...history.present.definition, ...pickVersionFields(definition) } };
      history = replace(history, present);
    }
    this.doc.set({ ...state, history, savedRevision: state.revision });
  }

  /** Replaces the whole definition (an imported file) as one undoable step. */
  load(definition: ElsaDefinition): number {
    const { doc, missingPositions } = fromElsa(definition);
    this.apply(() => doc);
    return missingPositions;
  }

  // ---- React Flow events -------------------------------------------------------------------

  onNodesChange = (changes: NodeChange<DesignerNode>[]): void => {
    const state = this.doc.get();
    let history = state.history;
    const nodes = history.present.nodes;
    let dragging = false;
    let dragEnded = false;
    let moved = false;
    const { snap } = this.ui.get();
    for (const change of changes) {
      if (change.type !== 'position') continue;
      moved = true;
      if (change.dragging) dragging = true;
      else dragEnded = true;
      if (change.position && snap && change.dragging && changes.length === 1) {
        const node = nodes.find((n) => n.id === change.id);
        if (node) {
          const s = snapToNeighbours(nodes, node, change.position);
          change.position = s.position;
          this.setGuides(s.vertical, s.horizontal);
        }
      }
    }
    const relevant = this.readOnly ? changes.filter((c) => c.type === 'select' || c.type === 'dimensions') : changes;
    if (relevant.length === 0) return;
    if (dragging) history = beginGesture(history);
    const next = { ...history.present, nodes: applyNodeChanges(relevant, nodes) };
    history = replace(history, next);
    let revision = state.revision;
    if (dragEnded || (moved && !dragging && history.pending === undefined)) {
      if (history.pending !== undefined) {
        history = endGesture(history, (a, b) => a.nodes.some((n, i) => n.position !== b.nodes[i]?.position));
        revision++;
      }
      this.setGuides(undefined, undefined);
    }
    this.doc.set({ ...state, history, revision });
  };

  onEdgesChange = (changes: EdgeChange[]): void => {
    const relevant = changes.filter((c) => c.type === 'select');
    if (relevant.length) this.replace((doc) => ({ ...doc, edges: applyEdgeChanges(relevant, doc.edges) }));
  };

  private setGuides(vertical?: number, horizontal?: number) {
    const g = this.ui.get().guides;
    if (g.vertical !== vertical || g.horizontal !== horizontal) this.ui.set((s) => ({ ...s, guides: { vertical, horizontal } }));
  }

  // ---- editing -----------------------------------------------------------------------------

  selectedIds(): string[] {
    return this.present.nodes.filter((n) => n.selected).map((n) => n.id);
  }

  select(ids: string[], reveal = false): void {
    this.replace((doc) => selectOnly(doc, ids));
    if (reveal && ids[0]) this.reveal(ids[0]);
    const node = ids.length === 1 ? this.present.nodes.find((n) => n.id === ids[0]) : undefined;
    if (node) this.announce(this.describe(node));
  }

  selectAll(): void {
    this.replace((doc) => selectOnly(doc, doc.nodes.map((n) => n.id)));
  }

  reveal(id: string): void {
    this.ui.set((s) => ({ ...s, reveal: { id, nonce: ++this.nonce } }));
  }

  announce(text: string): void {
    this.ui.set((s) => ({ ...s, announcement: text }));
  }

  describe(node: DesignerNode): string {
    const d = this.descriptorOf(node.data.activity.type);
    const outgoing = this.present.edges.filter((e) => e.source === node.id).length;
    return `${node.data.activity.name ?? node.id} (${d?.displayName.vi ?? node.data.activity.type}) → ${outgoing}`;
  }

  portsOf(nodeId: string): string[] {
    const node = this.present.nodes.find((n) => n.id === nodeId);
    return node ? outcomePorts(node.data.activity, this.descriptorOf(node.data.activity.type)) : [];
  }

  /** Adds an activity: after a port (connected), on an edge (splitting it) or at a point. Returns its id. */
  add(descriptor: ActivityDescriptor, where: { source?: { nodeId: string; port: string; portIndex: number }; edgeId?: string; at?: Position }): string {
    const doc = this.present;
    const activity = createActivity(doc, descriptor, where.at ?? { x: 0, y: 0 });
    const firstPort = outcomePorts(activity, descriptor)[0] ?? 'Done';
    this.apply((d) => {
      let next: DesignerDoc;
      if (where.source && where.at) {
        next = connect({ ...d, nodes: [...d.nodes, { id: activity.id, type: 'activity', position: where.at, data: { activity } }] },
          { source: where.source.nodeId, sourcePort: where.source.port, target: activity.id, targetPort: 'In' });
      } else if (where.source) next = appendAfter(d, where.source.nodeId, where.source.port, where.source.portIndex, activity);
      else if (where.edgeId) next = insertOnEdge(d, where.edgeId, activity, firstPort);
      else next = { ...d, nodes: [...d.nodes, { id: activity.id, type: 'activity', position: where.at ?? { x: 0, y: 0 }, data: { activity } }] };
      return selectOnly(next, [activity.id]);
    });
    this.reveal(activity.id);
    return activity.id;
  }

  /** Where "add after the selection" goes: the selected node's first port with no connection yet, else its first port. */
  defaultSource(): { nodeId: string; port: string; portIndex: number } | undefined {
    const [id] = this.selectedIds();
    if (!id) return undefined;
    const ports = this.portsOf(id);
    if (ports.length === 0) return undefined;
    const used = new Set(this.present.edges.filter((e) => e.source === id).map((e) => e.sourceHandle));
    const index = Math.max(0, ports.findIndex((p) => !used.has(p)));
    return { nodeId: id, port: ports[index], portIndex: index };
  }

  connect(link: Link): void {
    this.apply((doc) => connect(doc, link), { key: undefined });
  }

  reconnect(edgeId: string, link: Link): void {
    const edge = this.present.edges.find((e) => e.id === edgeId);
    if (edge) this.apply((doc) => reconnectEdge(doc, edge, link));
  }

  deleteSelection(reconnect = true): void {
    const doc = this.present;
    const nodes = doc.nodes.filter((n) => n.selected).map((n) => n.id);
    const edges = doc.edges.filter((e) => e.selected).map((e) => e.id);
    if (!nodes.length && !edges.length) return;
    this.apply((d) => deleteNodes(deleteEdges(d, edges), nodes, reconnect));
  }

  deleteEdge(edgeId: string): void {
    this.apply((d) => deleteEdges(d, [edgeId]));
  }

  rename(id: string, name: string): void {
    const trimmed = name.trim();
    if (!trimmed) return;
    this.apply((doc) => renameActivity(doc, id, trimmed), { key: `rename:${id}` });
  }

  updateActivity(id: string, update: (a: ElsaActivity) => ElsaActivity, key?: string): void {
    this.apply((doc) => updateActivity(doc, id, update), { key });
  }

  updateDefinition(update: (d: ElsaDefinition) => ElsaDefinition, key?: string): void {
    this.apply((doc) => ({ ...doc, definition: update(doc.definition) }), { key });
  }

  move(positions: ReadonlyMap<string, Position>, key?: string): void {
    this.apply((doc) => setPositions(doc, positions), { key, semantic: false });
  }

  nudge(dx: number, dy: number): void {
    const positions = new Map(this.present.nodes.filter((n) => n.selected).map((n) => [n.id, { x: n.position.x + dx, y: n.position.y + dy }]));
    if (positions.size) this.move(positions, 'nudge');
  }

  // ---- clipboard ---------------------------------------------------------------------------

  copy(): ElsaFragment | undefined {
    const ids = this.selectedIds();
    if (!ids.length) return undefined;
    this.clipboard = copyFragment(this.present, ids);
    return this.clipboard;
  }

  cut(): ElsaFragment | undefined {
    const fragment = this.copy();
    if (fragment) this.deleteSelection(false);
    return fragment;
  }

  paste(fragment: ElsaFragment | undefined = this.clipboard, at?: Position): string[] {
    if (!fragment || this.readOnly) return [];
    let pasted: string[] = [];
    this.apply((doc) => {
      const result = pasteFragment(doc, fragment, at ? { at } : {});
      pasted = result.pastedIds;
      return result.doc;
    });
    // Pasting twice in a row steps further each time.
    if (!at && fragment === this.clipboard) this.clipboard = { ...fragment, activities: fragment.activities.map((a) => shiftActivity(a, 40)) };
    if (pasted[0]) this.reveal(pasted[0]);
    return pasted;
  }

  // ---- problems ----------------------------------------------------------------------------

  setProblems(problems: ValidationProblem[]): void {
    const errors = new Map<string, number>();
    const warnings = new Map<string, number>();
    for (const p of problems) {
      if (!p.activityId) continue;
      const map = p.severity === 'Error' ? errors : warnings;
      map.set(p.activityId, (map.get(p.activityId) ?? 0) + 1);
    }
    this.problems.set({
      problems,
      errorsByActivity: errors,
      warningsByActivity: warnings,
      errorCount: problems.filter((p) => p.severity === 'Error').length,
      status: 'done',
    });
  }

  focusProblem(problem: ValidationProblem): void {
    if (problem.activityId && this.present.nodes.some((n) => n.id === problem.activityId)) this.select([problem.activityId], true);
    else this.select([]);
    this.ui.set((s) => ({ ...s, focusField: { activityId: problem.activityId, field: problem.field, nonce: ++this.nonce } }));
  }

  openDialog(dialog: DialogState | undefined): void {
    this.ui.set((s) => ({ ...s, dialog }));
  }

  setUi(patch: Partial<UiState>): void {
    this.ui.set((s) => ({ ...s, ...patch }));
  }

  linksOf(nodeId: string): Link[] {
    return this.present.edges.filter((e) => e.source === nodeId).map(linkOf);
  }
}

function shiftActivity(activity: ElsaActivity, by: number): ElsaActivity {
  const position = (activity.metadata?.designer as { position?: Position } | undefined)?.position;
  if (!position) return activity;
  return { ...activity, metadata: { ...activity.metadata, designer: { ...(activity.metadata!.designer as object), position: { x: position.x + by, y: position.y + by } } } };
}

function pickVersionFields(definition: ElsaDefinition): Partial<ElsaDefinition> {
  const picked: Partial<ElsaDefinition> = {};
  for (const key of ['id', 'definitionId', 'version', 'isLatest', 'isPublished'] as const) {
    if (definition[key] !== undefined) (picked as Record<string, unknown>)[key] = definition[key];
  }
  return picked;
}

/**
 * A flowchart nested in a step: the engine runs it (DESIGN.md §2) though the palette does not offer it.
 * Shown as a container; its inner steps are kept as written and edited as JSON.
 */
const NESTED_FLOWCHART: ActivityDescriptor = {
  typeName: FLOWCHART_TYPE, version: 1, category: 'Flow',
  displayName: { vi: 'Lưu đồ con', en: 'Sub-flowchart' },
  description: { vi: 'Một lưu đồ lồng trong bước này; các bước bên trong giữ nguyên như đã viết.', en: 'A flowchart nested in this step; its inner steps are kept as written.' },
  kind: 'Container', isBlocking: false, canStartWorkflow: false, outcomes: ['Done'], hasDynamicOutcomes: false, inputs: [], outputs: [], icon: 'diagram',
};
