import type { ElsaActivity, ElsaDefinition, Link } from './elsa';
import { isPlainObject, readLink, readPosition } from './elsa';
import { jsonEqual } from './equal';

export interface ActivityChange { id: string; fields: string[] }

/** What changed from one version of a definition to another, for the visual diff. */
export interface DefinitionDiff {
  added: string[];
  removed: string[];
  changed: ActivityChange[];
  moved: string[];
  connectionsAdded: Link[];
  connectionsRemoved: Link[];
  /** Top-level fields that differ: name, description, variables, inputs, … */
  definitionFields: string[];
}

const IGNORED_TOP = new Set(['$schema', 'id', 'version', 'isLatest', 'isPublished', 'root', 'createdAt', 'createdBy', 'updatedAt']);

/** An activity without its designer-only metadata, to compare what it does. */
function behaviour(activity: ElsaActivity): ElsaActivity {
  const copy: ElsaActivity = { ...activity };
  delete copy.nodeId;
  if (isPlainObject(copy.metadata)) {
    const metadata = { ...copy.metadata };
    delete metadata.designer;
    copy.metadata = metadata;
  }
  return copy;
}

const linkKey = (l: Link) => `${l.source}:${l.sourcePort}->${l.target}:${l.targetPort}`;

export function diffDefinitions(before: ElsaDefinition, after: ElsaDefinition): DefinitionDiff {
  const a = new Map((before.root?.activities ?? []).map((x) => [x.id, x]));
  const b = new Map((after.root?.activities ?? []).map((x) => [x.id, x]));
  const added = [...b.keys()].filter((id) => !a.has(id));
  const removed = [...a.keys()].filter((id) => !b.has(id));
  const changed: ActivityChange[] = [];
  const moved: string[] = [];
  for (const [id, next] of b) {
    const previous = a.get(id);
    if (!previous) continue;
    const x = behaviour(previous), y = behaviour(next);
    const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
    const fields = [...keys].filter((k) => !jsonEqual(x[k], y[k]));
    if (fields.length) changed.push({ id, fields });
    const p = readPosition(previous), q = readPosition(next);
    if (p && q && (p.x !== q.x || p.y !== q.y)) moved.push(id);
  }
  const linksA = new Map((before.root?.connections ?? []).map((c) => [linkKey(readLink(c)), readLink(c)]));
  const linksB = new Map((after.root?.connections ?? []).map((c) => [linkKey(readLink(c)), readLink(c)]));
  const connectionsAdded = [...linksB].filter(([k]) => !linksA.has(k)).map(([, l]) => l);
  const connectionsRemoved = [...linksA].filter(([k]) => !linksB.has(k)).map(([, l]) => l);
  const topKeys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const definitionFields = [...topKeys].filter((k) => !IGNORED_TOP.has(k) && !jsonEqual(before[k], after[k]));
  return { added, removed, changed, moved, connectionsAdded, connectionsRemoved, definitionFields };
}

export function isEmptyDiff(diff: DefinitionDiff): boolean {
  return !diff.added.length && !diff.removed.length && !diff.changed.length && !diff.connectionsAdded.length
    && !diff.connectionsRemoved.length && !diff.definitionFields.length;
}
