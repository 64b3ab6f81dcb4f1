/**
 * The team's method, read off its register when the workbook has no Methodology: the likelihood
 * and impact scales from the values the rows use, the scoring rule that reproduces the team's own
 * score column, and the bands its own (score, level) pairs draw. What was inferred, and how many
 * rows it explains, is said in one finding; what could not be inferred, once each, where it shows.
 *
 * The method is the team's practice, not yet its documented criteria: Riskbook writes it on the
 * Methodology sheet marked for review (methodology-sheet.ts), and from then on reads it there.
 */
import type { ControlCatalogue } from '../../annex-a/types';
import type { Finding } from '../../findings/finding';
import { finding } from '../../findings/report';
import { impactColumnsOf } from '../../register/fields';
import { headerTexts } from '../../register/header-row';
import { cellKey, verticalMergeSources } from '../../register/merged-values';
import type { RiskReader } from '../../register/read-risks';
import { riskReader } from '../../register/read-risks';
import type { Stage } from '../../register/column-owner';
import { compareTeamColumns, errorText, someOf } from '../../register/team-columns';
import type { LevelRef, RegisterField, RegisterLocation } from '../../register/types';
import { cellAddress, columnLetter } from '../../workbook/a1';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../workbook/snapshot';
import { cellAt, findSheet, isCellError } from '../../workbook/snapshot';
import { combineImpacts, parseLevel } from '../levels';
import { DEFAULT_METHODOLOGY, presetMethodology } from '../presets';
import { computeMatrix, reachableScores } from '../scoring';
import type { Band, Methodology, PresetName, ScaleLevel, ScoringMethod } from '../types';
import { validateMethodology } from '../validate-methodology';
import type { BandFit, LevelPoint } from './infer-bands';
import { inferBands, rescaleBands } from './infer-bands';
import type { AxisName } from './infer-scale';
import { inferScale } from './infer-scale';
import type { NumericColumn, ScoreExplanation, ScoreObservation, ScoringFit } from './infer-scoring';
import { explainScores, inferScoring } from './infer-scoring';
import { methodDescriptionSheet } from './method-description';

export interface InferenceInput {
  readonly snapshot: WorkbookSnapshot;
  readonly location: RegisterLocation;
  readonly catalogue: ControlCatalogue;
  /** Sheets that cannot describe the team's method in words: the register and Riskbook's own. */
  readonly skipSheets: readonly string[];
  /** Reads the register by a method; given when the caller reads it too, so each reading is done once. */
  readonly read?: RiskReader;
}

export interface InferredMethodology {
  readonly methodology: Methodology;
  readonly findings: Finding[];
  /** The team's columns a finding here reports as a whole: not compared row by row. */
  readonly notCompared: ReadonlySet<RegisterField>;
}

interface StageRow {
  readonly row: number;
  readonly stage: Stage;
  readonly l: LevelRef | null;
  readonly i: LevelRef | null;
  readonly score: number | null;
  readonly level: string | null;
}

const NUMBER_TEXT = /^[+-]?(\d+(\.\d+)?|\.\d+)$/;
const FORMULA_START = /^[=+\-@]/;
const SHOWN_ROWS = 5;
const SCORE_FIELDS: readonly RegisterField[] = ['inherentScore', 'residualScore'];
const LEVEL_FIELDS: readonly RegisterField[] = ['inherentLevel', 'residualLevel'];

function numberIn(cell: CellValue): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  return typeof cell === 'string' && NUMBER_TEXT.test(cell.trim()) ? Number(cell.trim()) : null;
}

/**
 * A level as the team wrote it; null for blanks, errors (Google Sheets hands them over as text)
 * and text that reads as a formula, which no host keeps as the same text and no band is named.
 */
function textIn(cell: CellValue): string | null {
  if (cell === null || isCellError(cell) || typeof cell === 'boolean' || errorText(cell) !== null) return null;
  const text = String(cell).trim();
  return text === '' || FORMULA_START.test(text) ? null : text;
}

function defined(cols: readonly (number | undefined)[]): number[] {
  return cols.filter((c): c is number => c !== undefined);
}

const REASONS = {
  'unknown-words': 'fit no scale Riskbook knows',
  fractions: 'are fractions, which cannot be levels',
  mixed: 'mix numbers and words that do not match',
  'too-many': 'are more than 10 different levels',
  'too-few': 'are fewer than 3 different levels',
} as const;

interface Axis {
  readonly scale: readonly ScaleLevel[];
  readonly shown: string;
  readonly finding: Finding | null;
}

/** Reads a likelihood or impact cell of a row. */
type InputReader = (row: number, col: number) => CellValue;

/**
 * Likelihood and impact cells as the reader takes them: a value merged down over several risks
 * belongs to each of them (merged-values.ts).
 */
function inputReader(sheet: SheetSnapshot, headerRow: number): InputReader {
  const sources = verticalMergeSources(sheet, headerRow);
  // Most registers merge nothing: no key is made for every cell only to find no merge.
  if (sources.size === 0) return (row, col) => cellAt(sheet, row, col);
  return (row, col) => {
    const source = sources.get(cellKey(row, col));
    return source ? cellAt(sheet, source.row, source.col) : cellAt(sheet, row, col);
  };
}

function axisScale(axis: AxisName, sheet: SheetSnapshot, input: InputReader, rows: readonly number[], cols: readonly number[], headerRow: number): Axis {
  const fallback = DEFAULT_METHODOLOGY[axis];
  const shownDefault = `${fallback[0]!.value}-${fallback[fallback.length - 1]!.value} (the default)`;
  if (cols.length === 0) return { scale: fallback, shown: shownDefault, finding: null };
  const headers = cols.map((c) => textIn(cellAt(sheet, headerRow, c)) ?? '');
  // A loop, not an array per row: this runs over every risk, twice.
  const cells: CellValue[] = [];
  for (let k = 0; k < rows.length; k++) for (const c of cols) cells.push(input(rows[k]!, c));
  const inferred = inferScale(axis, cells, headers);
  if (inferred.kind === 'inferred') return { scale: inferred.scale, shown: inferred.shown, finding: null };
  if (inferred.kind === 'empty') return { scale: fallback, shown: shownDefault, finding: null };
  return {
    scale: fallback,
    shown: shownDefault,
    finding: finding('methodology-scale-not-inferred', sheet.name, cellAddress(headerRow, cols[0]!), {
      scale: axis,
      header: headers[0]!,
      values: someOf(inferred.values.map((v) => `"${v}"`), 4),
      reason: REASONS[inferred.reason],
    }),
  };
}

/** Each risk row's levels on the inferred scales, and the team's own score and level, per stage. */
function stageRows(sheet: SheetSnapshot, input: InputReader, location: RegisterLocation, rows: readonly number[], likelihood: readonly ScaleLevel[], impact: readonly ScaleLevel[]): StageRow[] {
  const m = location.mapping;
  const team = location.teamColumns ?? {};
  const level = (scale: readonly ScaleLevel[], row: number, col: number | undefined): LevelRef | null => {
    if (col === undefined) return null;
    const parsed = parseLevel(scale, input(row, col));
    return parsed.kind === 'level' ? parsed.level : null;
  };
  const impactCols = impactColumnsOf(m) ?? [];
  const out: StageRow[] = [];
  const cell = (row: number, col: number | undefined): CellValue => (col === undefined ? null : cellAt(sheet, row, col));
  for (const row of rows) {
    out.push({
      row,
      stage: 'inherent',
      l: level(likelihood, row, m.likelihood),
      i: impactCols.length === 1 ? level(impact, row, impactCols[0]) : combineImpacts(impactCols.map((c) => level(impact, row, c))),
      score: numberIn(cell(row, team.inherentScore)),
      level: textIn(cell(row, team.inherentLevel)),
    });
    out.push({
      row,
      stage: 'residual',
      l: level(likelihood, row, m.residualLikelihood),
      i: level(impact, row, m.residualImpact),
      score: numberIn(cell(row, team.residualScore)),
      level: textIn(cell(row, team.residualLevel)),
    });
  }
  return out;
}

/** The team's other numeric columns, by row: where a third factor or a combined impact may sit. */
function numericColumns(sheet: SheetSnapshot, location: RegisterLocation, rows: readonly number[], headers: readonly string[]): NumericColumn[] {
  const taken = new Set([...Object.values(location.mapping), ...Object.values(location.teamColumns ?? {})]);
  const out: NumericColumn[] = [];
  for (const col of location.userColumns) {
    if (taken.has(col)) continue;
    const values = new Map<number, number>();
    for (const row of rows) {
      const n = numberIn(cellAt(sheet, row, col));
      if (n !== null) values.set(row, n);
    }
    if (values.size > 0) out.push({ col, header: (headers[col] ?? '').trim(), values });
  }
  return out;
}

/** Every level the team wrote, scored or not. */
function levelWords(rows: readonly StageRow[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < rows.length; k++) {
    const level = rows[k]!.level;
    if (level !== null) out.push(level);
  }
  return out;
}

/**
 * (score, level) points of the rows that have both, a row's score given by `scoreOf` (null: none).
 * Every row of a long register goes through loops like this one, which make nothing per row but
 * the point: not `flatMap` with an array per row, and by index (this runs once per request, too
 * few times for V8 to optimise away a `for...of` iterator's result per row).
 */
function levelPoints(rows: readonly StageRow[], scoreOf: (r: StageRow) => number | null): LevelPoint[] {
  const out: LevelPoint[] = [];
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!;
    if (r.level === null) continue;
    const score = scoreOf(r);
    if (score !== null) out.push({ row: r.row, score, level: r.level });
  }
  return out;
}

/** A row's score under a matrix, when it has both levels. */
function matrixScore(matrix: readonly (readonly number[])[]): (r: StageRow) => number | null {
  return (r) => (r.l && r.i ? matrix[r.l.index]![r.i.index]! : null);
}

interface LevelOnlyFit {
  readonly scoring: Exclude<ScoringMethod, 'matrix'>;
  readonly matrix: number[][];
  readonly bands: BandFit;
}

/** The simple rule whose scores the team's levels follow best, with the bands they draw. */
function fitLevelsOnly(points: readonly StageRow[], likelihood: readonly ScaleLevel[], impact: readonly ScaleLevel[]): LevelOnlyFit | null {
  const words = levelWords(points);
  let best: LevelOnlyFit | null = null;
  for (const scoring of ['multiply', 'add'] as const) {
    const matrix = computeMatrix(scoring, likelihood, impact);
    const scored = levelPoints(points, matrixScore(matrix));
    const bands = inferBands(scored, reachableScores({ ...DEFAULT_METHODOLOGY, matrix }), words);
    if (bands && (!best || bands.explained > best.bands.explained)) best = { scoring, matrix, bands };
  }
  return best;
}

/** The default bands: a preset's own where the method is that preset's shape, else stretched. */
function defaultBands(likelihood: readonly ScaleLevel[], impact: readonly ScaleLevel[], scoring: ScoringMethod, matrix: number[][]): { bands: Band[]; exact: boolean } {
  const n = likelihood.length;
  const onePerLevel = (s: readonly ScaleLevel[]): boolean => s.every((l, k) => l.value === k + 1);
  if (scoring === 'multiply' && n === impact.length && n >= 3 && n <= 5 && onePerLevel(likelihood) && onePerLevel(impact)) {
    return { bands: presetMethodology(`${n}x${n}` as PresetName).bands.map((b) => ({ ...b })), exact: true };
  }
  return { bands: rescaleBands(DEFAULT_METHODOLOGY.bands, reachableScores({ ...DEFAULT_METHODOLOGY, matrix })), exact: false };
}

const RULE_TEXT: Readonly<Record<Exclude<ScoringMethod, 'matrix'>, string>> = {
  multiply: 'likelihood x impact',
  add: 'likelihood + impact',
};

function bandsText(bands: readonly Band[]): string {
  return bands.map((b) => `${b.name} ${b.min === b.max ? b.min : `${b.min}-${b.max}`}`).join(', ');
}

interface Rule {
  readonly scoring: ScoringMethod;
  readonly matrix: number[][];
  /** "score = likelihood x impact", as the finding says it. */
  readonly text: string;
  /** How the team's scores fit, when it has any with both levels. */
  readonly fit: ScoringFit | null;
  /** How the team's levels fit, when it has levels but no scores. */
  readonly levelsOnly: LevelOnlyFit | null;
}

function simpleRule(scoring: Exclude<ScoringMethod, 'matrix'>, likelihood: readonly ScaleLevel[], impact: readonly ScaleLevel[], fit: ScoringFit | null = null, note = ''): Rule {
  return { scoring, matrix: computeMatrix(scoring, likelihood, impact), text: `score = ${RULE_TEXT[scoring]}${note}`, fit, levelsOnly: null };
}

/** The rule behind the team's scores, else the one its levels follow best, else L x I. */
function chooseRule(staged: readonly StageRow[], scoreObs: readonly ScoreObservation[], likelihood: readonly ScaleLevel[], impact: readonly ScaleLevel[]): Rule {
  if (scoreObs.some((o) => o.l && o.i)) {
    const fit = inferScoring(scoreObs, likelihood, impact);
    if (fit.scoring !== 'matrix') return simpleRule(fit.scoring, likelihood, impact, fit);
    const filled = fit.filled > 0 ? `, ${fit.filled} other cells filled in between` : '';
    return { scoring: 'matrix', matrix: fit.matrix, text: `score from a lookup matrix of the ${fit.observedPairs} likelihood and impact pairs the register uses${filled}`, fit, levelsOnly: null };
  }
  const levelsOnly = scoreObs.length === 0 ? fitLevelsOnly(staged, likelihood, impact) : null;
  if (!levelsOnly) return simpleRule('multiply', likelihood, impact);
  return { ...simpleRule(levelsOnly.scoring, likelihood, impact, null, ", the rule the team's levels follow best"), levelsOnly };
}

interface Unexplained {
  readonly explanation: ScoreExplanation | null;
  readonly finding: Finding | null;
}

/**
 * Scores no simple rule reproduces: why, where the team's other columns tell (a column that gives
 * every score by a simple rule says more than a matrix read off the pairs, which would only hide
 * the third factor or the other impact in its cells), else the rows that break the closest rule.
 */
function unexplainedScores(ctx: {
  readonly sheet: SheetSnapshot;
  readonly location: RegisterLocation;
  readonly rows: readonly number[];
  readonly headers: readonly string[];
  readonly scoreCol: number;
  readonly scoreObs: readonly ScoreObservation[];
  readonly rule: Rule;
  readonly likelihood: readonly ScaleLevel[];
  readonly impact: readonly ScaleLevel[];
  /** How a row is named in the finding: its risk's id, or the row. Asked only when scores break the rule. */
  readonly nameOf: (row: number) => string;
  readonly see: string;
}): Unexplained {
  const { sheet, location, scoreCol, scoreObs, likelihood, impact, see } = ctx;
  const fit = ctx.rule.fit;
  if (fit?.reproduced && fit.scoring !== 'matrix') return { explanation: null, finding: null };
  let explanation = explainScores(scoreObs, likelihood, impact, numericColumns(sheet, location, ctx.rows, ctx.headers));
  if (fit?.reproduced && explanation && explanation.explained < explanation.total) explanation = null;
  const header = (ctx.headers[scoreCol] ?? '').trim();
  const at = cellAddress(location.headerRow, scoreCol);
  if (explanation?.kind === 'third-factor') {
    const params = { header, factor: explanation.column.header, explained: explanation.explained, total: explanation.total, see };
    return { explanation, finding: finding('methodology-third-factor', sheet.name, at, params) };
  }
  if (explanation?.kind === 'impact-elsewhere') {
    const params = {
      header,
      op: explanation.scoring === 'multiply' ? 'x' : '+',
      other: explanation.column.header,
      column: columnLetter(explanation.column.col),
      explained: explanation.explained,
      total: explanation.total,
    };
    return { explanation, finding: finding('methodology-impact-elsewhere', sheet.name, at, params) };
  }
  if (!fit || fit.reproduced) return { explanation: null, finding: null };
  const params = {
    header,
    rule: fit.scoring === 'matrix' ? 'a lookup matrix' : RULE_TEXT[fit.scoring],
    explained: fit.explained,
    total: fit.total,
    rows: someOf(fit.breaking.map(ctx.nameOf), SHOWN_ROWS),
    see,
  };
  return { explanation: null, finding: finding('methodology-inference-failed', sheet.name, at, params) };
}

export function inferMethodology(input: InferenceInput): InferredMethodology | null {
  const { snapshot, location, catalogue } = input;
  const sheet = findSheet(snapshot, location.sheet);
  if (!sheet) return null;
  const headers = headerTexts(sheet, location.headerRow);
  const read = input.read ?? riskReader(snapshot, location, catalogue);
  // Which rows hold risks, and their names: the levels come later, by the method inferred.
  const risks = read.rows();
  const rows = risks.map((r) => r.row);
  let names: ReadonlyMap<number, string> | undefined;
  const nameOf = (row: number): string => {
    names ??= new Map(risks.map((r) => [r.row, r.id !== '' ? r.id : `row ${r.row + 1}`]));
    return names.get(row) ?? `row ${row + 1}`;
  };
  const mapping = location.mapping;
  const team = location.teamColumns ?? {};
  const cia = (impactColumnsOf(mapping)?.length ?? 0) > 1;
  const findings: Finding[] = [];

  const readInput = inputReader(sheet, location.headerRow);
  const likelihoodAxis = axisScale('likelihood', sheet, readInput, rows, defined([mapping.likelihood, mapping.residualLikelihood]), location.headerRow);
  const impactAxis = axisScale('impact', sheet, readInput, rows, defined([...(impactColumnsOf(mapping) ?? []), mapping.residualImpact]), location.headerRow);
  for (const a of [likelihoodAxis, impactAxis]) if (a.finding) findings.push(a.finding);
  const likelihood = likelihoodAxis.scale;
  const impact = impactAxis.scale;

  const staged = stageRows(sheet, readInput, location, rows, likelihood, impact);
  const scoreObs: ScoreObservation[] = [];
  for (let k = 0; k < staged.length; k++) {
    const s = staged[k]!;
    if (s.score !== null) scoreObs.push({ row: s.row, l: s.l, i: s.i, score: s.score });
  }
  const scoreCol = defined(SCORE_FIELDS.map((f) => team[f]))[0];
  const describedOn = methodDescriptionSheet(snapshot, input.skipSheets);
  const see = describedOn === null ? '' : ` The team's own description of its method: see sheet '${describedOn}'.`;

  let rule = chooseRule(staged, scoreObs, likelihood, impact);
  const unexplained: Unexplained =
    scoreCol === undefined || scoreObs.length === 0
      ? { explanation: null, finding: null }
      : unexplainedScores({ sheet, location, rows, headers, scoreCol, scoreObs, rule, likelihood, impact, nameOf, see });
  const { explanation } = unexplained;
  // Scores the method cannot reproduce: L x I stands, and the team's columns are reported once.
  if (rule.scoring === 'matrix' && explanation) rule = simpleRule('multiply', likelihood, impact, rule.fit);
  const unreproduced = unexplained.finding !== null;
  if (unexplained.finding) findings.push(unexplained.finding);
  const notCompared = new Set<RegisterField>(unreproduced ? [...SCORE_FIELDS, ...LEVEL_FIELDS].filter((f) => team[f] !== undefined) : []);
  const { scoring, matrix } = rule;

  // Bands: from the team's own (score, level) pairs where its scores are on the method's scale,
  // else from its levels against the method's scores, else the default's.
  const reachable = reachableScores({ ...DEFAULT_METHODOLOGY, matrix });
  const scoresOnOurScale = !unreproduced || explanation?.kind === 'impact-elsewhere';
  const pairs = levelPoints(staged, (s) => s.score);
  const underMethod = levelPoints(staged, matrixScore(matrix));
  const words = levelWords(staged);
  const bandFit = (scoresOnOurScale && pairs.length > 0 ? inferBands(pairs, reachable, words) : null) ?? rule.levelsOnly?.bands ?? inferBands(underMethod, reachable, words);
  const fallback = bandFit ? null : defaultBands(likelihood, impact, scoring, matrix);
  const bands = bandFit?.bands ?? fallback!.bands;
  const bandsNote = fallback === null ? '' : fallback.exact ? ' (the default bands)' : ' (the default bands, stretched over these scores)';

  const methodology: Methodology = {
    version: DEFAULT_METHODOLOGY.version,
    likelihood: [...likelihood],
    impact: [...impact],
    impactDimensions: cia ? ['Confidentiality', 'Integrity', 'Availability'] : [],
    impactRule: 'max',
    scoring,
    matrix,
    bands,
    reviewIntervalDays: DEFAULT_METHODOLOGY.reviewIntervalDays,
  };
  // Every part is built valid; should one not be, the default method stands rather than a broken one.
  if (validateMethodology(methodology).some((f) => f.severity === 'error')) return null;

  const readAgain = read.read(methodology).risks;
  const compared = compareTeamColumns(sheet, location, readAgain, methodology, notCompared);
  const differing = new Set(compared.disagreements.map((d) => d.risk.row)).size;
  const scoreHeader = scoreCol === undefined ? '' : (headers[scoreCol] ?? '').trim();
  const check = unreproduced
    ? `It does not reproduce your '${scoreHeader}' column: see the finding there.`
    : compared.compared.length > 0
      ? `It explains ${compared.compared.length - differing} of ${compared.compared.length} rows.`
      : 'The register has no score or level column of its own to check it against.';
  findings.unshift(
    finding('methodology-inferred', sheet.name, cellAddress(location.headerRow, mapping.id ?? 0), {
      likelihood: likelihoodAxis.shown,
      impact: impactAxis.shown,
      scoring: rule.text + (cia ? ' (impact: the highest of C, I, A)' : ''),
      bands: bandsText(bands) + bandsNote,
      check,
      see,
    }),
  );
  return { methodology, findings, notCompared };
}
