import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ANNEX_A_2013_TO_2022, ANNEX_A_2022 } from '../../../core/annex-a/catalogue-data';
import { requires } from '../../support/prerequisite';

const repoRoot = path.resolve(__dirname, '../../..');
const referenceDir = path.resolve(__dirname, '../../../../shared/reference');
const withReference = requires(
  'the checks against the Annex A reference data',
  existsSync(path.join(referenceDir, 'annex-a-2022.csv')) ? null : `${path.join(referenceDir, 'annex-a-2022.csv')} is missing (the workspace's shared/reference folder beside this repository)`,
);

/** An independent RFC 4180 reader, so the generator's parser is checked rather than trusted. */
function readCsv(file: string): string[][] {
  const text = readFileSync(path.join(referenceDir, file), 'utf8');
  const rows: string[][] = [];
  const re = /("(?:[^"]|"")*"|[^,\r\n]*)(,|\r?\n|$)/g;
  let row: string[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < text.length) {
    const raw = m[1]!;
    row.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw);
    if (m[2] !== ',') {
      rows.push(row);
      row = [];
    }
  }
  return rows.slice(1);
}

describe('Annex A catalogue data', () => {
  it('holds the 93 controls of 2022 in four themes of 37, 8, 14 and 34', () => {
    expect(ANNEX_A_2022).toHaveLength(93);
    const count = (theme: string): number => ANNEX_A_2022.filter((c) => c.theme === theme).length;
    expect([count('Organizational'), count('People'), count('Physical'), count('Technological')]).toEqual([37, 8, 14, 34]);
    expect(new Set(ANNEX_A_2022.map((c) => c.id)).size).toBe(93);
  });

  it('holds 115 mapping rows for the 114 controls of 2013', () => {
    expect(ANNEX_A_2013_TO_2022).toHaveLength(115);
    expect(new Set(ANNEX_A_2013_TO_2022.map((r) => r.id2013)).size).toBe(114);
  });

  it('maps A.18.2.3 to both 5.36 and 8.8', () => {
    expect(ANNEX_A_2013_TO_2022.filter((r) => r.id2013 === 'A.18.2.3').map((r) => r.id2022)).toEqual(['5.36', '8.8']);
  });

  it('maps every 2013 control to a 2022 control that exists', () => {
    const ids = new Set(ANNEX_A_2022.map((c) => c.id));
    expect(ANNEX_A_2013_TO_2022.filter((r) => !ids.has(r.id2022))).toEqual([]);
  });

  it('keeps titles with commas whole', () => {
    expect(ANNEX_A_2022.find((c) => c.id === '5.22')?.title).toBe('Monitoring, review and change management of supplier services');
  });

  withReference.it('equals the reference CSVs row for row', () => {
    const controls = readCsv('annex-a-2022.csv').map(([id, title, theme]) => ({ id, title, theme }));
    expect([...ANNEX_A_2022].sort((a, b) => a.id.localeCompare(b.id))).toEqual(controls.sort((a, b) => a.id!.localeCompare(b.id!)));
    const mapping = readCsv('annex-a-2013-to-2022.csv').map(([id2013, title2013, id2022]) => ({ id2013, title2013, id2022 }));
    const key = (r: { id2013?: string; id2022?: string }): string => `${r.id2013}>${r.id2022}`;
    expect([...ANNEX_A_2013_TO_2022].sort((a, b) => key(a).localeCompare(key(b)))).toEqual(mapping.sort((a, b) => key(a).localeCompare(key(b))));
  });

  withReference.it('is what the generator writes today', () => {
    const generated = execFileSync(process.execPath, [path.join(repoRoot, 'scripts/generate-annex-a.mjs'), '--stdout'], { encoding: 'utf8' });
    expect(generated).toBe(readFileSync(path.join(repoRoot, 'core/annex-a/catalogue-data.ts'), 'utf8'));
  });
});
