// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, configureApi, request } from './client';

function respond(status: number, body: string, contentType = 'application/json') {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(status === 204 ? null : body, { status, headers: { 'content-type': contentType } })));
}

afterEach(() => vi.unstubAllGlobals());

describe('request', () => {
  it('sends the bearer token and JSON, and reads JSON', async () => {
    configureApi({ token: () => 'tok', unauthorized: () => {} });
    respond(200, '{"ok":true}');
    expect(await request('/api/x', { method: 'POST', body: { a: 1 } })).toEqual({ ok: true });
    const [, init] = (fetch as unknown as ReturnType<typeof vi.fn>).mock.calls[0];
    expect(init.headers.Authorization).toBe('Bearer tok');
    expect(init.headers['Content-Type']).toBe('application/json');
    expect(init.body).toBe('{"a":1}');
  });

  it("asks for the server's messages in the app's language", async () => {
    respond(200, '{}');
    document.documentElement.lang = 'vi';
    await request('/api/x');
    document.documentElement.lang = 'en';
    await request('/api/x');
    const calls = (fetch as unknown as ReturnType<typeof vi.fn>).mock.calls;
    expect(calls[0][1].headers['Accept-Language']).toBe('vi-VN');
    expect(calls[1][1].headers['Accept-Language']).toBe('en-US');
  });

  it('turns problem details into an ApiError with the field errors', async () => {
    respond(400, '{"title":"One or more validation errors occurred.","status":400,"errors":{"definition":["required"]}}', 'application/problem+json');
    const error = (await request('/api/x').catch((e: ApiError) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.problem.errors).toEqual({ definition: ['required'] });
    expect(error.isMissingEndpoint).toBe(false);
  });

  it('calls the unauthorized hook on 401, with the token the refused request carried', async () => {
    const unauthorized = vi.fn();
    configureApi({ token: () => 'old', unauthorized });
    respond(401, '');
    await expect(request('/api/x')).rejects.toBeInstanceOf(ApiError);
    expect(unauthorized).toHaveBeenCalledOnce();
    expect(unauthorized).toHaveBeenCalledWith('old');
    await expect(request('/api/auth/token', { anonymous: true })).rejects.toBeInstanceOf(ApiError);
    expect(unauthorized).toHaveBeenCalledOnce();
  });

  it('treats a 404 without detail, and an HTML fallback page, as a missing endpoint', async () => {
    respond(404, '{"title":"Not Found","status":404}');
    expect(((await request('/api/x').catch((e: ApiError) => e)) as ApiError).isMissingEndpoint).toBe(true);
    respond(200, '<!doctype html><div id="root"></div>', 'text/html');
    expect(((await request('/api/x').catch((e: ApiError) => e)) as ApiError).isMissingEndpoint).toBe(true);
  });

  it('reads a 404 that names the missing record as that record\'s absence, not a missing endpoint', async () => {
    respond(404, '{"title":"Task \'t-1\' was not found.","status":404}', 'application/problem+json');
    const error = (await request('/api/tasks/t-1').catch((e: ApiError) => e)) as ApiError;
    expect(error.isMissingEndpoint).toBe(false);
    expect(error.problem.title).toBe("Task 't-1' was not found.");
  });
});
