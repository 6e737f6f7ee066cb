/** Shapes of the server's endpoints (see the contract in the designer's README section). */

export type Role = 'Admin' | 'Designer' | 'Supervisor' | 'UnitOfficer' | 'Viewer';

export interface CurrentUser {
  userName: string;
  displayName: string;
  roles: Role[];
  unitId?: string | null;
  unitName?: string | null;
  /** The unit's English name, when it has one. */
  unitNameEn?: string | null;
  locale?: string | null;
  /** An authenticator app is set up: signing in asks for its one-time code. */
  totpEnrolled?: boolean;
  /** The user must sign in with a one-time code (administrators, when the server requires it). */
  totpRequired?: boolean;
}

export interface TokenResponse { accessToken: string; expiresAt: string; user: CurrentUser }

/** A new authenticator secret waiting for its first code: the URI is what the QR code carries. */
export interface TotpSetup { secret: string; otpauthUri: string }

export type ReviewStatus = 'Draft' | 'InReview' | 'ChangesRequested' | 'Approved' | 'Published';
export const REVIEW_STATUSES: ReviewStatus[] = ['Draft', 'InReview', 'ChangesRequested', 'Approved', 'Published'];

export interface DefinitionSummary {
  definitionId: string;
  name: string;
  /** The name in English (the definition's `customProperties.nameEn`), when it has one. */
  nameEn?: string | null;
  description?: string | null;
  /** The description in English (`customProperties.descriptionEn`), when it has one. */
  descriptionEn?: string | null;
  latestVersion: number;
  publishedVersion: number | null;
  updatedAt: string;
  reviewStatus: ReviewStatus;
}

export interface Page<T> { items: T[]; total: number; page: number; pageSize: number }

export interface DefinitionVersion {
  id: string;
  version: number;
  isLatest: boolean;
  isPublished: boolean;
  createdAt: string;
  createdBy?: string | null;
  publishedBy?: string | null;
  reviewStatus: ReviewStatus;
  reviewComment?: string | null;
}

export interface SavedDefinition { definitionId: string; version: number; id: string }

export interface ValidationProblem {
  severity: 'Error' | 'Warning';
  activityId: string | null;
  field: string;
  path: string;
  message: string;
}

export interface ValidationResult { isValid: boolean; problems: ValidationProblem[] }

/** `at` is the end of the due day (24:00 Hà Nội) for a deadline, the sending time otherwise; `date` is the local date of it (the due date). */
export interface TimelineItem {
  activityId: string; activityName: string; kind: 'Deadline' | 'Reminder' | 'Escalation'; at: string; date?: string; workingDaysFromDue?: number;
  /** The item as one sentence in the request's language. */
  label: string;
  /** The same as parts, for the page to word in its own language. */
  what?: TimelineWhat;
}
export interface TimelineWhat {
  rule?: string | null; fixedDue?: string | null; reminder?: 'Upcoming' | 'DueToday' | 'Overdue' | 'Escalation' | null;
  action?: 'NotifyRole' | 'IssueUrgeNotice' | 'ReportToCommittee' | 'Timeout' | null; role?: string | null; urgeLevel?: number | null;
}
export interface TimelineResult { items: TimelineItem[]; holidays: Array<{ date: string; nameVi: string; nameEn: string }> }

/** A unit as the records name it: the application's id and its names. */
export interface UnitRef { id: string; nameVi?: string | null; nameEn?: string | null }
/** A person a record names: a user here (user name and display name), the engine itself (`system`), or only an id. */
export interface PersonRef { id: string; userName?: string | null; displayName?: string | null }
