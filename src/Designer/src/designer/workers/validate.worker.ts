/// <reference lib="webworker" />
// Serialising a large definition and waiting for the server happen here, off the main thread.

interface Request { id: number; definition: unknown; token?: string; language: string }

self.onmessage = async (event: MessageEvent<Request>) => {
  const { id, definition, token, language } = event.data;
  try {
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      Accept: 'application/json, application/problem+json',
      'Accept-Language': language,
    };
    if (token) headers.Authorization = `Bearer ${token}`;
    const response = await fetch('/api/workflow-definitions/validate', { method: 'POST', headers, body: JSON.stringify(definition) });
    const text = await response.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = { title: text.slice(0, 300) };
    }
    self.postMessage({ id, status: response.status, ok: response.ok, body });
  } catch (error) {
    self.postMessage({ id, status: 0, ok: false, body: { title: 'Network error', detail: String((error as Error)?.message ?? error) } });
  }
};
