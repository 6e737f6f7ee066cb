import { ApiError, currentToken, serverLanguage, type ProblemDetails } from '../api/client';
import type { ValidationResult } from '../api/types';
import type { ElsaDefinition, Position } from './model/elsa';
import type { LayoutInput } from './model/layout';

type Pending<T> = { resolve: (v: T) => void; reject: (e: unknown) => void };

function workerChannel<Req, Res>(create: () => Worker) {
  let worker: Worker | undefined;
  let seq = 0;
  const pending = new Map<number, Pending<Res>>();
  return (message: Req): Promise<Res> => {
    worker ??= (() => {
      const w = create();
      w.onmessage = (event: MessageEvent<{ id: number } & Res>) => {
        const p = pending.get(event.data.id);
        pending.delete(event.data.id);
        p?.resolve(event.data);
      };
      w.onerror = (event) => {
        pending.forEach((p) => p.reject(event));
        pending.clear();
      };
      return w;
    })();
    const id = ++seq;
    return new Promise<Res>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker!.postMessage({ id, ...message });
    });
  };
}

const layoutChannel = workerChannel<{ input: LayoutInput }, { positions?: Record<string, Position>; error?: string }>(
  () => new Worker(new URL('./workers/layout.worker.ts', import.meta.url), { type: 'module' }),
);

/** Tidy-up positions, computed in a web worker. */
export async function layoutInWorker(input: LayoutInput): Promise<Record<string, Position>> {
  const result = await layoutChannel({ input });
  if (!result.positions) throw new Error(result.error ?? 'layout failed');
  return result.positions;
}

const validateChannel = workerChannel<{ definition: ElsaDefinition; token?: string; language: string }, { status: number; ok: boolean; body: unknown }>(
  () => new Worker(new URL('./workers/validate.worker.ts', import.meta.url), { type: 'module' }),
);

/** `POST /api/workflow-definitions/validate`, sent from a web worker. */
export async function validateInWorker(definition: ElsaDefinition): Promise<ValidationResult> {
  const result = await validateChannel({ definition, token: currentToken(), language: serverLanguage() });
  if (!result.ok) throw new ApiError(result.status, (result.body ?? {}) as ProblemDetails);
  return result.body as ValidationResult;
}
