import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{shared,electron,templates,renderer,e2e}/**/*.test.{ts,tsx}'],
    // Generation tests run pdftotext and build real SQLite files: give them room on a 2-core machine.
    testTimeout: 30_000,
    pool: 'forks',
    // templates/ is handed the folder of its files, as the app does at startup.
    setupFiles: ['templates/testing/templates-root.ts'],
  },
});
