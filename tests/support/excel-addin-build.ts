/**
 * The Excel add-in's build, for tests: the webpack config module (its manifest rewrite and host
 * check), the production build into dist/excel-addin/, and whether an existing build is newer
 * than every source it comes from, so a test can reuse it.
 */
import { spawnSync } from 'child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'fs';
import { createRequire } from 'module';
import * as path from 'path';
import type { Configuration } from 'webpack';

export const ROOT = path.resolve(__dirname, '../..');
export const ADDIN_DIST = path.join(ROOT, 'dist/excel-addin');

export interface WebpackConfigModule {
  (env: Record<string, unknown>, argv: { mode?: string }): Promise<Configuration>;
  productionHost(env: Record<string, unknown>): string | null;
  rewriteManifest(xml: string, host: string | null): string;
  readonly DEV_URL: string;
}

/** webpack.config.js (CommonJS) as the build sees it. */
export function webpackConfigModule(): WebpackConfigModule {
  const load = createRequire(__filename);
  return load(path.join(ROOT, 'webpack.config.js')) as WebpackConfigModule;
}

/** Everything the add-in build reads. */
const SOURCES = ['excel-addin', 'ui', 'core', 'assets', 'manifest.xml', 'webpack.config.js', 'tsconfig.json', 'tsconfig.base.json', 'package.json'];

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const stat = statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

/**
 * True when dist/excel-addin/ holds a production build (hashed bundle names; `npm start` and
 * development builds have none) newer than every source.
 */
export function addinBuildIsFresh(): boolean {
  const page = path.join(ADDIN_DIST, 'taskpane.html');
  if (!existsSync(page) || !/taskpane\.[0-9a-f]{8}\.js/.test(readFileSync(page, 'utf8'))) return false;
  const built = statSync(page).mtimeMs;
  return SOURCES.every((s) => newestMtime(path.join(ROOT, s)) <= built);
}

export interface BuildResult {
  readonly ok: boolean;
  readonly output: string;
  readonly ms: number;
}

/** The development server the manifest names, which a build for sideloading keeps. */
export const DEV_HOST = 'https://localhost:3000';

/**
 * `webpack --mode production` into dist/excel-addin/ for `host`: the development server's by
 * default (the tests serve the pages themselves; a production build must name its host).
 */
export function buildAddin(options: { host?: string } = {}): BuildResult {
  const cli = path.join(ROOT, 'node_modules/webpack-cli/bin/cli.js');
  const args = [cli, '--mode', 'production', '--env', `host=${options.host ?? DEV_HOST}`];
  const started = Date.now();
  const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', timeout: 600000, env: { ...process.env, RISKBOOK_ADDIN_HOST: '' } });
  return { ok: run.status === 0, output: `${run.stdout ?? ''}${run.stderr ?? ''}${run.error ? String(run.error) : ''}`, ms: Date.now() - started };
}

/** Reuses a fresh build (unless RISKBOOK_REBUILD is set), else builds; throws with webpack's output on failure. */
export function ensureAddinBuild(): { rebuilt: boolean; ms: number } {
  if (!process.env.RISKBOOK_REBUILD && addinBuildIsFresh()) return { rebuilt: false, ms: 0 };
  const result = buildAddin();
  if (!result.ok) throw new Error(`The add-in build failed:\n${result.output}`);
  return { rebuilt: true, ms: result.ms };
}
