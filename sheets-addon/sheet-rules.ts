/**
 * Dropdowns, conditional formats and protection from a sheet plan, in Sheets' terms:
 * - a list rule points at the named range's cells (`requireValueInRange`, with its dropdown);
 * - Sheets has no whole-number rule, so `whole` is a custom formula on the range's top-left cell;
 * - `setConditionalFormatRules` replaces every rule on the sheet, so the user's own rules are read
 *   first and written back with Riskbook's;
 * - protection is a warning only: it guards against slips, not people.
 */
import { cellAddress } from '../core/workbook/a1';
import type { ConditionalFormatSpec, SheetProtectionSpec, ValidationSpec } from '../core/workbook/plan';
import { boxOf, paint } from './cell-grids';
import type { SheetTarget } from './sheet-target';
import { rect } from './sheets-read-snapshot';

export type NamedRangeLookup = (name: string) => GoogleAppsScript.Spreadsheet.Range | null;

function overlaps(a: string, b: string): boolean {
  const ra = rect(a);
  const rb = rect(b);
  return ra.row < rb.row + rb.rows && rb.row < ra.row + ra.rows && ra.col < rb.col + rb.cols && rb.col < ra.col + ra.cols;
}

/** What the reference workbook keeps: a later rule replaces every earlier one it overlaps. */
export function effectiveValidations(specs: readonly ValidationSpec[]): ValidationSpec[] {
  let out: ValidationSpec[] = [];
  for (const v of specs) {
    out = out.filter((x) => !overlaps(x.range, v.range));
    out.push(v);
  }
  return out;
}

function buildRule(spec: ValidationSpec, named: NamedRangeLookup, warnings: string[]): GoogleAppsScript.Spreadsheet.DataValidation | null {
  let b = SpreadsheetApp.newDataValidation();
  const rule = spec.rule;
  switch (rule.kind) {
    case 'list': {
      const source = named(rule.namedRange);
      if (!source) {
        warnings.push(`The dropdown on ${spec.range} was not set: the named range ${rule.namedRange} does not exist.`);
        return null;
      }
      b = b.requireValueInRange(source, true);
      break;
    }
    case 'whole': {
      const at = cellAddress(rect(spec.range).row, rect(spec.range).col);
      b = b.requireFormulaSatisfied(`=AND(ISNUMBER(${at}),${at}=INT(${at}),${at}>=${rule.min},${at}<=${rule.max})`);
      break;
    }
    case 'decimal':
      b = b.requireNumberBetween(rule.min, rule.max);
      break;
    case 'date':
      b = b.requireDate();
      break;
  }
  // Blank cells always pass in Sheets; `allowBlank: false` has no counterpart.
  b = b.setAllowInvalid(spec.style === 'warning');
  if (spec.prompt) b = b.setHelpText(spec.prompt);
  return b.build();
}

/**
 * A fresh sheet gets all its rules in one `setDataValidations` over their area (cells without a
 * rule get none); rules with a relative formula need their own range, so `whole` goes one by one.
 * On the user's sheet each rule is one `setDataValidation` on its own range, so validations in
 * the columns between stay as they are.
 */
export function applyValidations(t: SheetTarget, specs: readonly ValidationSpec[], named: NamedRangeLookup, warnings: string[]): void {
  const effective = effectiveValidations(specs);
  const rules = new Map<ValidationSpec, GoogleAppsScript.Spreadsheet.DataValidation | null>();
  for (const spec of effective) rules.set(spec, buildRule(spec, named, warnings));
  const one = (spec: ValidationSpec): void => {
    const rule = rules.get(spec);
    if (rule) t.range(spec.range).setDataValidation(rule);
  };
  if (!t.fresh) {
    effective.forEach(one);
    return;
  }
  const gridded = effective.filter((s) => s.rule.kind !== 'whole' && rules.get(s));
  const box = boxOf(gridded.map((s) => s.range));
  if (box) {
    const grid = paint(box, gridded.map((s) => ({ range: s.range, value: rules.get(s)! })));
    t.box(box).setDataValidations(grid.map((row) => row.map((v) => v ?? null)));
  }
  effective.filter((s) => s.rule.kind === 'whole').forEach(one);
}

function buildConditionalFormat(t: SheetTarget, spec: ConditionalFormatSpec): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
  let b = SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied(spec.formula);
  if (spec.fill) b = b.setBackground(spec.fill);
  if (spec.fontColor) b = b.setFontColor(spec.fontColor);
  if (spec.bold !== undefined) b = b.setBold(spec.bold);
  // Sheets applies the first matching rule of a range and stops: `stopIfTrue` is its only mode.
  return b.setRanges([t.range(spec.range)]).build();
}

function topLeft(a1: string): string {
  const r = rect(a1);
  return cellAddress(r.row, r.col);
}

/**
 * Riskbook's rule from an earlier run: the same formula anchored on the same top-left cell as one
 * the plan asks for (the range itself grows with the register).
 */
function isReplacedBy(rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule, planned: ReadonlySet<string>): boolean {
  const condition = rule.getBooleanCondition();
  if (!condition || condition.getCriteriaType() !== SpreadsheetApp.BooleanCriteria.CUSTOM_FORMULA) return false;
  const formula = String(condition.getCriteriaValues()[0] ?? '');
  const ranges = rule.getRanges();
  const first = ranges[0];
  return first !== undefined && planned.has(`${topLeft(first.getA1Notation())}\u0000${formula}`);
}

export function applyConditionalFormats(t: SheetTarget, specs: readonly ConditionalFormatSpec[]): void {
  if (specs.length === 0) return;
  const fresh = specs.map((s) => buildConditionalFormat(t, s));
  if (t.fresh) {
    t.sheet.setConditionalFormatRules(fresh);
    return;
  }
  const planned = new Set(specs.map((s) => `${topLeft(s.range)}\u0000${s.formula}`));
  const kept = t.sheet.getConditionalFormatRules().filter((r) => !isReplacedBy(r, planned));
  t.sheet.setConditionalFormatRules([...kept, ...fresh]);
}

const PROTECTION_NOTE = 'Riskbook: generated sheet';

export function applyProtection(t: SheetTarget, spec: SheetProtectionSpec | undefined): void {
  if (!spec) return;
  const existing = t.fresh ? [] : t.sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
  if (!spec.protected) {
    for (const p of existing) if (p.getDescription() === PROTECTION_NOTE) p.remove();
    return;
  }
  const p = existing.find((x) => x.getDescription() === PROTECTION_NOTE) ?? t.sheet.protect().setDescription(PROTECTION_NOTE);
  p.setWarningOnly(true);
  if (spec.editableRanges && spec.editableRanges.length > 0) p.setUnprotectedRanges(spec.editableRanges.map((r) => t.range(r)));
}
