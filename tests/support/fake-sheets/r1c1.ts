/**
 * R1C1 formula text as Google Sheets shows it in one cell (A1), for the fake's `setFormulaR1C1`:
 * `R[-1]C[2]` is relative to the cell, `R1C4` absolute (`$D$1`), `RC` the cell itself; `C[1]:C[1]`
 * and `R[1]:R4` are whole columns and rows, and a bare `R2` or `C[-1]` one whole row or column.
 * Text inside "string literals" and 'quoted sheet names' is left as it is (a doubled quote is an
 * escaped quote). A reference moved off the sheet becomes #REF!, as in
 * core/formula/references.ts, whose `r1c1Formula` goes the other way.
 */
import { columnLetter } from '../../../core/workbook/a1';

const MAX_ROW = 1048576;
const MAX_COL = 16384;

/** `R`/`C` followed by `[offset]`, an absolute 1-based index, or nothing (offset 0). */
const PART = String.raw`(?:\[[+-]?\d+\]|\d+)?`;
// Whole rows (`R1:R[2]`), whole columns, a cell, a bare row, a bare column; never part of a name
// (`RB_Bands`), a function (`ROUND(`) or a longer word.
const REFERENCE = new RegExp(String.raw`(?<![A-Za-z0-9_.$])(?:R${PART}:R${PART}|C${PART}:C${PART}|R${PART}C${PART}|R${PART}|C${PART})(?![A-Za-z0-9_.(\[])`, 'g');
const SIDE = /^(?:R(?:\[([+-]?\d+)\]|(\d+))?)?(?:C(?:\[([+-]?\d+)\]|(\d+))?)?$/;

/** One row or column index in A1 (`$` when absolute), or null off the sheet. */
function a1Part(offset: string | undefined, absolute: string | undefined, base: number, max: number, text: (i: number) => string): string | null {
  const i = absolute !== undefined ? Number(absolute) - 1 : base + Number(offset ?? 0);
  if (i < 0 || i >= max) return null;
  return absolute !== undefined ? `$${text(i)}` : text(i);
}

const rowText = (i: number): string => String(i + 1);

/** One side of a reference (`R[-1]C2`, `R4`, `C[1]`) in A1 for the cell at `row`, `col`. */
function a1Side(side: string, row: number, col: number): { row: string | null; col: string | null } {
  const m = SIDE.exec(side)!;
  return {
    row: side.startsWith('R') ? a1Part(m[1], m[2], row, MAX_ROW, rowText) : null,
    col: side.includes('C') ? a1Part(m[3], m[4], col, MAX_COL, columnLetter) : null,
  };
}

function a1Reference(ref: string, row: number, col: number): string {
  const sides = ref.split(':');
  const isRow = !ref.includes('C');
  const isCol = !ref.startsWith('R');
  if (isRow || isCol) {
    // A bare `R2` is the whole row 2, as `2:2` reads in A1.
    const parts = (sides.length === 1 ? [sides[0]!, sides[0]!] : sides).map((s) => {
      const a = a1Side(s, row, col);
      return (isRow ? a.row : a.col) ?? '#REF!';
    });
    return parts.join(':');
  }
  const a = a1Side(ref, row, col);
  return a.row === null || a.col === null ? '#REF!' : a.col + a.row;
}

function convertCode(code: string, row: number, col: number): string {
  return code.replace(REFERENCE, (ref) => a1Reference(ref, row, col));
}

/** The A1 formula a cell at `row`, `col` (0-based) holds once `formula` (R1C1) is set on it. */
export function a1FromR1C1(formula: string, row: number, col: number): string {
  let out = '';
  let code = '';
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i]!;
    if (ch !== '"' && ch !== "'") {
      code += ch;
      continue;
    }
    out += convertCode(code, row, col);
    code = '';
    let j = i + 1;
    // A doubled quote is an escaped quote inside the literal.
    while (j < formula.length && !(formula[j] === ch && formula[j + 1] !== ch)) j += formula[j] === ch ? 2 : 1;
    out += formula.slice(i, j + 1);
    i = j;
  }
  return out + convertCode(code, row, col);
}
