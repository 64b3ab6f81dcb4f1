/**
 * Hosts reach the core only through its public modules, and ESLint holds that rule
 * (eslint.config.mjs, docs/architecture.md "What a host may import"). The snippets are linted
 * by the project's own configuration, as `npx eslint` would lint a file at that path.
 */
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../..');

interface Snippet {
  readonly file: string;
  readonly code: string;
}

/** The messages of the import rule for each snippet, in order. ESLint runs in a child process: its config is an ES module. */
function importRuleMessages(snippets: readonly Snippet[]): string[][] {
  const script = `
    const { ESLint } = require('eslint');
    const path = require('node:path');
    const snippets = JSON.parse(process.argv[1]);
    (async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const out = [];
      for (const s of snippets) {
        const [result] = await eslint.lintText(s.code, { filePath: path.join(process.cwd(), s.file) });
        out.push(result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message));
      }
      process.stdout.write(JSON.stringify(out));
    })().catch((err) => { console.error(err); process.exit(1); });`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script, JSON.stringify(snippets)], { cwd: root, encoding: 'utf8' })) as string[][];
}

const deep = (file: string, up: string): Snippet => ({ file, code: `import { REGISTER_FIELDS } from '${up}core/register/fields';\nexport const fields = REGISTER_FIELDS.length;\n` });
const deepType = (file: string, up: string): Snippet => ({ file, code: `import type { MappingOverride } from '${up}core/register/settings-sheet';\nexport type Override = MappingOverride;\n` });
const publicOnes = (file: string, up: string): Snippet => ({
  file,
  code: [
    `import { respond } from '${up}core/actions';`,
    `import { parseRequest } from '${up}core/request-schema';`,
    `import { MAX_LEVELS } from '${up}core/requests';`,
    `import { finalSheetOrder } from '${up}core/workbook/sheet-order';`,
    `export const all = [respond, parseRequest, MAX_LEVELS, finalSheetOrder];`,
    '',
  ].join('\n'),
});

const HOSTS: readonly [string, string][] = [
  ['cli/commands/example.ts', '../../'],
  ['excel-addin/example.ts', '../'],
  ['sheets-addon/example.ts', '../'],
  ['ui/panel/example.tsx', '../../'],
];

describe("a host imports only the core's public modules", () => {
  const snippets = HOSTS.flatMap(([file, up]) => [deep(file, up), deepType(file, up), publicOnes(file, up)]);
  snippets.push(deep('tests/core/example.test.ts', '../../'));
  let messages: string[][] = [];

  beforeAll(() => {
    messages = importRuleMessages(snippets);
  }, 60000);

  it.each(HOSTS.map(([file], i) => [file, i]))('%s may not import a module deep in the core, not even a type', (_file, i) => {
    const [value, type] = [messages[i * 3]!, messages[i * 3 + 1]!];
    expect(value).toHaveLength(1);
    expect(value[0]).toMatch(/A host imports only the core's public modules \(core\/actions, core\/requests, core\/request-schema, .*\)/);
    expect(type).toHaveLength(1);
  });

  it.each(HOSTS.map(([file], i) => [file, i]))('%s may import the public modules', (_file, i) => {
    expect(messages[i * 3 + 2]).toEqual([]);
  });

  it('leaves tests free to look deeper', () => {
    expect(messages[snippets.length - 1]).toEqual([]);
  });
});
