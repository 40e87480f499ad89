import { defineConfig } from 'vite';

// Fully offline: everything (map shapes included) is bundled; no CDN, no tile server.
export default defineConfig({
  root: __dirname,
  base: '/',
  build: { outDir: 'dist', emptyOutDir: true, assetsInlineLimit: 0, modulePreload: { polyfill: false }, chunkSizeWarningLimit: 1500 },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
