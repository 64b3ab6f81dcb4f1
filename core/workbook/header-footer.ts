/**
 * Printed headers and footers in the code Excel and the OOXML file format share (`&L`, `&C`,
 * `&R` open the sections, `&P` is the page number, `&N` the number of pages, `&A` the sheet's
 * name; a literal `&` is written `&&`). Office.js takes the same code per section.
 */
import type { HeaderFooterField, HeaderFooterSpec, HeaderFooterText } from './plan';

const FIELD_CODE: Readonly<Record<HeaderFooterField, string>> = { page: '&P', pages: '&N', sheet: '&A' };

/** The most characters Excel keeps in one header or footer, all sections and codes included. */
export const HEADER_FOOTER_MAX = 255;

/** One section in Excel's code. */
export function sectionCode(text: HeaderFooterText | undefined): string {
  if (!text) return '';
  return text
    .map((part) => (typeof part === 'string' ? part.replace(/&/g, '&&').replace(/[\r\n]+/g, ' ') : FIELD_CODE[part.field]))
    .join('');
}

/** The whole header or footer in Excel's code, empty sections left out. */
export function headerFooterCode(spec: HeaderFooterSpec | undefined): string {
  if (!spec) return '';
  const parts: string[] = [];
  for (const [code, text] of [['&L', spec.left], ['&C', spec.center], ['&R', spec.right]] as const) {
    const body = sectionCode(text);
    if (body !== '') parts.push(code + body);
  }
  return parts.join('');
}

const SECTIONS = ['left', 'center', 'right'] as const;

/**
 * The header or footer with its longest texts shortened ("…") until its code fits in
 * HEADER_FOOTER_MAX characters: Excel refuses a longer one, and an organisation or a
 * classification typed above a register may be a sentence.
 */
export function withinHeaderFooterLimit(spec: HeaderFooterSpec): HeaderFooterSpec {
  let out = spec;
  for (let excess = headerFooterCode(out).length - HEADER_FOOTER_MAX; excess > 0; excess = headerFooterCode(out).length - HEADER_FOOTER_MAX) {
    // The longest text of any section, by its length in code (a `&` takes two).
    let longest: { section: (typeof SECTIONS)[number]; index: number; length: number } | null = null;
    for (const section of SECTIONS) {
      (out[section] ?? []).forEach((part, index) => {
        const length = typeof part === 'string' ? sectionCode([part]).length : 0;
        if (length > (longest?.length ?? 0)) longest = { section, index, length };
      });
    }
    if (longest === null) break;
    const { section, index } = longest as { section: (typeof SECTIONS)[number]; index: number };
    const text = out[section]![index] as string;
    // Cut by characters, at least as many as the code is over, and one more for the ellipsis.
    const kept = [...text].slice(0, Math.max(0, [...text].length - excess - 1)).join('').trimEnd();
    const parts = [...out[section]!];
    parts[index] = kept === '' ? '…' : `${kept}…`;
    out = { ...out, [section]: parts };
    if (kept === '') break;
  }
  return out;
}

/** The text a section prints on page `page` of `pages` of sheet `sheet` (the memory workbook and tests). */
export function sectionText(text: HeaderFooterText | undefined, at: { readonly page: number; readonly pages: number; readonly sheet: string }): string {
  if (!text) return '';
  return text.map((part) => (typeof part === 'string' ? part : part.field === 'page' ? String(at.page) : part.field === 'pages' ? String(at.pages) : at.sheet)).join('');
}
