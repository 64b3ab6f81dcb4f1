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

/** The text a section prints on page `page` of `pages` of sheet `sheet` (the memory workbook and tests). */
export function sectionText(text: HeaderFooterText | undefined, at: { readonly page: number; readonly pages: number; readonly sheet: string }): string {
  if (!text) return '';
  return text.map((part) => (typeof part === 'string' ? part : part.field === 'page' ? String(at.page) : part.field === 'pages' ? String(at.pages) : at.sheet)).join('');
}
