/** The one way the app talks to the server: JSON over fetch, bearer token attached, RFC 7807 errors. */

export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  errors?: Record<string, string[]>;
  [key: string]: unknown;
}

export class ApiError extends Error {
  constructor(readonly status: number, readonly problem: ProblemDetails) {
    super(problem.detail || problem.title || `HTTP ${status}`);
  }

  /**
   * The endpoint is not on this server (the route does not exist): a bare "Not Found" or the web app's page where JSON
   * was asked for. A 404 about a record ("Task 'x' was not found.") names what is missing and is shown as it is.
   */
  get isMissingEndpoint(): boolean {
    const bare = !this.problem.detail && (!this.problem.title || /^not found$/i.test(this.problem.title.trim()));
    return (this.status === 404 && bare) || this.status === 405 || this.status === 501;
  }
}

type TokenSource = () => string | undefined;
let tokenSource: TokenSource = () => undefined;
let onUnauthorized: (token: string | undefined) => void = () => {};

/** `unauthorized` hears of every 401 with the token the refused request carried (a replaced token's 401 is stale). */
export function configureApi(options: { token: TokenSource; unauthorized: (token: string | undefined) => void }): void {
  tokenSource = options.token;
  onUnauthorized = options.unauthorized;
}

export function currentToken(): string | undefined {
  return tokenSource();
}

export interface RequestOptions {
  method?: string;
  body?: unknown;
  form?: FormData;
  signal?: AbortSignal;
  /** Return the response itself (downloads). */
  raw?: boolean;
  /** Do not treat 401 as "session over" (the login call itself). */
  anonymous?: boolean;
}

async function problemOf(response: Response): Promise<ProblemDetails> {
  const text = await response.text().catch(() => '');
  if (text) {
    try {
      const parsed = JSON.parse(text);
      if (parsed && typeof parsed === 'object') return { status: response.status, ...parsed };
    } catch {
      return { status: response.status, title: response.statusText, detail: text.slice(0, 500) };
    }
  }
  return { status: response.status, title: response.statusText || `HTTP ${response.status}` };
}

/** The language the server writes its messages in: the app's own (Vietnamese unless English was chosen). */
export function serverLanguage(): string {
  return globalThis.document?.documentElement.lang === 'en' ? 'en-US' : 'vi-VN';
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': serverLanguage(),
  };
  const token = tokenSource();
  if (token) headers.Authorization = `Bearer ${token}`;
  let body: BodyInit | undefined;
  if (options.form) body = options.form;
  else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    response = await fetch(path, { method: options.method ?? (body ? 'POST' : 'GET'), headers, body, signal: options.signal });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, { title: 'Network error', detail: (error as Error).message });
  }
  if (response.status === 401 && !options.anonymous) {
    onUnauthorized(token);
  }
  if (!response.ok) throw new ApiError(response.status, await problemOf(response));
  // A single-page fallback that answers an unknown API route with the app's HTML means "not there".
  if ((response.headers.get('content-type') ?? '').includes('text/html')) throw new ApiError(404, { title: 'Not Found', status: 404 });
  if (options.raw) return response as unknown as T;
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => request<T>(path, { signal }),
  post: <T>(path: string, body?: unknown) => request<T>(path, { method: 'POST', body: body ?? {} }),
  del: <T>(path: string) => request<T>(path, { method: 'DELETE' }),
};
