/**
 * Plans shaped like the ones the core writes: a Lists sheet replaced whole, named ranges over
 * it, and the user's register updated with live score and level formulas.
 */
import { levelFormula, scoreFormula } from '../../../core/formula/register-formulas';
import { NAMES, SHEETS } from '../../../core/workbook/names';
import type { BlockWrite, PlanCell, SheetPlan, WorkbookPlan } from '../../../core/workbook/plan';

/** The register a security team might already keep: a title row, a header, four risks, notes. */
export const REGISTER_ROWS: PlanCell[][] = [
  ['ACME SaaS — information security risk register'],
  ['Risk ID', 'Threat', 'Owner', 'Likelihood', 'Impact', 'Score', 'Level', 'Team notes'],
  ['R-001', 'Phishing of finance staff', 'CFO', 4, 5, null, null, 'Seen twice in 2024'],
  ['R-002', 'Laptop theft', 'IT lead', '2 - Unlikely', 'Major', null, null, null],
  ['R-003', 'Cloud region outage', 'CTO', 'likely', 3, null, null, '=not a formula'],
  ['R-004', 'Insider misuse', '', 9, 2, null, null, null],
];

const LEVELS: [number, string][] = [
  [1, 'Rare'],
  [2, 'Unlikely'],
  [3, 'Possible'],
  [4, 'Likely'],
  [5, 'Almost certain'],
];
const IMPACTS: [number, string][] = [
  [1, 'Negligible'],
  [2, 'Minor'],
  [3, 'Moderate'],
  [4, 'Major'],
  [5, 'Severe'],
];

function keys(levels: [number, string][]): PlanCell[][] {
  const rows: PlanCell[][] = [];
  levels.forEach(([value, label], i) => {
    rows.push([value, i + 1], [String(value), i + 1], [label, i + 1], [`${value} - ${label}`, i + 1]);
  });
  return rows;
}

export const BANDS: { min: number; name: string }[] = [
  { min: 1, name: 'Low' },
  { min: 5, name: 'Medium' },
  { min: 10, name: 'High' },
  { min: 17, name: 'Critical' },
];

export function listsSheetPlan(): SheetPlan {
  const likelihood = keys(LEVELS);
  const impact = keys(IMPACTS);
  const matrix = LEVELS.map(([l]) => IMPACTS.map(([i]) => l * i));
  const writes: BlockWrite[] = [
    { at: 'A1', cells: [['Likelihood key', 'Position', 'Impact key', 'Position']] },
    { at: 'A2', cells: likelihood },
    { at: 'C2', cells: impact },
    { at: 'F1', cells: [['Score matrix']] },
    { at: 'F2', cells: matrix },
    { at: 'L1', cells: [['Band min', 'Band']] },
    { at: 'L2', cells: BANDS.map((b) => [b.min, b.name]) },
    { at: 'O1', cells: [['Treatment options'], ['Mitigate'], ['Transfer'], ['Avoid'], ['Accept']] },
  ];
  return {
    name: SHEETS.lists,
    mode: 'replace',
    hidden: true,
    writes,
    formats: [{ range: 'A1:O1', bold: true }],
    validations: [],
    conditionalFormats: [],
  };
}

export function listsNames(): WorkbookPlan['names'] {
  return [
    { name: NAMES.likelihoodKeys, sheet: SHEETS.lists, range: 'A2:A21' },
    { name: NAMES.likelihoodKeyIndex, sheet: SHEETS.lists, range: 'B2:B21' },
    { name: NAMES.impactKeys, sheet: SHEETS.lists, range: 'C2:C21' },
    { name: NAMES.impactKeyIndex, sheet: SHEETS.lists, range: 'D2:D21' },
    { name: NAMES.scoreMatrix, sheet: SHEETS.lists, range: 'F2:J6' },
    { name: NAMES.bandMins, sheet: SHEETS.lists, range: 'L2:L5' },
    { name: NAMES.bandNames, sheet: SHEETS.lists, range: 'M2:M5' },
    { name: NAMES.treatmentOptions, sheet: SHEETS.lists, range: 'O2:O5' },
  ];
}

/** Score in F and level in G for register rows 3..(2 + count), as live formulas. */
export function registerUpdatePlan(sheet: string, count = 4): SheetPlan {
  const cells: PlanCell[][] = [];
  for (let r = 3; r < 3 + count; r++) cells.push([{ formula: scoreFormula(`D${r}`, [`E${r}`]) }, { formula: levelFormula(`F${r}`) }]);
  return {
    name: sheet,
    mode: 'update',
    writes: [{ at: 'F3', cells }],
    formats: [{ range: `F3:G${2 + count}`, horizontalAlignment: 'center', numberFormat: '0' }],
    validations: [{ range: 'D3:E202', rule: { kind: 'whole', min: 1, max: 5 }, allowBlank: true, style: 'warning', prompt: 'Pick a level' }],
    conditionalFormats: BANDS.map((b, i) => ({
      range: `G3:G${2 + count}`,
      formula: `=G3="${b.name}"`,
      fill: ['#C6EFCE', '#FFEB9C', '#FFC7CE', '#FF0000'][i]!,
      bold: b.name === 'Critical',
    })),
    frozenRows: 2,
  };
}

export function registerPlan(sheet: string): WorkbookPlan {
  return {
    sheets: [listsSheetPlan(), registerUpdatePlan(sheet)],
    names: listsNames(),
    sheetOrder: [SHEETS.lists],
  };
}
