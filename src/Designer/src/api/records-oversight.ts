/**
 * The records API for inspections, evaluations and documents: what the workflows recorded (JSON in camelCase), and the
 * steps of an inspection's remediation that the reader may take from its record.
 */
import { api } from './client';

const enc = encodeURIComponent;

/** One page of a list, as every records endpoint answers. */
export interface PageOf<T> { items: T[]; total: number; page: number; pageSize: number }

/** A unit a record names: the application's unit id (`DU-SYT`) and its names (none when the unit is unknown). */
import type { PersonRef, UnitRef } from './types';

export type { UnitRef };

export type Field = 'ScienceTechnology' | 'EducationTraining' | 'Health' | 'Population' | 'Sports' | 'Family' | 'Children' | 'Other';
export type Classification = 'Unclassified' | 'Restricted' | 'Mat' | 'ToiMat' | 'TuyetMat';

// ---- Inspections ---------------------------------------------------------------------------------

export const INSPECTION_KINDS = ['Inspection', 'ThematicSupervision', 'RegularSupervision'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

export const INSPECTION_STATUSES = [
  'Proposed', 'DecisionIssued', 'SelfReportRequested', 'SelfReportReceived', 'Verification', 'DraftReport',
  'ConclusionIssued', 'Remediation', 'Closed', 'ConvertedToInspection',
] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];

export const FINDING_TYPES = ['Strength', 'Shortcoming', 'Violation', 'Recommendation'] as const;
export type FindingType = (typeof FINDING_TYPES)[number];
export type FindingSeverity = 'Minor' | 'Moderate' | 'Serious';
export type RemediationStatus = 'Open' | 'Reported' | 'Verified';
export type InspectingLevel = 'Central' | 'Province' | 'AboveGrassroots';
export type DurationBasis = 'CalendarDays' | 'WorkingDays';

export interface FindingCounts { strengths: number; shortcomings: number; violations: number; recommendations: number; total: number }

export interface InspectionSummary {
  id: string;
  workflowInstanceId?: string | null;
  kind: InspectionKind;
  topicVi: string;
  topicEn?: string | null;
  fields: Field[];
  level: InspectingLevel;
  targetUnits: UnitRef[];
  reviewPeriodFrom: string;
  reviewPeriodTo: string;
  status: InspectionStatus;
  startOn?: string | null;
  maxDurationDays: number;
  extensionDays: number;
  allowedDurationDays: number;
  durationBasis: DurationBasis;
  endsOn?: string | null;
  classification: Classification;
  closedAt?: string | null;
  findings: FindingCounts;
}

export interface Finding { id: string; type: FindingType; severity?: FindingSeverity | null; description: string; targetUnit: UnitRef; recordedAt: string }

export interface ConclusionNotice { documentId: string; issuedOn: string; findingIds: string[]; requirements: string[] }

/** The step a remediation action waits for in its workflow: the unit reports its fix, or the verifier checks it. */
export type RemediationStepName = 'report' | 'verify';

/** The open step of a remediation action: which it is, the task that carries it, and whether the reader may take it. */
export interface RemediationStep { step: RemediationStepName; taskId: string; canAct: boolean }

/** What the reader may do on a remediation action: report the fix (the unit), verify it or send it back (the verifier, with a comment). */
export type RemediationDecision = 'report' | 'verify' | 'reject';

export interface RemediationAction {
  id: string;
  findingId: string;
  responsibleUnit: UnitRef;
  action: string;
  dueOn: string;
  status: RemediationStatus;
  /** Still open after its due day (the server derives it when answering). */
  overdue: boolean;
  reportedAt?: string | null;
  verifiedAt?: string | null;
  lastRejectionComment?: string | null;
  /** The step that waits; none when the fix is verified or its workflow waits on nothing for it. */
  openStep?: RemediationStep | null;
}

/** The inspection team: head, deputies, members and secretary. */
export interface InspectionTeam { head: PersonRef; deputies: PersonRef[]; members: PersonRef[]; secretary?: PersonRef | null }

export interface InspectionDetail {
  summary: InspectionSummary;
  team?: InspectionTeam | null;
  decisionDocumentId?: string | null;
  planDocumentId?: string | null;
  outlineDocumentId?: string | null;
  selfReportDocumentId?: string | null;
  convertedFromId?: string | null;
  convertedToId?: string | null;
  findings: Finding[];
  conclusion?: ConclusionNotice | null;
  remediationActions: RemediationAction[];
}

// ---- Evaluations ---------------------------------------------------------------------------------

/** Regulation 366-QĐ/TW's ratings, best first, by the abbreviation written in documents. */
export const RATING_ABBREVIATIONS = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'] as const;
export type RatingAbbreviation = (typeof RATING_ABBREVIATIONS)[number];
export type RatingCode = 'ExcellentlyCompleted' | 'WellCompleted' | 'Completed' | 'NotCompleted';

export interface RatingView { code: RatingCode; abbreviation: RatingAbbreviation | string; nameVi: string; nameEn: string }

export const EVALUATION_STATUSES = ['SelfAssessed', 'Reviewed', 'Approved', 'Published'] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];
export type EvaluationPeriod = 'Term' | 'Year' | 'Quarter' | 'AdHoc';

export interface TaskStats {
  assigned: number;
  doneOnTime: number;
  doneLate: number;
  openOverdue: number;
  openNotDue: number;
  exceeded: number;
  /** 0–1 */
  onTimeRate: number;
  lateRate: number;
  exceededRate: number;
}

export interface EvaluationSummary {
  id: string;
  workflowInstanceId?: string | null;
  subjectType: 'OrgUnit' | 'Person';
  subjectId: string;
  /** The person's name when the subject is a person who is a user here. */
  personName?: string | null;
  unit?: UnitRef | null;
  period: EvaluationPeriod;
  periodKey: string;
  selfScore: number;
  reviewedScore?: number | null;
  finalScore?: number | null;
  selfRating: RatingView;
  proposedRating?: RatingView | null;
  finalRating?: RatingView | null;
  /** The rating as it stands: decided, else proposed, else self-assessed. */
  rating: RatingView;
  taskStats: TaskStats;
  hasDisciplineCase: boolean;
  status: EvaluationStatus;
  selfAssessedAt: string;
  reviewedAt?: string | null;
  approvedAt?: string | null;
  publishedAt?: string | null;
}

export interface Criterion { code: string; maxPoints: number; selfPoints: number; reviewedPoints?: number | null }

export interface EvaluationDetail { summary: EvaluationSummary; criteria: Criterion[]; reviewComment?: string | null; decisionReason?: string | null }

// ---- Documents -----------------------------------------------------------------------------------

export const DOC_TYPES = [
  'Resolution', 'Directive', 'Conclusion', 'Decision', 'Regulation', 'Rules', 'Guidance', 'Plan', 'Programme',
  'Report', 'Notice', 'OfficialLetter', 'Submission', 'Minutes', 'Scheme',
] as const;
export type DocType = (typeof DOC_TYPES)[number];
export type DocumentStatus = 'Draft' | 'InReview' | 'Approved' | 'Issued' | 'Superseded' | 'Expired';
export type Urgency = 'Normal' | 'Urgent' | 'VeryUrgent' | 'Immediate';

/** A document's metadata: all the system holds of any document. */
export interface DocumentRecord {
  id: string;
  system: 'Party' | 'State';
  docType: DocType;
  direction: 'Incoming' | 'Outgoing';
  status: DocumentStatus;
  /** "31-HD/BTGTW"; none until the document is numbered. */
  symbol?: string | null;
  number?: number | null;
  issuers: UnitRef[];
  issuedOn?: string | null;
  effectiveOn?: string | null;
  expiresOn?: string | null;
  subjectVi: string;
  subjectEn?: string | null;
  fields: Field[];
  confidentiality: Classification;
  confidentialityVi: string;
  urgency: Urgency;
  supersededById?: string | null;
  signer?: PersonRef | null;
  approvedBy?: PersonRef | null;
}

// ---- Calls ---------------------------------------------------------------------------------------

export const oversight = {
  inspections: (query: URLSearchParams, signal?: AbortSignal) => api.get<PageOf<InspectionSummary>>(`/api/inspections?${query}`, signal),
  inspection: (id: string, signal?: AbortSignal) => api.get<InspectionDetail>(`/api/inspections/${enc(id)}`, signal),
  /** The open step of one remediation action: report (the unit), verify or reject (the verifier, a rejection needs a comment). */
  actOnRemediation: (inspectionId: string, actionId: string, decision: RemediationDecision, comment?: string) =>
    api.post<unknown>(`/api/inspections/${enc(inspectionId)}/remediation-actions/${enc(actionId)}/${decision}`, comment?.trim() ? { comment: comment.trim() } : {}),
  evaluations: (query: URLSearchParams, signal?: AbortSignal) => api.get<PageOf<EvaluationSummary>>(`/api/evaluations?${query}`, signal),
  evaluation: (id: string, signal?: AbortSignal) => api.get<EvaluationDetail>(`/api/evaluations/${enc(id)}`, signal),
  documents: (query: URLSearchParams, signal?: AbortSignal) => api.get<PageOf<DocumentRecord>>(`/api/documents?${query}`, signal),
  document: (id: string, signal?: AbortSignal) => api.get<DocumentRecord>(`/api/documents/${enc(id)}`, signal),
};
