/**
 * Formula text as it sits inside an .xlsx file versus the core's canonical form.
 *
 * The file stores formulas without the leading `=`, with `_xlfn.` in front of functions newer
 * than Excel 2007, and shares one formula text among many cells. The core speaks one canonical
 * form: leading `=`, no prefixes, one formula per cell.
 */
import { XLFN_FUNCTIONS, mapCode, stripFilePrefixes } from '../../core/formula/formula-text';

export { stripFilePrefixes };

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
