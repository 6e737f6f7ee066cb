import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { bigWorkflow } from '../../../e2e/fixtures/big-workflow.mjs';
import type { ElsaDefinition } from './elsa';
import { fromElsa } from './graph';
import { computeLayout } from './layout';
import { layoutInputOf } from './layoutInput';
import { shippedWorkflows } from './testing';

const elk = new ELK();

describe('tidy up', () => {
  it('lays the flow out left to right without overlaps', async () => {
    const def = shippedWorkflows().find((f) => f.file === 'sample-report-with-reminders.json')!.json as ElsaDefinition;
    const { doc } = fromElsa(def);
    const input = layoutInputOf(doc, () => undefined);
    const positions = await computeLayout(input, elk);
    expect(Object.keys(positions).sort()).toEqual(doc.nodes.map((n) => n.id).sort());
    for (const e of doc.edges) {
      // Every connection but a loop back goes right.
      expect(positions[e.target].x).toBeGreaterThan(positions[e.source].x);
    }
    const boxes = input.nodes.map((n) => ({ ...positions[n.id], w: n.width, h: n.height }));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i], b = boxes[j];
        const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
        expect(overlap).toBe(false);
      }
  });

  it('handles loops', async () => {
    const def = shippedWorkflows().find((f) => f.file === 'sample-counter-loop.json')!.json as ElsaDefinition;
    const { doc } = fromElsa(def);
    const positions = await computeLayout(layoutInputOf(doc, () => undefined), elk);
    expect(Object.keys(positions)).toHaveLength(doc.nodes.length);
  });

  it('lays out 300 activities in reasonable time', async () => {
    const { doc } = fromElsa(bigWorkflow(300) as ElsaDefinition);
    const started = performance.now();
    const positions = await computeLayout(layoutInputOf(doc, () => undefined), elk);
    expect(Object.keys(positions)).toHaveLength(300);
    expect(performance.now() - started).toBeLessThan(8000);
  });
});
