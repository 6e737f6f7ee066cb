/** The organisation tree as the administration pages read it: names by language, a unit's state, lists to choose from. */
import type { UnitNode } from '../api/admin';
import { unitName } from '../records/common';

/** Every unit of the tree with its depth, parents before their children, in the server's order. */
export function flattenUnits(nodes: readonly UnitNode[], depth = 0): { unit: UnitNode; depth: number }[] {
  return nodes.flatMap((unit) => [{ unit, depth }, ...flattenUnits(unit.children, depth + 1)]);
}

/** The units by id. */
export function unitIndex(nodes: readonly UnitNode[]): Map<string, UnitNode> {
  return new Map(flattenUnits(nodes).map(({ unit }) => [unit.id, unit]));
}

/** The ids of a unit and of every unit under it. */
export function subtreeIds(unit: UnitNode): Set<string> {
  return new Set(flattenUnits([unit]).map(({ unit: u }) => u.id));
}

export type UnitState = 'Open' | 'Closing' | 'NotYetOpen' | 'Superseded' | 'Closed';

/**
 * Where a unit stands today: open; open until a last day already set; not open yet (it starts later); closed, or
 * closed because another unit took over.
 */
export function unitState(unit: Pick<UnitNode, 'isOpen' | 'validTo' | 'supersededById'>): UnitState {
  if (unit.isOpen) return unit.validTo ? 'Closing' : 'Open';
  if (unit.supersededById) return 'Superseded';
  return unit.validTo ? 'Closed' : 'NotYetOpen';
}

/** A unit as an option of a list: indented by its depth (no-break spaces, which a <select> keeps). */
export function optionLabel(unit: UnitNode, depth: number, language: string): string {
  return `${'\u00a0\u00a0\u00a0'.repeat(depth)}${unitName(unit, language)} (${unit.code})`;
}
