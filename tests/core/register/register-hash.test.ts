import { ANNEX_A_CATALOGUE } from '../../../core/annex-a/catalogue';
import { locateRegister } from '../../../core/register/locate-register';
import { readRisks } from '../../../core/register/read-risks';
import { registerHash } from '../../../core/register/register-hash';
import type { Grid } from './fixtures';
import { ACME_REGISTER, FIVE_BY_FIVE, sheet, workbook } from './fixtures';

function hashOfGrid(grid: Grid): string {
  const snapshot = workbook(sheet('Register', grid));
  const { risks } = readRisks(snapshot, locateRegister(snapshot).location!, FIVE_BY_FIVE, ANNEX_A_CATALOGUE);
  return registerHash(risks);
}

const edit = (row: number, col: number, value: string | number): Grid =>
  ACME_REGISTER.map((r, i) => (i === row ? r.map((v, c) => (c === col ? value : v)) : r));

describe('the register hash', () => {
  const base = hashOfGrid(ACME_REGISTER);

  it('is a short stable hex string', () => {
    expect(base).toMatch(/^[0-9a-f]{10}$/);
    expect(hashOfGrid(ACME_REGISTER)).toBe(base);
  });

  it('is the hash earlier versions stamped on the same register, so no sheet reads as stale after an upgrade', () => {
    expect(base).toBe('d509687892');
  });

  it('does not change when a level is written differently but means the same', () => {
    expect(hashOfGrid(edit(3, 3, 4))).toBe(base);
    expect(hashOfGrid(edit(3, 3, '4 - Likely'))).toBe(base);
  });

  it.each([
    ['likelihood', 3, 3, 'Rare'],
    ['impact', 4, 4, 5],
    ['owner', 3, 5, 'CISO'],
    ['treatment', 5, 6, 'Mitigate'],
    ['controls', 3, 7, '8.28'],
    ['id', 4, 0, 'R-99'],
  ])('changes when the %s changes', (_field, row, col, value) => {
    expect(hashOfGrid(edit(row, col, value))).not.toBe(base);
  });

  it('ignores free text no generated sheet shows', () => {
    expect(hashOfGrid(edit(3, 8, 'Pen test 2026'))).toBe(base);
    expect(hashOfGrid(edit(3, 1, 'Customer DB'))).toBe(base);
  });

  it('depends on row order', () => {
    const swapped = [...ACME_REGISTER.slice(0, 3), ACME_REGISTER[4]!, ACME_REGISTER[3]!, ACME_REGISTER[5]!];
    expect(hashOfGrid(swapped)).not.toBe(base);
  });
});
