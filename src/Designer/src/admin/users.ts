/** The user form's values and what is sent for them: a new account (`POST /users`) or its settings (`PUT /users/{userName}`). */
import { APP_ROLES, type AdminUser, type CreateUserRequest, type RoleAssignment, type UserSettings } from '../api/admin';
import type { Role } from '../api/types';

export interface UserFormValues {
  userName: string;
  displayName: string;
  email: string;
  password: string;
  roles: Role[];
  unitId: string;
  locale: string;
}

export const NEW_USER: UserFormValues = { userName: '', displayName: '', email: '', password: '', roles: [], unitId: '', locale: 'vi-VN' };

/** The form filled with a user's settings (no password: an administrator sets a new one apart). */
export function valuesOf(user: AdminUser): UserFormValues {
  return {
    userName: user.userName, displayName: user.displayName, email: user.email ?? '', password: '', roles: [...user.roles],
    unitId: user.unitId ?? '', locale: user.locale,
  };
}

/** Roles in the app's order, each once. */
export function orderedRoles(roles: readonly Role[]): Role[] {
  return APP_ROLES.filter((r) => roles.includes(r));
}

/** Ticks a role on or off. */
export function toggleRole(roles: readonly Role[], role: Role, on: boolean): Role[] {
  return orderedRoles(on ? [...roles, role] : roles.filter((r) => r !== role));
}

/** The settings as `PUT` takes them: no unit is null (it is always set), an empty e-mail clears the address. */
export function settingsPayload(values: UserFormValues): UserSettings {
  return {
    displayName: values.displayName.trim(),
    email: values.email.trim(),
    roles: orderedRoles(values.roles),
    unitId: values.unitId || null,
    locale: values.locale,
  };
}

/** A new account: user names are lower case, so what is typed is sent in lower case; no e-mail is null. */
export function createPayload(values: UserFormValues): CreateUserRequest {
  const settings = settingsPayload(values);
  return { userName: values.userName.trim().toLowerCase(), ...settings, email: settings.email || null, password: values.password };
}

/** The fields the form shows the server's messages beside. */
export const USER_FIELDS = ['userName', 'displayName', 'email', 'password', 'roles', 'unitId', 'locale'] as const;

export type AssignmentState = 'Active' | 'Ended' | 'Future';

/** Whether an assignment is in force today, starts later, or has ended (the server's `isActive` says today's part). */
export function assignmentState(assignment: Pick<RoleAssignment, 'isActive' | 'validFrom'>, today: string): AssignmentState {
  if (assignment.isActive) return 'Active';
  return assignment.validFrom > today ? 'Future' : 'Ended';
}

/** An assignment can still be ended while it has no last day, or its last day is after today. */
export function canEnd(assignment: Pick<RoleAssignment, 'validTo'>, today: string): boolean {
  return !assignment.validTo || assignment.validTo > today;
}
