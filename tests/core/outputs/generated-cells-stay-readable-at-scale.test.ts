/**
 * At scale no generated cell grows past what a person can read (and Excel's 32,767 characters):
 * a control cited by thousands of risks and a heatmap cell holding them all list the first ids and say
 * how many more and where. Riskbook's trail, a hidden store nobody reads, packs its records into
 * cells as full as a cell safely holds; they stay under Excel's limit.
 */
import { generate } from '../../../core/engine';
import type { CellValue, WorkbookSnapshot } from '../../../core/workbook/snapshot';

const NOW = '2026-12-06T10:00:00Z';
const RISKS = 5_000;
const READABLE = 1_000;

function bigRegister(): WorkbookSnapshot {
  const rows: CellValue[][] = [['Risk ID', 'Asset', 'Threat', 'Risk owner', 'Likelihood', 'Impact', 'Treatment', 'Controls']];
  for (let i = 1; i <= RISKS; i++) rows.push([`R-${i}`, 'Laptops', 'Theft', 'Head of IT', 3, 3, 'Mitigate', '5.17']);
  return { sheets: [{ name: 'Risks', values: rows }] };
}

/** Excel's most characters in a cell. */
const EXCEL_CELL_MAX = 32_767;

function longestText(plan: ReturnType<typeof generate>['plan'], read: boolean): { sheet: string; length: number } {
  let longest = { sheet: '', length: 0 };
  for (const sheet of plan.sheets) {
    // The trail is a store for Riskbook, hidden: held to Excel's limit, not to a reader's.
    if ((sheet.role === 'trail') === read) continue;
    for (const write of sheet.writes) {
      for (const row of write.cells) {
        for (const cell of row) {
          if (typeof cell === 'string' && cell.length > longest.length) longest = { sheet: sheet.name, length: cell.length };
        }
      }
    }
  }
  return longest;
}

describe(`a register of ${RISKS.toLocaleString('en-US')} risks that all cite one control`, () => {
  const result = generate(bigRegister(), 'recalc', { now: NOW });

  it('gives no generated cell longer than a person can read', () => {
    expect(longestText(result.plan, true).length).toBeLessThan(READABLE);
  });

  it('keeps every cell of its trail within what Excel holds', () => {
    const trail = longestText(result.plan, false);
    expect(trail.length).toBeGreaterThan(0);
    expect(trail.length).toBeLessThan(EXCEL_CELL_MAX);
  });

  it("says in the SoA's Linked risks how many more risks cite the control, and where they are", () => {
    const soa = result.plan.sheets.find((s) => s.role === 'soa')!;
    // Lines break between ids (`R-1,⏎R-2`): read as one list.
    const texts = soa.writes.flatMap((w) => w.cells.flat()).filter((c): c is string => typeof c === 'string').map((t) => t.replace(/,\n/gu, ', '));
    expect(texts).toContain(`${Array.from({ length: 40 }, (_, i) => `R-${i + 1}`).join(', ')} … and 4,960 more (filter the register's Controls column for 5.17)`);
  });

  it('gives the Control view a row for each of the first 40 risks of the control, one saying how many more, and a row for each other control', () => {
    const view = result.plan.sheets.find((s) => s.role === 'controlView')!;
    const rows = view.writes[0]!.cells;
    const under = rows.filter((r) => r[0] === '5.17' && typeof r[2] === 'string' && r[2] !== '');
    expect(under).toHaveLength(41);
    expect(under[40]![3]).toMatch(/^… and 4,960 more risks cite 5\.17 \(/);
    // Title, stamp, guide, header, 93 controls and those 41 rows.
    expect(rows.length).toBe(4 + 93 + 41);
  });
});
