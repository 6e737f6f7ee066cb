import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const API = process.env.E2E_API_URL ?? process.env.E2E_BASE_URL ?? 'http://127.0.0.1:5080';
export const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));
mkdirSync(ARTIFACTS, { recursive: true });

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: false });
}

/** Whether the server answers a route (anything but 404/405 counts as "there"). */
export async function endpointExists(request: APIRequestContext, method: 'GET' | 'POST', path: string, data?: unknown): Promise<boolean> {
  const response = method === 'GET' ? await request.get(`${API}${path}`) : await request.post(`${API}${path}`, { data: data ?? {} });
  // A single-page fallback may answer an unknown route with the app's HTML.
  const html = (response.headers()['content-type'] ?? '').includes('text/html');
  return response.status() !== 404 && response.status() !== 405 && !html;
}

export interface SignIn { real: boolean; token: string }

/**
 * Signs in as the demo admin through `POST /api/auth/token` when the server has it; until then the
 * app gets a local session (the endpoints that exist do not ask for a token yet).
 */
// The token endpoint allows 20 sign-ins a minute from one address: the suite signs each user in once and reuses it.
const sessions = new Map<string, unknown>();

/** A demo user's token response (cached for the run), or undefined when the server refuses. */
export async function sessionFor(request: APIRequestContext, userName: string): Promise<{ accessToken: string } | undefined> {
  if (!sessions.has(userName)) {
    const response = await request.post(`${API}/api/auth/token`, { data: { userName, password: 'demo' } });
    if (!response.ok()) return undefined;
    sessions.set(userName, await response.json());
  }
  return sessions.get(userName) as { accessToken: string };
}

export async function signIn(page: Page, request: APIRequestContext, userName = 'admin'): Promise<SignIn> {
  const cached = await sessionFor(request, userName);
  let session: unknown;
  let real = false;
  if (cached) {
    session = cached;
    real = true;
  } else {
    session = {
      accessToken: 'e2e-local',
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      user: { userName, displayName: 'E2E Admin', roles: ['Admin'], unitId: null, unitName: null, locale: 'vi' },
    };
  }
  await page.addInitScript((s) => {
    window.localStorage.setItem('supervision.session', JSON.stringify(s));
  }, session);
  return { real, token: (session as { accessToken: string }).accessToken };
}

/** Opens the account menu in the top bar (password, two-step sign-in, background jobs, sign-out). */
export async function openAccountMenu(page: Page): Promise<void> {
  const toggle = page.getByRole('banner').locator('.user-menu > button');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

/** The designer's current definition, as it would be saved. */
export async function currentDefinition(page: Page): Promise<{ root: { activities: Array<{ id: string; name: string; type: string }>; connections: Array<{ source: { activity: string; port: string }; target: { activity: string } }> } }> {
  return page.evaluate(() => (window as unknown as { __supervisionDesigner: { toElsa(): never } }).__supervisionDesigner.toElsa());
}

export async function openNewWorkflow(page: Page): Promise<void> {
  await page.goto('/workflows/new');
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
  await expect(page.locator('.palette-item').first()).toBeVisible();
}
