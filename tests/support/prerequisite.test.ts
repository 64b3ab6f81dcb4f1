/**
 * `requires`: a test whose prerequisite is missing is skipped with one line of explanation, and
 * under CI fails with that line instead of being skipped.
 */
import type { GateContext } from './prerequisite';
import { MissingPrerequisite, isCi, requires } from './prerequisite';

interface Recorded {
  kind: 'it' | 'it.skip' | 'describe' | 'describe.skip';
  name: string;
  fn: () => unknown;
  timeout?: number;
}

/** `it` and `describe` that record what they are asked to declare, and a recorded console.warn. */
function recorder(env: NodeJS.ProcessEnv): { context: GateContext; declared: Recorded[]; warnings: string[] } {
  const declared: Recorded[] = [];
  const warnings: string[] = [];
  const it = Object.assign(
    (name: string, fn: jest.ProvidesCallback, timeout?: number) => declared.push({ kind: 'it', name, fn: fn as () => unknown, timeout }),
    { skip: (name: string, fn: jest.ProvidesCallback) => declared.push({ kind: 'it.skip', name, fn: fn as () => unknown }) },
  );
  const describe = Object.assign(
    (name: string, fn: () => void) => {
      declared.push({ kind: 'describe', name, fn });
      fn();
    },
    { skip: (name: string, fn: () => void) => declared.push({ kind: 'describe.skip', name, fn }) },
  );
  return { context: { env, it, describe, warn: (m) => warnings.push(m) }, declared, warnings };
}

const MISSING = 'Chromium is not installed; install it with: apt-get install -y chromium';

/** What a declared test does when run: the message it fails with, or 'passed'. */
async function outcome(r: Recorded): Promise<string> {
  try {
    await r.fn();
    return 'passed';
  } catch (e) {
    return e instanceof MissingPrerequisite ? `MissingPrerequisite: ${e.message}` : `other error: ${String(e)}`;
  }
}

describe('isCi', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['false', false],
    ['0', false],
    ['true', true],
    ['1', true],
    ['TRUE', true],
  ])('CI=%p is CI: %p', (value, expected) => {
    expect(isCi(value === undefined ? {} : { CI: value })).toBe(expected);
  });
});

describe('requires', () => {
  it('declares the tests as they are when the prerequisite is there, CI or not', () => {
    for (const env of [{}, { CI: 'true' }]) {
      const { context, declared, warnings } = recorder(env);
      const gate = requires('the real-browser tests', null, context);
      const body = (): void => undefined;
      gate.it('works', body, 5000);
      expect(gate.available).toBe(true);
      expect(declared).toEqual([{ kind: 'it', name: 'works', fn: body, timeout: 5000 }]);
      expect(warnings).toEqual([]);
    }
  });

  it('skips them with one line saying what is missing, outside CI', () => {
    const { context, declared, warnings } = recorder({});
    const gate = requires('the real-browser tests', MISSING, context);
    gate.it('one', () => undefined);
    gate.describe('block', () => undefined);
    expect(gate.available).toBe(false);
    expect(declared.map((d) => [d.kind, d.name])).toEqual([
      ['it.skip', 'one'],
      ['describe.skip', 'block'],
    ]);
    expect(warnings).toEqual([`Skipping the real-browser tests: ${MISSING}`]);
  });

  it('makes each test fail with one line under CI, instead of skipping it', async () => {
    const { context, declared, warnings } = recorder({ CI: 'true' });
    const gate = requires('the real-browser tests', MISSING, context);
    let ran = false;
    gate.it('one', () => {
      ran = true;
    }, 7000);
    expect(declared.map((d) => [d.kind, d.name, d.timeout])).toEqual([['it', 'one', 7000]]);
    const message = await outcome(declared[0]!);
    expect(message).toBe(
      `MissingPrerequisite: Missing prerequisite for the real-browser tests (CI is set, so this fails instead of skipping): ${MISSING}`,
    );
    expect(message).not.toMatch(/\n/);
    expect(ran).toBe(false);
    expect(warnings).toEqual([]);
  });

  it('turns a describe block into one failing test under CI, without running its body', async () => {
    const { context, declared } = recorder({ CI: 'true' });
    let ran = false;
    requires('the formula oracle tests', 'LibreOffice (soffice) is not installed', context).describe('the oracle', () => {
      ran = true;
    });
    expect(ran).toBe(false);
    expect(declared.map((d) => [d.kind, d.name])).toEqual([
      ['describe', 'the oracle'],
      ['it', 'has what it needs to run'],
    ]);
    expect(await outcome(declared[1]!)).toBe(
      'MissingPrerequisite: Missing prerequisite for the formula oracle tests (CI is set, so this fails instead of skipping): LibreOffice (soffice) is not installed',
    );
  });

  it('keeps the message on one line even when what is missing spans several', async () => {
    const { context, declared } = recorder({ CI: '1' });
    requires('the render script test', 'pdftoppm is missing\n  install poppler-utils', context).it('renders', () => undefined);
    expect(await outcome(declared[0]!)).toMatch(/^MissingPrerequisite: [^\n]*pdftoppm is missing install poppler-utils$/);
  });

  it('fails with an error whose stack is its one line, so Jest prints no trace', () => {
    const error = new MissingPrerequisite('LibreOffice is not installed');
    expect(error.stack).toBe('MissingPrerequisite: LibreOffice is not installed');
  });
});
