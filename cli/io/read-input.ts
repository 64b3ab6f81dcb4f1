/** Reading the workbook named on the command line, or saying in one line why it cannot be. */
import { promises as fs } from 'fs';
import type * as ExcelJS from 'exceljs';
import type { WorkbookSnapshot } from '../../core/workbook/snapshot';
import { usedRowCount } from '../../core/workbook/snapshot';
import { CliError, cannotRead } from '../errors';
import type { Progress } from '../output/progress';
import { readXlsxSnapshot } from '../xlsx/read-xlsx-snapshot';
import { loadWorkbook } from '../xlsx/workbook-io';
import { classifyInput, partsLostOnCopy } from './input-kind';

export interface InputWorkbook {
  readonly path: string;
  readonly workbook: ExcelJS.Workbook;
  readonly snapshot: WorkbookSnapshot;
  /** What a copy written by Riskbook would lose (charts, pivot tables…), in words. */
  readonly lostOnCopy: readonly string[];
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
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

/** A parser's complaint, reduced to something a person can act on. */
function damageReason(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  if (/corrupt|signature|invalid (zip|distance|block|stored)|unexpected end|inflat/i.test(message)) {
    return 'the workbook is damaged: its compressed data is corrupt';
  }
  const line = (message.split('\n')[0] ?? '').replace(/[^\x20-\x7e]/g, '?').trim().slice(0, 120);
  return `the workbook is damaged and cannot be opened (${line || 'unknown reason'})`;
}

export async function readInputWorkbook(path: string, progress: Progress): Promise<InputWorkbook> {
  progress.step(`Opening ${path}…`);
  const data = await readBytes(path);
  const kind = classifyInput(data);
  if (kind.kind === 'unusable') throw cannotRead(path, kind.reason);
  let workbook: ExcelJS.Workbook;
  try {
    workbook = await loadWorkbook(data);
  } catch (err) {
    throw cannotRead(path, damageReason(err));
  }
  const snapshot = readXlsxSnapshot(workbook);
  const rows = snapshot.sheets.reduce((n, s) => n + s.values.length, 0);
  progress.step(`Reading workbook… ${plural(snapshot.sheets.length, 'sheet')}, ${plural(rows, 'row')}`);
  return { path, workbook, snapshot, lostOnCopy: partsLostOnCopy(kind.entries) };
}

/** A workbook with no cell filled anywhere has no register to find. */
export function assertNotEmpty(input: InputWorkbook): void {
  if (input.snapshot.sheets.every((s) => usedRowCount(s) === 0)) {
    throw cannotRead(input.path, 'the workbook is empty');
  }
}
