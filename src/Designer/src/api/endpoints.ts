import type { ActivityDescriptor } from '../designer/model/descriptors';
import type { ElsaDefinition } from '../designer/model/elsa';
import { api, request } from './client';
import type { CurrentUser, DefinitionSummary, DefinitionVersion, Page, SavedDefinition, TimelineResult, TokenResponse, TotpSetup, ValidationResult } from './types';

const defs = '/api/workflow-definitions';
const enc = encodeURIComponent;

export const endpoints = {
  login: (userName: string, password: string, totp?: string) =>
    request<TokenResponse>('/api/auth/token', { method: 'POST', body: totp ? { userName, password, totp } : { userName, password }, anonymous: true }),
  me: (signal?: AbortSignal) => api.get<CurrentUser>('/api/auth/me', signal),
  /** A new pending secret (replacing any earlier one not yet confirmed). */
  totpSetup: () => request<TotpSetup>('/api/auth/totp/setup', { method: 'POST' }),
  /** Switches the pending secret on; the answer is a fresh session, every other one of the user ends. */
  totpConfirm: (code: string) => api.post<TokenResponse>('/api/auth/totp/confirm', { code }),
  changePassword: (currentPassword: string, newPassword: string) =>
    request<TokenResponse>('/api/auth/password', { method: 'PUT', body: { currentPassword, newPassword } }),
  totpDisable: (code: string) => api.post<void>('/api/auth/totp/disable', { code }),
  descriptors: (signal?: AbortSignal) => api.get<ActivityDescriptor[]>('/api/activity-descriptors', signal),
  validate: (definition: ElsaDefinition) => api.post<ValidationResult>(`${defs}/validate`, definition),
  /** `status`: `Published` (has a published version), `Draft` (has none), or the latest version's review status. */
  list: (params: { search?: string; status?: string; page?: number; pageSize?: number }, signal?: AbortSignal) => {
    const q = new URLSearchParams();
    if (params.search) q.set('search', params.search);
    if (params.status) q.set('status', params.status);
    q.set('page', String(params.page ?? 1));
    q.set('pageSize', String(params.pageSize ?? 50));
    return api.get<Page<DefinitionSummary>>(`${defs}?${q}`, signal);
  },
  get: (definitionId: string, version?: number, signal?: AbortSignal) =>
    api.get<ElsaDefinition>(`${defs}/${enc(definitionId)}${version ? `?version=${version}` : ''}`, signal),
  versions: (definitionId: string, signal?: AbortSignal) => api.get<DefinitionVersion[]>(`${defs}/${enc(definitionId)}/versions`, signal),
  save: (definition: ElsaDefinition) => api.post<SavedDefinition>(defs, definition),
  action: (definitionId: string, version: number, action: 'submit-for-review' | 'approve' | 'request-changes' | 'publish' | 'unpublish', comment?: string) =>
    api.post<unknown>(`${defs}/${enc(definitionId)}/versions/${version}/${action}`, comment === undefined ? {} : { comment }),
  deleteVersion: (definitionId: string, version: number) => api.del<unknown>(`${defs}/${enc(definitionId)}/versions/${version}`),
  import: (file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return request<SavedDefinition | SavedDefinition[]>(`${defs}/import`, { method: 'POST', form });
  },
  exportUrl: (definitionId: string, version?: number) => `${defs}/${enc(definitionId)}/export${version ? `?version=${version}` : ''}`,
  export: (definitionId: string, version?: number) => request<Response>(`${defs}/${enc(definitionId)}/export${version ? `?version=${version}` : ''}`, { raw: true }),
  timeline: (definition: ElsaDefinition, startDate: string) => api.post<TimelineResult>(`${defs}/timeline`, { definition, startDate }),
};
