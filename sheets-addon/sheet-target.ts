/**
 * One sheet being written: caches Range objects so each A1 range costs one `getRange`, and knows
 * whether the sheet is freshly inserted (nothing on it to keep) or the user's (keep what the plan
 * does not name).
 */
import type { Box } from './cell-grids';
import { boxAddress } from './cell-grids';

export class SheetTarget {
  private readonly ranges = new Map<string, GoogleAppsScript.Spreadsheet.Range>();

  constructor(
    readonly sheet: GoogleAppsScript.Spreadsheet.Sheet,
    /** True for a sheet inserted by this run: every cell is blank and unformatted. */
    readonly fresh: boolean,
  ) {}

  range(a1: string): GoogleAppsScript.Spreadsheet.Range {
    const key = a1.toUpperCase();
    let r = this.ranges.get(key);
    if (!r) {
      r = this.sheet.getRange(key);
      this.ranges.set(key, r);
    }
    return r;
  }

  box(box: Box): GoogleAppsScript.Spreadsheet.Range {
    return this.range(boxAddress(box));
  }

  rangeList(a1s: readonly string[]): GoogleAppsScript.Spreadsheet.RangeList {
    return this.sheet.getRangeList(a1s.map((a) => a.toUpperCase()));
  }
}
