// Bundles the task pane into build/ (dist/ belongs to the CLI's tsc). Run with --mode production or development.
'use strict';

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

/** @type {(env: Record<string, unknown>, argv: { mode?: string }) => import('webpack').Configuration} */
module.exports = (env, argv) => {
  const production = argv.mode !== 'development';
  return {
    mode: production ? 'production' : 'development',
    // `preview` is the task pane on a simulated Excel host (src/preview), for a browser without Excel; the add-in's
    // page (taskpane.html) loads only the `taskpane` entry, and a test asserts none of the preview is in it.
    entry: { taskpane: './src/taskpane/index.tsx', preview: './src/preview/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'build'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      assetModuleFilename: 'assets/[name][ext]',
      clean: true,
    },
    // The page's CSP has no 'unsafe-eval', so no eval-based devtool, in development either.
    devtool: 'source-map',
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Type errors are `npm run typecheck`'s job; tsconfig.webpack.json keeps import() for code splitting.
            options: { transpileOnly: true, configFile: path.resolve(__dirname, 'tsconfig.webpack.json') },
          },
        },
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
          // Named vendor chunks are the add-in's alone: shared with the preview they would carry its modules too.
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
      new HtmlWebpackPlugin({
        template: './src/preview/preview.html',
        filename: 'preview.html',
        chunks: ['preview'],
        scriptLoading: 'defer',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml' },
          // The workbook the preview's simulated Excel host opens first.
          { from: 'assets/sample-2024.xlsx', to: 'assets/[name][ext]' },
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
      devMiddleware: { writeToDisk: false },
      open: false,
    },
  };
};
