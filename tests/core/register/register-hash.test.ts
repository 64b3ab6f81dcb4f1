import fc from 'fast-check';
import { ANNEX_A_CATALOGUE } from '../../../core/annex-a/catalogue';
import { shortHash } from '../../../core/hash';
import type { Risk } from '../../../core/register/types';
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

describe('the register hash, worked out piece by piece', () => {
  /** The hash as earlier versions worked it out: of the JSON text of every risk's hashed fields. */
  const hashOfJson = (risks: readonly Risk[]): string =>
    shortHash(JSON.stringify(risks.map((r) => [
      r.id, r.likelihood?.value ?? null, r.impact?.value ?? null, r.residualLikelihood?.value ?? null, r.residualImpact?.value ?? null,
      r.treatment, r.controls.map((c) => (c.kind === 'control' ? c.id : c.kind === 'annex-a-2013' ? c.id2013 : c.raw)), r.owner,
    ])));
  const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom('R-01', 'Dana "D" Ito', 'a\\b', '\u0000', '\ud83d', '😀', ''));
  const level = fc.option(fc.record({ value: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.double()), name: fc.constant('x') }), { nil: null });
  const citation = fc.oneof(
    fc.record({ kind: fc.constant('control' as const), raw: text, id: text }),
    fc.record({ kind: fc.constant('annex-a-2013' as const), raw: text, id2013: text, successors: fc.constant([]) }),
    fc.record({ kind: fc.constantFrom('unknown' as const, 'clause' as const), raw: text, clause: text }),
  );
  const riskArb = fc.record({
    id: text, owner: text, treatment: fc.constantFrom('mitigate', 'accept', null),
    likelihood: level, impact: level, residualLikelihood: level, residualImpact: level, controls: fc.array(citation, { maxLength: 3 }),
  }).map((r) => r as unknown as Risk);

  it('is the hash of the text earlier versions hashed, whatever the risks hold', () => {
    fc.assert(fc.property(fc.array(riskArb, { maxLength: 6 }), (risks) => registerHash([...risks]) === hashOfJson(risks)), { numRuns: 1000 });
  });
});
