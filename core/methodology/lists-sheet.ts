/**
 * The hidden Lists sheet, derived entirely from the methodology: the level keys the register's
 * MATCH formulas look up, and the sources of every dropdown. One column per list, a header in
 * row 1, values from row 2; each named range covers exactly the filled cells.
 */
import { cellAddress, rangeAddress } from '../workbook/a1';
import type { BlockWrite, ColumnWidthSpec, FormatSpec, NamedRangeSpec, PlanCell, SheetPlan } from '../workbook/plan';
import { NAMES, SHEETS } from '../workbook/names';
import type { LevelKey } from './levels';
import { levelKeys, levelOption } from './levels';
import {
  ACTION_STATUSES, EFFECTIVENESS_RESULTS, IMPLEMENTATION_STATUSES, OPPORTUNITY_STATUSES, TREATMENT_OPTIONS, YES_NO_OPTIONS,
} from './options';
import type { Methodology } from './types';

interface ListColumn {
  readonly header: string;
  readonly name: string;
  readonly values: readonly PlanCell[];
}

function keyColumns(keys: readonly LevelKey[], what: string, keyName: string, indexName: string): ListColumn[] {
  return [
    { header: `${what} key`, name: keyName, values: keys.map((k) => k.key) },
    { header: `${what} level`, name: indexName, values: keys.map((k) => k.position) },
  ];
}

/** The first headers of the lists sheet, in order: the mark that says the sheet is Riskbook's. */
export const LIST_HEADERS = ['Likelihood key', 'Likelihood level', 'Impact key', 'Impact level'] as const;

export function listColumns(m: Methodology): ListColumn[] {
  return [
    ...keyColumns(levelKeys(m.likelihood), 'Likelihood', NAMES.likelihoodKeys, NAMES.likelihoodKeyIndex),
    ...keyColumns(levelKeys(m.impact), 'Impact', NAMES.impactKeys, NAMES.impactKeyIndex),
    { header: 'Likelihood options', name: NAMES.likelihoodOptions, values: m.likelihood.map(levelOption) },
    { header: 'Impact options', name: NAMES.impactOptions, values: m.impact.map(levelOption) },
    { header: 'Treatment options', name: NAMES.treatmentOptions, values: TREATMENT_OPTIONS },
    { header: 'Yes / No', name: NAMES.yesNo, values: YES_NO_OPTIONS },
    { header: 'Implementation status', name: NAMES.implementationStatus, values: IMPLEMENTATION_STATUSES },
    { header: 'Action status', name: NAMES.actionStatus, values: ACTION_STATUSES },
    { header: 'Opportunity status', name: NAMES.opportunityStatus, values: OPPORTUNITY_STATUSES },
    { header: 'Effectiveness result', name: NAMES.effectivenessResult, values: EFFECTIVENESS_RESULTS },
  ];
}

/**
 * Text keys such as "4" must stay text, or MATCH("4", …) finds nothing: each run of text cells in
 * a column gets the text number format (hosts apply formats before values).
 */
function textFormats(col: number, values: readonly PlanCell[]): FormatSpec[] {
  const out: FormatSpec[] = [];
  let start = -1;
  values.forEach((v, i) => {
    const text = typeof v === 'string';
    if (text && start < 0) start = i;
    if ((!text || i === values.length - 1) && start >= 0) {
      const end = text ? i : i - 1;
      out.push({ range: rangeAddress(1 + start, col, end - start + 1, 1), numberFormat: '@' });
      start = -1;
    }
  });
  return out;
}

export function listsSheetPlan(m: Methodology): { sheet: SheetPlan; names: NamedRangeSpec[] } {
  const columns = listColumns(m);
  const writes: BlockWrite[] = columns.map((c, col) => ({ at: cellAddress(0, col), cells: [[c.header], ...c.values.map((v) => [v])] }));
  const formats: FormatSpec[] = [
    { range: rangeAddress(0, 0, 1, columns.length), bold: true },
    ...columns.flatMap((c, col) => textFormats(col, c.values)),
  ];
  const columnWidths: ColumnWidthSpec[] = columns.map((_, col) => ({ col, width: 22 }));
  const names: NamedRangeSpec[] = columns.map((c, col) => ({ name: c.name, sheet: SHEETS.lists, range: rangeAddress(1, col, c.values.length, 1) }));
  const sheet: SheetPlan = {
    name: SHEETS.lists,
    mode: 'replace',
    hidden: true,
    columnWidths,
    writes,
    formats,
    validations: [],
    conditionalFormats: [],
  };
  return { sheet, names };
}
