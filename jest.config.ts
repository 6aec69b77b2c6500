import type { Config } from 'jest';

// Two tiers: unit tests need nothing but the code and the bundled plans; integration
// tests (*.int.test.ts) share one real Neo4j that test/setup/globalSetup.ts provides.
const tsJest = { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] } as const;

const config: Config = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform: tsJest,
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform: tsJest,
      testMatch: ['<rootDir>/test/int/**/*.int.test.ts'],
      globalSetup: '<rootDir>/test/setup/globalSetup.ts',
      globalTeardown: '<rootDir>/test/setup/globalTeardown.ts',
      testTimeout: 120_000,
    },
  ],
};

export default config;
