/**
 * The administration API (`/api/admin`, administrators only): organisation units, users and the roles they hold in
 * units, the work calendar and the audit. JSON in camelCase; dates as yyyy-mm-dd, moments as ISO text with an offset.
 */
import { api, request } from './client';
import type { Role } from './types';

const base = '/api/admin';
const enc = encodeURIComponent;

export interface PageOf<T> { items: T[]; total: number; page: number; pageSize: number }

// ---- Units ---------------------------------------------------------------------------------------

export const UNIT_KINDS = [
  'PartyCommittee', 'PartyStandingCommittee', 'PartyAdvisoryBoard', 'InspectionCommission', 'StateAgency', 'PeoplesCommittee', 'MassOrganization', 'Section',
] as const;
export const UNIT_LEVELS = ['Central', 'Province', 'District', 'Commune', 'Grassroots'] as const;
export const UNIT_SYSTEMS = ['Party', 'State', 'MassOrg'] as const;

/** A unit with the units under it (`GET /units` is a forest of these). */
export interface UnitNode {
  id: string;
  code: string;
  nameVi: string;
  nameEn?: string | null;
  kind: string;
  level: string;
  system: string;
  parentId?: string | null;
  validFrom: string;
  /** The unit's last day, once it is closed (or superseded). */
  validTo?: string | null;
  supersededById?: string | null;
  isOpen: boolean;
  children: UnitNode[];
}

export interface CreateUnitRequest {
  id?: string | null;
  code: string;
  nameVi: string;
  nameEn?: string | null;
  kind: string;
  level?: string | null;
  system?: string | null;
  /** None for a unit at the top. */
  parentId?: string | null;
  validFrom?: string | null;
}

// ---- Users and role assignments ------------------------------------------------------------------

export const APP_ROLES: Role[] = ['Admin', 'Designer', 'Supervisor', 'UnitOfficer', 'Viewer'];
export const LOCALES = ['vi-VN', 'en-US'] as const;

export interface RoleAssignment {
  id: string;
  userId: string;
  userName?: string | null;
  unitId: string;
  role: string;
  validFrom: string;
  validTo?: string | null;
  delegatedFromUserId?: string | null;
  /** Who delegated the role, by user name. */
  delegatedFromUserName?: string | null;
  isActive: boolean;
}

export interface AdminUser {
  id: string;
  userName: string;
  displayName: string;
  email?: string | null;
  roles: Role[];
  unitId?: string | null;
  unitName?: string | null;
  unitNameEn?: string | null;
  locale: string;
  isDisabled: boolean;
  lockedUntil?: string | null;
  lastLoginAt?: string | null;
  totpEnrolled: boolean;
  hasDemoPassword: boolean;
  createdAt: string;
  passwordChangedAt?: string | null;
  /** Only on a single user's answer. */
  assignments?: RoleAssignment[] | null;
}

/** What `PUT /users/{userName}` takes: roles and unit are always set; a blank display name keeps it, an empty e-mail clears it. */
export interface UserSettings {
  displayName: string;
  email: string;
  roles: Role[];
  unitId: string | null;
  locale: string;
}

export interface CreateUserRequest extends Omit<UserSettings, 'email'> {
  userName: string;
  email: string | null;
  password: string;
}

export interface AddAssignmentRequest {
  userName: string;
  unitId: string;
  role: string;
  validFrom: string | null;
  validTo: string | null;
  delegatedFromUserName: string | null;
}

// ---- Work calendar -------------------------------------------------------------------------------

export const CALENDAR_DAY_TYPES = ['Holiday', 'CompensatoryOff', 'SwappedOff', 'MakeUpWorkday', 'Observance'] as const;
export type CalendarDayType = (typeof CALENDAR_DAY_TYPES)[number];
export const CALENDAR_DAY_STATUSES = ['Official', 'Proposed'] as const;
export type CalendarDayStatus = (typeof CALENDAR_DAY_STATUSES)[number];
/** The years the server's calendar counts with. */
export const MIN_CALENDAR_YEAR = 1901;
export const MAX_CALENDAR_YEAR = 2187;

export interface CalendarDay {
  date: string;
  type: CalendarDayType;
  nameVi: string;
  nameEn: string;
  status: CalendarDayStatus;
  source?: string | null;
  isDayOff: boolean;
  /** `Stored`: kept by administrators; `Catalogue`: the built-in holidays of a year nobody has edited. */
  origin: 'Stored' | 'Catalogue';
}

export interface CalendarYear {
  year: number;
  origin: 'Stored' | 'Catalogue';
  weeklyRestDays: string[];
  days: CalendarDay[];
}

/** What `PUT /calendar/{date}` takes. */
export interface CalendarDayBody {
  type: CalendarDayType;
  nameVi: string;
  nameEn: string | null;
  status: CalendarDayStatus;
  source: string | null;
}

// ---- Audit ---------------------------------------------------------------------------------------

export interface AuditEntry {
  id: string;
  at: string;
  actor: string;
  action: string;
  details?: unknown;
  /** `Done`, `Refused` or `Failed`. */
  outcome: string;
  reason?: string | null;
}

const put = <T>(path: string, body: unknown) => request<T>(path, { method: 'PUT', body });

export const admin = {
  units: (includeClosed: boolean, signal?: AbortSignal) => api.get<UnitNode[]>(`${base}/units${includeClosed ? '?includeClosed=true' : ''}`, signal),
  createUnit: (body: CreateUnitRequest) => api.post<UnitNode>(`${base}/units`, body),
  renameUnit: (id: string, nameVi: string, nameEn: string) => put<UnitNode>(`${base}/units/${enc(id)}/name`, { nameVi, nameEn }),
  closeUnit: (id: string, on: string) => api.post<UnitNode>(`${base}/units/${enc(id)}/close`, { on }),
  supersedeUnit: (id: string, byUnitId: string, on: string) => api.post<UnitNode>(`${base}/units/${enc(id)}/supersede`, { byUnitId, on }),

  users: (query: URLSearchParams, signal?: AbortSignal) => api.get<PageOf<AdminUser>>(`${base}/users?${query}`, signal),
  user: (userName: string, signal?: AbortSignal) => api.get<AdminUser>(`${base}/users/${enc(userName)}`, signal),
  createUser: (body: CreateUserRequest) => api.post<AdminUser>(`${base}/users`, body),
  updateUser: (userName: string, body: UserSettings) => put<AdminUser>(`${base}/users/${enc(userName)}`, body),
  /** Disables or enables an account; a reason, when given, is kept in the audit. */
  setEnabled: (userName: string, enabled: boolean, reason?: string) =>
    api.post<AdminUser>(`${base}/users/${enc(userName)}/${enabled ? 'enable' : 'disable'}`, reason?.trim() ? { reason: reason.trim() } : undefined),
  resetPassword: (userName: string, newPassword: string) => api.post<void>(`${base}/users/${enc(userName)}/reset-password`, { newPassword }),
  resetTwoStep: (userName: string) => api.post<void>(`${base}/users/${enc(userName)}/reset-totp`),

  /** Every assignment a user has held or holds, read a page at a time. */
  assignments: async (userName: string, signal?: AbortSignal) => {
    const all: RoleAssignment[] = [];
    for (let page = 1; ; page++) {
      const got = await api.get<PageOf<RoleAssignment>>(`${base}/role-assignments?userName=${enc(userName)}&pageSize=100&page=${page}`, signal);
      all.push(...got.items);
      if (got.items.length === 0 || all.length >= got.total) return all;
    }
  },
  addAssignment: (body: AddAssignmentRequest) => api.post<RoleAssignment>(`${base}/role-assignments`, body),
  endAssignment: (id: string, on: string) => api.post<RoleAssignment>(`${base}/role-assignments/${enc(id)}/end`, { on }),

  calendar: (year: number, signal?: AbortSignal) => api.get<CalendarYear>(`${base}/calendar?year=${year}`, signal),
  setCalendarDay: (date: string, body: CalendarDayBody) => put<CalendarDay>(`${base}/calendar/${enc(date)}`, body),
  removeCalendarDay: (date: string) => api.del<void>(`${base}/calendar/${enc(date)}`),

  audit: (query: URLSearchParams, signal?: AbortSignal) => api.get<PageOf<AuditEntry>>(`${base}/audit?${query}`, signal),
};
