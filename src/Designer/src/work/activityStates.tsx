import { useTranslation } from 'react-i18next';
import type { ActivityState } from '../api/work';

export const ACTIVITY_STATES: ActivityState[] = ['Done', 'Waiting', 'Faulted', 'NotReached'];

/** A glyph per step state beside its colour, so the state reads without colour. */
export const STATE_GLYPHS: Record<ActivityState, string> = { Done: '✓', Waiting: '◐', Faulted: '✕', NotReached: '○' };

export const STATE_COLOURS: Record<ActivityState, string> = { Done: '#15803d', Waiting: '#1d4ed8', Faulted: '#dc2626', NotReached: '#9ca3af' };

export function StateLegend() {
  const { t } = useTranslation();
  return (
    <ul className="legend" aria-label={t('instances.legend')}>
      {ACTIVITY_STATES.map((s) => (
        <li key={s} className={`state-${s}`}>
          <span className="state-swatch" aria-hidden="true">{STATE_GLYPHS[s]}</span>{t(`instances.states.${s}`)}
        </li>
      ))}
    </ul>
  );
}
