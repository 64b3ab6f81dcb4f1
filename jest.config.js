/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    // tsconfig sets isolatedModules, so ts-jest only transpiles; `npm run typecheck` checks types once.
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  reporters: ['default', '<rootDir>/tests/support/plain-summary-reporter.js'],
  testTimeout: 60000,
  // Two workers on the two cores CI has: the fault sweeps alone take ten minutes, and Jest's
  // default under CI (cores - 1) would run every other file after them, one at a time.
  maxWorkers: 2,
};
