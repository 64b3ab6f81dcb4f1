/**
 * The fake's reading of an R1C1 formula in one cell, as Google Sheets shows it: the other
 * direction of core/formula/references.ts's `r1c1Formula`, so a formula written for one cell in
 * R1C1 reads, in every cell it is set on, as that formula filled there.
 */
import fc from 'fast-check';
import { levelFormula, ratingFormula, scoreFormula } from '../../../core/formula/register-formulas';
import { compileFormula, movedFormula, r1c1Formula } from '../../../core/formula/references';
import { columnLetter } from '../../../core/workbook/a1';
import { a1FromR1C1 } from './r1c1';

describe('an R1C1 formula read in one cell', () => {
  // D5: row 4, column 3 (0-based).
  const inD5 = (formula: string): string => a1FromR1C1(formula, 4, 3);

  it('reads offsets from the cell and positions as absolute', () => {
    expect(inD5('=R[-1]C[2]+RC+R1C4+R[0]C[0]+R2C[-1]+R[1]C1')).toBe('=F4+D5+$D$1+D5+C$2+$A6');
  });

  it('reads whole columns and rows, ranges and bare ones', () => {
    expect(inD5('=SUM(C[1]:C[1])+SUM(R[1]:R4)+SUM(C2:C)+SUM(R[-3]C:R[-1]C)+COUNTA(R)+COUNTA(C[-1])')).toBe(
      '=SUM(E:E)+SUM(6:$4)+SUM($B:D)+SUM(D2:D4)+COUNTA(5:5)+COUNTA(C:C)',
    );
  });

  it('leaves string literals, quoted sheet names, names and functions alone', () => {
    expect(inD5(`=IF(RC[-1]="R1C1",ROUND(RB_Bands,0),'R[1]C''s'!R[1]C&"say ""RC"""&Risks!RC[1])`)).toBe(
      `=IF(C5="R1C1",ROUND(RB_Bands,0),'R[1]C''s'!D6&"say ""RC"""&Risks!E5)`,
    );
  });

  it('gives #REF! for a reference off the sheet', () => {
    expect(inD5('=R[-5]C+C[-4]:C')).toBe('=#REF!+#REF!:D');
  });
});

/** A1 references as a register formula holds them: any mix of `$`, a sheet in front or not. */
const cell = fc
  .record({ row: fc.nat(3000), col: fc.nat(40), rowFixed: fc.boolean(), colFixed: fc.boolean(), sheet: fc.constantFrom('', 'Risks!', "'Risk register'!", "'It''s A1'!") })
  .map(({ row, col, rowFixed, colFixed, sheet }) => `${sheet}${colFixed ? '$' : ''}${columnLetter(col)}${rowFixed ? '$' : ''}${row + 1}`);

const registerFormula = fc.oneof(
  fc.tuple(cell, fc.array(cell, { minLength: 1, maxLength: 3 })).map(([l, i]) => scoreFormula(l, i)),
  fc.tuple(cell, fc.array(cell, { minLength: 1, maxLength: 3 })).map(([l, i]) => ratingFormula(l, i)),
  cell.map((s) => levelFormula(s)),
  fc.tuple(cell, cell, fc.constantFrom('A:A', '$C:D', '3:$4', 'AB:AB')).map(([a, b, whole]) => `=IF(${a}="R1C1 ${b}",SUM(${whole}),COUNTIF(${a}:${b},"<>"))`),
);

describe('R1C1 written by the core, read back by the fake', () => {
  const at = fc.record({ row: fc.nat(3000), col: fc.nat(40) });

  it('is the formula itself in the cell it was written for', () => {
    fc.assert(
      fc.property(registerFormula, at, (formula, { row, col }) => {
        expect(a1FromR1C1(r1c1Formula(compileFormula(formula), row, col), row, col)).toBe(formula);
      }),
    );
  });

  it('is the formula filled to any other cell', () => {
    fc.assert(
      fc.property(registerFormula, at, at, (formula, from, to) => {
        const compiled = compileFormula(formula);
        const read = a1FromR1C1(r1c1Formula(compiled, from.row, from.col), to.row, to.col);
        expect(read).toBe(movedFormula(compiled, to.row - from.row, to.col - from.col));
      }),
    );
  });

  it('reads a register score formula down its column', () => {
    const formula = scoreFormula('G5', ['H5']);
    const r1c1 = r1c1Formula(compileFormula(formula), 4, 18);
    expect(a1FromR1C1(r1c1, 9, 18)).toBe(scoreFormula('G10', ['H10']));
  });
});
