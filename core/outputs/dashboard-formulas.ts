/**
 * The formula behind each Dashboard figure (dashboard-figures.ts says what each one counts). They
 * read the register's own cells and Riskbook's derived level and rating columns, the treatment
 * plan and the SoA in use and the Checks sheet, through COUNTIFS over the rows the engine read as
 * risks, actions, controls and findings (dashboard-counts.ts).
 *
 * A cell the core reads by meaning (a treatment, a Yes, a status) is matched by each way the
 * sheet spells that meaning today, in any case, besides the dropdown's word, so what people
 * retype with a known word counts at once. A date typed as text is matched as that text, its
 * date known from the core's reading.
 */
import { CYCLE_MARKS } from '../cycle/cycle-words';
import { TREATMENT_LABELS, YES_NO_OPTIONS } from '../methodology/options';
import type { Band } from '../methodology/types';
import type { RegisterField, Risk, Treatment } from '../register/types';
import { TEAM_SOA_COLUMNS } from '../team-soa/riskbook-columns';
import { parseCell, rangeAddress } from '../workbook/a1';
import { NAMES } from '../workbook/names';
import type { NamedRangeSpec } from '../workbook/plan';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../workbook/snapshot';
import { cellAt, findSheet } from '../workbook/snapshot';
import { sameText, textOf } from './cells';
import { SEVERITY_LABEL } from './checks';
import type { CountArea, Criterion, Run, Term } from './dashboard-counts';
import { namedArea, runsOf, sheetArea, spellings, sumText } from './dashboard-counts';
import type { DashboardInput, DashboardPlan } from './dashboard-input';
import { countedActions, countedControls, registerTreatment } from './dashboard-input';
import { CANCELLED_STATUS, CLOSED_ACTION_STATUSES, DONE_STATUS, IMPLEMENTED_STATUS } from './options';
import type { RtpField, RtpRow } from './rtp';
import type { SoaField, SoaRow, SoaSheet } from './soa';

/** Each figure's formula text, without the leading `=`; null where the figure is not counted. */
export interface FigureFormulas {
  /** In the methodology's band order. */
  readonly levels: readonly { readonly inherent: string; readonly residual: string }[];
  readonly assessed: string;
  readonly treated: string;
  readonly accepted: string;
  readonly open: string;
  readonly aboveAppetite: string;
  readonly reviewsOverdue: string | null;
  readonly plan: { readonly actions: string; readonly done: string; readonly overdue: string; readonly withoutOwner: string } | null;
  readonly soa: { readonly controls: string; readonly decided: string; readonly justified: string; readonly implemented: string | null; readonly withEvidence: string | null } | null;
  readonly findings: { readonly errors: string; readonly warnings: string; readonly infos: string };
  /** Risks against the current assessment cycle; null while none has begun. */
  readonly cycle: { readonly new: string; readonly modified: string; readonly unchanged: string; readonly closed: string } | null;
  /** The names the formulas reach Riskbook's rebuilt sheets through (NAMES.rtpRows, soaRows, checkRows). */
  readonly names: readonly NamedRangeSpec[];
}

export interface FormulaSources {
  readonly input: DashboardInput;
  /** The workbook as the plan leaves it (the register's formula columns aside): the cells the formulas read. */
  readonly workbook: WorkbookSnapshot;
  /** The Checks sheet as the plan writes it: its name and the 0-based rows of its findings. */
  readonly checks: { readonly sheet: string; readonly rows: readonly number[] };
}

/** Distinct dates typed as text that get a term each; past this many a formula grows too long for Excel. */
const MAX_TYPED_DATES = 40;

/** A text that means something, once per spelling, from the raw cells of the rows that mean it. */
function rawCells<T>(sheet: SheetSnapshot | undefined, rows: readonly T[], at: (row: T) => { row: number; col: number } | null): CellValue[] {
  if (!sheet) return [];
  const out: CellValue[] = [];
  for (const r of rows) {
    const cell = at(r);
    if (cell) out.push(cellAt(sheet, cell.row, cell.col));
  }
  return out;
}

/** One count per spelling: "the cell says any of these". */
function anyOf(area: CountArea, runs: readonly Run[], col: number, texts: readonly string[], also: readonly Criterion[] = []): Term[] {
  return texts.map((text) => ({ count: { area, runs, where: [{ col, kind: 'is', text }, ...also] } }));
}

function negated(terms: readonly Term[]): Term[] {
  return terms.map((t) => ({ ...t, negative: !t.negative }));
}

/** A cell "is not" any of these spellings. */
function noneOf(col: number, texts: readonly string[]): Criterion[] {
  return texts.map((text) => ({ col, kind: 'isNot', text }));
}

/**
 * Dates typed as text among `rows` (raw text and the core's reading of it), as terms that count
 * each text, multiplied by whether its date is before today less `days`. A date cell is counted by
 * a `before` criterion instead. Past MAX_TYPED_DATES distinct texts the oldest dates get the
 * terms: they are the ones past (or soonest past) the line, so the figure stays what the core
 * counts until that many are past it; the next run writes the terms again.
 */
function typedDateTerms(area: CountArea, runs: readonly Run[], col: number, typed: readonly { text: string; serial: number }[], days: number, also: readonly Criterion[]): Term[] {
  const serialOf = new Map<string, { text: string; serial: number }>();
  for (const t of typed) if (!serialOf.has(t.text.toLowerCase())) serialOf.set(t.text.toLowerCase(), t);
  const oldestFirst = [...serialOf.values()].sort((a, b) => a.serial - b.serial);
  return oldestFirst.slice(0, MAX_TYPED_DATES).map(({ text, serial }) => ({
    factor: `(${Math.floor(serial)}<${days === 0 ? 'TODAY()' : `TODAY()-${days}`})`,
    count: { area, runs, where: [{ col, kind: 'text', text }, ...also] },
  }));
}

// ---------------------------------------------------------------------------------------------
// The register
// ---------------------------------------------------------------------------------------------

const TREATED_WORDS = [TREATMENT_LABELS.mitigate, TREATMENT_LABELS.transfer, TREATMENT_LABELS.avoid];

function registerFormulas(src: FormulaSources): Pick<FigureFormulas, 'levels' | 'assessed' | 'treated' | 'accepted' | 'open' | 'aboveAppetite' | 'reviewsOverdue' | 'cycle'> {
  const { input } = src;
  const reg = input.register;
  const m = reg.mapping;
  const sheet = findSheet(src.workbook, reg.sheet);
  const area = sheetArea(reg.sheet);
  const col = (field: RegisterField): number | undefined => m[field];
  // Riskbook's derived columns are there: the Dashboard is planned only then (see dashboardSheetPlan).
  const inherentLevel = col('inherentLevel')!;
  const residualLevel = col('residualLevel')!;
  const inherentRating = col('inherentRating')!;
  // Rows between risks that hold nothing the counts read count for nothing: they join the runs.
  const read = (['treatment', 'approvedBy', 'lastReview', 'inherentRating', 'residualRating', 'inherentLevel', 'residualLevel', 'cycleChange'] as const)
    .map(col)
    .filter((c): c is number => c !== undefined);
  const blankRow = (row: number): boolean => sheet === undefined || read.every((c) => textOf(cellAt(sheet, row, c)) === '');
  const runs = runsOf(input.risks.map((r) => r.row), blankRow);
  const count = (where: readonly Criterion[]): Term => ({ count: { area, runs, where } });

  const levels = input.methodology.bands.map((band) => ({
    inherent: sumText([count([{ col: inherentLevel, kind: 'is', text: band.name }])]),
    residual: sumText([count([{ col: residualLevel, kind: 'is', text: band.name }])]),
  }));

  // Scored risks have a rating `L4/I5`; the rating column holds no numbers, so a pattern is safe.
  const scored: Criterion = { col: inherentRating, kind: 'matches', pattern: 'L*' };
  const treatmentCol = col('treatment');
  const treatmentTerms = (kinds: readonly Treatment[], words: readonly string[]): Term[] => {
    if (treatmentCol === undefined) return [];
    const rows = input.risks.filter((r) => {
      const t = registerTreatment(r);
      return t !== null && kinds.includes(t);
    });
    const texts = spellings(rawCells(sheet, rows, (r) => ({ row: r.row, col: treatmentCol })), words);
    return anyOf(area, runs, treatmentCol, texts, [scored]);
  };
  const treated = treatmentTerms(['mitigate', 'transfer', 'avoid'], TREATED_WORDS);
  const accepted = treatmentTerms(['accept'], [TREATMENT_LABELS.accept]);

  const approver = col('approvedBy');
  const unapproved: Criterion[] = approver === undefined ? [] : [{ col: approver, kind: 'blank' }];
  const above: Term[] = input.methodology.bands
    .filter((b: Band) => b.decision !== 'acceptable')
    .flatMap((b) => [
      count([{ col: residualLevel, kind: 'is', text: b.name }, ...unapproved]),
      count([{ col: residualLevel, kind: 'blank' }, { col: inherentLevel, kind: 'is', text: b.name }, ...unapproved]),
    ]);

  return {
    levels,
    assessed: sumText([count([scored])]),
    treated: sumText(treated),
    accepted: sumText(accepted),
    open: sumText([count([scored]), ...negated(treated), ...negated(accepted)]),
    aboveAppetite: sumText(above),
    reviewsOverdue: reviewsFormula(src, area, runs, sheet),
    cycle: cycleFormulas(src, count),
  };
}

/**
 * The risks of each mark: counted live in Riskbook's column of marks where the register has it,
 * else the core's count; the closed ones (gone from the register) are settled at the run.
 */
function cycleFormulas(src: FormulaSources, count: (where: readonly Criterion[]) => Term): FigureFormulas['cycle'] {
  const c = src.input.cycle;
  if (!c) return null;
  const col = c.column;
  const said = (mark: string): string =>
    col === undefined ? String(c.marks.filter((m) => m.toLowerCase() === mark.toLowerCase()).length) : sumText([count([{ col, kind: 'is', text: mark }])]);
  return { new: said(CYCLE_MARKS.new), modified: said(CYCLE_MARKS.modified), unchanged: said(CYCLE_MARKS.unchanged), closed: String(c.closed.length) };
}

function reviewsFormula(src: FormulaSources, area: CountArea, runs: readonly Run[], sheet: SheetSnapshot | undefined): string | null {
  const col = src.input.register.mapping.lastReview;
  if (col === undefined) return null;
  const days = src.input.methodology.reviewIntervalDays;
  // A date cell is a serial of at least 1 (register/date-cells.ts); text the core read as a date is matched as typed.
  const typed = sheet
    ? src.input.risks.flatMap((r: Risk) => {
        const v = cellAt(sheet, r.row, col);
        return typeof v === 'string' && r.lastReview !== null ? [{ text: v, serial: r.lastReview }] : [];
      })
    : [];
  return sumText([{ count: { area, runs, where: [{ col, kind: 'before', days, from: 1 }] } }, ...typedDateTerms(area, runs, col, typed, days, [])]);
}

// ---------------------------------------------------------------------------------------------
// The treatment plan
// ---------------------------------------------------------------------------------------------

/** The column of a field, from the cell addresses of the rows read; undefined when the sheet has none. */
function columnOf<F extends string>(rows: readonly { readonly cells: Readonly<Record<F, string>> }[], field: F): number | undefined {
  for (const r of rows) {
    const at = r.cells[field] === '' ? null : parseCell(r.cells[field]);
    if (at) return at.col;
  }
  return undefined;
}

/** Where a table's counted rows are: a named block over Riskbook's rebuilt sheet, or the team's sheet itself. */
function areaFor(own: boolean, name: string, sheet: string, rows: readonly number[], width: number): { area: CountArea; names: NamedRangeSpec[] } {
  if (!own || rows.length === 0) return { area: sheetArea(sheet), names: [] };
  const [first, last] = rowsBounds(rows);
  return { area: namedArea(name, first, last), names: [{ name, sheet, range: rangeAddress(first, 0, last - first + 1, width) }] };
}

function rowsBounds(rows: readonly number[]): [number, number] {
  let lo = rows[0]!;
  let hi = rows[0]!;
  for (const r of rows) {
    if (r < lo) lo = r;
    if (r > hi) hi = r;
  }
  return [lo, hi];
}

function widthOf(columns: readonly (number | undefined)[]): number {
  let w = 1;
  for (const c of columns) if (c !== undefined && c + 1 > w) w = c + 1;
  return w;
}

function planFormulas(src: FormulaSources, plan: DashboardPlan): { formulas: NonNullable<FigureFormulas['plan']>; names: NamedRangeSpec[] } {
  const rows = countedActions(plan);
  const sheet = findSheet(src.workbook, plan.sheet);
  const c = (field: RtpField): number | undefined => columnOf(rows, field);
  const status = c('status');
  const owner = c('owner');
  const due = c('dueDate');
  const { area, names } = areaFor(plan.own, NAMES.rtpRows, plan.sheet, rows.map((r) => r.row), widthOf([status, owner, due]));
  const runs = runsOf(rows.map((r) => r.row));
  const raw = (pick: (r: RtpRow) => boolean, field: number | undefined): CellValue[] =>
    field === undefined ? [] : rawCells(sheet, rows.filter(pick), (r) => ({ row: r.row, col: field }));
  const says = (word: string) => (r: RtpRow): boolean => r.status !== '' && sameText(r.status, word);
  const closedSpellings = status === undefined ? [] : spellings(raw((r) => CLOSED_ACTION_STATUSES.some((w) => says(w)(r)), status), CLOSED_ACTION_STATUSES);
  const cancelledSpellings = status === undefined ? [] : spellings(raw(says(CANCELLED_STATUS), status), [CANCELLED_STATUS]);
  const open = status === undefined ? [] : noneOf(status, closedSpellings);
  const actions = String(rows.length);

  const done = status === undefined ? '0' : sumText(anyOf(area, runs, status, spellings(raw(says(DONE_STATUS), status), [DONE_STATUS])));
  let overdue = '0';
  if (due !== undefined) {
    const typed = sheet
      ? rows.flatMap((r) => {
          const v = cellAt(sheet, r.row, due);
          return typeof v === 'string' && r.dueDate !== null ? [{ text: v, serial: r.dueDate }] : [];
        })
      : [];
    overdue = sumText([{ count: { area, runs, where: [{ col: due, kind: 'before', days: 0 }, ...open] } }, ...typedDateTerms(area, runs, due, typed, 0, open)]);
  }
  const notCancelled = status === undefined ? [] : noneOf(status, cancelledSpellings);
  const unowned: Criterion[] = [...(owner === undefined ? [] : [{ col: owner, kind: 'blank' } as const]), ...notCancelled];
  // Without an owner or a status column every action lacks an owner: the rows are the count.
  const withoutOwner = unowned.length === 0 ? actions : sumText([{ count: { area, runs, where: unowned } }]);
  return { formulas: { actions, done, overdue, withoutOwner }, names };
}

// ---------------------------------------------------------------------------------------------
// The Statement of Applicability
// ---------------------------------------------------------------------------------------------

/** The column of Riskbook's Linked risks beside a team's SoA, found by its header. */
function teamLinkedColumn(sheet: SheetSnapshot | undefined, headerRow: number): number | undefined {
  if (!sheet) return undefined;
  const row = sheet.values[headerRow] ?? [];
  const col = row.findIndex((v) => typeof v === 'string' && v.trim() === TEAM_SOA_COLUMNS.linkedRisks);
  return col >= 0 ? col : undefined;
}

const REASONS = ['reasonLegal', 'reasonContractual', 'reasonBusiness', 'reasonBestPractice'] as const;
const REASON_FLAG: Readonly<Record<(typeof REASONS)[number], keyof SoaRow['reasons']>> = {
  reasonLegal: 'legal',
  reasonContractual: 'contractual',
  reasonBusiness: 'business',
  reasonBestPractice: 'bestPractice',
};

function soaFormulas(src: FormulaSources, soa: SoaSheet, own: boolean): { formulas: NonNullable<FigureFormulas['soa']>; names: NamedRangeSpec[] } {
  const rows = countedControls(soa, src.input.catalogue);
  const sheet = findSheet(src.workbook, soa.name);
  const c = (field: SoaField): number | undefined => columnOf(soa.rows, field);
  const applicable = c('applicable');
  const status = c('implementationStatus');
  const evidence = c('evidence');
  const justification = c('justification');
  const exclusion = c('exclusionJustification');
  const linked = own ? c('linkedRisks') : teamLinkedColumn(sheet, soa.headerRow);
  const reasonCols = REASONS.map((f) => ({ field: f, col: c(f) }));
  const riskReason = own ? undefined : c('reasonRisk');
  const { area, names } = areaFor(own, NAMES.soaRows, soa.name, rows.map((r) => r.row), widthOf([applicable, status, evidence, justification, exclusion, linked, ...reasonCols.map((r) => r.col)]));
  const runs = runsOf(rows.map((r) => r.row));
  const raw = (pick: (r: SoaRow) => boolean, col: number | undefined): CellValue[] =>
    col === undefined ? [] : rawCells(sheet, rows.filter(pick), (r) => ({ row: r.row, col }));
  const yesWords = YES_NO_OPTIONS[0];
  const noWords = YES_NO_OPTIONS[1];
  const yes = applicable === undefined ? [] : spellings(raw((r) => r.applicable === 'yes', applicable), [yesWords]);
  const no = applicable === undefined ? [] : spellings(raw((r) => r.applicable === 'no', applicable), [noWords]);
  const decidedTerms = applicable === undefined ? [] : [...anyOf(area, runs, applicable, yes), ...anyOf(area, runs, applicable, no)];

  // A decided row the SoA rules find unjustified: no linked risk, no reason marked, no justification.
  const blank = (col: number | undefined): Criterion[] => (col === undefined ? [] : [{ col, kind: 'blank' }]);
  const unmarked = (col: number | undefined, marked: (r: SoaRow) => boolean): Criterion[] => {
    if (col === undefined) return [];
    return noneOf(col, spellings(raw(marked, col), [yesWords]));
  };
  const inclusionUnjustified: Criterion[] = [
    ...blank(linked),
    ...reasonCols.flatMap(({ field, col }) => unmarked(col, (r) => r.reasons[REASON_FLAG[field]])),
    ...unmarked(riskReason, (r) => r.riskMarked === true),
    ...blank(justification),
  ];
  const exclusionUnjustified: Criterion[] = [...blank(exclusion), ...blank(justification)];
  const unjustified = applicable === undefined ? [] : [...anyOf(area, runs, applicable, yes, inclusionUnjustified), ...anyOf(area, runs, applicable, no, exclusionUnjustified)];

  let implemented: string | null = null;
  let withEvidence: string | null = null;
  if (status !== undefined) {
    const words = spellings(raw((r) => sameText(r.implementationStatus, IMPLEMENTED_STATUS), status), [IMPLEMENTED_STATUS]);
    const done = anyOf(area, runs, status, words);
    implemented = sumText(done);
    if (evidence !== undefined) withEvidence = sumText([...done, ...negated(anyOf(area, runs, status, words, blank(evidence)))]);
  }
  return {
    formulas: {
      controls: String(rows.length),
      decided: sumText(decidedTerms),
      justified: sumText([...decidedTerms, ...negated(unjustified)]),
      implemented,
      withEvidence,
    },
    names,
  };
}

// ---------------------------------------------------------------------------------------------
// The Checks sheet
// ---------------------------------------------------------------------------------------------

function findingFormulas(src: FormulaSources): { formulas: FigureFormulas['findings']; names: NamedRangeSpec[] } {
  const rows = src.checks.rows;
  const { area, names } = areaFor(true, NAMES.checkRows, src.checks.sheet, rows, 1);
  const runs = runsOf(rows);
  const severity = (label: string): string => sumText([{ count: { area, runs, where: [{ col: 0, kind: 'is', text: label }] } }]);
  return { formulas: { errors: severity(SEVERITY_LABEL.error), warnings: severity(SEVERITY_LABEL.warning), infos: severity(SEVERITY_LABEL.info) }, names };
}

export function figureFormulas(src: FormulaSources): FigureFormulas {
  const plan = src.input.plan ? planFormulas(src, src.input.plan) : null;
  const soaInput = src.input.soa;
  const soa = soaInput && soaInput.kind !== 'team-2013' ? soaFormulas(src, soaInput.sheet, soaInput.kind === 'own') : null;
  const findings = findingFormulas(src);
  return {
    ...registerFormulas(src),
    plan: plan?.formulas ?? null,
    soa: soa?.formulas ?? null,
    findings: findings.formulas,
    names: [...(plan?.names ?? []), ...(soa?.names ?? []), ...findings.names],
  };
}

/**
 * The names alone, for a run that rebuilds the RTP or the SoA without the Dashboard (Generate SoA,
 * Generate RTP): set again over the rebuilt sheet, the Dashboard's formulas keep their reach.
 */
export function dashboardNames(src: FormulaSources): readonly NamedRangeSpec[] {
  return figureFormulas(src).names;
}
