/** Activity descriptors as `GET /api/activity-descriptors` returns them. */

export interface LocalizedText { vi: string; en: string }

export interface InputDescriptor {
  name: string;
  typeName: string;
  displayName: LocalizedText;
  description: LocalizedText;
  defaultValue?: unknown;
  isRequired: boolean;
  uiHint: string;
  options?: string[] | null;
  allowExpressions: boolean;
}

export interface OutputDescriptor { name: string; typeName: string; displayName: LocalizedText }

export type ActivityKind = 'Action' | 'Blocking' | 'Trigger' | 'Flow' | 'Container';

export interface ActivityDescriptor {
  typeName: string;
  version: number;
  category: string;
  displayName: LocalizedText;
  description: LocalizedText;
  kind: ActivityKind;
  isBlocking: boolean;
  canStartWorkflow: boolean;
  outcomes: string[];
  hasDynamicOutcomes: boolean;
  inputs: InputDescriptor[];
  outputs: OutputDescriptor[];
  icon: string;
}

export type Locale = 'vi' | 'en';

export function localized(text: LocalizedText | undefined | null, locale: Locale): string {
  if (!text) return '';
  return (locale === 'en' ? text.en || text.vi : text.vi || text.en) ?? '';
}

export type DescriptorIndex = ReadonlyMap<string, ActivityDescriptor>;

export function indexDescriptors(descriptors: readonly ActivityDescriptor[]): DescriptorIndex {
  return new Map(descriptors.map((d) => [d.typeName, d]));
}

/** The class name of a type key: `Elsa.WriteLine` → `WriteLine`. */
export function shortTypeName(typeName: string): string {
  const dot = typeName.lastIndexOf('.');
  return dot >= 0 ? typeName.slice(dot + 1) : typeName;
}
