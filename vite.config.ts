import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is served by the local host (and later by Electron's custom protocol) from
// dist-renderer/, under a CSP that allows only the app's own files: no inline script is emitted.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist-renderer', emptyOutDir: true, modulePreload: { polyfill: false } },
});
