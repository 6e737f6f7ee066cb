/** The Elsa 3 workflow-definition JSON shape, as the server reads and writes it (DESIGN.md §2). */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: unknown };

export const SCHEMA_URL = 'https://elsaworkflows.io/schemas/workflow-definition/v3.0.0/schema.json';
export const FLOWCHART_TYPE = 'Elsa.Flowchart';

export interface Position { x: number; y: number }
export interface Size { width: number; height: number }

export interface ElsaExpression { type: string; value?: unknown }

/** An input as written: `{typeName, expression: {type, value}}`; a bare value reads as a literal. */
export interface ElsaInputValue { typeName?: string; expression?: ElsaExpression; [key: string]: unknown }

export interface ElsaActivity {
  id: string;
  nodeId?: string;
  name?: string | null;
  type: string;
  version?: number;
  customProperties?: JsonObject;
  metadata?: JsonObject;
  [key: string]: unknown;
}

export interface ElsaEndpoint { activity: string; port?: string; [key: string]: unknown }

/** Both connection shapes: nested `{source: {activity, port}}` and the older flat one. */
export interface ElsaConnection {
  source: ElsaEndpoint | string;
  target: ElsaEndpoint | string;
  sourcePort?: string;
  targetPort?: string;
  vertices?: unknown[];
  [key: string]: unknown;
}

export interface ElsaFlowchart extends ElsaActivity {
  activities: ElsaActivity[];
  connections: ElsaConnection[];
}

export interface ElsaVariable { id: string; name: string; typeName: string; isArray?: boolean; value?: unknown; [key: string]: unknown }
export interface ElsaWorkflowInput {
  name: string; type: string; displayName?: string | null; description?: string | null;
  defaultValue?: unknown; isRequired?: boolean;
  /** The editor a value is entered with; some hints also say what the workflow makes of it (INPUT_HINTS). */
  uiHint?: string | null;
  [key: string]: unknown;
}

/**
 * The hints a start checks an input's value by, as the workflow will use it (the server's WorkflowInputs, matched
 * without regard to case): a deadline rule, the MM-dd of a fixed date, a yyyy-MM-dd date, a unit query, a year, a list of
 * unit ids, the kind of an inspection.
 */
export const INPUT_HINTS = ['deadlinerule', 'dayofyear', 'date', 'unitquery', 'year', 'unitlist', 'inspectionkind'] as const;
export type InputHint = (typeof INPUT_HINTS)[number];

/** The known hint an input has, whatever its case; undefined for none or one the server does not check by. */
export function inputHint(input: Pick<ElsaWorkflowInput, 'uiHint'>): InputHint | undefined {
  const hint = input.uiHint?.trim().toLowerCase();
  return INPUT_HINTS.find((h) => h === hint);
}

/** A copy of the input with the given hint, or without the key when none is given. */
export function withInputHint(input: ElsaWorkflowInput, hint: string): ElsaWorkflowInput {
  const { uiHint: _, ...rest } = input;
  return hint ? { ...rest, uiHint: hint } : rest;
}

export interface ElsaDefinition {
  $schema?: string;
  id?: string;
  definitionId: string;
  name?: string | null;
  description?: string | null;
  version?: number;
  isLatest?: boolean;
  isPublished?: boolean;
  variables?: ElsaVariable[];
  inputs?: ElsaWorkflowInput[];
  outputs?: unknown[];
  outcomes?: unknown[];
  customProperties?: JsonObject;
  options?: JsonObject | null;
  root: ElsaFlowchart;
  [key: string]: unknown;
}

/** A normalised view of a connection, whichever shape it was written in. */
export interface Link { source: string; sourcePort: string; target: string; targetPort: string }

export function readLink(connection: ElsaConnection): Link {
  const source = typeof connection.source === 'string' ? connection.source : connection.source?.activity ?? '';
  const target = typeof connection.target === 'string' ? connection.target : connection.target?.activity ?? '';
  const sourcePort = typeof connection.source === 'string'
    ? connection.sourcePort ?? 'Done'
    : connection.source?.port ?? 'Done';
  const targetPort = typeof connection.target === 'string'
    ? connection.targetPort ?? 'In'
    : connection.target?.port ?? 'In';
  return { source, sourcePort, target, targetPort };
}

export function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/**
 * What a step is called for people: Elsa's `metadata.displayText` (the shipped workflows write the Vietnamese one there;
 * `metadata.displayTextEn` is its English, shown on the English pages), else its `name`, else its id. The name stays the
 * identifier scripts use (`get<Output>From<Name>()`).
 */
export function activityLabel(activity: Pick<ElsaActivity, 'id' | 'name' | 'metadata'>, locale: string): string {
  const metadata = isPlainObject(activity.metadata) ? activity.metadata : {};
  const english = locale.startsWith('en') ? text(metadata.displayTextEn) : undefined;
  return english ?? text(metadata.displayText) ?? text(activity.name) ?? activity.id;
}

/** Every step of a definition (nested flowcharts included) by id, as `activityLabel` calls it. */
export function activityLabels(definition: Pick<ElsaDefinition, 'root'> | undefined, locale: string): Record<string, string> {
  const labels: Record<string, string> = {};
  const visit = (activity: unknown) => {
    if (!isPlainObject(activity)) return;
    if (typeof activity.id === 'string') labels[activity.id] = activityLabel(activity as unknown as ElsaActivity, locale);
    if (Array.isArray(activity.activities)) activity.activities.forEach(visit);
  };
  if (definition?.root) (definition.root.activities ?? []).forEach(visit);
  return labels;
}

/** The designer position of an activity, when written. */
export function readPosition(activity: ElsaActivity): Position | undefined {
  const designer = isPlainObject(activity.metadata) ? activity.metadata.designer : undefined;
  const position = isPlainObject(designer) ? designer.position : undefined;
  if (!isPlainObject(position)) return undefined;
  const x = Number(position.x), y = Number(position.y);
  return Number.isFinite(x) && Number.isFinite(y) ? { x, y } : undefined;
}

export function readSize(activity: ElsaActivity): Size | undefined {
  const designer = isPlainObject(activity.metadata) ? activity.metadata.designer : undefined;
  const size = isPlainObject(designer) ? designer.size : undefined;
  if (!isPlainObject(size)) return undefined;
  const width = Number(size.width), height = Number(size.height);
  return width > 0 && height > 0 ? { width, height } : undefined;
}

/** A copy of the activity with `metadata.designer[key]` set, every other key kept in place. */
export function withDesignerMetadata(activity: ElsaActivity, key: 'position' | 'size', value: Position | Size): ElsaActivity {
  const metadata = isPlainObject(activity.metadata) ? activity.metadata : {};
  const designer = isPlainObject(metadata.designer) ? metadata.designer : {};
  return { ...activity, metadata: { ...metadata, designer: { ...designer, [key]: value } } };
}

/** Elsa's activity ids: 16 lower-case hex characters. */
export function newActivityId(random: () => number = Math.random): string {
  let id = '';
  for (let i = 0; i < 16; i++) id += Math.floor(random() * 16).toString(16);
  return id;
}

export function emptyDefinition(definitionId: string, name: string): ElsaDefinition {
  const rootId = newActivityId();
  return {
    $schema: SCHEMA_URL,
    id: `${definitionId}:v1`,
    definitionId,
    name,
    description: '',
    version: 1,
    isLatest: true,
    isPublished: false,
    variables: [],
    inputs: [],
    outputs: [],
    outcomes: [],
    customProperties: {},
    options: {},
    root: {
      type: FLOWCHART_TYPE, version: 1, id: rootId, nodeId: rootId, name: 'Flowchart1',
      customProperties: {}, metadata: {}, variables: [], activities: [], connections: [],
    },
  };
}
