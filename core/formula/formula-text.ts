/**
 * Formula text seen as code and literals: functions are renamed or prefixed only in the code,
 * never inside "string literals" or 'quoted sheet names'. Shared by the hosts that meet Excel's
 * file-level `_xlfn.` prefixes (the .xlsx host, and Office.js for some functions).
 */

/** The functions a file stores with the `_xlfn.` prefix (the allow-list says which). */
export { XLFN_FUNCTIONS } from './allow-list';

/** A piece of formula text: either code or a literal that must not be touched. */
interface Segment {
  readonly text: string;
  /** String literals and quoted sheet names are opaque. */
  readonly opaque: boolean;
}

/** Splits a formula into code and opaque parts ("string literals", 'quoted sheet names'). */
function segments(formula: string): Segment[] {
  const out: Segment[] = [];
  let code = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === '"' || ch === "'") {
      if (code) out.push({ text: code, opaque: false });
      code = '';
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === ch) {
          // A doubled quote is an escaped quote inside the literal.
          if (formula[j + 1] === ch) j += 2;
          else break;
        } else j++;
      }
      out.push({ text: formula.slice(i, j + 1), opaque: true });
      i = j + 1;
    } else {
      code += ch;
      i++;
    }
  }
  if (code) out.push({ text: code, opaque: false });
  return out;
}

export function mapCode(formula: string, fn: (code: string) => string): string {
  return segments(formula)
    .map((s) => (s.opaque ? s.text : fn(s.text)))
    .join('');
}

/** Removes the `_xlfn.` / `_xlws.` / `_xlpm.` markers Excel adds inside files. */
export function stripFilePrefixes(formula: string): string {
  return mapCode(formula, (code) => code.replace(/_xl(?:fn|ws|pm)\./gi, ''));
}

