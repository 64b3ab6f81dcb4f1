/** A formula's references, found once: moved to another cell (shared and filled formulas) and written in R1C1. */
import { compileFormula, moveFormula, r1c1Formula } from '../../../core/formula/references';

const translateFormula = moveFormula;

describe('moving a shared formula to another cell', () => {
  it('moves relative references and leaves absolute ones', () => {
    expect(translateFormula('B2*C2+$D$1+E$1+$F2', 3, 1)).toBe('C5*D5+$D$1+F$1+$F5');
  });

  it('leaves string literals, function names and sheet names alone', () => {
    expect(translateFormula('IF(A2="AB12",LOG10(A2),Q1!A2&\'Sheet A1\'!B2)', 1, 0)).toBe('IF(A3="AB12",LOG10(A3),Q1!A3&\'Sheet A1\'!B3)');
  });

  it('moves whole columns and rows and gives #REF! when a reference leaves the sheet', () => {
    expect(translateFormula('SUM(B:C)+SUM(2:3)', 1, 1)).toBe('SUM(C:D)+SUM(3:4)');
    expect(translateFormula('A2+1', -2, 0)).toBe('#REF!+1');
  });

  it('moves both ends of a range', () => {
    expect(translateFormula('COUNTIFS(Risks!$H$5:$H$200,"L"&ROW(A1),Risks!I5:I200,A$1)', 2, 0)).toBe(
      'COUNTIFS(Risks!$H$5:$H$200,"L"&ROW(A3),Risks!I7:I202,A$1)',
    );
  });
});

describe('the same formula in R1C1 form', () => {
  const r1c1 = (formula: string, cell: [number, number]): string => r1c1Formula(compileFormula(formula), cell[0], cell[1]);

  it('writes relative references as offsets from the cell and absolute ones as positions', () => {
    // Written for S5 (row 4, column 18): G5 is 12 columns left, $D$1 is row 1, column 4.
    expect(r1c1('=IF(ISNUMBER(S5),G5*$D$1+E$1+$F4,"")', [4, 18])).toBe('=IF(ISNUMBER(RC),RC[-12]*R1C4+R1C[-14]+R[-1]C6,"")');
  });

  it('leaves text, names, functions and sheet names alone and writes whole columns and rows', () => {
    expect(r1c1('=IFERROR(INDEX(RB_BandNames,MATCH(A2,RB_BandMins,1)),"A2")&LOG10(B:B)&SUM(3:$4)&\'Q1\'!A1', [1, 0])).toBe(
      '=IFERROR(INDEX(RB_BandNames,MATCH(RC,RB_BandMins,1)),"A2")&LOG10(C[1]:C[1])&SUM(R[1]:R4)&\'Q1\'!R[-1]C',
    );
  });

  it('is the same text in every cell of a fill', () => {
    const template = '=IFERROR("L"&INDEX(RB_Keys,MATCH(G5,RB_Values,0)),"")';
    const at = compileFormula(template);
    for (const k of [1, 10, 4999]) {
      expect(r1c1Formula(compileFormula(moveFormula(template, k, 0)), 4 + k, 17)).toBe(r1c1Formula(at, 4, 17));
    }
  });
});
