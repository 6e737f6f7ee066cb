/**
 * What React Flow reads out and shows as button titles, in the page's language, for every diagram the app draws (the
 * designer's canvas and the read-only diagrams of tasks and instances). React Flow's own texts are English
 * ("Zoom In", "Press enter or space to select a node…", "Edge from a to b").
 */
import type { AriaLabelConfig } from '@xyflow/react';
import type { TFunction } from 'i18next';
import { outcomeName } from '../i18n/terms';

/** The whole of React Flow's `ariaLabelConfig`; a diagram whose steps can be edited says how in `own`. */
export function flowAriaLabels(t: TFunction, own: { node?: string; edge?: string } = {}): AriaLabelConfig {
  const node = own.node ?? t('diagram.node');
  return {
    'node.a11yDescription.default': node,
    'node.a11yDescription.keyboardDisabled': node,
    'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) =>
      t('diagram.moved', { direction: t(`diagram.directions.${direction}`, { defaultValue: direction }), x: Math.round(x), y: Math.round(y) }),
    'edge.a11yDescription.default': own.edge ?? t('diagram.edge'),
    'controls.ariaLabel': t('diagram.controls'),
    'controls.zoomIn.ariaLabel': t('diagram.zoomIn'),
    'controls.zoomOut.ariaLabel': t('diagram.zoomOut'),
    'controls.fitView.ariaLabel': t('diagram.fit'),
    'controls.interactive.ariaLabel': t('diagram.lock'),
    'minimap.ariaLabel': t('diagram.minimap'),
    'handle.ariaLabel': t('diagram.handle'),
  };
}

/** The name a connection is read out by, in place of React Flow's "Edge from <id> to <id>". */
export function edgeAriaLabel(t: TFunction, from: string, port: string, to: string): string {
  return t('diagram.edgeLabel', { from, port: outcomeName(t, port), to });
}
