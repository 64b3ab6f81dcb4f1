/**
 * What a person checks on printed pages, checked on the PDF LibreOffice prints and on its pages
 * rendered as images:
 *
 * - no text smaller than 7 pt (`small-text`);
 * - "Page N of M" on every page (`unnumbered`);
 * - no text printed over other text (`overlap`): a cell's text cut at a neighbour that holds
 *   something runs its last letters under it, and wrapped text taller than its row prints over
 *   the rows around it;
 * - no number too wide for its column, which prints as `###` (`hash-marks`);
 * - no page without ink between its header and footer (`empty-page`, from the rendered image);
 * - where the words a sheet holds are known, no printed word that is not one of them
 *   (`cut-word`): a word cut at a cell's edge ("Secu" of "Security") or broken across lines
 *   ("requiremen" / "t"), or an id split at its hyphen ("R-" / "38").
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { sheetStartPages } from '../../cli/pack/pdf-outline';
import { MIN_PRINT_PT, PRINT_MARGINS } from '../../core/workbook/print-layout';
import { recalculateWithLibreOffice } from './libreoffice';
import { pdfPages, type PdfPage, type PdfText } from './pdf-pages';

export type PrintDefectKind = 'small-text' | 'unnumbered' | 'overlap' | 'hash-marks' | 'empty-page' | 'cut-word';

export interface PrintDefect {
  /** 1-based. */
  readonly page: number;
  readonly kind: PrintDefectKind;
  readonly text: string;
}

export interface PrintCheckOptions {
  /** The words the sheet printed on a page holds (lower case), by 1-based page; a page without is not checked for cut words. */
  readonly wordsOnPage?: (page: number) => ReadonlySet<string> | undefined;
  /** The fraction of each page's body that is ink, by 1-based page (`inkByPage`); absent, no page is checked for it. */
  readonly ink?: readonly number[];
}

/** Points of the top and bottom margins, where the header and footer print. */
const BAND = Math.min(PRINT_MARGINS.top, PRINT_MARGINS.bottom) * 72;

/** The part of an item's size above its baseline, and below, as boxes for overlap. */
const ASCENT = 0.75;
const DESCENT = 0.2;

function overlapping(a: PdfText, b: PdfText): boolean {
  const across = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const down = Math.min(a.y + ASCENT * a.size, b.y + ASCENT * b.size) - Math.max(a.y - DESCENT * a.size, b.y - DESCENT * b.size);
  // Half a point across: neighbouring cells' text may touch; a third of a line down: lines may too.
  return across > 0.5 && down > 0.3 * Math.min(a.size, b.size);
}

/** Pairs of items that print over each other, found among items sorted by baseline. */
function overlaps(items: readonly PdfText[]): [PdfText, PdfText][] {
  const sorted = [...items].sort((a, b) => a.y - b.y);
  const found: [PdfText, PdfText][] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j]!;
      if (b.y - DESCENT * b.size > a.y + ASCENT * a.size) break;
      if (overlapping(a, b)) found.push([a, b]);
    }
  }
  return found;
}

/** Numbers, dates, percentages and the like: printed as the program formats them, not as a cell holds them. */
const NUMBER_LIKE = /^[\d.,:;/%()+\-–−#·x×=<>≥≤]*\d[\d.,:;/%()+\-–−x×]*$/u;

/**
 * The words a text is made of, as checked against what a sheet holds: lower case, split at
 * white space, without the punctuation around them (a program may carry a comma to the next line). A word joined by a hyphen or a slash may print in pieces, one line ending after the
 * hyphen or slash; an id (`R-38`) may not.
 */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/\s+/u)
    .map((w) => w.replace(/^[,.;:!?"'“”‘’()[\]]+|[,.;:!?"'“”‘’()[\]]+$/gu, ''))
    .filter((w) => w !== '');
}

export function vocabularyOf(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const text of texts) {
    for (const word of wordsOf(text)) {
      words.add(word);
      if (ID_LIKE.test(word)) continue;
      // Programs break a line after a hyphen or a slash: "on-" / "premises", "Availability/" / "Integrity".
      const pieces = word.split(/(?<=[-/])/u);
      if (pieces.length > 1) for (let i = 0; i < pieces.length; i++) for (let j = i + 1; j <= pieces.length; j++) words.add(pieces.slice(i, j).join(''));
    }
  }
  return words;
}

/** An id such as `r-38`, `a.5.1-2` or `id-r01`: printed whole, never broken at its hyphen. */
const ID_LIKE = /^\p{L}{1,4}-[\p{L}]{0,2}\d/u;

/**
 * Items that print as one piece of text: a cell whose text is in runs of different fonts prints
 * each run as an item of its own ("L" and "ikelihood"), touching on the same baseline. Touching
 * items may also be two cells (two bars side by side): a group reads whole either way.
 */
function touchingGroups(items: readonly PdfText[]): PdfText[][] {
  const groups: PdfText[][] = [];
  for (const item of items) {
    const group = groups.at(-1);
    const last = group?.at(-1);
    if (group && last && Math.abs(last.y - item.y) < 0.5 && Math.abs(item.x - (last.x + last.width)) < 0.3) group.push(item);
    else groups.push([item]);
  }
  return groups;
}

/** The defects of printed pages (see the module's comment), in page order. */
export function printDefects(pages: readonly PdfPage[], options: PrintCheckOptions = {}): PrintDefect[] {
  const defects: PrintDefect[] = [];
  pages.forEach((page, index) => {
    const n = index + 1;
    const add = (kind: PrintDefectKind, text: string): void => {
      defects.push({ page: n, kind, text });
    };
    for (const item of page.items) if (item.size < MIN_PRINT_PT) add('small-text', `${item.text} (${item.size} pt)`);
    if (!page.items.map((i) => i.text).join(' ').includes(`Page ${n} of ${pages.length}`)) add('unnumbered', `no "Page ${n} of ${pages.length}"`);
    for (const [a, b] of overlaps(page.items)) add('overlap', `"${a.text}" and "${b.text}"`);
    for (const item of page.items) if (/#{3,}/u.test(item.text)) add('hash-marks', item.text);
    const ink = options.ink?.[index];
    if (ink !== undefined && ink < 0.0002) add('empty-page', 'nothing printed between the header and the footer');
    const words = options.wordsOnPage?.(n);
    if (words) {
      const known = (word: string): boolean => words.has(word) || NUMBER_LIKE.test(word);
      for (const group of touchingGroups(page.items.filter((i) => i.y > BAND && i.y < page.height - BAND))) {
        const joined = group.map((i) => i.text).join('');
        if (wordsOf(joined).every(known) || group.every((i) => wordsOf(i.text).every(known))) continue;
        for (const word of wordsOf(joined)) if (!known(word)) add('cut-word', `"${word}" in "${joined}"`);
      }
    }
  });
  return defects;
}

/**
 * Each page of a PDF rendered as a grey image (pdftoppm, 24 dpi), and the fraction of its body,
 * between the header and footer bands, that is ink.
 */
export function inkByPage(pdf: string): number[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'riskbook-ink-'));
  try {
    execFileSync('pdftoppm', ['-gray', '-r', '24', pdf, path.join(dir, 'page')]);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.pgm'))
      .sort()
      .map((f) => bodyInk(readFileSync(path.join(dir, f)), 24));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The fraction of ink of a binary PGM image (pixels clearly darker than paper), between the margin bands. */
export function bodyInk(pgm: Buffer, dpi: number): number {
  // P5, width, height, maximum grey, each separated by white space, then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/u.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a binary PGM image');
  const [width, height, max] = [Number(header[1]), Number(header[2]), Number(header[3])];
  const pixels = pgm.subarray(header[0].length);
  const band = Math.ceil((BAND / 72) * dpi);
  let dark = 0;
  let all = 0;
  for (let y = band; y < height - band; y++) {
    for (let x = 0; x < width; x++) {
      all++;
      // Small text at this resolution is grey, not black: any pixel clearly darker than paper is ink.
      if (pixels[y * width + x]! < max * 0.85) dark++;
    }
  }
  return all === 0 ? 0 : dark / all;
}

/** A cell's text as ExcelJS gives it; a formula whose result LibreOffice left empty has none. */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  // An error a formula gives prints as its code (`#NAME?`).
  if (value !== null && typeof value === 'object' && 'error' in value) return String(value.error);
  if (value !== null && typeof value === 'object' && 'result' in value && value.result !== null && typeof value.result === 'object' && 'error' in value.result) return String(value.result.error);
  try {
    return cell.text;
  } catch {
    return '';
  }
}

/**
 * The words each sheet of a workbook holds, as it prints them: `xlsx` is recalculated by
 * LibreOffice first, so formulas give their values.
 */
export async function wordsBySheet(xlsx: string): Promise<Map<string, Set<string>>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'riskbook-words-'));
  try {
    const copy = recalculateWithLibreOffice(xlsx, dir);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(copy);
    const bySheet = new Map<string, Set<string>>();
    for (const ws of wb.worksheets) {
      const texts: string[] = [];
      ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (cell) => void texts.push(cellText(cell))));
      bySheet.set(ws.name, vocabularyOf(texts));
    }
    return bySheet;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The defects of a printed workbook: `pdf` printed from `xlsx`, one bookmark per sheet (as
 * LibreOffice exports it), so each page is checked against the words of the sheet it prints.
 */
export async function printedWorkbookDefects(pdf: string, xlsx: string): Promise<{ pages: PdfPage[]; defects: PrintDefect[] }> {
  const pages = pdfPages(pdf);
  const words = await wordsBySheet(xlsx);
  const starts = [...sheetStartPages(readFileSync(pdf)).entries()].sort((a, b) => a[1] - b[1]);
  const sheetOn = (page: number): string | undefined => starts.filter(([, start]) => start <= page).at(-1)?.[0];
  const defects = printDefects(pages, { ink: inkByPage(pdf), wordsOnPage: (page) => {
    const sheet = sheetOn(page);
    return sheet === undefined ? undefined : words.get(sheet);
  } });
  return { pages, defects };
}
