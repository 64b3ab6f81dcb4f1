/**
 * Which optional Excel API sets the running Excel has, asked once per action. The manifest
 * requires ExcelApi 1.8 (data validation); everything newer is used only where it is present.
 */

/** Data validation (`Range.dataValidation`) is 1.8: below it Riskbook cannot do its job. */
export const MINIMUM_EXCEL_API = '1.8';

export interface ExcelSupport {
  /**
   * ExcelApi 1.9: `suspendScreenUpdatingUntilNextSync`, `setRowProperties`, autofilter, and the
   * whole page setup (page layout, its headers and footers, `horizontalPageBreaks`).
   */
  readonly api19: boolean;
  /** ExcelApi 1.13: `getMergedAreasOrNullObject`, so merged cells can be read. */
  readonly api113: boolean;
  /** ExcelApi 1.18: `Worksheet.notes`, so a plan's cell notes can be written. */
  readonly api118: boolean;
}

function supported(version: string): boolean {
  return Office.context.requirements.isSetSupported('ExcelApi', version);
}

/** Throws a message for a person when Excel is older than the minimum. */
export function excelSupport(): ExcelSupport {
  if (!supported(MINIMUM_EXCEL_API)) {
    throw new Error('This version of Excel is too old for Riskbook: it needs Excel 2021, Microsoft 365 or Excel on the web.');
  }
  return { api19: supported('1.9'), api113: supported('1.13'), api118: supported('1.18') };
}
