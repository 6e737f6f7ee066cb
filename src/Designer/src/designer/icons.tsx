import { Icon } from '../components/Icon';
import './icons.css';

/** The descriptor's icon name drawn as a line icon on the category's colour. */
export function ActivityIcon({ name, className }: { name: string | undefined; className?: string }) {
  return <span className={`activity-icon ${className ?? ''}`} aria-hidden="true"><Icon name={name ?? 'box'} size={13} /></span>;
}

const CATEGORY_COLORS: Record<string, string> = {
  Flow: '#6d5bd0', Primitives: '#2f7dd1', Scheduling: '#c27c0e', Events: '#c2410c', 'Human tasks': '#15803d', Supervision: '#0f766e',
};

export function categoryColor(category: string | undefined): string {
  return CATEGORY_COLORS[category ?? ''] ?? '#64748b';
}
