import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import './styles.css';
import { App, prefetchForAddress } from './app/App';

// On a designer address the code and data load together before the first render (bounded wait).
await Promise.race([prefetchForAddress().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 3000))]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
