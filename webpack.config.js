// Builds the Excel add-in (task pane, function file, check worker) into dist/addin.
//   webpack --mode production      production build: office.js from Microsoft's CDN; with
//                                  --env baseUrl=https://host/path/ its manifest.xml points there
//                                  (scripts/production-manifest.js), else it keeps the localhost URLs
//   webpack --env test             test build into dist/addin-test: office.js replaced by the local
//                                  Office.js test double (test/taskpane/double-entry.ts), no outside requests
//   webpack --env wps              WPS加载项 build into dist/wps-addin: the same pane, no office.js, plus
//                                  the files in wps/ (ribbon.xml, index.html, main.js; see docs/wps.md)
//   webpack serve                  dev server on localhost:3000: https with office-addin-dev-certs'
//                                  certificates when they exist (npx office-addin-dev-certs install), else http
const fs = require('fs');
const os = require('os');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { productionManifest, checkBaseUrl } = require('./scripts/production-manifest');

const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const PORT = 3000;

/** office-addin-dev-certs' default certificate files, when they have been installed. */
function devCerts() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  const out = {};
  for (const [k, f] of Object.entries(files)) {
    const p = path.join(dir, f);
    if (!fs.existsSync(p)) return null;
    out[k] = fs.readFileSync(p);
  }
  return out;
}

module.exports = (env = {}, argv = {}) => {
  const test = Boolean(env.test);
  const wps = Boolean(env.wps);
  const production = argv.mode === 'production';
  const serving = Boolean(process.env.WEBPACK_SERVE);
  const certs = serving ? devCerts() : null;
  if (serving && !certs) {
    console.warn(
      '[roster-check] No office-addin-dev-certs certificates found (~/.office-addin-dev-certs); serving plain http on ' +
        `localhost:${PORT}. Office needs https: run "npx office-addin-dev-certs install" first.`,
    );
  }
  const officeJs = wps ? '' : test ? 'office-double.js' : OFFICE_JS_CDN;
  const baseUrl = typeof env.baseUrl === 'string' ? env.baseUrl : null;
  if (baseUrl) checkBaseUrl(baseUrl);
  else if (production && !wps)
    console.warn('[roster-check] No --env baseUrl=https://host/path/: dist/addin/manifest.xml keeps localhost URLs.');
  const entry = {
    taskpane: './src/taskpane/index.tsx',
    commands: './src/commands/commands.ts',
    checkWorker: './src/taskpane/worker/check.worker.ts',
  };
  if (test) entry['office-double'] = './test/taskpane/double-entry.ts';
  if (test) entry['wps-double'] = './test/wps-double/browser-entry.ts';
  // WPS has no function file: the ribbon button is wps/main.js
  if (wps) delete entry.commands;
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map',
    entry,
    output: {
      path: path.resolve(__dirname, wps ? 'dist/wps-addin' : test ? 'dist/addin-test' : 'dist/addin'),
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      publicPath: '',
      clean: true,
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.js', '.json'],
      // src/xlsx/links.ts patches ExcelJS's Node build for in-workbook links; the pane renders the notice-only
      // workbook with renderSheet (src/taskpane/files/notice.ts), which never calls that patch: empty modules
      alias: {
        'exceljs/lib/xlsx/xform/sheet/hyperlink-xform': false,
        'exceljs/lib/xlsx/xform/sheet/worksheet-xform': false,
      },
    },
    module: {
      // ExcelJS's browser bundle is self-contained: no need to parse its requires
      noParse: /exceljs[\\/]dist[\\/]exceljs(\.min)?\.js$/,
      rules: [
        {
          // chinese-days (the holiday calendar of the claim's notice period) declares "type": "commonjs"
          // but its "module" build is an ES module: parse it as one
          test: /[\\/]node_modules[\\/]chinese-days[\\/]dist[\\/]index\.es\.js$/,
          type: 'javascript/auto',
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // ES modules out of TypeScript so webpack can split the lazy ExcelJS chunk
            options: { transpileOnly: true, compilerOptions: { module: 'es2020', noEmit: false, sourceMap: !production } },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        templateParameters: { officeJs },
      }),
      // the same pane over the WPS object-model double (no office.js): the double's script runs first
      ...(test ? [new HtmlWebpackPlugin({
        filename: 'taskpane-wps.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['wps-double', 'taskpane'],
        chunksSortMode: 'manual',
        templateParameters: { officeJs: '' },
      })] : []),
      ...(wps ? [] : [new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        templateParameters: { officeJs },
      })]),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/support/support.html', to: 'support.html' },
          ...(wps
            ? [{ from: 'wps/*', to: '[name][ext]' }]
            : [
                {
                  from: 'manifest.xml',
                  to: 'manifest.xml',
                  transform: (content) => (baseUrl ? productionManifest(content.toString('utf8'), baseUrl) : content),
                },
              ]),
        ],
      }),
    ],
    devServer: {
      host: 'localhost',
      port: PORT,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: certs ? { type: 'https', options: certs } : 'http',
      static: false,
      hot: false,
      liveReload: true,
    },
  };
};
