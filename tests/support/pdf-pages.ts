/** The text of each page of a PDF with the size it prints at, in points (pdf-text-sizes.mjs, pdf.js). */
import { execFileSync } from 'child_process';
import * as path from 'path';

export interface PdfText {
  readonly text: string;
  readonly size: number;
}

export interface PdfPage {
  readonly items: readonly PdfText[];
}

export function pdfPages(file: string): PdfPage[] {
  const out = execFileSync(process.execPath, [path.join(__dirname, 'pdf-text-sizes.mjs'), file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return JSON.parse(out) as PdfPage[];
}

/** The page's text, its items joined by spaces. */
export function pageText(page: PdfPage): string {
  return page.items.map((i) => i.text).join(' ');
}
