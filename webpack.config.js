/**
 * Builds the Excel add-in into dist/excel-addin/: the task pane (taskpane.html), the ribbon's
 * function file (commands.html), the dialog a failed ribbon command shows (notice.html), a help
 * page, the icons and manifest.xml, and the browser demo of the panel (demo.html) once
 * ui/demo/demo-page.tsx exists.
 *
 *   npx webpack --mode production --env host=https://riskbook.example.com
 *   RISKBOOK_ADDIN_HOST=https://riskbook.example.com npm run build
 *   npx webpack --mode production --env host=https://localhost:3000   the development manifest, built
 *   npm start                                                 https://localhost:3000, for sideloading
 *
 * manifest.xml names https://localhost:3000 (the development server) everywhere; a production
 * build rewrites every one of those URLs to the host it is given, and refuses to run without one:
 * a manifest left on localhost installs an add-in that loads nothing on anyone else's machine.
 * office.js is never bundled: each
 * page loads it from Microsoft's CDN with a plain script tag before the bundle, as Office requires
 * (shared/notes/hosts.md §1.8).
 */
const fs = require('fs');
const path = require('path');
const { URL } = require('url');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const ROOT = __dirname;
const OUT = path.resolve(ROOT, 'dist/excel-addin');
const DEV_URL = 'https://localhost:3000';
const DEV_URL_PATTERN = /https:\/\/localhost:3000(?![0-9])/g;
const DEMO_PAGE = path.resolve(ROOT, 'ui/demo/demo-page.tsx');

/**
 * The production origin (and optional path) from `--env host=…` or RISKBOOK_ADDIN_HOST, without
 * a trailing slash; null when none was given. Office loads add-ins only over https.
 */
function productionHost(env) {
  const raw = (env && typeof env.host === 'string' && env.host) || process.env.RISKBOOK_ADDIN_HOST || '';
  if (!raw) return null;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`The add-in host "${raw}" is not a URL: give one like https://riskbook.example.com`);
  }
  if (url.protocol !== 'https:') throw new Error(`The add-in host must use https (Office loads add-ins only over https): ${raw}`);
  if (url.search || url.hash) throw new Error(`The add-in host must not have a query or fragment: ${raw}`);
  return url.href.replace(/\/+$/, '');
}

/** manifest.xml with every development URL pointing at `host` instead. */
function rewriteManifest(xml, host) {
  return host ? xml.replace(DEV_URL_PATTERN, host) : xml;
}

async function httpsOptions() {
  // Only `npm start` gets here: the certificates are for the local development server alone.
  const devCerts = require('office-addin-dev-certs');
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode !== 'development';
  const serving = Boolean(env.WEBPACK_SERVE);
  const host = production ? productionHost(env) : null;
  const hasDemo = fs.existsSync(DEMO_PAGE);
  if (production && !host && !serving) {
    throw new Error(
      `A production build needs the host it will be served from: --env host=https://… or RISKBOOK_ADDIN_HOST. (--env host=${DEV_URL} builds the development manifest.)`,
    );
  }

  const page = (name, template, chunks, title) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template: path.resolve(ROOT, template),
      chunks,
      title,
      // The bundle is deferred, so office.js (a plain script tag in the template's head) has run
      // before it.
      inject: 'head',
      scriptLoading: 'defer',
      minify: production ? { collapseWhitespace: true, removeComments: true } : false,
    });

  return {
    mode: production ? 'production' : 'development',
    context: ROOT,
    entry: {
      taskpane: './excel-addin/taskpane.tsx',
      commands: './excel-addin/commands.ts',
      notice: './excel-addin/notice.ts',
      ...(hasDemo ? { demo: './ui/demo/demo-page.tsx' } : {}),
    },
    output: {
      path: OUT,
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    // No source maps in production: the pane is what ships. Development gets full ones.
    devtool: production ? false : 'source-map',
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.mjs'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              // `npm run typecheck` checks types once for the whole project.
              transpileOnly: true,
              configFile: path.resolve(ROOT, 'tsconfig.json'),
              compilerOptions: { noEmit: false, sourceMap: !production },
            },
          },
        },
      ],
    },
    plugins: [
      page('taskpane', 'excel-addin/taskpane.html', ['taskpane'], 'Riskbook'),
      page('commands', 'excel-addin/commands.html', ['commands'], 'Riskbook commands'),
      page('notice', 'excel-addin/notice.html', ['notice'], 'Riskbook'),
      page('help', 'excel-addin/help.html', [], 'Riskbook for Excel'),
      ...(hasDemo ? [page('demo', 'excel-addin/demo.html', ['demo'], 'Riskbook panel demo')] : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => rewriteManifest(content.toString('utf8'), host),
          },
        ],
      }),
    ],
    performance: {
      // The pane loads once per session from the add-in's host; warn well before it gets heavy.
      hints: production ? 'warning' : false,
      maxEntrypointSize: 1200 * 1024,
      maxAssetSize: 1200 * 1024,
    },
    devServer: serving
      ? {
          port: 3000,
          server: { type: 'https', options: await httpsOptions() },
          headers: { 'Access-Control-Allow-Origin': '*' },
          static: false,
        }
      : undefined,
  };
};

module.exports.productionHost = productionHost;
module.exports.rewriteManifest = rewriteManifest;
module.exports.DEV_URL = DEV_URL;
module.exports.OUT = OUT;
