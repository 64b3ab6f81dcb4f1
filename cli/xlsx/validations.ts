/** Plan validation rules → ExcelJS data validations, kept as bounded ranges. */
import type * as ExcelJS from 'exceljs';
import type { RangeRef } from '../../core/workbook/a1';
import { MAX_COLUMNS, MAX_ROWS, parseRange, rangeAddress, rangesOverlap, subtractRange } from '../../core/workbook/a1';
import type { ValidationSpec } from '../../core/workbook/plan';
import { normaliseSqrefPart } from './exceljs-patches';

/**
 * A validation range must be bounded: whole-column rules make ExcelJS (and any reader of the
 * file) expand a million cells per column. Plans never ask for one; this is a programming error.
 */
export function boundedRange(range: string): RangeRef {
  const r = parseRange(range);
  if (!r) throw new Error(`Validation range must be a bounded A1 range, got ${range}`);
  if (r.rows >= MAX_ROWS || r.cols >= MAX_COLUMNS) throw new Error(`Validation range ${range} spans a whole column or row`);
  return r;
}

export function toExcelJsValidation(spec: ValidationSpec): ExcelJS.DataValidation {
  const common = {
    allowBlank: spec.allowBlank,
    showErrorMessage: true,
    errorStyle: spec.style,
    ...(spec.prompt ? { showInputMessage: true, prompt: spec.prompt } : {}),
  };
  const rule = spec.rule;
  switch (rule.kind) {
    case 'list':
      // The file stores validation formulas without the leading `=`: `RB_TreatmentOptions`.
      return { ...common, type: 'list', formulae: [rule.namedRange.replace(/^=/, '')] };
    case 'whole':
    case 'decimal':
      return { ...common, type: rule.kind, operator: 'between', formulae: [rule.min, rule.max] };
    case 'date':
      // Any real date; ExcelJS turns Dates into serials on write.
      return {
        ...common,
        type: 'date',
        operator: 'between',
        formulae: [new Date(Date.UTC(1900, 0, 1)), new Date(Date.UTC(9999, 11, 31))],
      };
  }
}

function key(r: RangeRef): string {
  return rangeAddress(r.row, r.col, r.rows, r.cols);
}

/**
 * Sets the rule on the range. Any earlier rule on those cells gives way (Excel allows one rule
 * per cell); the rest of that earlier rule's range keeps it.
 */
export function setValidation(ws: ExcelJS.Worksheet, spec: ValidationSpec): void {
  const target = boundedRange(spec.range);
  // ExcelJS keeps a sheet's rules keyed by cell or range in `dataValidations.model` (untyped).
  const model = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } })
    .dataValidations.model;
  for (const [address, dv] of Object.entries(model)) {
    if (!dv) {
      delete model[address];
      continue;
    }
    const existing = parseRange(normaliseSqrefPart(address));
    if (!existing || !rangesOverlap(existing, target)) continue;
    delete model[address];
    for (const rest of subtractRange(existing, target)) model[key(rest)] = dv;
  }
  model[key(target)] = toExcelJsValidation(spec);
}
