/**
 * For any SoA that lists controls in catalogue order, some of whose ids a spreadsheet turned into
 * numbers or dates, every mangled id whose spot is unambiguous is read back exactly. A spot is
 * unambiguous when, of the ids the mangled value may have been typed as, only one lets the whole
 * list rise in catalogue order (worked out here by trying every combination).
 */
import * as fc from 'fast-check';
import { compareControlIds } from '../../../core/annex-a/control-ids';
import { serialFromIso } from '../../../core/dates';
import { recoverIds } from '../../../core/team-soa/recover-ids';
import type { SoaEdition } from '../../../core/team-soa/types';
import type { CellValue } from '../../../core/workbook/snapshot';
import { IDS_2013, IDS_2022 } from './soa-fixtures';

const VALID: Readonly<Record<SoaEdition, ReadonlySet<string>>> = { '2022': new Set(IDS_2022), '2013': new Set(IDS_2013) };

const pad = (n: number): string => String(n).padStart(2, '0');
const dateOf = (year: number, month: number, day: number): number | null => (month >= 1 && month <= 12 ? serialFromIso(`${year}-${pad(month)}-${pad(day)}`) : null);

type Mangling = 'number' | 'dayFirst' | 'monthFirst';

/** What a spreadsheet stores for the id typed one way; null when that way keeps it as text. */
function mangle(id: string, how: Mangling, year: number): CellValue | null {
  const parts = id.replace(/^A\./, '').split('.').map(Number);
  if (parts.length === 2) {
    const [a, b] = parts as [number, number];
    if (how === 'number') return Number(id);
    return how === 'dayFirst' ? dateOf(year, b, a) : dateOf(year, a, b);
  }
  const [a, b, y] = parts as [number, number, number];
  if (how === 'number') return null;
  return how === 'dayFirst' ? dateOf(2000 + y, b, a) : dateOf(2000 + y, a, b);
}

/** The ids a stored value may have been typed as, worked out independently of the reader. */
function candidates(value: CellValue, edition: SoaEdition): string[] {
  if (typeof value !== 'number') return [];
  const valid = VALID[edition];
  if (value < 100) {
    const shown = String(Math.round(value * 100) / 100);
    const [t, n] = shown.split('.') as [string, string];
    return [shown, ...(n.length === 1 ? [`${t}.${n}0`] : [])].filter((id) => valid.has(id));
  }
  const [y, m, d] = new Date(Date.UTC(1899, 11, 30) + value * 86400000).toISOString().slice(0, 10).split('-').map(Number) as [number, number, number];
  const typed = edition === '2022' ? [`${d}.${m}`, `${m}.${d}`] : [`A.${d}.${m}.${y % 100}`, `A.${m}.${d}.${y % 100}`];
  return [...new Set(typed.filter((id) => valid.has(id)))];
}

/** Positions whose value every rising assignment of the candidates agrees on. */
function unambiguous(options: readonly (readonly string[])[]): Map<number, string> {
  const agreed = new Map<number, string | null>();
  const walk = (i: number, prev: string | null, chosen: string[]): void => {
    if (i === options.length) {
      chosen.forEach((c, k) => agreed.set(k, agreed.has(k) && agreed.get(k) !== c ? null : c));
      return;
    }
    for (const c of options[i]!) if (prev === null || compareControlIds(prev, c) < 0) walk(i + 1, c, [...chosen, c]);
  };
  walk(0, null, []);
  return new Map([...agreed].filter((e): e is [number, string] => e[1] !== null));
}

const MAX_MANGLED = 7;

function listArbitrary(edition: SoaEdition) {
  const all = edition === '2022' ? IDS_2022 : IDS_2013;
  return fc
    .record({
      picked: fc.subarray([...all], { minLength: 1, maxLength: 40 }),
      mangled: fc.array(fc.record({ at: fc.nat(), how: fc.constantFrom<Mangling>('number', 'dayFirst', 'monthFirst') }), { maxLength: MAX_MANGLED }),
      year: fc.integer({ min: 2019, max: 2030 }),
    })
    .map(({ picked, mangled, year }) => {
      const values: CellValue[] = [...picked];
      for (const m of mangled) {
        const at = m.at % picked.length;
        const stored = mangle(picked[at]!, m.how, year);
        if (stored !== null && candidates(stored, edition).includes(picked[at]!)) values[at] = stored;
      }
      return { picked, values };
    });
}

describe.each<SoaEdition>(['2022', '2013'])('mangled %s ids in a sorted list', (edition) => {
  it('are read back exactly wherever their spot is unambiguous', () => {
    fc.assert(
      fc.property(listArbitrary(edition), ({ picked, values }) => {
        const options = values.map((v, i) => (typeof v === 'number' ? candidates(v, edition) : [picked[i]!]));
        const settled = unambiguous(options);
        const { ids } = recoverIds(values.map((value, row) => ({ row, col: 0, value })), edition);
        values.forEach((v, i) => {
          if (typeof v !== 'number') expect(ids.get(i)).toBe(picked[i]);
          else if (settled.has(i)) expect(ids.get(i)).toBe(picked[i]);
        });
      }),
      { numRuns: 500 },
    );
  });
});
