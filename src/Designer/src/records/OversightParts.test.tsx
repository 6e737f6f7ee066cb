// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import i18n from '../i18n';
import { ConfidentialityMark, RatingMark } from './OversightParts';

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('vi');
});

const wellCompleted = { code: 'WellCompleted', abbreviation: 'HTTNV', nameVi: 'Hoàn thành tốt nhiệm vụ', nameEn: 'Well completed' } as const;

describe('rating mark', () => {
  it('shows the abbreviation with the full name on hover and for screen readers', () => {
    render(<RatingMark rating={wellCompleted} />);
    const abbr = screen.getByText('HTTNV');
    expect(abbr.tagName).toBe('ABBR');
    expect(abbr.getAttribute('title')).toBe('Hoàn thành tốt nhiệm vụ');
    expect(abbr.parentElement!.textContent).toBe('HTTNV (Hoàn thành tốt nhiệm vụ)');
  });

  it('writes the full name out in a detail, in English on request', async () => {
    await i18n.changeLanguage('en');
    render(<RatingMark rating={wellCompleted} full />);
    expect(screen.getByText('HTTNV').getAttribute('title')).toBe('Well completed');
    expect(screen.getByText('HTTNV').parentElement!.textContent).toBe('HTTNV — Well completed');
  });

  it('shows a dash when there is no rating yet', () => {
    const { container } = render(<RatingMark rating={null} />);
    expect(container.textContent).toBe('—');
  });
});

describe('confidentiality mark', () => {
  it('stamps a restricted level and leaves "Thường" plain', () => {
    render(<><ConfidentialityMark level="Restricted" /><ConfidentialityMark level="Unclassified" /></>);
    const stamp = screen.getByTitle('Độ mật: Hạn chế');
    expect(stamp.getAttribute('data-confidentiality')).toBe('Restricted');
    expect(stamp.className).toContain('conf-mark');
    // Read aloud with what it is; the glyph is decoration.
    expect(stamp.textContent).toBe('◈ Độ mật: Hạn chế');
    expect(stamp.querySelector('[aria-hidden="true"]')!.textContent).toBe('◈ ');
    expect(screen.getByText('Thường').className).toBe('muted');
  });
});
