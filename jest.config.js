/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
    // @noble/hashes 2 ships ES modules only: compile it to CommonJS for jest.
    '^.+/node_modules/@noble/hashes/.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, isolatedModules: true } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!@noble/hashes/)'],
  testTimeout: 120000,
  reporters: ['default', '<rootDir>/test/reporters/summary-line.js'],
};
