/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// The server (src/Api) serves the built app from its wwwroot; during development and in the
// e2e fallback the dev/preview server forwards /api to it instead.
const api = process.env.SUPERVISION_API ?? 'http://127.0.0.1:5080';
const proxy = { '/api': { target: api, changeOrigin: false } };

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../Api/wwwroot', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: 5173, proxy },
  preview: { host: '127.0.0.1', port: 4173, proxy },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}'],
    testTimeout: 20000,
  },
});
