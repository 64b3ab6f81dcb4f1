/**
 * `riskbook pack FILE --out PACK.pdf`: the audit pack as one PDF (core/outputs/audit-pack.ts says
 * what it holds). The workbook is recalculated in memory and printed by LibreOffice; the input is
 * never changed. The pack is printed twice: the first print says on which page each section
 * starts, the second carries those pages in its contents.
 */
import { mkdtemp, readFile, rm, writeFile } from 'fs/promises';
import { tmpdir } from 'os';
import * as path from 'path';
import type * as ExcelJS from 'exceljs';
import { auditPack } from '../engine';
import type { ExitCode } from '../errors';
import { CliError, EXIT } from '../errors';
import { assertNotEmpty, readInputWorkbook } from '../io/read-input';
import { INSTALL_LIBREOFFICE, convertWithLibreOffice, findSoffice } from '../io/libreoffice';
import { assertNotFolder, sameFile, writeFileAtomic } from '../io/write-output';
import { progressFor } from '../output/progress';
import { pageCount, sheetStartPages } from '../pack/pdf-outline';
import { applyPlanToXlsx } from '../xlsx/apply-plan-to-xlsx';
import { saveWorkbook } from '../xlsx/workbook-io';
import type { CommandContext } from './common';
import { assertSheetExists, engineOptions, exitFor, noRegisterLine, parseNow, printOptions } from './common';
import type { PaperSize } from '../../core/workbook/plan';

export interface PackOptions {
  readonly out?: string;
  /** Also write the workbook the pack was printed from. */
  readonly workbook?: string;
  readonly sheet?: string;
  readonly now?: string;
  readonly verbose?: boolean;
  readonly paper?: PaperSize;
}

/** A column's width as the file has it, in characters; 0 when hidden (it does not print). */
function columnWidths(workbook: ExcelJS.Workbook, sheet: string): number[] {
  const ws = workbook.worksheets.find((w) => w.name.toLowerCase() === sheet.toLowerCase());
  if (!ws) return [];
  const widths: number[] = [];
  for (let c = 1; c <= ws.actualColumnCount || c <= ws.columnCount; c++) {
    const col = ws.getColumn(c);
    widths.push(col.hidden ? 0 : (col.width ?? 8.43));
  }
  return widths;
}

/** Rows looked at for the text size: the title block, the header and enough risks to see their style. */
const FONT_SAMPLE_ROWS = 200;

/**
 * The smallest and largest font sizes the sheet's first rows use from `fromRow` (0-based) on
 * (Calibri 11 where a cell names none).
 */
function fontSizes(workbook: ExcelJS.Workbook, sheet: string, fromRow = 0): { smallest: number; largest: number } | undefined {
  const ws = workbook.worksheets.find((w) => w.name.toLowerCase() === sheet.toLowerCase());
  if (!ws) return undefined;
  let sizes: { smallest: number; largest: number } | undefined;
  const last = Math.min(ws.rowCount, fromRow + FONT_SAMPLE_ROWS);
  for (let r = fromRow + 1; r <= last; r++) {
    ws.getRow(r).eachCell((cell) => {
      if (cell.value === null || cell.value === '') return;
      const size = cell.font?.size ?? 11;
      sizes = sizes ? { smallest: Math.min(sizes.smallest, size), largest: Math.max(sizes.largest, size) } : { smallest: size, largest: size };
    });
  }
  return sizes;
}

/** The typeface the core measures text in, and LibreOffice has (as Carlito, its metric twin). */
const PACK_FONT = 'Calibri';

/**
 * The register's cells in the pack's typeface, sizes and emphasis kept, in the copy only. The core
 * lays the register out for Calibri's widths; LibreOffice prints a font it does not have in a much
 * wider one (Aptos Narrow as DejaVu Sans), and words then break in the middle of a column.
 */
function packFont(font: Partial<ExcelJS.Font> | undefined): Partial<ExcelJS.Font> {
  // A theme font (`scheme`) would take the theme's typeface instead of the name.
  const { scheme: _theme, ...own } = font ?? {};
  return { ...own, name: PACK_FONT };
}

function inPackFont(workbook: ExcelJS.Workbook, sheet: string): void {
  const ws = workbook.worksheets.find((w) => w.name.toLowerCase() === sheet.toLowerCase());
  ws?.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      cell.font = packFont(cell.font);
      // Text in runs carries a font per run.
      const value = cell.value;
      if (value !== null && typeof value === 'object' && 'richText' in value) {
        cell.value = { richText: value.richText.map((run) => ({ ...run, font: packFont(run.font) })) };
      }
    }),
  );
}

async function outputPath(file: string, out: string | undefined): Promise<string> {
  if (out === undefined) throw new CliError('pack needs --out FILE.pdf: the pack is written to a new file');
  if (!/\.pdf$/i.test(out)) throw new CliError(`the pack must be a .pdf file, got "${out}"`);
  await assertNotFolder(out);
  if (await sameFile(out, file)) throw new CliError(`refusing to overwrite the input "${file}"`);
  return out;
}

async function workbookPath(file: string, out: string | undefined): Promise<string | undefined> {
  if (out === undefined) return undefined;
  if (!/\.xlsx$/i.test(out)) throw new CliError(`--workbook must name an .xlsx file, got "${out}"`);
  await assertNotFolder(out);
  if (await sameFile(out, file)) throw new CliError(`refusing to overwrite the input "${file}"`);
  return out;
}

export async function runPack(file: string, opts: PackOptions, ctx: CommandContext): Promise<ExitCode> {
  const now = parseNow(opts.now);
  const target = await outputPath(file, opts.out);
  const workbookTarget = await workbookPath(file, opts.workbook);
  if (!findSoffice()) throw new CliError(INSTALL_LIBREOFFICE);
  const progress = progressFor(ctx.console, opts.verbose ?? false);
  const input = await readInputWorkbook(file, progress);
  assertNotEmpty(input);
  assertSheetExists(input, opts.sheet);
  progress.step('Recalculating in memory…');
  const pack = auditPack(input.snapshot, engineOptions(now, opts.sheet, printOptions(ctx, opts.paper)), {
    sheetNames: input.workbook.worksheets.map((ws) => ws.name),
    columnWidths: (sheet) => columnWidths(input.workbook, sheet),
    smallestFont: (sheet) => fontSizes(input.workbook, sheet)?.smallest,
    largestFont: (sheet, fromRow) => fontSizes(input.workbook, sheet, fromRow)?.largest,
  });
  if (!pack) {
    ctx.console.err(`riskbook: ${noRegisterLine(file, [])}\n`);
    return EXIT.unusable;
  }
  const { warnings } = await applyPlanToXlsx(input.workbook, { ...pack.plan, sheets: [...pack.plan.sheets, pack.contents()] });
  inPackFont(input.workbook, pack.registerSheet);
  for (const w of warnings) ctx.console.err(`riskbook: warning: ${w}\n`);

  const dir = await mkdtemp(path.join(tmpdir(), 'riskbook-pack-'));
  try {
    const xlsx = path.join(dir, 'audit-pack.xlsx');
    const print = async (): Promise<Buffer> => {
      await writeFile(xlsx, await saveWorkbook(input.workbook));
      return readFile(convertWithLibreOffice(xlsx, dir, { to: 'pdf', timeoutMs: 600_000 }));
    };
    progress.step('Printing the pack with LibreOffice…');
    const first = await print();
    const starts = sheetStartPages(first);
    const pages = new Map(pack.sections.flatMap((s) => (starts.has(s.sheet) ? [[s.sheet, starts.get(s.sheet)!] as const] : [])));
    await applyPlanToXlsx(input.workbook, { sheets: [pack.contents(pages)], names: [] });
    progress.step('Numbering the contents…');
    const pdf = await print();
    await writeFileAtomic(target, pdf);
    if (workbookTarget !== undefined) await writeFileAtomic(workbookTarget, await readFile(xlsx));
    const count = pageCount(pdf);
    const s = pack.summary;
    ctx.console.out(
      `Wrote ${target}: ${count > 0 ? `${count} pages, ` : ''}cover, contents, ${pack.sections.map((x) => x.title.split(':')[0]).join(', ')}.\n` +
        `${pack.riskCount} risk(s) checked: ${s.errors} error(s), ${s.warnings} warning(s), ${s.infos} note(s).\n`,
    );
    return exitFor(s);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
