/**
 * Plan formats, validations and conditional formats → Office.js calls on bounded ranges. Each
 * spec costs one range proxy (and its format children), whatever the number of cells it covers.
 */
import { MAX_COLUMNS, MAX_ROWS, parseRange } from '../core/workbook/a1';
import type { RangeRef } from '../core/workbook/a1';
import type { ConditionalFormatSpec, FormatLikeSpec, FormatSpec, ValidationRule, ValidationSpec } from '../core/workbook/plan';
import { callBytes, jsonBytes } from './excel-limits';
import type { RowsStep, SingleStep, WriteStep } from './excel-write-batches';
import { single } from './excel-write-batches';

/**
 * The range of a spec. Plans never name whole columns (Excel would evaluate a rule over a million
 * rows); one that does is a programming error, not something to pass on to Excel.
 */
export function boundedRange(range: string): RangeRef {
  const r = parseRange(range);
  if (!r) throw new Error(`Expected a bounded A1 range, got ${range}`);
  if (r.rows >= MAX_ROWS || r.cols >= MAX_COLUMNS) throw new Error(`Range ${range} spans a whole column or row`);
  return r;
}

const HORIZONTAL: Readonly<Record<NonNullable<FormatSpec['horizontalAlignment']>, 'Left' | 'Center' | 'Right'>> = {
  left: 'Left',
  center: 'Center',
  right: 'Right',
};

type BorderEdge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical';

const VERTICAL: Readonly<Record<NonNullable<FormatSpec['verticalAlignment']>, 'Top' | 'Center' | 'Bottom'>> = {
  top: 'Top',
  middle: 'Center',
  bottom: 'Bottom',
};

/**
 * A cell's format copied over a range, before the plan's own formats: `Range.copyFrom` with
 * `Formats` (ExcelApi 1.9), as a person's paste of formats. Without 1.9 it is skipped and the
 * cells keep only the plan's own formats.
 */
export function formatLikeSteps(sheet: () => Excel.Worksheet, spec: FormatLikeSpec, api19: boolean): WriteStep[] {
  if (!api19) return [];
  boundedRange(spec.range);
  boundedRange(spec.like);
  return [single(callBytes(spec), () => sheet().getRange(spec.range).copyFrom(sheet().getRange(spec.like), Excel.RangeCopyType.formats))];
}

/**
 * The steps for one format spec: the number format as a rows step (Office.js takes it as a 2-D
 * array the size of the range), everything else as one call on the range's format.
 */
export function formatSteps(sheet: () => Excel.Worksheet, spec: FormatSpec): WriteStep[] {
  const r = boundedRange(spec.range);
  const steps: WriteStep[] = [];
  if (spec.numberFormat !== undefined) {
    const fmt = spec.numberFormat;
    const row = new Array<string>(r.cols).fill(fmt);
    const rowBytes = jsonBytes(row) + 1;
    const step: RowsStep = {
      kind: 'rows',
      rowBytes: new Array<number>(r.rows).fill(rowBytes),
      pieceBytes: callBytes(spec.range),
      runRows: (from, to) => {
        const range = sheet().getRangeByIndexes(r.row + from, r.col, to - from, r.cols);
        range.numberFormat = Array.from({ length: to - from }, () => row);
      },
    };
    steps.push(step);
  }
  const { numberFormat: _n, range: _r, ...rest } = spec;
  if (Object.keys(rest).length === 0) return steps;
  steps.push(
    single(callBytes(spec), () => {
      const format = sheet().getRange(spec.range).format;
      if (spec.fill !== undefined) format.fill.color = spec.fill;
      if (spec.fontColor !== undefined) format.font.color = spec.fontColor;
      if (spec.bold !== undefined) format.font.bold = spec.bold;
      if (spec.italic !== undefined) format.font.italic = spec.italic;
      if (spec.fontSize !== undefined) format.font.size = spec.fontSize;
      if (spec.wrap !== undefined) format.wrapText = spec.wrap;
      if (spec.horizontalAlignment !== undefined) format.horizontalAlignment = HORIZONTAL[spec.horizontalAlignment];
      if (spec.verticalAlignment !== undefined) format.verticalAlignment = VERTICAL[spec.verticalAlignment];
      if (spec.border) {
        const edges: BorderEdge[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
        // Inside borders exist only where the range has more than one row or column.
        if (r.rows > 1) edges.push('InsideHorizontal');
        if (r.cols > 1) edges.push('InsideVertical');
        for (const edge of edges) {
          const border = format.borders.getItem(edge);
          border.style = 'Continuous';
          border.weight = 'Thin';
        }
      }
    }),
  );
  return steps;
}

function rule(spec: ValidationRule): Excel.DataValidationRule {
  switch (spec.kind) {
    case 'list':
      // A named range, never an inline list: Excel caps those at 255 characters.
      return { list: { inCellDropDown: true, source: `=${spec.namedRange.replace(/^=/, '')}` } };
    case 'whole':
      return { wholeNumber: { formula1: spec.min, formula2: spec.max, operator: 'Between' } };
    case 'decimal':
      return { decimal: { formula1: spec.min, formula2: spec.max, operator: 'Between' } };
    case 'date':
      return { date: { formula1: '1900-01-01', formula2: '9999-12-31', operator: 'Between' } };
  }
}

function alertMessage(spec: ValidationRule): string {
  switch (spec.kind) {
    case 'list':
      return 'Choose a value from the list.';
    case 'whole':
      return `Enter a whole number from ${spec.min} to ${spec.max}.`;
    case 'decimal':
      return `Enter a number from ${spec.min} to ${spec.max}.`;
    case 'date':
      return 'Enter a date.';
  }
}

/** Excel's limit on a data validation prompt message. */
const PROMPT_LIMIT = 255;

/**
 * Sets a validation on its range. The range is cleared first and the rule set before the prompt:
 * setting a rule after a prompt on a partly overlapping range throws InvalidArgument
 * (OfficeDev/office-js#2594), and one rule per cell is Excel's model anyway.
 */
export function validationStep(sheet: () => Excel.Worksheet, spec: ValidationSpec): SingleStep {
  boundedRange(spec.range);
  return single(callBytes(spec) * 2, () => {
    const dv = sheet().getRange(spec.range).dataValidation;
    dv.clear();
    dv.rule = rule(spec.rule);
    dv.ignoreBlanks = spec.allowBlank;
    dv.errorAlert = { showAlert: true, style: spec.style === 'stop' ? 'Stop' : 'Warning', title: 'Riskbook', message: alertMessage(spec.rule) };
    if (spec.prompt) dv.prompt = { showPrompt: true, title: '', message: spec.prompt.slice(0, PROMPT_LIMIT) };
  });
}

/**
 * Adds a sheet's conditional formats. Office.js adds each new format at the top priority, so they
 * are added last to first: the plan's first rule ends up evaluated first. (The .xlsx host puts
 * Riskbook's rules after a sheet's existing ones; here they come before them.)
 */
export function conditionalFormatSteps(sheet: () => Excel.Worksheet, specs: readonly ConditionalFormatSpec[]): WriteStep[] {
  return [...specs].reverse().map((spec) => {
    boundedRange(spec.range);
    return single(callBytes(spec) + callBytes(), () => {
      const cf = sheet().getRange(spec.range).conditionalFormats.add('Custom');
      const custom = cf.custom;
      custom.rule.formula = spec.formula;
      if (spec.fill !== undefined) custom.format.fill.color = spec.fill;
      if (spec.fontColor !== undefined) custom.format.font.color = spec.fontColor;
      if (spec.bold !== undefined) custom.format.font.bold = spec.bold;
      if (spec.stopIfTrue) cf.stopIfTrue = true;
    });
  });
}
