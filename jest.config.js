// Two projects: `unit` (the fast tests, `npm run test:unit`) and `browser` (headless Chromium, LibreOffice
// and the built command line: slow, with a long timeout; `npm run test:browser`). `npm test` runs both.

/** The tests that start a browser, LibreOffice or a build: they go in the `browser` project. */
const BROWSER_TESTS = [
  '<rootDir>/test/taskpane/pane.browser.test.ts', // the task pane in headless Chromium
  '<rootDir>/test/taskpane/manifest-webpack.test.ts', // a production webpack build with --env baseUrl
  '<rootDir>/test/taskpane/degraded.browser.test.ts', // the pane in headless Chromium as Excel 2019 / 2021
  '<rootDir>/test/taskpane/pane-layout.browser.test.ts', // the pane at 320 and 350 px, axe-core
  '<rootDir>/test/host-suite/wps-pane.browser.test.ts', // the same pane over the WPS double
  '<rootDir>/test/cli/out.test.ts', // LibreOffice opens the marked copy
  '<rootDir>/test/cli/assemble.test.ts', // LibreOffice prints the claim papers to PDF
  '<rootDir>/test/xlsx/notice-pages.test.ts', // LibreOffice prints a 100-trainee notice to PDF
  '<rootDir>/test/xlsx/marked-copy.test.ts', // LibreOffice opens the marked copies
  '<rootDir>/test/xlsx/marked-raw.test.ts', // LibreOffice opens the raw-marked copies
  '<rootDir>/test/cli/spawn.test.ts', // builds the CLI with tsc, then spawns it
  '<rootDir>/test/cli/inbox-jobs.test.ts', // builds the CLI, then runs it on worker threads
  '<rootDir>/test/cli/inbox.test.ts', // LibreOffice opens the summary workbook
  '<rootDir>/test/hostile/corpus.test.ts', // builds the CLI, then runs it on every hostile file
  '<rootDir>/test/ledger-store/concurrency.test.ts', // 8 CLI processes per ledger backend at once
];

/** @type {import('jest').Config} */
const shared = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
    // @noble/hashes 2 ships ES modules only: compile it to CommonJS for jest.
    '^.+/node_modules/@noble/hashes/.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, isolatedModules: true } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!@noble/hashes/)'],
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/test/**/*.test.tsx'],
      testPathIgnorePatterns: ['/node_modules/', ...BROWSER_TESTS.map((p) => p.replace(/\./g, '\\.') + '$')],
      setupFilesAfterEnv: ['<rootDir>/test/setup/unit-timeout.ts'],
    },
    {
      ...shared,
      displayName: 'browser',
      testMatch: BROWSER_TESTS,
      setupFilesAfterEnv: ['<rootDir>/test/setup/browser-timeout.ts'],
    },
  ],
  // the closing line "tests: N passed, N failed, N skipped" is what CI reads
  reporters: ['default', '<rootDir>/test/reporters/summary-line.js'],
};
