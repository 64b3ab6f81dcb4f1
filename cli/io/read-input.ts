/** Reading the workbook named on the command line, or saying in one line why it cannot be. */
import { promises as fs } from 'fs';
import type * as ExcelJS from 'exceljs';
import type { WorkbookSnapshot } from '../../core/workbook/snapshot';
import { usedRowCount } from '../../core/workbook/snapshot';
import { CliError, cannotRead } from '../errors';
import type { Progress } from '../output/progress';
import { grouped } from '../output/wrap';
import { streamXlsxSnapshot } from '../xlsx/stream-xlsx-snapshot';
import { loadWorkbook } from '../xlsx/workbook-io';
import { classifyInput, partsLostOnCopy } from './input-kind';
import type { ZipEntry } from './zip-directory';

/** What a read-only command needs: the snapshot, read without ExcelJS. */
export interface InputSnapshot {
  readonly path: string;
  readonly snapshot: WorkbookSnapshot;
  /** What a copy written by Riskbook would lose (charts, pivot tables…), in words. */
  readonly lostOnCopy: readonly string[];
}

/** What a command that writes a copy needs: ExcelJS's model as well, to apply a plan to. */
export interface InputWorkbook extends InputSnapshot {
  readonly workbook: ExcelJS.Workbook;
}

async function readBytes(path: string): Promise<Buffer> {
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) throw cannotRead(path, 'it is a folder, not a workbook');
    return await fs.readFile(path);
  } catch (err) {
    if (err instanceof CliError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw cannotRead(path, 'no such file');
    if (code === 'EACCES' || code === 'EPERM') throw cannotRead(path, 'permission denied');
    throw cannotRead(path, (err as Error).message);
  }
}

function plural(n: number, word: string): string {
  return `${grouped(n)} ${word}${n === 1 ? '' : 's'}`;
}

/** A parser's complaint, reduced to something a person can act on. */
function damageReason(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  // JSZip says "uncompressed data size mismatch" of a part whose data inflates to garbage.
  if (/corrupt|signature|invalid (zip|distance|block|stored)|unexpected end|inflat|size mismatch/i.test(message)) {
    return 'the workbook is damaged: its compressed data is corrupt';
  }
  const line = (message.split('\n')[0] ?? '').replace(/[^\x20-\x7e]/g, '?').trim().slice(0, 120);
  return `the workbook is damaged and cannot be opened (${line || 'unknown reason'})`;
}

/** The file's bytes, once they are known to be an .xlsx package. */
export async function openInput(path: string, progress: Progress): Promise<{ data: Buffer; entries: readonly ZipEntry[] }> {
  progress.step(`Opening ${path}…`);
  const data = await readBytes(path);
  const kind = classifyInput(data);
  if (kind.kind === 'unusable') throw cannotRead(path, kind.reason);
  return { data, entries: kind.entries };
}

/** The progress line for a workbook read: how many sheets and rows. */
export function readLine(snapshot: WorkbookSnapshot): string {
  const rows = snapshot.sheets.reduce((n, s) => n + s.values.length, 0);
  return `Reading workbook… ${plural(snapshot.sheets.length, 'sheet')}, ${plural(rows, 'row')}`;
}

/** The file's bytes streamed into its snapshot; damage said in one line. */
export async function snapshotFrom(path: string, data: Buffer): Promise<WorkbookSnapshot> {
  try {
    return await streamXlsxSnapshot(data);
  } catch (err) {
    throw cannotRead(path, damageReason(err));
  }
}

/** The file streamed into its snapshot, with the bytes it came from. */
async function streamInput(path: string, progress: Progress): Promise<{ input: InputSnapshot; data: Buffer }> {
  const { data, entries } = await openInput(path, progress);
  const snapshot = await snapshotFrom(path, data);
  progress.step(readLine(snapshot));
  return { input: { path, snapshot, lostOnCopy: partsLostOnCopy(entries) }, data };
}

/**
 * The snapshot alone, streamed from the file (`check`, `map`): a fraction of the time and memory
 * ExcelJS's model takes. Damage is reported in the same words as by `readInputWorkbook`.
 */
export async function readInputSnapshot(path: string, progress: Progress): Promise<InputSnapshot> {
  return (await streamInput(path, progress)).input;
}

/** ExcelJS's model of the file's bytes; damage said in the same words as by the streaming reader. */
export async function loadWorkbookFrom(path: string, data: Buffer): Promise<ExcelJS.Workbook> {
  try {
    return await loadWorkbook(data);
  } catch (err) {
    throw cannotRead(path, damageReason(err));
  }
}

/**
 * Refuses, in one line, a model without one of the sheets the streaming reader found
 * (`sheetNames`): the copy would lack it, and the plan would rebuild it empty.
 */
export function assertEverySheetLoaded(path: string, workbook: ExcelJS.Workbook, sheetNames: readonly string[]): void {
  const loaded = new Set(workbook.worksheets.map((ws) => ws.name.toLowerCase()));
  const unloadable = sheetNames.filter((name) => !loaded.has(name.toLowerCase())).map((name) => `"${name}"`);
  if (unloadable.length > 0) {
    const sheets = `sheet${unloadable.length === 1 ? '' : 's'} ${unloadable.join(', ')}`;
    throw new CliError(`cannot write a copy of "${path}": its ${sheets} cannot be copied (stored in a way Riskbook's writer does not support); riskbook check still reads it`);
  }
}

/**
 * The snapshot and ExcelJS's model of the same file, for a command that needs the model before it
 * plans. The engine reads the streamed snapshot, as `check` does (one reader: what a command plans
 * from is what a check reports on, ExcelJS's misreadings aside); the model is what a plan is
 * applied to.
 */
export async function readInputWorkbook(path: string, progress: Progress): Promise<InputWorkbook> {
  const { input, data } = await streamInput(path, progress);
  const workbook = await loadWorkbookFrom(path, data);
  assertEverySheetLoaded(path, workbook, input.snapshot.sheets.map((s) => s.name));
  return { ...input, workbook };
}

/** A workbook with no cell filled anywhere has no register to find. */
export function assertNotEmpty(input: InputSnapshot): void {
  if (input.snapshot.sheets.every((s) => usedRowCount(s) === 0)) {
    throw cannotRead(input.path, 'the workbook is empty');
  }
}
