/**
 * The built add-on (dist/sheets-addon/) run as Apps Script runs it: Code.js evaluated afresh in a
 * `node:vm` context for every call, with only the fake services as globals, and the sidebar's
 * HTML served from the pushed project's files.
 */
import { execFileSync } from 'child_process';
import { existsSync, readFileSync, readdirSync } from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { FakeGoogle } from './fake-sheets/fake-google';
import type { FakeGoogleOptions } from './fake-sheets/fake-google';

export const ROOT = path.resolve(__dirname, '../..');
export const DIST = path.join(ROOT, 'dist/sheets-addon');

let built = false;

/** Builds dist/sheets-addon/ unless it is newer than every source (the build script decides). */
export function ensureSheetsBuild(): void {
  if (built) return;
  execFileSync(process.execPath, ['scripts/build-sheets-addon.mjs', '--quiet', '--if-stale'], { cwd: ROOT, stdio: 'pipe' });
  built = true;
}

export function distFile(name: string): string {
  return readFileSync(path.join(DIST, name), 'utf8');
}

/** The HTML files of the pushed project, by name without `.html`. */
export function htmlFiles(): Map<string, string> {
  const files = new Map<string, string>();
  if (!existsSync(DIST)) return files;
  for (const f of readdirSync(DIST)) if (f.endsWith('.html')) files.set(f.slice(0, -5), readFileSync(path.join(DIST, f), 'utf8'));
  return files;
}

/** Makes the context's Date read the fake's simulated clock, for time-limit tests. */
const SIMULATED_DATE = `(() => {
  const Real = Date;
  const now = __fakeNow;
  class SimulatedDate extends Real {
    constructor(...args) { if (args.length === 0) super(now()); else super(...args); }
    static now() { return now(); }
  }
  globalThis.Date = SimulatedDate;
  delete globalThis.__fakeNow;
})();`;

export interface LoadedAddon {
  readonly google: FakeGoogle;
  /** Calls a top-level function of Code.js in a fresh execution. */
  call<T = unknown>(name: string, ...args: unknown[]): T;
  /** Top-level functions Code.js declares (what Apps Script would list). */
  readonly topLevelFunctions: readonly string[];
}

export interface LoadOptions extends FakeGoogleOptions {
  /** Date inside the add-on follows the fake's simulated clock instead of the real one. */
  readonly simulatedClock?: boolean;
}

/** Code.js compiled once per text: every execution runs the same script in a fresh context. */
const compiled = new Map<string, vm.Script>();
function compiledScript(code: string): vm.Script {
  let script = compiled.get(code);
  if (!script) {
    script = new vm.Script(code, { filename: 'Code.js' });
    compiled.set(code, script);
  }
  return script;
}

export function loadAddon(options: LoadOptions = {}, google = new FakeGoogle({ htmlFiles: htmlFiles(), ...options })): LoadedAddon {
  ensureSheetsBuild();
  const script = compiledScript(distFile('Code.js'));
  const execution = (): vm.Context => {
    const context = vm.createContext({ ...google.globals(), ...(options.simulatedClock ? { __fakeNow: () => google.now() } : {}) });
    if (options.simulatedClock) vm.runInContext(SIMULATED_DATE, context);
    script.runInContext(context);
    return context;
  };
  let functions: readonly string[] | null = null;
  return {
    google,
    get topLevelFunctions(): readonly string[] {
      if (functions === null) {
        const probe = execution();
        functions = Object.keys(probe).filter((k) => typeof probe[k] === 'function' && vm.runInContext(`typeof ${k} === 'function' && ${k}.name === '${k}'`, probe) === true);
      }
      return functions;
    },
    call<T>(name: string, ...args: unknown[]): T {
      google.log.startExecution();
      const context = execution();
      const fn = context[name] as unknown;
      if (typeof fn !== 'function') throw new Error(`Code.js has no top-level function ${name}`);
      return (fn as (...a: unknown[]) => T)(...args);
    },
  };
}
