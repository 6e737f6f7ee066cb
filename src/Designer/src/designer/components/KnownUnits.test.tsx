// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { work } from '../../api/work';
import i18n from '../../i18n';
import { KnownUnits } from './KnownUnits';

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await i18n.changeLanguage('vi');
});

function show() {
  vi.spyOn(work, 'filterOptions').mockResolvedValue({
    units: [
      { id: 'TU-DEMO', code: 'TU', nameVi: 'Tỉnh ủy', nameEn: 'Provincial Party Committee', depth: 0 },
      { id: 'DU-SYT', code: 'DU-SYT', nameVi: 'Đảng ủy Sở Y tế', nameEn: null, depth: 1 },
    ],
    plans: [], planTitles: {},
  });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(<QueryClientProvider client={client}><KnownUnits /></QueryClientProvider>);
}

describe('the units the unit fields suggest', () => {
  it('offers every unit by its id, named in the page\'s language and indented by its depth', async () => {
    await i18n.changeLanguage('en');
    show();
    const list = screen.getByTestId('known-units');
    await waitFor(() => expect(list.querySelectorAll('option')).toHaveLength(2));
    expect([...list.querySelectorAll('option')].map((o) => [o.getAttribute('value'), o.textContent])).toEqual([
      ['TU-DEMO', 'Provincial Party Committee'], ['DU-SYT', '· Đảng ủy Sở Y tế'],
    ]);
  });
});
