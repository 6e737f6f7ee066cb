import { describe, expect, it } from 'vitest';
import descriptorsJson from './model/__fixtures__/activity-descriptors.json';
import { indexDescriptors, type ActivityDescriptor } from './model/descriptors';
import { shippedWorkflows } from './model/testing';
import i18n from '../i18n';
import { diagramGraph } from '../work/ProcessDiagram';
import { edgeAriaLabel, flowAriaLabels } from './flowAria';

const index = indexDescriptors(descriptorsJson as unknown as ActivityDescriptor[]);
// React Flow's own texts (@xyflow/system's defaultAriaLabelConfig), which no diagram may show.
const english = ['Press enter or space to select a node', 'Press enter or space to select an edge', 'Control Panel', 'Zoom In', 'Zoom Out', 'Fit View',
  'Toggle Interactivity', 'Mini Map', 'Handle'];

describe('what diagrams read out', () => {
  it('is every text React Flow has, in the page language', () => {
    for (const language of ['vi', 'en'] as const) {
      const config = flowAriaLabels(i18n.getFixedT(language));
      const texts = Object.values(config).map((v) => (typeof v === 'function' ? v({ direction: 'left', x: 10, y: 20 }) : v));
      expect(texts).toHaveLength(11);
      for (const text of texts) expect(english.some((e) => text.startsWith(e)), text).toBe(false);
    }
    const vi = flowAriaLabels(i18n.getFixedT('vi'));
    expect(vi['controls.zoomIn.ariaLabel']).toBe('Phóng to');
    expect(vi['controls.fitView.ariaLabel']).toBe('Vừa màn hình');
    expect(vi['node.a11yDescription.ariaLiveMessage']({ direction: 'left', x: 10.4, y: 20 })).toBe('Đã dịch bước đang chọn sang trái. Vị trí mới: x 10, y 20.');
    expect(flowAriaLabels(i18n.getFixedT('en'))['controls.zoomOut.ariaLabel']).toBe('Zoom out');
    // The designer says how its steps are edited.
    expect(flowAriaLabels(i18n.getFixedT('vi'), { node: 'Sửa được' })['node.a11yDescription.default']).toBe('Sửa được');
  });

  it('names each connection of a read-only diagram by its steps and port', () => {
    const t = i18n.getFixedT('vi');
    const definition = shippedWorkflows().find((f) => f.file === 'template-annual-plan-cycle.json')!.json;
    const { edges } = diagramGraph(definition, index, 'vi', {}, new Set(), (s) => s, (from, port, to) => edgeAriaLabel(t, from, port, to));
    expect(edges.length).toBeGreaterThan(5);
    for (const edge of edges) expect(edge.ariaLabel).toMatch(/^Kết nối từ “.+” \(.+\) tới “.+”$/);
    expect(edges.some((e) => e.ariaLabel?.includes('(Đôn đốc)'))).toBe(true);
    expect(edgeAriaLabel(i18n.getFixedT('en'), 'Draft', 'Approved', 'Issue')).toBe('Connection from “Draft” (Approved) to “Issue”');
  });
});
