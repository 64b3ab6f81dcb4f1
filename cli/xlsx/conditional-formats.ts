/** Plan conditional formats → ExcelJS expression rules. */
import type * as ExcelJS from 'exceljs';
import type { ConditionalFormatSpec } from '../../core/workbook/plan';
import { argb } from './styles';
import { canonicalFromFile, fileFromCanonical } from './formula-text';
import { boundedRange } from './validations';
import { maxOf } from '../../core/arrays';

interface RuleModel {
  type: string;
  formulae?: unknown[];
  priority?: number;
  stopIfTrue?: boolean;
  style?: Partial<ExcelJS.Style>;
}

interface CfModel {
  ref: string;
  rules: RuleModel[];
}

function ruleFormula(rule: RuleModel): string | null {
  const f = rule.formulae?.[0];
  return rule.type === 'expression' && typeof f === 'string' ? canonicalFromFile(f) : null;
}

function style(spec: ConditionalFormatSpec): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  // In a differential format a solid fill's colour is the background colour.
  if (spec.fill) out.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(spec.fill) } };
  if (spec.fontColor || spec.bold !== undefined) {
    out.font = {
      ...(spec.fontColor ? { color: { argb: argb(spec.fontColor) } } : {}),
      ...(spec.bold !== undefined ? { bold: spec.bold } : {}),
    };
  }
  return out;
}

/**
 * Adds the rules in plan order after the sheet's existing ones. A rule identical in range and
 * formula to one already there replaces it, so applying the same plan twice adds nothing.
 */
/** ExcelJS keeps a sheet's rules in a public array its typings leave out. */
function rulesOf(ws: ExcelJS.Worksheet): { conditionalFormattings: CfModel[] } {
  return ws as unknown as { conditionalFormattings: CfModel[] };
}

export function addConditionalFormats(ws: ExcelJS.Worksheet, specs: readonly ConditionalFormatSpec[]): void {
  if (specs.length === 0) return;
  const sheet = rulesOf(ws);
  const existing = sheet.conditionalFormattings;
  for (const spec of specs) {
    boundedRange(spec.range);
    for (const cf of existing) {
      if (cf.ref !== spec.range) continue;
      cf.rules = cf.rules.filter((r) => ruleFormula(r) !== spec.formula);
    }
  }
  sheet.conditionalFormattings = existing.filter((cf) => cf.rules.length > 0);
  // ExcelJS numbers unnumbered rules from the highest existing priority, reusing it once; number
  // ours explicitly so the plan's order is the order Excel evaluates them in.
  let priority = sheet.conditionalFormattings.reduce(
    (max, cf) => Math.max(max, maxOf(cf.rules.map((r) => r.priority ?? 0))),
    0,
  );
  for (const spec of specs) {
    const rule: RuleModel = {
      type: 'expression',
      formulae: [fileFromCanonical(spec.formula)],
      priority: ++priority,
      style: style(spec),
      ...(spec.stopIfTrue ? { stopIfTrue: true } : {}),
    };
    sheet.conditionalFormattings.push({ ref: spec.range, rules: [rule] });
  }
}
