/**
 * Tests that need something from outside the repository: a program (LibreOffice, pdftoppm,
 * Chromium) or a folder of the workspace (../shared/reference, ../shared/schemas). Where it is
 * missing they are skipped, with a one-line message; under CI (`CI` set, as `.ci/run` sets it)
 * each of them fails with that message instead, so a green CI run never hides a check that did
 * not run.
 *
 *   const gate = requires('the formula oracle tests', findSoffice() ? null : 'LibreOffice is not installed');
 *   gate.describe('…', () => { … });   // or gate.it('…', () => { … })
 */

export type TestFn = (name: string, fn: jest.ProvidesCallback, timeout?: number) => void;
export type DescribeFn = (name: string, fn: () => void) => void;

export interface Gate {
  /** False when the prerequisite is missing (the tests then skip, or fail under CI). */
  readonly available: boolean;
  readonly it: TestFn;
  readonly describe: DescribeFn;
}

/** What `requires` uses from its surroundings; tests of this file pass their own. */
export interface GateContext {
  readonly env: NodeJS.ProcessEnv;
  readonly it: TestFn & { skip: TestFn };
  readonly describe: DescribeFn & { skip: DescribeFn };
  readonly warn: (message: string) => void;
}

/** True under CI: `CI` set to anything but empty, `false` or `0`. */
export function isCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = (env.CI ?? '').trim().toLowerCase();
  return value !== '' && value !== 'false' && value !== '0';
}

/** The error a test gated on a missing prerequisite fails with under CI: its message, no stack. */
export class MissingPrerequisite extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MissingPrerequisite';
    this.stack = `${this.name}: ${message}`;
  }
}

const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/**
 * The `it` and `describe` to declare tests with that need a prerequisite: `missing` is null when
 * it is there, else one line saying what is missing and how to install it.
 */
export function requires(what: string, missing: string | null, context?: Partial<GateContext>): Gate {
  const { env, it: testFn, describe: describeFn, warn } = {
    env: process.env,
    it: globalThis.it,
    describe: globalThis.describe,
    warn: (message: string) => console.warn(message),
    ...context,
  };
  if (missing === null) return { available: true, it: testFn, describe: describeFn };
  if (!isCi(env)) {
    warn(oneLine(`Skipping ${what}: ${missing}`));
    return { available: false, it: testFn.skip, describe: describeFn.skip };
  }
  const message = oneLine(`Missing prerequisite for ${what} (CI is set, so this fails instead of skipping): ${missing}`);
  const fail = (): never => {
    throw new MissingPrerequisite(message);
  };
  return {
    available: false,
    it: (name, _fn, timeout) => testFn(name, fail, timeout),
    describe: (name) => describeFn(name, () => testFn('has what it needs to run', fail)),
  };
}
