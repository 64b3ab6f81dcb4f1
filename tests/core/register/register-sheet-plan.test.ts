import fc from 'fast-check';
import { ANNEX_A_CATALOGUE } from '../../../core/annex-a/catalogue';
import { levelFormula, ratingFormula, scoreFormula } from '../../../core/formula/register-formulas';
import { locateRegister } from '../../../core/register/locate-register';
import { readRisks } from '../../../core/register/read-risks';
import { registerSheetPlan, sameFormula } from '../../../core/register/register-sheet-plan';
import type { RegisterLocation } from '../../../core/register/types';
import { MemoryWorkbook } from '../../../core/workbook/memory-workbook';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { findSheet } from '../../../core/workbook/snapshot';
import { ACME_REGISTER, FIVE_BY_FIVE, sheet, workbook } from './fixtures';
import type { Grid } from './fixtures';

interface Run {
  readonly located: RegisterLocation;
  readonly before: WorkbookSnapshot;
  readonly after: WorkbookSnapshot;
  readonly wb: MemoryWorkbook;
  readonly result: ReturnType<typeof registerSheetPlan>;
}

function run(before: WorkbookSnapshot, location?: RegisterLocation): Run {
  const loc = location ?? locateRegister(before).location;
  if (!loc) throw new Error('fixture has no register');
  const { risks } = readRisks(before, loc, FIVE_BY_FIVE, ANNEX_A_CATALOGUE);
  const result = registerSheetPlan(findSheet(before, loc.sheet)!, loc, risks, FIVE_BY_FIVE);
  const wb = MemoryWorkbook.fromSnapshot(before);
  wb.apply({ sheets: [result.plan], names: [] });
  return { located: loc, before, after: wb.snapshot(), wb, result };
}

const at = (s: SheetSnapshot, a1: string): { value: CellValue; formula: string | null } => {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const col = m[1]!.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const row = Number(m[2]) - 1;
  return { value: s.values[row]?.[col] ?? null, formula: s.formulas?.[row]?.[col] ?? null };
};

describe('the register sheet plan', () => {
  describe('on a register with no score columns', () => {
    const { after, result } = run(workbook(sheet('Register', ACME_REGISTER)));
    const reg = findSheet(after, 'Register')!;

    it('appends the derived and residual columns after the last header, then the sign-off the register lacks, the rating keys last', () => {
      // The rating keys come last, where a print area can leave them out.
      expect(reg.values[2]!.slice(9)).toEqual([
        'Inherent score',
        'Inherent level',
        'Residual likelihood',
        'Residual impact',
        'Residual score',
        'Residual level',
        'Approved by',
        'Approval date',
        'Acceptance rationale',
        'Inherent rating',
        'Residual rating',
      ]);
      expect(result.location.mapping).toMatchObject({
        inherentScore: 9,
        inherentLevel: 10,
        residualLikelihood: 11,
        residualImpact: 12,
        residualScore: 13,
        residualLevel: 14,
        approvedBy: 15,
        approvalDate: 16,
        acceptanceRationale: 17,
        inherentRating: 18,
        residualRating: 19,
      });
      expect(result.headers.slice(8)).toEqual(['Notes', ...reg.values[2]!.slice(9)]);
    });

    it('writes formulas that reference the row\'s own cells', () => {
      expect(at(reg, 'J4').formula).toBe(scoreFormula('D4', ['E4']));
      expect(at(reg, 'K4').formula).toBe(levelFormula('J4'));
      expect(at(reg, 'S4').formula).toBe(ratingFormula('D4', ['E4']));
      expect(at(reg, 'N6').formula).toBe(scoreFormula('L6', ['M6']));
      expect(at(reg, 'O6').formula).toBe(levelFormula('N6'));
      expect(at(reg, 'T6').formula).toBe(ratingFormula('L6', ['M6']));
      expect(at(reg, 'L4')).toEqual({ value: null, formula: null });
    });

    it('styles the appended headers like the team’s last header, wrapped, and tops their cells', () => {
      expect(result.plan.formatsLike).toContainEqual({ range: 'J3', like: 'I3' });
      expect(result.plan.formats).toContainEqual({ range: 'J3', wrap: true });
      expect(result.plan.formats).toContainEqual({ range: 'J4:J206', verticalAlignment: 'top' });
      expect(result.plan.mode).toBe('update');
    });

    it('puts warning-style dropdowns on the inputs, bounded to the used rows plus 200', () => {
      expect(result.plan.validations).toEqual([
        { range: 'D4:D206', rule: { kind: 'list', namedRange: 'RB_LikelihoodOptions' }, allowBlank: true, style: 'warning' },
        { range: 'E4:E206', rule: { kind: 'list', namedRange: 'RB_ImpactOptions' }, allowBlank: true, style: 'warning' },
        { range: 'L4:L206', rule: { kind: 'list', namedRange: 'RB_LikelihoodOptions' }, allowBlank: true, style: 'warning' },
        { range: 'M4:M206', rule: { kind: 'list', namedRange: 'RB_ImpactOptions' }, allowBlank: true, style: 'warning' },
        { range: 'G4:G206', rule: { kind: 'list', namedRange: 'RB_TreatmentOptions' }, allowBlank: true, style: 'warning' },
      ]);
    });

    it('colours each level column with one rule per band', () => {
      expect(result.plan.conditionalFormats).toEqual([
        { range: 'K4:K206', formula: '=K4="Low"', fill: '#C6EFCE' },
        { range: 'K4:K206', formula: '=K4="Medium"', fill: '#FFEB9C' },
        { range: 'K4:K206', formula: '=K4="High"', fill: '#FFC7CE' },
        { range: 'O4:O206', formula: '=O4="Low"', fill: '#C6EFCE' },
        { range: 'O4:O206', formula: '=O4="Medium"', fill: '#FFEB9C' },
        { range: 'O4:O206', formula: '=O4="High"', fill: '#FFC7CE' },
      ]);
    });

    it('shows scores as whole numbers', () => {
      expect(result.plan.formats).toContainEqual({ range: 'J4:J206', numberFormat: '0' });
      expect(result.plan.formats).toContainEqual({ range: 'N4:N206', numberFormat: '0' });
    });

    it('raises no findings', () => {
      expect(result.findings).toEqual([]);
    });
  });

  it('appends past columns a team uses without a header', () => {
    const grid: Grid = [
      ['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Owner', null, null],
      ['R1', 'Phishing', 3, 3, 'CISO', null, 'scribble'],
      ['R2', 'Flood', 1, 5, 'COO', 'x', null],
    ];
    const { result } = run(workbook(sheet('Risks', grid, { merges: ['H5:I5'] })));
    expect(result.location.mapping.inherentScore).toBe(9);
  });

  it('leaves the team\'s own score and level columns alone, appends its own and compares', () => {
    const grid: Grid = [
      ['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Owner', 'Risk score', 'Risk level'],
      ['R1', 'Phishing', 'Likely', 'Major', 'CISO', 20, 'High'],
      ['R2', 'Flood', 1, 5, 'COO', null, null],
    ];
    const { after, result } = run(workbook(sheet('Risks', grid)));
    const reg = findSheet(after, 'Risks')!;
    expect(at(reg, 'F2')).toEqual({ value: 20, formula: null });
    expect(at(reg, 'G2')).toEqual({ value: 'High', formula: null });
    expect(at(reg, 'F3')).toEqual({ value: null, formula: null });
    expect(at(reg, 'G3')).toEqual({ value: null, formula: null });
    expect(reg.values[0]!.slice(7, 9)).toEqual(['Inherent score', 'Inherent level']);
    expect(at(reg, 'H3').formula).toBe(scoreFormula('C3', ['D3']));
    expect(at(reg, 'I3').formula).toBe(levelFormula('H3'));
    expect(result.findings.map((f) => [f.code, f.cell, f.message])).toEqual([
      ['risk-team-value-differs', 'F2', "R1: your 'Risk score' column holds 20; the methodology gives 16."],
    ]);
    expect(result.plan.formats.some((f) => /^[FG]\d/.test(f.range))).toBe(false);
  });

  it('treats a foreign formula in a column Riskbook owns as typed over', () => {
    const grid: Grid = [
      ['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Owner', 'Inherent score'],
      ['R1', 'Phishing', 4, 4, 'CISO', 16],
    ];
    const formulas = [[], [null, null, null, null, null, '=C2*D2']];
    const before = workbook(sheet('Risks', grid, { formulas }));
    const saved = { sheet: 'Risks', headerRow: 0, fields: { inherentScore: { header: 'Inherent score', column: 5, setBy: 'riskbook' as const } } };
    const { result } = run(before, locateRegister(before, { saved }).location!);
    expect(result.findings.map((f) => f.message)).toEqual(['Risk R1: Inherent score holds "=C2*D2" instead of the methodology formula (which gives 16).']);
  });

  it('keeps its own formula however the host spelled it', () => {
    const ours = scoreFormula('C2', ['D2']);
    const respelled = ours.replace(/C2/g, '$C$2').toLowerCase().replace(/,/g, ', ');
    expect(sameFormula(ours, respelled)).toBe(true);
    const grid: Grid = [['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Owner', 'Inherent score'], ['R1', 'Phishing', 4, 4, 'CISO', 16]];
    const formulas = [[], [null, null, null, null, null, respelled]];
    const { result, after } = run(workbook(sheet('Risks', grid, { formulas })));
    expect(result.findings).toEqual([]);
    expect(at(findSheet(after, 'Risks')!, 'F2').formula).toBe(ours);
  });

  it('scores C, I and A columns by their highest level', () => {
    const grid: Grid = [['Risk ID', 'Threat', 'Likelihood', 'C', 'I', 'A', 'Owner'], ['R1', 'Leak', 3, 4, 2, 1, 'DPO']];
    const { result, after } = run(workbook(sheet('Risks', grid)));
    expect(at(findSheet(after, 'Risks')!, 'H2').formula).toBe(scoreFormula('C2', ['D2', 'E2', 'F2']));
    expect(result.plan.validations.filter((v) => v.rule.kind === 'list' && v.rule.namedRange === 'RB_ImpactOptions').map((v) => v.range)).toEqual([
      'D2:D202',
      'E2:E202',
      'F2:F202',
      'K2:K202',
    ]);
  });

  it('appends no inherent columns when the register has no likelihood column', () => {
    const grid: Grid = [['Risk ID', 'Threat', 'Impact', 'Owner'], ['R1', 'Leak', 3, 'DPO']];
    const { result } = run(workbook(sheet('Risks', grid)));
    expect(result.location.mapping.inherentScore).toBeUndefined();
    expect(result.location.mapping.residualScore).toBeDefined();
  });

  it('gives a register with no risks its columns and dropdowns but no formulas', () => {
    const grid: Grid = [['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Owner']];
    const { result } = run(workbook(sheet('Risks', grid)));
    expect(result.plan.writes.every((w) => w.at.endsWith('1'))).toBe(true);
    expect(result.plan.validations[0]!.range).toBe('C2:C201');
  });

  describe('applied twice', () => {
    const once = run(workbook(sheet('Register', ACME_REGISTER)));

    it('is the same as applied once, when the register is located again', () => {
      const twice = run(once.after);
      expect(twice.after).toEqual(once.after);
      expect(twice.result.findings).toEqual([]);
      expect(twice.result.plan.writes).toEqual([]);
    });

    it('leaves formats, dropdowns and colours as the first run set them', () => {
      const wb = run(workbook(sheet('Register', ACME_REGISTER))).wb;
      const state = (): unknown => {
        const s = wb.sheet('Register')!;
        return structuredClone({ values: s.values, formulas: s.formulas, formats: [...s.formats], v: s.validations, cf: s.conditionalFormats, w: s.columnWidths });
      };
      const first = state();
      const snapshot = wb.snapshot();
      const loc = locateRegister(snapshot).location!;
      const { risks } = readRisks(snapshot, loc, FIVE_BY_FIVE, ANNEX_A_CATALOGUE);
      wb.apply({ sheets: [registerSheetPlan(findSheet(snapshot, 'Register')!, loc, risks, FIVE_BY_FIVE).plan], names: [] });
      expect(state()).toEqual(first);
    });

    it('is the same as applied once, with the location the first run returned', () => {
      expect(run(once.after, once.result.location).after).toEqual(once.after);
    });
  });

  describe('never writes a cell the team typed', () => {
    const TEXT = ['alpha', 'R&D note', 'TBC', 'Likely', 'Major', 'Mitigate', '20', 'High'];
    const anyCell = fc.oneof(
      fc.constant(null),
      fc.constantFrom<CellValue>(...TEXT),
      fc.integer({ min: -3, max: 30 }),
      fc.constant<CellValue>({ error: '#N/A' }),
      fc.boolean(),
    );
    const HEADERS_OPTIONAL = ['Treatment', 'Residual likelihood', 'Residual impact', 'Risk score', 'Risk level', 'Inherent rating', 'Residual score'];

    const registerArb = fc
      .record({
        titleRows: fc.integer({ min: 0, max: 4 }),
        optional: fc.subarray(HEADERS_OPTIONAL),
        userCols: fc.integer({ min: 0, max: 3 }),
        order: fc.array(fc.integer(), { minLength: 16, maxLength: 16 }),
        rows: fc.array(fc.array(anyCell, { minLength: 16, maxLength: 16 }), { maxLength: 12 }),
        formulaCells: fc.array(fc.tuple(fc.nat(11), fc.nat(15)), { maxLength: 6 }),
        strayCells: fc.array(fc.tuple(fc.nat(11), fc.nat(8)), { maxLength: 3 }),
      })
      .map(({ titleRows, optional, userCols, order, rows, formulaCells, strayCells }) => {
        const headers = ['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Risk owner', ...optional, ...Array.from({ length: userCols }, (_, i) => `Extra ${i + 1}`)];
        // Shuffle deterministically from the generated keys.
        const shuffled = headers.map((h, i) => ({ h, k: order[i] ?? i })).sort((a, b) => a.k - b.k).map((x) => x.h);
        const width = shuffled.length;
        const values: CellValue[][] = [];
        const formulas: (string | null)[][] = [];
        for (let i = 0; i < titleRows; i++) values.push(i === 0 ? ['Risk register'] : []);
        const headerRow = values.length;
        values.push([...shuffled]);
        rows.forEach((r, i) => values.push(r.slice(0, width).map((v, c) => (shuffled[c] === 'Risk ID' && v !== null ? `R-${i}` : v))));
        for (const [r, c] of formulaCells) {
          const row = headerRow + 1 + r;
          if (row >= values.length || c >= width) continue;
          while (formulas.length <= row) formulas.push([]);
          formulas[row]![c] = '=1+1';
          values[row]![c] = 2;
        }
        // Notes typed to the right of the table, under no header: appended columns must go around them.
        for (const [r, offset] of strayCells) {
          const row = headerRow + 1 + r;
          if (row >= values.length) continue;
          values[row]![width + offset] = 'stray note';
        }
        return workbook(sheet('Risks', values, { formulas }));
      });

    it('leaves every original cell outside Riskbook\'s own formula cells exactly as it was', () => {
      fc.assert(
        fc.property(registerArb, (before) => {
          const { after, result, located } = run(before);
          const b = before.sheets[0]!;
          const a = after.sheets[0]!;
          // Riskbook may fill empty cells of derived columns and of the columns it appended.
          const originallyMapped = new Set(Object.values(located.mapping));
          const derivedCols = new Set(
            Object.entries(result.location.mapping)
              .filter(([f, c]) => /^(inherent|residual)(Rating|Score|Level)$/.test(f) || !originallyMapped.has(c))
              .map(([, c]) => c),
          );
          const rows = Math.max(b.values.length, a.values.length);
          for (let r = 0; r < rows; r++) {
            const width = Math.max(b.values[r]?.length ?? 0, a.values[r]?.length ?? 0);
            for (let c = 0; c < width; c++) {
              const was = { value: b.values[r]?.[c] ?? null, formula: b.formulas?.[r]?.[c] ?? null };
              const now = { value: a.values[r]?.[c] ?? null, formula: a.formulas?.[r]?.[c] ?? null };
              const wasEmpty = (was.value === null || was.value === '') && was.formula === null;
              if (!wasEmpty || !derivedCols.has(c)) {
                if (now.value !== was.value || now.formula !== was.formula) {
                  throw new Error(`cell r${r} c${c} changed from ${JSON.stringify(was)} to ${JSON.stringify(now)}`);
                }
              }
            }
          }
        }),
        { numRuns: 300 },
      );
    });

    it('is idempotent on any register', () => {
      fc.assert(
        fc.property(registerArb, (before) => {
          const once = run(before).after;
          expect(run(once).after).toEqual(once);
        }),
        { numRuns: 150 },
      );
    });
  });
});
