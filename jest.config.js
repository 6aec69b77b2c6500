// Two tiers: unit tests need nothing but the code and the bundled plans; integration
// tests (*.int.test.ts) share one real Neo4j that test/setup/globalSetup.ts provides and run
// in band (`npm test` passes --runInBand) because Community edition has one user database:
// each suite sets the graph it needs through useGraph (test/helpers/database.ts).
const tsJest = { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] };
// Tests run the TypeScript; dist/ (the compiled build, with its copy of package.json) is not theirs.
const ignoreBuild = ['<rootDir>/dist/'];

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform: tsJest,
      modulePathIgnorePatterns: ignoreBuild,
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform: tsJest,
      modulePathIgnorePatterns: ignoreBuild,
      testMatch: ['<rootDir>/test/int/**/*.int.test.ts'],
      globalSetup: '<rootDir>/test/setup/globalSetup.ts',
      globalTeardown: '<rootDir>/test/setup/globalTeardown.ts',
    },
  ],
  testTimeout: 120000,
  // PLANGRAPH_TEST_SHUFFLE=<seed> runs the test files in an order shuffled by that seed (printed), to
  // show that no suite depends on another; unset, Jest's own order.
  ...(process.env.PLANGRAPH_TEST_SHUFFLE ? { testSequencer: '<rootDir>/test/setup/shuffleSequencer.cjs' } : {}),
};
