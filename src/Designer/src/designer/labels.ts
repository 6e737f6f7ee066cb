import { createContext, useContext } from 'react';
import type { TFunction } from 'i18next';
import type { Locale } from './model/descriptors';
import { outcomeName } from '../i18n/terms';

/**
 * Texts every node and edge shows, resolved once per language: hundreds of nodes calling the
 * translator on each render cost more than the rest of a node's render.
 */
export interface CanvasLabels {
  locale: Locale;
  input: string;
  port(port: string): string;
  output(port: string): string;
  addAfter(port: string, name: string): string;
  errors(count: number): string;
  unknownType(type: string): string;
  rename: string;
  insertOnEdge: string;
  deleteEdge: string;
}

export function makeLabels(t: TFunction, locale: Locale): CanvasLabels {
  const ports = new Map<string, string>();
  const port = (p: string) => {
    let label = ports.get(p);
    if (label === undefined) {
      label = outcomeName(t, p);
      ports.set(p, label);
    }
    return label;
  };
  const fill = (template: string, values: Record<string, string | number>) =>
    template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));
  const addAfter = t('designer.node.addAfter', { interpolation: { skipOnVariables: true }, name: '{{name}}', port: '{{port}}' });
  const output = t('designer.node.output', { port: '{{port}}' });
  const unknown = t('designer.node.unknownType', { type: '{{type}}' });
  return {
    locale,
    input: t('designer.node.input'),
    port,
    output: (p) => fill(output, { port: port(p) }),
    addAfter: (p, name) => fill(addAfter, { port: port(p), name }),
    errors: (count) => t('designer.node.errors', { count }),
    unknownType: (type) => fill(unknown, { type }),
    rename: t('designer.rename'),
    insertOnEdge: t('designer.edge.insert'),
    deleteEdge: t('designer.edge.delete'),
  };
}

export const LabelsContext = createContext<CanvasLabels | undefined>(undefined);

export function useLabels(): CanvasLabels {
  const labels = useContext(LabelsContext);
  if (!labels) throw new Error('useLabels outside a designer');
  return labels;
}
