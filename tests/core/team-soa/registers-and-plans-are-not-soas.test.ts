/**
 * A register and a treatment plan cite Annex A controls too, but neither is an SoA: a register
 * names likelihood, impact or threats in its header, and a plan cites the same controls on many
 * rows, several in one cell. Every public register of the corpus stays a register.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsxSnapshot } from '../../../cli/xlsx/read-xlsx-snapshot';
import { loadWorkbook } from '../../../cli/xlsx/workbook-io';
import { findTeamSoa } from '../../../core/team-soa/locate-team-soa';
import type { Row } from './soa-fixtures';
import { NOTHING_SKIPPED, sheet, workbook } from './soa-fixtures';

const PUBLIC = join(__dirname, '../../corpus/public');

/** The public workbooks that hold an SoA, and its sheet; every other one holds none. */
const SOA_SHEETS: Readonly<Record<string, string>> = {
  'cenedril_soa.xlsx': 'cenedril_soa',
  'cenedril_soa_de.xlsx': 'cenedril_soa_de',
  'cenedril_isms.xlsx': 'statement-of-applicability',
};

describe('registers and treatment plans are never taken for an SoA', () => {
  const files = readdirSync(PUBLIC).filter((f) => f.endsWith('.xlsx'));

  it.each(files)('%s: only a sheet that is an SoA is found', async (file) => {
    const snapshot = readXlsxSnapshot(await loadWorkbook(readFileSync(join(PUBLIC, file))));
    const soa = findTeamSoa(snapshot, { skipSheets: NOTHING_SKIPPED });
    expect(soa?.location.sheet ?? null).toBe(SOA_SHEETS[file] ?? null);
    // Nor is any register or plan sheet of theirs when it stands alone.
    for (const s of snapshot.sheets.filter((s) => s.name !== SOA_SHEETS[file])) {
      expect(findTeamSoa({ sheets: [s] }, { skipSheets: NOTHING_SKIPPED })).toBeNull();
    }
  });

  it('does not take a register that names one control per risk, in a "Control ID" column', () => {
    const rows: Row[] = [
      ['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Control ID', 'Status'],
      ...['5.15', '8.7', '8.13', '5.24', '8.24', '6.3'].map((c, i) => [`R-${i + 1}`, 'Ransomware', 3, 4, c, 'Open']),
    ];
    expect(findTeamSoa(workbook(sheet('Risks', rows)), { skipSheets: NOTHING_SKIPPED })).toBeNull();
  });

  it('does not take a treatment plan whose control column cites the same controls again and again', () => {
    const rows: Row[] = [
      ['Action ID', 'Action', 'Annex A control', 'Owner', 'Due date', 'Status'],
      ...['8.7', '8.7', '8.13', '8.13', '5.24', '8.7', '8.13', '5.24'].map((c, i) => [`A-${i + 1}`, 'Roll out EDR', `A.${c}`, 'IT', 46387, 'Open']),
    ];
    expect(findTeamSoa(workbook(sheet('Actions', rows)), { skipSheets: NOTHING_SKIPPED })).toBeNull();
  });

  it('does not take a sheet of control ids with nothing decided about them', () => {
    const rows: Row[] = [['Control ID', 'Control name'], ['5.1', 'Policies'], ['5.2', 'Roles'], ['5.3', 'Segregation of duties']];
    expect(findTeamSoa(workbook(sheet('Catalogue', rows)), { skipSheets: NOTHING_SKIPPED })).toBeNull();
  });
});
