/**
 * Formulas Riskbook writes must compute the same in Excel, Google Sheets and LibreOffice with
 * nothing installed. This is the one list of functions they may use.
 */
export const PORTABLE_FUNCTIONS: ReadonlySet<string> = new Set([
  'IF',
  'AND',
  'OR',
  'NOT',
  'ISNUMBER',
  'ISBLANK',
  'INDEX',
  'MATCH',
  'COUNTIF',
  'COUNTIFS',
  'SUMPRODUCT',
  'IFERROR',
  'MAX',
  'MIN',
  'TEXTJOIN',
  'HYPERLINK',
  'TODAY',
  'LEN',
  'TRIM',
  'SUBSTITUTE',
  // The Dashboard's bars: a run of block characters as long as the figure.
  'REPT',
]);

/** Functions that need the `_xlfn.` prefix inside an .xlsx file. */
export const XLFN_FUNCTIONS: ReadonlySet<string> = new Set(['TEXTJOIN', 'IFS', 'SWITCH', 'MAXIFS', 'MINIFS', 'CONCAT']);

/** The formula without string literals and quoted sheet names (`'Risks (2025) [v2]'!A1`), which hold no code. */
function codeOf(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, '""').replace(/'(?:[^']|'')*'!/g, "''!");
}

/** The function names a formula calls, outside string literals and sheet names. */
export function functionsUsed(formula: string): string[] {
  const withoutStrings = codeOf(formula);
  const names: string[] = [];
  const re = /([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(withoutStrings)) !== null) names.push(m[1]!.toUpperCase());
  return names;
}

/** Names a formula calls that are not portable; empty when the formula is fine. */
export function nonPortableFunctions(formula: string): string[] {
  return [...new Set(functionsUsed(formula).filter((f) => !PORTABLE_FUNCTIONS.has(f)))];
}

/**
 * Throws when a formula the core built uses a function outside the allow-list. A formula the
 * core writes is the core's own doing, so this is a programming error, not a user finding.
 */
export function assertPortable(formula: string): string {
  const bad = nonPortableFunctions(formula);
  if (bad.length > 0) throw new Error(`Non-portable function(s) ${bad.join(', ')} in ${formula}`);
  if (/\[[^\]]*\]/.test(codeOf(formula))) {
    throw new Error(`Structured table reference in ${formula}`);
  }
  return formula;
}

/** A string as a formula string literal. */
export function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
