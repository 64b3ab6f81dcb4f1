/**
 * Golden files: the JSON of a generated plan, checked in under __golden__. Run the tests with
 * UPDATE_GOLDEN=1 to rewrite them after an intended change, then review the diff.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const DIR = path.join(__dirname, '__golden__');

export function expectGolden(name: string, value: unknown): void {
  const file = path.join(DIR, `${name}.json`);
  const text = `${JSON.stringify(value, null, 2)}\n`;
  if (process.env['UPDATE_GOLDEN'] === '1') {
    fs.mkdirSync(DIR, { recursive: true });
    fs.writeFileSync(file, text);
    return;
  }
  if (!fs.existsSync(file)) throw new Error(`Golden file ${name}.json is missing: run the tests with UPDATE_GOLDEN=1 to create it.`);
  expect(JSON.parse(text)).toEqual(JSON.parse(fs.readFileSync(file, 'utf8')));
}
