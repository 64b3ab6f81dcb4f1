/**
 * The HostBridge the shared panel talks to inside Excel. Office.js stays behind this module and
 * excel-run-request.ts; the panel sees plain JSON requests and outcomes.
 */
import { parseRange } from '../core/workbook/a1';
import type { HostBridge } from '../ui/host-bridge';
import { ExcelHostError, friendlyError, officeErrorCode } from './excel-errors';
import type { Respond } from './excel-run-request';
import { runRequest } from './excel-run-request';

/** Activates the sheet and selects the cell, in one round trip. */
async function selectCell(sheet: string, cell: string): Promise<void> {
  if (!parseRange(cell)) throw new ExcelHostError(`"${cell}" is not a cell address.`);
  try {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
  } catch (err) {
    if (officeErrorCode(err) === 'ItemNotFound') throw new ExcelHostError(`There is no sheet named "${sheet}" any more.`, 'ItemNotFound');
    throw friendlyError(err, `going to ${cell} on "${sheet}"`, 'The sheet may be hidden.');
  }
}

export interface ExcelBridgeOptions {
  /** Where the core runs (the task pane passes a Web Worker); in this thread by default. */
  readonly respond?: Respond | null;
}

export function createExcelBridge(options: ExcelBridgeOptions = {}): HostBridge {
  const respond = options.respond ?? undefined;
  return {
    host: 'excel',
    request: (request) => runRequest(request, respond ? { respond } : {}),
    selectCell,
  };
}
