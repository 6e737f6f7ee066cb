// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { endpoints } from '../api/endpoints';
import type { ElsaDefinition } from '../designer/model/elsa';
import ProcessDiagram from './ProcessDiagram';

// jsdom has no layout: React Flow asks for these and gets nothing to measure.
beforeAll(() => {
  globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} } as unknown as typeof ResizeObserver;
  globalThis.DOMMatrixReadOnly ??= class { m22 = 1; constructor() {} } as unknown as typeof DOMMatrixReadOnly;
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const definition = {
  id: 'v1', definitionId: 'two-steps', name: 'Hai bước', version: 1,
  root: {
    id: 'flow', type: 'Elsa.Flowchart', activities: [
      { id: 'start', type: 'Elsa.Start', name: 'Start', metadata: { designer: { position: { x: 0, y: 0 } } } },
      { id: 'draft', type: 'Supervision.UserTask', name: 'DraftPlan', metadata: { designer: { position: { x: 300, y: 0 } } } },
    ],
    connections: [{ source: { activity: 'start', port: 'Done' }, target: { activity: 'draft', port: 'In' } }],
  },
} as unknown as ElsaDefinition;

describe('read-only process diagram', () => {
  it('draws the steps with their states, and no minimap over them', async () => {
    vi.spyOn(endpoints, 'descriptors').mockResolvedValue([]);
    const { container } = render(
      <QueryClientProvider client={new QueryClient()}>
        <ProcessDiagram definition={definition} states={{ start: 'Done', draft: 'Waiting' }} current={new Set(['draft'])} label="Sơ đồ quy trình" />
      </QueryClientProvider>,
    );

    // Drawn, though hidden until measured, which jsdom never does.
    await vi.waitFor(() => expect(container.querySelectorAll('.diagram-node')).toHaveLength(2));
    expect(container.querySelector('[data-current="true"]')?.getAttribute('data-state')).toBe('Waiting');
    expect(container.querySelector('.react-flow__minimap')).toBeNull();
  });
});
