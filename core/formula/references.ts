/**
 * The cell references of a formula, found once. A formula filled down a column, or shared by many
 * cells of a file, is one text whose relative references move with the cell; compiling it once
 * lets it be moved to thousands of cells, or written in R1C1 form, without parsing it again.
 *
 * References are found in the code only: never inside "string literals" or 'quoted sheet names',
 * nor inside square brackets, which hold the columns of a structured reference
 * (`Risks[[#This Row],[Q1]]`, a column an Excel table calls "Q1") or an external workbook's
 * index (`[1]Sheet!A1`). A function name (`LOG10(`) and a sheet name (`Q1!A2`) are not cells.
 */
import { MAX_COLUMNS, MAX_ROWS, columnIndex, columnLetter } from '../workbook/a1';

/** `A1`, `$A$1`; whole columns `A:C`; whole rows `2:3`. Rows and columns are 0-based. */
type Reference =
  | { readonly kind: 'cell'; readonly col: number; readonly colFixed: boolean; readonly row: number; readonly rowFixed: boolean }
  | { readonly kind: 'columns'; readonly from: number; readonly fromFixed: boolean; readonly to: number; readonly toFixed: boolean }
  | { readonly kind: 'rows'; readonly from: number; readonly fromFixed: boolean; readonly to: number; readonly toFixed: boolean };

/** A formula as literal text between its references, in order. */
export interface CompiledFormula {
  readonly parts: readonly (string | Reference)[];
}

// One pass, in the order the alternatives are tried: whole columns, whole rows, single cells.
const REFERENCE =
  /(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![A-Za-z0-9_(])|(?<![A-Za-z0-9_.$:])(\$?)(\d{1,7}):(\$?)(\d{1,7})(?![A-Za-z0-9_.(:])|(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_.(!])/g;

function referenceIn(m: RegExpExecArray): Reference | null {
  if (m[2] !== undefined) {
    const from = columnIndex(m[2].toUpperCase());
    const to = columnIndex(m[4]!.toUpperCase());
    return from < MAX_COLUMNS && to < MAX_COLUMNS ? { kind: 'columns', from, fromFixed: m[1] === '$', to, toFixed: m[3] === '$' } : null;
  }
  if (m[6] !== undefined) {
    return { kind: 'rows', from: Number(m[6]) - 1, fromFixed: m[5] === '$', to: Number(m[8]) - 1, toFixed: m[7] === '$' };
  }
  const col = columnIndex(m[10]!.toUpperCase());
  return col < MAX_COLUMNS ? { kind: 'cell', col, colFixed: m[9] === '$', row: Number(m[12]) - 1, rowFixed: m[11] === '$' } : null;
}

export function compileFormula(formula: string): CompiledFormula {
  const parts: (string | Reference)[] = [];
  let text = '';
  const code = (piece: string): void => {
    REFERENCE.lastIndex = 0;
    let last = 0;
    for (let m = REFERENCE.exec(piece); m !== null; m = REFERENCE.exec(piece)) {
      const ref = referenceIn(m);
      if (!ref) continue;
      text += piece.slice(last, m.index);
      if (text !== '') parts.push(text);
      text = '';
      parts.push(ref);
      last = m.index + m[0].length;
    }
    text += piece.slice(last);
  };
  let depth = 0;
  let plain = '';
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i]!;
    if (depth === 0 && (ch === '"' || ch === "'")) {
      code(plain);
      plain = '';
      let j = i + 1;
      // A doubled quote is an escaped quote inside the literal.
      while (j < formula.length && !(formula[j] === ch && formula[j + 1] !== ch)) j += formula[j] === ch ? 2 : 1;
      text += formula.slice(i, j + 1);
      i = j;
    } else if (ch === '[') {
      if (depth === 0) {
        code(plain);
        plain = '';
      }
      depth++;
      text += ch;
    } else if (depth > 0) {
      // Inside a structured reference an apostrophe escapes the next character (`[Q1']s]`).
      if (ch === "'") {
        text += formula.slice(i, i + 2);
        i++;
      } else {
        if (ch === ']') depth--;
        text += ch;
      }
    } else plain += ch;
  }
  code(plain);
  if (text !== '') parts.push(text);
  return { parts };
}

function movedColumn(col: number, fixed: boolean, by: number): string | null {
  if (fixed) return `$${columnLetter(col)}`;
  const c = col + by;
  return c < 0 || c >= MAX_COLUMNS ? null : columnLetter(c);
}

function movedRow(row: number, fixed: boolean, by: number): string | null {
  if (fixed) return `$${row + 1}`;
  const r = row + by;
  return r < 0 || r >= MAX_ROWS ? null : String(r + 1);
}

function movedReference(ref: Reference, rows: number, cols: number): string {
  if (ref.kind === 'cell') {
    const c = movedColumn(ref.col, ref.colFixed, cols);
    const r = movedRow(ref.row, ref.rowFixed, rows);
    return c === null || r === null ? '#REF!' : c + r;
  }
  const move = ref.kind === 'columns' ? movedColumn : movedRow;
  const by = ref.kind === 'columns' ? cols : rows;
  const from = move(ref.from, ref.fromFixed, by);
  const to = move(ref.to, ref.toFixed, by);
  return `${from ?? '#REF!'}:${to ?? '#REF!'}`;
}

/** The formula as it reads in a cell `rows` below and `cols` right of the cell it was written for. */
export function movedFormula(compiled: CompiledFormula, rows: number, cols: number): string {
  // Joined, not added up: a fill makes one text per row, and `+=` would leave each a chain of
  // pieces to flatten (and collect) when it is read.
  const { parts } = compiled;
  const out = new Array<string>(parts.length);
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    out[i] = typeof p === 'string' ? p : movedReference(p, rows, cols);
  }
  return out.join('');
}

/**
 * The formula of a cell that shares, or was filled from, `formula` written for a cell `rows` above
 * and `cols` left of it (negative: below, right): relative references move, absolute ones stay,
 * and a reference moved off the sheet becomes #REF!, as in Excel.
 */
export function moveFormula(formula: string, rows: number, cols: number): string {
  return rows === 0 && cols === 0 ? formula : movedFormula(compileFormula(formula), rows, cols);
}

function r1c1Part(letter: 'R' | 'C', index: number, fixed: boolean, base: number): string {
  if (fixed) return `${letter}${index + 1}`;
  const d = index - base;
  return d === 0 ? letter : `${letter}[${d}]`;
}

/** The same formula in R1C1 form, for the cell at `row`, `col` (0-based) it was written for. */
export function r1c1Formula(compiled: CompiledFormula, row: number, col: number): string {
  let out = '';
  for (const p of compiled.parts) {
    if (typeof p === 'string') out += p;
    else if (p.kind === 'cell') out += r1c1Part('R', p.row, p.rowFixed, row) + r1c1Part('C', p.col, p.colFixed, col);
    else if (p.kind === 'columns') out += `${r1c1Part('C', p.from, p.fromFixed, col)}:${r1c1Part('C', p.to, p.toFixed, col)}`;
    else out += `${r1c1Part('R', p.from, p.fromFixed, row)}:${r1c1Part('R', p.to, p.toFixed, row)}`;
  }
  return out;
}
