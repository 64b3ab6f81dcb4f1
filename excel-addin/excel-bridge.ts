/**
 * The HostBridge the shared panel talks to inside Excel. Office.js stays behind this module and
 * excel-run-request.ts; the panel sees plain JSON requests and outcomes.
 */
import { MAX_SELECTED_RANGES } from '../core/requests';
import { parseRange } from '../core/workbook/a1';
import type { HostBridge } from '../ui/host-bridge';
import { ExcelHostError, friendlyError, officeErrorCode } from './excel-errors';
import type { Respond } from './excel-run-request';
import { runRequest } from './excel-run-request';

/**
 * Activates the sheet and selects the cells, in one round trip: every range at once where Excel
 * can select several (`Worksheet.getRanges` is ExcelApi 1.9, but `RangeAreas.select` only 1.18),
 * else the first range, which any Excel the manifest admits (1.8) selects.
 */
async function selectCells(sheet: string, cells: readonly string[]): Promise<void> {
  const ranges = cells.slice(0, MAX_SELECTED_RANGES);
  const bad = ranges.find((c) => !parseRange(c));
  if (bad !== undefined || ranges.length === 0) throw new ExcelHostError(`"${bad ?? ''}" is not a cell address.`);
  const all = ranges.length > 1 && Office.context.requirements.isSetSupported('ExcelApi', '1.18');
  try {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      if (all) ws.getRanges(ranges.join(',')).select();
      else ws.getRange(ranges[0]).select();
      await context.sync();
    });
  } catch (err) {
    if (officeErrorCode(err) === 'ItemNotFound') throw new ExcelHostError(`There is no sheet named "${sheet}" any more.`, 'ItemNotFound');
    throw friendlyError(err, `going to ${ranges[0]!} on "${sheet}"`, 'The sheet may be hidden.');
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
    selectCells,
  };
}
