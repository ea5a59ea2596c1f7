// Shared jest settings: TypeScript through SWC, one embedded database per run (global setup).
const path = require('node:path');

/** @param {string} rootDir workspace folder @param {string} displayName */
module.exports = function preset(rootDir, displayName) {
  return {
    displayName,
    rootDir,
    testEnvironment: 'node',
    testMatch: ['<rootDir>/**/*.test.ts'],
    testPathIgnorePatterns: ['/node_modules/', '/dist/'],
    transform: {
      '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } }],
    },
    // flatbush ships ES modules only; let SWC turn it into CommonJS like our own code.
    transformIgnorePatterns: ['/node_modules/(?!(flatbush|flatqueue)/)'],
    globalSetup: path.join(__dirname, 'packages/testkit/src/jestGlobalSetup.ts'),
    globalTeardown: path.join(__dirname, 'packages/testkit/src/jestGlobalTeardown.ts'),
    testTimeout: 30000,
  };
};
