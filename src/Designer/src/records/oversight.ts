/**
 * What the records lists compute: the filter in the address bar and the query the server is asked (plans, work tasks,
 * inspections, evaluations, documents); findings grouped as a conclusion reads them, what a remediation action offers
 * its reader, ratings by their abbreviation, numbers as people read them.
 */
import {
  DOC_TYPES, EVALUATION_STATUSES, FINDING_TYPES, INSPECTION_KINDS, INSPECTION_STATUSES, RATING_ABBREVIATIONS,
  type Classification, type Finding, type FindingType, type RatingCode, type RatingView, type RemediationAction, type RemediationDecision,
  type RemediationStepName, type UnitRef,
} from '../api/records-oversight';
import { PLAN_STATUSES, WORK_TASK_STATUSES } from '../api/records-planning';
import { date, oneOf, readFilter, text, writeFilter, type FieldRules, type FilterOf } from './addressBar';


export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

const year = (value: string) => (/^\d{4}$/.test(value) && Number(value) >= MIN_YEAR && Number(value) <= MAX_YEAR ? value : '');

/** Each list's filters: the address-bar key (also the server's parameter) and what a valid value is. */
export const FILTERS = {
  plans: { year, status: oneOf(PLAN_STATUSES), q: text(200) },
  workTasks: { planId: text(128), status: oneOf(WORK_TASK_STATUSES), dueFrom: date, dueTo: date, q: text(200) },
  inspections: { kind: oneOf(INSPECTION_KINDS), status: oneOf(INSPECTION_STATUSES), year },
  evaluations: { periodKey: text(64), rating: oneOf(RATING_ABBREVIATIONS), status: oneOf(EVALUATION_STATUSES) },
  documents: { docType: oneOf(DOC_TYPES), issuedFrom: date, issuedTo: date, q: text(200) },
} as const;

export type RecordList = keyof typeof FILTERS;
export type Filter<L extends RecordList> = FilterOf<(typeof FILTERS)[L]>;

/** The filter the address bar holds (malformed values are dropped, not sent on to the server). */
export function filterFrom<L extends RecordList>(list: L, params: URLSearchParams): Filter<L> {
  return readFilter(FILTERS[list], params) as Filter<L>;
}

/** The filter as an address-bar query: only what is set, page 1 left out. */
export function filterToParams<L extends RecordList>(list: L, filter: Filter<L>): URLSearchParams {
  return writeFilter<FieldRules>(FILTERS[list], filter);
}

/** The documents list searched for a text: a document's number and symbol finds it. */
export function documentsMatching(q: string): string {
  return `/records/documents?${filterToParams('documents', { docType: '', issuedFrom: '', issuedTo: '', q, page: 1 })}`;
}

/** The query of `GET /api/plans|work-tasks|inspections|evaluations|documents`: the filter, then the page and its size. */
export { apiQuery } from './addressBar';


// ---- Ratings -------------------------------------------------------------------------------------

const RATING_CODES: Record<string, RatingCode> = { HTXSNV: 'ExcellentlyCompleted', HTTNV: 'WellCompleted', HTNV: 'Completed', KHTNV: 'NotCompleted' };
const ABBREVIATIONS: Record<RatingCode, string> = { ExcellentlyCompleted: 'HTXSNV', WellCompleted: 'HTTNV', Completed: 'HTNV', NotCompleted: 'KHTNV' };

/**
 * A rating as the pages write it: the Vietnamese abbreviation, and the key of its full name (DOMAIN.md §6 wording) or,
 * for a rating this app does not know, the server's own name in the reader's language.
 */
export function ratingLabel(rating: RatingView, language: string): { abbreviation: string; nameKey?: string; fallback: string } {
  const code = rating.code in ABBREVIATIONS ? rating.code : RATING_CODES[rating.abbreviation?.toUpperCase()];
  const fallback = (language === 'en' ? rating.nameEn : rating.nameVi) || rating.nameVi || rating.abbreviation || String(rating.code);
  return {
    abbreviation: code ? ABBREVIATIONS[code] : rating.abbreviation || String(rating.code),
    nameKey: code ? `records.evaluations.ratings.${code}` : undefined,
    fallback,
  };
}

// ---- Findings ------------------------------------------------------------------------------------

export interface FindingGroup { unit: UnitRef; types: Array<{ type: FindingType; findings: Finding[] }> }

/**
 * Findings by inspected unit (in the order the inspection names its units, then any other unit as it first appears),
 * and within a unit by type in the order a conclusion reads: strengths, shortcomings, violations, recommendations.
 * The findings keep their order (the server's: as recorded).
 */
export function groupFindings(findings: Finding[], targetUnits: UnitRef[] = []): FindingGroup[] {
  const order = [...targetUnits.map((u) => u.id), ...findings.map((f) => f.targetUnit.id)].filter((id, i, all) => all.indexOf(id) === i);
  const units = new Map<string, UnitRef>([...targetUnits, ...findings.map((f) => f.targetUnit)].reverse().map((u) => [u.id, u]));
  const typeOrder = (type: string) => {
    const i = (FINDING_TYPES as readonly string[]).indexOf(type);
    return i < 0 ? FINDING_TYPES.length : i;
  };
  return order
    .map((id) => {
      const mine = findings.filter((f) => f.targetUnit.id === id);
      const types = [...new Set(mine.map((f) => f.type))].sort((a, b) => typeOrder(a) - typeOrder(b))
        .map((type) => ({ type, findings: mine.filter((f) => f.type === type) }));
      return { unit: units.get(id)!, types };
    })
    .filter((group) => group.types.length > 0);
}

// ---- Remediation ---------------------------------------------------------------------------------

/** What the reader may do on a remediation action, or, when they may not, which step it waits for. */
export interface RemediationChoices { decisions: RemediationDecision[]; waitingFor?: RemediationStepName }

const STEP_DECISIONS: Record<RemediationStepName, RemediationDecision[]> = { report: ['report'], verify: ['verify', 'reject'] };

/**
 * As the server says (the action's open step and whether the reader may take it): the unit reports its fix; the
 * verifier verifies it or sends it back. Nothing when no step waits, or the step is not one this app knows.
 */
export function remediationChoices(action: Pick<RemediationAction, 'openStep'>): RemediationChoices {
  const open = action.openStep;
  if (!open || !Object.hasOwn(STEP_DECISIONS, open.step)) return { decisions: [] };
  return open.canAct ? { decisions: STEP_DECISIONS[open.step] } : { decisions: [], waitingFor: open.step };
}

// ---- Formatting ----------------------------------------------------------------------------------

const numberLocale = (language: string) => (language === 'en' ? 'en-GB' : 'vi-VN');

/** A score on the 100-point scale: "85,5" in Vietnamese, "85.5" in English; "—" when there is none yet. */
export function formatScore(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return new Intl.NumberFormat(numberLocale(language), { maximumFractionDigits: 2 }).format(value);
}

/** A rate from 0 to 1 as a percentage: "66,7 %" in Vietnamese, "66.7%" in English. */
export function formatPercent(rate: number | null | undefined, language: string): string {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return '—';
  return new Intl.NumberFormat(numberLocale(language), { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

/** A text kept in both languages: the English one on request when there is one. */
export { localText } from '../lib/localText';

/** Whether a document's or an inspection's confidentiality must be marked (anything but "Thường"). */
export function isRestricted(classification: Classification | string | null | undefined): boolean {
  return !!classification && classification !== 'Unclassified';
}
