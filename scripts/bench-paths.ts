/**
 * Where the benchmarks find the project, whether they run from scripts/ or bundled into
 * dist/bench/ (build-bench.mjs): the nearest folder up from here with the package.json.
 */
import { existsSync } from 'fs';
import * as path from 'path';

function projectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

export const ROOT = projectRoot(__dirname);

/** A bench script beside this one: its bundle when running bundled, else its source under tsx. */
export function benchScript(name: string): { readonly file: string; readonly nodeArgs: readonly string[] } {
  const bundled = path.join(__dirname, `${name}.js`);
  if (existsSync(bundled)) return { file: bundled, nodeArgs: [] };
  return { file: path.join(__dirname, `${name}.ts`), nodeArgs: ['--import', 'tsx'] };
}
