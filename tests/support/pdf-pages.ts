/** The text of each page of a PDF with the size it prints at, in points (pdf-text-sizes.mjs, pdf.js). */
import { execFileSync } from 'child_process';
import * as path from 'path';

export interface PdfText {
  readonly text: string;
  /** Printed size in points. */
  readonly size: number;
  /** Where the text starts, in points from the page's left edge. */
  readonly x: number;
  /** Its baseline, in points from the page's bottom edge. */
  readonly y: number;
  /** Its advance, in points. */
  readonly width: number;
}

export interface PdfPage {
  readonly width: number;
  readonly height: number;
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
