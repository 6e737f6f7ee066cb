// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { endpoints } from '../api/endpoints';
import type { ElsaDefinition } from '../designer/model/elsa';
import { indexDescriptors } from '../designer/model/descriptors';
import ProcessDiagram, { diagramGraph } from './ProcessDiagram';

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

  it('names each step by its display text, in the language of the page when the definition gives both, else by its name or id', async () => {
    vi.spyOn(endpoints, 'descriptors').mockResolvedValue([]);
    const labelled = structuredClone(definition);
    const [start, draft] = labelled.root.activities;
    draft.metadata = { ...draft.metadata, displayText: 'Dự thảo kế hoạch', displayTextEn: 'Draft the plan' };
    delete start.name;
    const graph = diagramGraph(labelled, indexDescriptors([]), 'vi', {}, new Set(), (s) => s);
    expect(graph.nodes.map((n) => n.data.name)).toEqual(['start', 'Dự thảo kế hoạch']);
    expect(diagramGraph(labelled, indexDescriptors([]), 'en', {}, new Set(), (s) => s).nodes[1].data.name).toBe('Draft the plan');
    const { container } = render(
      <QueryClientProvider client={new QueryClient()}>
        <ProcessDiagram definition={labelled} label="Sơ đồ quy trình" />
      </QueryClientProvider>,
    );
    await vi.waitFor(() => expect(container.querySelectorAll('.diagram-node')).toHaveLength(2));
    expect(container.textContent).toContain('Dự thảo kế hoạch');
    expect(container.textContent).not.toContain('DraftPlan');
  });
});
