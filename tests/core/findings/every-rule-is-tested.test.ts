/**
 * Every rule in the catalogue is exercised by at least one test outside this file: a rule whose
 * code no test names is a rule nobody has seen fire.
 */
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { RULES } from '../../../core/findings/catalogue';

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === '.tmp' || e.name === '__golden__' ? [] : testFiles(full);
    return e.name.endsWith('.test.ts') && full !== __filename ? [full] : [];
  });
}

it('every rule code appears in a test that checks it', () => {
  const text = testFiles(path.resolve(__dirname, '../..')).map((f) => readFileSync(f, 'utf8')).join('\n');
  const untested = [...RULES.keys()].filter((code) => !text.includes(`'${code}'`));
  expect(untested).toEqual([]);
});
