import qrcode from 'qrcode-generator';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { cleanCode, codeDemand, fieldMessage, groupSecret, initialLogin, loginReducer, loginRequest, qrPath, type LoginAction, type LoginState } from './totp';

const needed = new ApiError(401, { status: 401, title: 'Unauthorized', errors: { totp: ['Cần mã một lần từ ứng dụng xác thực.'] } });
const wrongCode = new ApiError(401, { status: 401, title: 'Unauthorized', errors: { totp: ['Mã một lần không đúng.'] } });
const wrongPassword = new ApiError(401, { status: 401, title: 'Unauthorized' });

const run = (...actions: LoginAction[]): LoginState => actions.reduce(loginReducer, initialLogin);

describe('the secret for typing in by hand', () => {
  it('comes in blocks of four', () => {
    expect(groupSecret('JBSWY3DPEHPK3PXP')).toBe('JBSW Y3DP EHPK 3PXP');
    expect(groupSecret('JBSWY3DPEHPK3PXPAB')).toBe('JBSW Y3DP EHPK 3PXP AB');
  });

  it('drops spaces and padding and reads upper case', () => {
    expect(groupSecret(' jbsw y3dp\nEHPK3PXP====')).toBe('JBSW Y3DP EHPK 3PXP');
    expect(groupSecret('')).toBe('');
  });
});

describe('a typed code', () => {
  it('keeps six digits and nothing else', () => {
    expect(cleanCode('123 456')).toBe('123456');
    expect(cleanCode('12-34-56-78')).toBe('123456');
    expect(cleanCode('abc')).toBe('');
  });
});

describe('problem messages', () => {
  it('finds a field whatever its case', () => {
    expect(fieldMessage(new ApiError(400, { errors: { Code: ['Mã không đúng.'] } }), 'code')).toBe('Mã không đúng.');
    expect(fieldMessage(new ApiError(400, { errors: { name: ['x'] } }), 'code')).toBeUndefined();
    expect(fieldMessage(new Error('x'), 'code')).toBeUndefined();
  });

  it('takes only a 401 with errors.totp as the server asking for a code', () => {
    expect(codeDemand(needed)).toBe('Cần mã một lần từ ứng dụng xác thực.');
    expect(codeDemand(wrongPassword)).toBeUndefined();
    expect(codeDemand(new ApiError(400, { errors: { totp: ['x'] } }))).toBeUndefined();
  });
});

describe('the sign-in form', () => {
  it('sends user name and password alone until the server asks for a code', () => {
    const state = run({ type: 'userName', value: ' admin ' }, { type: 'code', value: '123456' });
    expect(loginRequest(state, 'demo')).toEqual({ userName: 'admin', password: 'demo' });
  });

  it('shows the code field with the server message after a 401 carrying errors.totp, then sends the code with the same name and password', () => {
    const asked = run({ type: 'userName', value: 'admin' }, { type: 'submit' }, { type: 'failed', error: needed, sentCode: false });
    expect(asked).toMatchObject({ needsCode: true, codeMessage: 'Cần mã một lần từ ứng dụng xác thực.', codeRejected: false, busy: false, error: undefined });
    const typed = loginReducer(asked, { type: 'code', value: '654 321' });
    expect(loginRequest(typed, 'demo')).toEqual({ userName: 'admin', password: 'demo', totp: '654321' });
  });

  it('keeps the field after a wrong code, clears the code and says so', () => {
    const state = run(
      { type: 'userName', value: 'admin' }, { type: 'failed', error: needed, sentCode: false },
      { type: 'code', value: '000000' }, { type: 'submit' }, { type: 'failed', error: wrongCode, sentCode: true },
    );
    expect(state).toMatchObject({ needsCode: true, code: '', codeMessage: 'Mã một lần không đúng.', codeRejected: true });
  });

  it('keeps the field when the password turns out wrong, and shows that failure', () => {
    const state = run({ type: 'userName', value: 'admin' }, { type: 'failed', error: needed, sentCode: false }, { type: 'failed', error: wrongPassword, sentCode: true });
    expect(state.needsCode).toBe(true);
    expect(state.error).toBe(wrongPassword);
  });

  it('drops the field when the user name changes, not when it is set to the same', () => {
    const asked = run({ type: 'userName', value: 'admin' }, { type: 'failed', error: needed, sentCode: false }, { type: 'code', value: '123456' });
    expect(loginReducer(asked, { type: 'userName', value: 'admin' })).toBe(asked);
    const other = loginReducer(asked, { type: 'userName', value: 'admin2' });
    expect(other).toMatchObject({ needsCode: false, code: '', codeMessage: undefined });
    expect(loginRequest(other, 'demo')).toEqual({ userName: 'admin2', password: 'demo' });
  });

  it('clears the message on success (the page moves on)', () => {
    const asked = run({ type: 'userName', value: 'admin' }, { type: 'failed', error: needed, sentCode: false }, { type: 'code', value: '123456' }, { type: 'submit' });
    expect(loginReducer(asked, { type: 'succeeded' })).toMatchObject({ busy: false, needsCode: true, codeMessage: undefined });
  });
});

describe('the QR code', () => {
  it('draws every dark module of the symbol, inside a quiet zone', () => {
    const uri = 'otpauth://totp/Supervision:admin?secret=JBSWY3DPEHPK3PXP&issuer=Supervision';
    const qr = qrcode(0, 'M');
    qr.addData(uri);
    qr.make();
    const count = qr.getModuleCount();
    let dark = 0;
    for (let r = 0; r < count; r++) for (let c = 0; c < count; c++) if (qr.isDark(r, c)) dark++;
    const { size, d } = qrPath(uri);
    expect(size).toBe(count + 8);
    expect(d.match(/M/g)).toHaveLength(dark);
    // The top-left finder pattern starts at the quiet zone's edge.
    expect(d.startsWith('M4 4h1v1h-1z')).toBe(true);
  });
});
