// The layers of Roster Check, enforced by `npm run lint` (see docs/architecture.md).
//   core (src/core)                       pure: imports nothing of ours outside core, no Node built-ins
//   adapters (src/xlsx, src/office, src/ledger-store)   import core only, never each other
//   front ends (src/cli, src/taskpane, src/commands)    import adapters and core, never each other
// Everything outside core reaches core through its face, src/core/index.ts.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle (type-only imports included): split the shared part into its own module.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'core-is-pure',
      severity: 'error',
      comment: 'The core imports nothing of ours outside src/core.',
      from: { path: '^src/core/' },
      to: { path: '^src/', pathNot: '^src/core/' },
    },
    {
      name: 'core-no-node',
      severity: 'error',
      comment: 'The core runs in the task pane and its worker too: no Node built-ins.',
      from: { path: '^src/core/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'core-no-index',
      severity: 'error',
      comment: 'Core files import each other directly; the index is only the face the layers above use.',
      from: { path: '^src/core/' },
      to: { path: '^src/core/index\\.ts$' },
    },
    {
      name: 'core-through-index',
      severity: 'error',
      comment: 'Adapters and front ends reach the core through src/core/index.ts, not its inner files.',
      from: { path: '^src/(?!core/)' },
      to: { path: '^src/core/', pathNot: ['^src/core/index\\.ts$'] },
    },
    {
      name: 'adapter-imports-core-only',
      severity: 'error',
      comment: 'An adapter (xlsx, office) imports the core and nothing else of ours; adapters never import each other.',
      from: { path: '^src/(xlsx|office)/' },
      to: { path: '^src/', pathNot: ['^src/core/', '^src/$1/'] },
    },
    {
      name: 'wps-imports-core-and-office-plans',
      severity: 'error',
      comment:
        'The WPS adapter imports the core, and the pure write plans of the Office adapter (address runs, the ' +
        'sheet render plan, the 校验结果 row and border plans) so both hosts draw the same cells; nothing else of ours.',
      from: { path: '^src/wps/' },
      to: { path: '^src/', pathNot: ['^src/core/', '^src/wps/', '^src/office/(runs|render-plan|report|render)\\.ts$'] },
    },
    {
      name: 'ledger-store-imports-core-and-xlsx',
      severity: 'error',
      comment:
        'ledger-store imports the core, and the xlsx adapter: it keeps ledgers in .xlsx workbooks and reads and ' +
        'writes them with the xlsx adapter (readWorkbook, sheetToGrid, writeWorkbookAtomic) rather than a second ' +
        'workbook reader. xlsx never imports ledger-store (adapter-imports-core-only), so the arrow runs one way. ' +
        'It never imports the CLI.',
      from: { path: '^src/ledger-store/' },
      to: { path: '^src/', pathNot: ['^src/core/', '^src/ledger-store/', '^src/xlsx/'] },
    },
    {
      name: 'cli-not-pane',
      severity: 'error',
      comment: 'The CLI and the task pane are separate front ends.',
      from: { path: '^src/cli/' },
      to: { path: '^src/(taskpane|commands|office)/' },
    },
    {
      name: 'pane-not-cli',
      severity: 'error',
      comment:
        'The task pane (and its commands page) never import the CLI or the Node-side adapters. The browser-safe ' +
        'part of the .xlsx adapter is shared so both read and write a file alike: sheet XML to Grid (grid.ts, ' +
        'cells.ts), the zip size limits (zip-limits.ts), and the ExcelJS sheet renderer for the notice-only ' +
        "workbook (browser-render.ts with cell-text.ts and links.ts; links.ts's Node-only ExcelJS patch is " +
        'aliased away in webpack.config.js and never called).',
      from: { path: '^src/(taskpane|commands)/' },
      to: {
        path: '^src/(cli|xlsx|ledger-store)/',
        pathNot: '^src/xlsx/(grid|cells|zip-limits|browser-render|cell-text|links)\\.ts$',
      },
    },
    {
      name: 'taskpane-commands-apart',
      severity: 'error',
      comment: 'The ribbon commands page and the task pane are separate bundles.',
      from: { path: '^src/commands/' },
      to: { path: '^src/taskpane/' },
    },
    {
      name: 'not-to-test',
      severity: 'error',
      comment: 'Source never imports tests, benches or scripts.',
      from: { path: '^src/' },
      to: { path: '^(test|bench|scripts)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.json'],
    },
    exclude: { path: '\\.d\\.ts$' },
  },
};
