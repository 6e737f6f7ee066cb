import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ActivityDescriptor, InputDescriptor } from './descriptors';
import type { ElsaDefinition } from './elsa';

// Vitest runs from src/Designer (the config's folder).
const repoRoot = () => `${resolve(process.cwd(), '../..')}/`;

/** The shipped workflow files (workflows/*.json), parsed. */
export function shippedWorkflows(): Array<{ file: string; text: string; json: ElsaDefinition }> {
  const folder = `${repoRoot()}workflows/`;
  return readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .map((file) => {
      const text = readFileSync(folder + file, 'utf8').replace(/^\uFEFF/, '');
      return { file, text, json: JSON.parse(text) as ElsaDefinition };
    });
}

export function input(partial: Partial<InputDescriptor> & { name: string }): InputDescriptor {
  return {
    typeName: 'String',
    displayName: { vi: partial.name, en: partial.name },
    description: { vi: '', en: '' },
    isRequired: false,
    uiHint: 'singleline',
    allowExpressions: true,
    options: null,
    ...partial,
  };
}

export function descriptor(partial: Partial<ActivityDescriptor> & { typeName: string }): ActivityDescriptor {
  return {
    version: 1,
    category: 'Primitives',
    displayName: { vi: partial.typeName, en: partial.typeName },
    description: { vi: '', en: '' },
    kind: 'Action',
    isBlocking: false,
    canStartWorkflow: false,
    outcomes: ['Done'],
    hasDynamicOutcomes: false,
    inputs: [],
    outputs: [],
    icon: 'box',
    ...partial,
  };
}
