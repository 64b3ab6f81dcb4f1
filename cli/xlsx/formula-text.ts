/**
 * Formula text as it sits inside an .xlsx file versus the core's canonical form.
 *
 * The file stores formulas without the leading `=`, with `_xlfn.` in front of functions newer
 * than Excel 2007, and shares one formula text among many cells. The core speaks one canonical
 * form: leading `=`, no prefixes, one formula per cell.
 */
import { XLFN_FUNCTIONS, mapCode, stripFilePrefixes } from '../../core/formula/formula-text';

export { stripFilePrefixes };
import { columnIndex, columnLetter } from '../../core/workbook/a1';

/** Adds `_xlfn.` to calls of the functions Excel needs it for (and only those). */
export function addFilePrefixes(formula: string): string {
  return mapCode(formula, (code) =>
    code.replace(/(?<![A-Za-z0-9_.])([A-Za-z][A-Za-z0-9.]*)(?=\s*\()/g, (name: string) =>
      XLFN_FUNCTIONS.has(name.toUpperCase()) ? `_xlfn.${name}` : name,
    ),
  );
}

/** Canonical form (leading `=`, no prefixes) of the formula text stored in a file. */
export function canonicalFromFile(fileFormula: string): string {
  const body = fileFormula.startsWith('=') ? fileFormula.slice(1) : fileFormula;
  return `=${stripFilePrefixes(body)}`;
}

/** The text to store in a file (no leading `=`, prefixes added) for a canonical formula. */
export function fileFromCanonical(canonical: string): string {
  const body = canonical.startsWith('=') ? canonical.slice(1) : canonical;
  return addFilePrefixes(body);
}

const MAX_ROW = 1048576;
const MAX_COL = 16384;

/**
 * The formula of a shared-formula child: the master's formula with every relative reference
 * moved by the distance between the two cells, as Excel does. String literals and quoted sheet
 * names are left alone (ExcelJS's own translation rewrites text such as "AB12" inside quotes).
 */
export function translateFormula(formula: string, rowOffset: number, colOffset: number): string {
  if (rowOffset === 0 && colOffset === 0) return formula;
  const moveCol = (dollar: string, letters: string): string => {
    if (dollar) return dollar + letters;
    const c = columnIndex(letters) + colOffset;
    return c < 0 || c >= MAX_COL ? '#REF!' : columnLetter(c);
  };
  const moveRow = (dollar: string, digits: string): string => {
    if (dollar) return dollar + digits;
    const r = Number(digits) + rowOffset;
    return r < 1 || r > MAX_ROW ? '#REF!' : String(r);
  };
  return mapCode(formula, outsideBrackets((code) =>
    code
      // Whole columns (A:C) and whole rows (1:3) first, then single cells.
      .replace(/(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![A-Za-z0-9_(])/g, (whole, d1: string, c1: string, d2: string, c2: string) =>
        isColumnLetters(c1) && isColumnLetters(c2) ? `${moveCol(d1, c1.toUpperCase())}:${moveCol(d2, c2.toUpperCase())}` : whole,
      )
      .replace(/(?<![A-Za-z0-9_.$:])(\$?)(\d{1,7}):(\$?)(\d{1,7})(?![A-Za-z0-9_.(:])/g, (_w, d1: string, r1: string, d2: string, r2: string) =>
        `${moveRow(d1, r1)}:${moveRow(d2, r2)}`,
      )
      .replace(/(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_.(!])/g, (whole, dc: string, col: string, dr: string, row: string) => {
        if (!isColumnLetters(col)) return whole;
        const c = moveCol(dc, col.toUpperCase());
        const r = moveRow(dr, row);
        return c === '#REF!' || r === '#REF!' ? '#REF!' : `${c}${r}`;
      }),
  ));
}

/**
 * `fn` applied to the code outside square brackets only. Inside brackets are the columns of a
 * structured reference (`Risks[[#This Row],[Q1]]`, a column an Excel table calls "Q1") and
 * external workbook indexes (`[1]Sheet!A1`): names, never cells to move. The depth is kept
 * across the code pieces of one formula, since a quoted name can sit inside the brackets.
 */
function outsideBrackets(fn: (code: string) => string): (code: string) => string {
  let depth = 0;
  return (code) => {
    let out = '';
    let plain = '';
    for (const ch of code) {
      if (ch === '[') {
        if (depth === 0) {
          out += fn(plain);
          plain = '';
        }
        depth++;
        out += ch;
      } else if (depth > 0) {
        if (ch === ']') depth--;
        out += ch;
      } else plain += ch;
    }
    return out + (plain === '' ? '' : fn(plain));
  };
}

function isColumnLetters(letters: string): boolean {
  return columnIndex(letters) < MAX_COL;
}
