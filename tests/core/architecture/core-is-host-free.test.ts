import * as fs from 'node:fs';
import * as path from 'node:path';

const coreDir = path.resolve(__dirname, '../../../core');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

const FORBIDDEN_IMPORTS = /from\s+['"](node:[^'"]*|fs|path|os|child_process|crypto|exceljs|react|react-dom|@fluentui\/[^'"]*|commander|playwright-core)['"]/;
const FORBIDDEN_GLOBALS = /\b(Excel\.run|Office\.context|SpreadsheetApp|HtmlService|google\.script|document\.|window\.|process\.|setTimeout|setInterval|require\()/;
const IMPORTS_OUTSIDE_CORE = /from\s+['"](\.\.\/)+(cli|excel-addin|sheets-addon|ui|tests|scripts)\//;

describe('the core knows nothing of hosts', () => {
  const files = sourceFiles(coreDir);

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [path.relative(coreDir, f), f]))('%s imports no host, Node or UI library', (_name, file) => {
    const text = fs.readFileSync(file, 'utf8');
    expect(text).not.toMatch(FORBIDDEN_IMPORTS);
    expect(text).not.toMatch(IMPORTS_OUTSIDE_CORE);
  });

  it.each(files.map((f) => [path.relative(coreDir, f), f]))('%s touches no host global', (_name, file) => {
    const code = fs
      .readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '');
    expect(code).not.toMatch(FORBIDDEN_GLOBALS);
  });

  it('compiles without the DOM library or Node types', () => {
    const tsconfig = fs.readFileSync(path.join(coreDir, 'tsconfig.json'), 'utf8');
    expect(tsconfig).toMatch(/"lib":\s*\["ES2020"\]/);
    expect(tsconfig).toMatch(/"types":\s*\[\]/);
  });
});
