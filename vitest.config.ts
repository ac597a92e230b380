import { defineConfig } from 'vitest/config';
import SummaryReporter from './tests/support/summary-reporter.js';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    reporters: ['default', new SummaryReporter()],
    // The end-to-end tests start Chromium: generous limits on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
