/** Loading and saving ExcelJS workbooks, always with Riskbook's ExcelJS fixes installed. */
import type * as ExcelJS from 'exceljs';
import type * as Patches from './exceljs-patches';
import type * as PackageParts from './package-parts';

/**
 * ExcelJS, with Riskbook's fixes installed, loaded on first use: `check` and `map` read files
 * without it, and loading it is most of the command line's start-up.
 */
function excelJs(): typeof ExcelJS {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use (see above)
  const patches = require('./exceljs-patches') as typeof Patches;
  patches.installExcelJsPatches();
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use (see above)
  return require('exceljs') as typeof ExcelJS;
}

export function newWorkbook(): ExcelJS.Workbook {
  return new (excelJs().Workbook)();
}

export async function loadWorkbook(data: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = newWorkbook();
  // Loaded with ExcelJS, for the same reason: it loads JSZip.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use (see above)
  const { withReadablePartNames } = require('./package-parts') as typeof PackageParts;
  // ExcelJS's typings predate Node's generic Buffer.
  await workbook.xlsx.load((await withReadablePartNames(data)) as unknown as ExcelJS.Buffer);
  return workbook;
}

export async function saveWorkbook(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
