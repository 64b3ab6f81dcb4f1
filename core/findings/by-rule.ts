/**
 * Findings counted by rule, for a summary that comes before the detail: a reader sees in a few
 * lines which rules fire, how often and where they start, before the rows of every finding.
 */
import type { Finding, Severity } from './finding';
import { SEVERITY_ORDER, sortFindings } from './finding';
import { PHRASES, ruleDefinition } from './catalogue';
import { fillTemplate } from './report';
import { parseRange } from '../workbook/a1';

/** One rule's findings, counted. */
export interface RuleTally {
  readonly code: string;
  readonly severity: Severity;
  /** How many findings the rule raised. */
  readonly findings: number;
  /** How many cells they are on: each cell of a grouped finding counts, a finding about a whole sheet does not. */
  readonly cells: number;
  /** Where the first findings are, sheet by sheet ("Risk register K16, K20 and 3 more"); never empty. */
  readonly firstCells: string;
  /** What to do about all of them, in a few words. */
  readonly fix: string;
  /** The sheet and cell of the rule's first finding, for a link ('' when it is about the workbook). */
  readonly sheet: string;
  readonly cell: string;
}

/** The most places `firstCells` names. */
const FIRST_PLACES = 3;

/** How many cells a finding is on, without listing them (a grouped finding may cover thousands). */
function cellCount(f: Finding): number {
  if (!f.cells) return f.cell === '' ? 0 : 1;
  let n = 0;
  for (const range of f.cells) {
    const r = parseRange(range);
    if (!r) throw new Error(`Bad finding range ${range}`);
    n += r.rows * r.cols;
  }
  return n;
}

/** The places of a rule's findings, in order: each range of a grouped finding is one. */
function placesOf(findings: readonly Finding[]): { sheet: string; place: string }[] {
  const out: { sheet: string; place: string }[] = [];
  for (const f of findings) {
    if (f.cell === '') out.push({ sheet: f.sheet, place: '' });
    else for (const place of f.cells ?? [f.cell]) out.push({ sheet: f.sheet, place });
  }
  return out;
}

/** `Risk register K16, K20; Statement of Applicability D6:D18 and 4 more`. */
function firstCellsOf(findings: readonly Finding[]): string {
  const places = placesOf(findings);
  const shown = places.slice(0, FIRST_PLACES);
  const bySheet: { sheet: string; places: string[] }[] = [];
  for (const p of shown) {
    const last = bySheet[bySheet.length - 1];
    if (last && last.sheet === p.sheet) {
      if (p.place !== '') last.places.push(p.place);
    } else bySheet.push({ sheet: p.sheet, places: p.place === '' ? [] : [p.place] });
  }
  const named = bySheet
    .map((s) => (s.places.length > 0 ? fillTemplate(PHRASES.placesOnSheet, { sheet: s.sheet, cells: s.places.join(', ') }) : s.sheet !== '' ? s.sheet : PHRASES.wholeWorkbook))
    .join('; ');
  const more = places.length - shown.length;
  return more > 0 ? fillTemplate(PHRASES.morePlaces, { places: named, count: more }) : named;
}

/** Every rule that raised a finding, worst first, then in the order their first findings come. */
export function tallyByRule(findings: readonly Finding[]): RuleTally[] {
  const byCode = new Map<string, Finding[]>();
  for (const f of sortFindings(findings)) {
    const list = byCode.get(f.code);
    if (list) list.push(f);
    else byCode.set(f.code, [f]);
  }
  const tallies: RuleTally[] = [];
  for (const [code, list] of byCode) {
    const rule = ruleDefinition(code);
    const first = list[0]!;
    let cells = 0;
    for (const f of list) cells += cellCount(f);
    tallies.push({
      code,
      severity: rule.severity,
      findings: list.length,
      cells,
      firstCells: firstCellsOf(list),
      fix: rule.fixInBrief ?? rule.fix,
      sheet: first.sheet,
      cell: first.cell,
    });
  }
  // The map keeps the sorted order within a severity; a stable sort puts the severities first.
  return tallies.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
