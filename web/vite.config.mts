// The example page: `npm run web:build` writes web/dist (relative asset URLs, so it can be
// served under any path); `npm run web:preview` serves it with /graphql proxied to the API.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // One small bundle; no inline module-preload polyfill fetching anything else.
    modulePreload: false,
  },
});
