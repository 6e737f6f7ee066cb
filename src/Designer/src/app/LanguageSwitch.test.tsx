// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import i18n from '../i18n';
import { LanguageSwitch } from './Layout';

afterEach(async () => {
  cleanup();
  globalThis.localStorage?.clear();
  await i18n.changeLanguage('vi');
  document.documentElement.lang = 'vi';
});

describe('language switch', () => {
  it('switches the app to English and asks again for what the server has named', async () => {
    await i18n.changeLanguage('vi');
    const client = new QueryClient();
    client.setQueryData(['records', 'plans', ''], { items: [{ id: 'KH-2026', title: 'Kế hoạch công tác năm 2026' }] });
    render(<QueryClientProvider client={client}><LanguageSwitch /></QueryClientProvider>);

    fireEvent.click(screen.getByRole('button', { name: 'Chuyển sang tiếng Anh' }));

    expect(i18n.language).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(client.getQueryState(['records', 'plans', ''])?.isInvalidated).toBe(true);
  });
});
