/** Glyphs for the descriptors' icon names; no icon font or external asset. */
const GLYPHS: Record<string, string> = {
  play: '▶', stop: '■', flag: '⚑', terminal: '›_', variable: 'x=', decision: '◇', switch: '⑂', fork: '⫛', join: '⋈',
  hourglass: '⧗', 'calendar-clock': '🗓', repeat: '↻', clock: '◷', bolt: 'ϟ', box: '□', task: '✓', user: '👤',
  approve: '✔', mail: '✉', bell: '🔔', document: '🗎', search: '⌕', chart: '▤', inspect: '🔍', calendar: '🗓',
};

export function ActivityIcon({ name, className }: { name: string | undefined; className?: string }) {
  return <span className={`activity-icon ${className ?? ''}`} aria-hidden="true">{GLYPHS[name ?? ''] ?? GLYPHS.box}</span>;
}

const CATEGORY_COLORS: Record<string, string> = {
  Flow: '#6d5bd0', Primitives: '#2f7dd1', Scheduling: '#c27c0e', Events: '#c2410c', Tasks: '#15803d', Supervision: '#0f766e',
};

export function categoryColor(category: string | undefined): string {
  return CATEGORY_COLORS[category ?? ''] ?? '#64748b';
}
