// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import '../i18n';
import { DEADLINE_GLYPHS, DEADLINE_STATES, DeadlineBadge, deadlineView } from './DeadlineBadge';

describe('deadline badge', () => {
  it('maps each state to the colours of DOMAIN.md §3.7', () => {
    expect(Object.fromEntries(DEADLINE_STATES.map((s) => [s, deadlineView(s).colour]))).toEqual({
      NotStarted: 'grey', OnTrack: 'blue', DueSoon: 'amber', OverdueOpen: 'red', DoneOnTime: 'green', DoneLate: 'orange', NoDeadline: 'grey',
    });
  });

  it('never relies on colour alone: states sharing or nearing a colour have distinct glyphs', () => {
    const glyphs = DEADLINE_STATES.map((s) => DEADLINE_GLYPHS[s]);
    expect(new Set(glyphs).size).toBe(glyphs.length);
  });

  it('reads an unknown state as "no deadline"', () => {
    expect(deadlineView('Bogus').state).toBe('NoDeadline');
    expect(deadlineView(undefined).labelKey).toBe('deadline.NoDeadline');
  });

  it('shows the text with the glyph and the count', () => {
    render(<DeadlineBadge state="OverdueOpen" count={4} />);
    const badge = screen.getByText('Quá hạn');
    expect(badge.getAttribute('data-state')).toBe('OverdueOpen');
    expect(badge.textContent).toBe('⚠Quá hạn4');
  });
});
