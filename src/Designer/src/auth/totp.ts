import qrcode from 'qrcode-generator';
import { ApiError } from '../api/client';

/** How many digits an authenticator app shows. */
export const CODE_LENGTH = 6;

/** What the user typed or pasted into a code field, as the server wants it: digits only, at most six ("123 456" → "123456"). */
export function cleanCode(input: string): string {
  return input.replace(/\D/g, '').slice(0, CODE_LENGTH);
}

/** A base32 secret in blocks of four for typing into an app by hand ("JBSWY3DPEHPK3PXP" → "JBSW Y3DP EHPK 3PXP"); padding is dropped, apps do not want it. */
export function groupSecret(secret: string, size = 4): string {
  const plain = secret.replace(/[\s=]/g, '').toUpperCase();
  return plain.match(new RegExp(`.{1,${size}}`, 'g'))?.join(' ') ?? '';
}

/** The server's first message for one field of a validation problem (names compared without case), if the error is one. */
export function fieldMessage(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError) || !error.problem.errors) return undefined;
  const key = Object.keys(error.problem.errors).find((k) => k.toLowerCase() === field.toLowerCase());
  const messages = key ? error.problem.errors[key] : undefined;
  return Array.isArray(messages) && messages.length ? String(messages[0]) : undefined;
}

/** The sign-in answer that asks for a one-time code (or says the one sent was wrong): its message, else undefined. */
export function codeDemand(error: unknown): string | undefined {
  return error instanceof ApiError && error.status === 401 ? fieldMessage(error, 'totp') : undefined;
}

// ---- The sign-in form's steps ---------------------------------------------------------------------------------

export interface LoginState {
  userName: string;
  /** The server asked for a one-time code for this user name: the code field shows until success or a new name. */
  needsCode: boolean;
  code: string;
  /** The server's message under the code field. */
  codeMessage?: string;
  /** The message says the code sent was wrong (not just that one is needed). */
  codeRejected: boolean;
  /** Any other failure. */
  error?: unknown;
  busy: boolean;
}

export type LoginAction =
  | { type: 'userName'; value: string }
  | { type: 'code'; value: string }
  | { type: 'submit' }
  | { type: 'failed'; error: unknown; sentCode: boolean }
  | { type: 'succeeded' };

export const initialLogin: LoginState = { userName: '', needsCode: false, code: '', codeRejected: false, busy: false };

export function loginReducer(state: LoginState, action: LoginAction): LoginState {
  switch (action.type) {
    case 'userName':
      if (action.value === state.userName) return state;
      // A code belongs to one account: another name starts over with the password alone.
      return { ...state, userName: action.value, needsCode: false, code: '', codeMessage: undefined, codeRejected: false, error: undefined };
    case 'code':
      return { ...state, code: cleanCode(action.value) };
    case 'submit':
      return { ...state, busy: true, error: undefined };
    case 'failed': {
      const message = codeDemand(action.error);
      if (message) {
        // A wrong code is cleared: the app shows a new one every 30 seconds anyway.
        return { ...state, busy: false, needsCode: true, code: '', codeMessage: message, codeRejected: action.sentCode, error: undefined };
      }
      return { ...state, busy: false, error: action.error };
    }
    case 'succeeded':
      return { ...state, busy: false, error: undefined, codeMessage: undefined, codeRejected: false };
  }
}

/** What the form sends: the code only once the server has asked for one. */
export function loginRequest(state: LoginState, password: string): { userName: string; password: string; totp?: string } {
  const userName = state.userName.trim();
  return state.needsCode && state.code ? { userName, password, totp: state.code } : { userName, password };
}

// ---- QR code --------------------------------------------------------------------------------------------------

/** A QR code of `text` as one SVG path of unit squares, with a quiet zone of `margin` modules around it. */
export function qrPath(text: string, margin = 4): { size: number; d: string } {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const count = qr.getModuleCount();
  let d = '';
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (qr.isDark(row, col)) d += `M${col + margin} ${row + margin}h1v1h-1z`;
    }
  }
  return { size: count + margin * 2, d };
}
