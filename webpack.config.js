// Bundles the task pane into build/ (dist/ belongs to the CLI's tsc). Run with --mode production or development.
'use strict';

const crypto = require('node:crypto');
const os = require('node:os');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_PORT = 3000;

/**
 * The trusted localhost certificate office-addin-dev-certs installs (`npm run dev` runs its install first, as the
 * yo office template does): Excel desktop's WebView refuses a self-signed one. Without it, a self-signed certificate.
 */
function devServerHttps() {
  const {
    localhostKeyPath,
    localhostCertificatePath,
    caCertificatePath,
  } = require('office-addin-dev-certs/lib/defaults');
  const fs = require('node:fs');
  if (![localhostKeyPath, localhostCertificatePath, caCertificatePath].every((file) => fs.existsSync(file)))
    return 'https';
  return {
    type: 'https',
    options: {
      key: fs.readFileSync(localhostKeyPath),
      cert: fs.readFileSync(localhostCertificatePath),
      ca: fs.readFileSync(caCertificatePath),
    },
  };
}

// Excel on the web frames the pane from these origins; Excel desktop shows it in a WebView, where this header is moot.
const OFFICE_FRAME_ANCESTORS = [
  "'self'",
  'https://*.officeapps.live.com',
  'https://*.live.com',
  'https://*.office.com',
  'https://*.office365.com',
  'https://*.microsoft365.com',
  'https://*.cloud.microsoft',
  'https://*.sharepoint.com',
].join(' ');

const TS_RULE = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: 'ts-loader',
    // Type errors are `npm run typecheck`'s job; tsconfig.webpack.json keeps import() for code splitting.
    options: { transpileOnly: true, configFile: path.resolve(__dirname, 'tsconfig.webpack.json') },
  },
};

/**
 * The offline page's check worker is built first, as one self-contained script, outside build/ (keyed by this
 * checkout), and the page embeds it as text: a page opened from disk may start a Worker only from a blob: URL.
 */
const WORKER_DIR = path.join(
  os.tmpdir(),
  `ziping-web-worker-${crypto.createHash('sha256').update(__dirname).digest('hex').slice(0, 12)}`,
);
const WORKER_FILE = path.join(WORKER_DIR, 'check-worker.js');

/** @type {(production: boolean) => import('webpack').Configuration} */
const checkWorkerConfig = (production) => ({
  name: 'web-check-worker',
  mode: production ? 'production' : 'development',
  target: 'webworker',
  entry: './src/web/check/check-file.worker.ts',
  output: { path: WORKER_DIR, filename: path.basename(WORKER_FILE), asyncChunks: false, clean: true },
  devtool: false,
  resolve: { extensions: ['.ts', '.js'] },
  module: { rules: [TS_RULE] },
  node: { global: false },
  optimization: { splitChunks: false, runtimeChunk: false },
  performance: { hints: false },
});

/** @type {(env: Record<string, unknown>, argv: { mode?: string }) => import('webpack').Configuration[]} */
module.exports = (env, argv) => {
  const production = argv.mode !== 'development';
  return [checkWorkerConfig(production), pagesConfig(env, production)];
};

/** @type {(env: Record<string, unknown>, production: boolean) => import('webpack').Configuration} */
function pagesConfig(env, production) {
  return {
    name: 'pages',
    dependencies: ['web-check-worker'],
    mode: production ? 'production' : 'development',
    // `web` is the offline page (src/web): the task pane on the file host, for a browser without Excel; the add-in's
    // page (taskpane.html) loads only the `taskpane` entry, and a test asserts none of the page is in it.
    entry: { taskpane: './src/taskpane/index.tsx', web: './src/web/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'build'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      assetModuleFilename: 'assets/[name][ext]',
      clean: true,
      // Write every file, unchanged ones too: the e2e helpers and the bench judge a build's age by its pages' mtimes.
      compareBeforeEmit: false,
    },
    // The page's CSP has no 'unsafe-eval', so no eval-based devtool, in development either.
    devtool: 'source-map',
    resolve: { extensions: ['.tsx', '.ts', '.js'], alias: { 'ziping-web-check-worker$': WORKER_FILE } },
    module: {
      rules: [
        TS_RULE,
        { include: WORKER_DIR, type: 'asset/source' },
        // The bundled sample, embedded in the offline page (a page opened from disk cannot fetch a file).
        { test: /\.xlsx$/, include: path.resolve(__dirname, 'assets'), type: 'asset/inline' },
      ],
    },
    // webpack's `global` shim calls `new Function`, which the CSP would block (and report) at start-up.
    node: { global: false },
    optimization: {
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          // The report builder's dependency, loaded on demand with import('docx'): one chunk of its own.
          docx: { test: /[\\/]node_modules[\\/]docx[\\/]/, name: 'docx', chunks: 'async', priority: 20, enforce: true },
          // React changes less often than the rest, so it keeps its own long-lived cache entry.
          // Named vendor chunks are the add-in's alone: shared with the page they would carry its modules too.
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: 'react',
            chunks: (chunk) => chunk.name === 'taskpane',
            priority: 10,
          },
          vendors: {
            test: /[\\/]node_modules[\\/]/,
            name: 'vendors',
            chunks: (chunk) => chunk.name === 'taskpane',
            priority: 0,
          },
        },
      },
      runtimeChunk: 'single',
    },
    plugins: [
      new HtmlWebpackPlugin({
        template: './src/taskpane/taskpane.html',
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
      }),
      // The offline page is the folder's index: a static server shows it at /, and a person opens it from disk.
      new HtmlWebpackPlugin({
        template: './src/web/web.html',
        filename: 'index.html',
        chunks: ['web'],
        scriptLoading: 'defer',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml' },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: DEV_PORT,
      server: env?.WEBPACK_SERVE ? devServerHttps() : 'https',
      static: false,
      headers: {
        'Access-Control-Allow-Origin': '*',
        'Content-Security-Policy': `frame-ancestors ${OFFICE_FRAME_ANCESTORS}`,
      },
      client: { overlay: { errors: true, warnings: false } },
      open: false,
      // The page build reads the worker's bundle from disk (WORKER_DIR), also under the dev server.
      devMiddleware: { writeToDisk: (file) => file.startsWith(WORKER_DIR) },
    },
  };
}
