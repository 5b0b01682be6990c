// Jest runs the TypeScript sources as native ESM through SWC (NODE_OPTIONS=--experimental-vm-modules,
// set by the npm scripts). One config for every layer; browser tests live in test/e2e and run
// against a real `npm run demo` server that they start themselves.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'es6' },
      },
    ],
  },
  moduleNameMapper: { '^~/(.*)$': '<rootDir>/app/$1' },
  testMatch: ['**/__tests__/**/*.test.ts?(x)', '<rootDir>/test/**/*.test.ts?(x)'],
  testPathIgnorePatterns: ['/node_modules/', '/build/', '/generated/'],
  transformIgnorePatterns: ['/node_modules/'],
  testTimeout: 30000,
};
