import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{shared,electron,templates,renderer,e2e}/**/*.test.{ts,tsx}'],
    // Generation tests run pdftotext and build real SQLite files: give them room on a 2-core machine.
    testTimeout: 30_000,
    // …and their setup too: making the signing tests' certificates with openssl takes seconds when loaded.
    hookTimeout: 30_000,
    // expect.poll waits for a state, it does not measure: on a loaded machine the UI or a child
    // process may take seconds to get there. A poll that succeeds returns at once.
    expect: { poll: { timeout: 30_000 } },
    pool: 'forks',
    // Two files at a time on the 2-core machines (vitest's default is one less than the cores: one):
    // most tests wait on a child — Chromium, pdftotext, PostgreSQL, a register process —, not on the CPU.
    maxWorkers: 2,
    // templates/ is handed the folder of its files, as the app does at startup.
    setupFiles: ['templates/testing/templates-root.ts'],
    // REGISTRE_TEST_ENGINE=postgres runs the register's tests on a throwaway PostgreSQL server.
    globalSetup: process.env.REGISTRE_TEST_ENGINE === 'postgres' ? ['electron/testing/pg-engine-setup.ts'] : [],
  },
});
