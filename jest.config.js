/** Jest runs in ESM mode because pdfjs-dist is ESM-only (see docs/development.md). */
import { availableParallelism } from 'node:os';

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }],
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testTimeout: 60000,
  // Jest's default is one worker less than the cores: on a 2-core machine (CI) that is one, and
  // one worker means running in band — the whole suite on one core while the other waits for the
  // child processes the batch/CLI suites start. Two workers at least; `--maxWorkers=1` overrides.
  maxWorkers: Math.max(2, availableParallelism() - 1),
};
