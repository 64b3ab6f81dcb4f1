/**
 * Finding the team's register: the sheet and the header row (anywhere in the first 20 rows, below
 * titles and merged banners), and which column holds which field. A mapping saved on the settings
 * sheet wins while its headers are still there.
 */
import type { Finding } from '../findings/finding';
import { finding } from '../findings/report';
import { cellAddress, columnLetter } from '../workbook/a1';
import type { SheetSnapshot, WorkbookSnapshot } from '../workbook/snapshot';
import { cellAt, findSheet, formulaAt, usedColumnCount, usedRowCount } from '../workbook/snapshot';
import type { SettledColumns } from './column-owner';
import { settleByCells } from './cell-evidence';
import { looksLike } from './looks-like-soa';
import { settleColumns } from './column-owner';
import { FIELD_LABELS, impactColumnsOf, isDerivedField, suggestedHeader } from './fields';
import type { Ambiguity, HeaderRowMatch } from './header-row';
import { headerTexts, matchHeaderRow } from './header-row';
import type { SavedMapping } from './saved-mapping';
import { resolveSavedColumns, resolveSavedTeamColumns } from './saved-mapping';
import type { ColumnMapping, HeaderReading, RegisterField, RegisterLocation } from './types';

export const HEADER_SEARCH_ROWS = 20;
/** An id column plus at least two other fields. */
const MIN_SCORE = 3;
/** Without an id column: a story, a likelihood, an impact and at least one more field. */
const MIN_SCORE_WITHOUT_ID = 4;

export interface LocateOptions {
  /** Use this sheet (the user chose it) instead of searching. */
  readonly sheet?: string;
  readonly saved?: SavedMapping | null;
  /** Riskbook's own sheets (lower case), recognised by their marks: never a register. */
  readonly ownSheets?: ReadonlySet<string>;
  /** Whether a sheet is a Statement of Applicability (the team SoA reader says): then, unscored, it is no register. */
  readonly isSoa?: (sheet: SheetSnapshot) => boolean;
}

export interface LocateResult {
  readonly location: RegisterLocation | null;
  readonly findings: Finding[];
}

/**
 * Whether a header row is a register's. With an id column, two more fields do; without one (risks
 * numbered by row, or grouped under an asset) the row must still say what a risk is: a threat,
 * title or description, a likelihood and an impact, and one more field such as the owner.
 */
export function isRegisterHeader(m: Pick<HeaderRowMatch, 'mapping' | 'score'>): boolean {
  if (m.mapping.id !== undefined) return m.score >= MIN_SCORE;
  const { mapping } = m;
  const story = mapping.threat !== undefined || mapping.description !== undefined || mapping.title !== undefined;
  return story && mapping.likelihood !== undefined && impactColumnsOf(mapping) !== null && m.score >= MIN_SCORE_WITHOUT_ID;
}

/** The row of the first 20 that names the most fields, among those `accept` allows. */
export function bestHeaderRow(sheet: SheetSnapshot, accept: (m: HeaderRowMatch) => boolean = isRegisterHeader): HeaderRowMatch | null {
  let best: HeaderRowMatch | null = null;
  const rows = Math.min(HEADER_SEARCH_ROWS, sheet.values.length);
  for (let row = 0; row < rows; row++) {
    const m = matchHeaderRow(sheet, row);
    if (!accept(m)) continue;
    // A two-row header is read at its lower row, even where the banner row alone names as many fields.
    if (!best || m.score > best.score || (m.score === best.score && m.bannerRow === best.row)) best = m;
  }
  return best;
}

/** A header that names a likelihood and an impact: what every register has and an SoA never does. */
function isScored(m: HeaderRowMatch): boolean {
  return m.mapping.likelihood !== undefined && impactColumnsOf(m.mapping) !== null;
}

/** Columns of the header row that hold text but no field. */
function userColumnsOf(headers: readonly string[], mapping: ColumnMapping): number[] {
  const mapped = new Set(Object.values(mapping));
  const out: number[] = [];
  headers.forEach((h, col) => {
    if (h !== '' && !mapped.has(col)) out.push(col);
  });
  return out;
}

/**
 * Fields a register cannot do without: a column for each (impact may be C / I / A columns, the
 * threat may be a title or description instead). Missing one is a `register-column-missing`
 * finding. A register without ids is still read, its risks known by their rows, and the reader
 * suggests adding ids (`register-keyed-by-row`).
 */
export const REQUIRED_FIELDS: readonly RegisterField[] = ['owner', 'likelihood', 'impact', 'threat'];

/** The location, with the problems a person must know about: missing and doubled columns, no rows. */
export function describeLocation(
  sheet: SheetSnapshot,
  headerRow: number,
  mapping: ColumnMapping,
  source: RegisterLocation['source'],
  owners?: Pick<SettledColumns, 'setBy' | 'teamColumns'>,
  reading?: HeaderReading,
): LocateResult {
  const headers = headerTexts(sheet, headerRow);
  const location: RegisterLocation = {
    sheet: sheet.name,
    headerRow,
    mapping,
    userColumns: userColumnsOf(headers, mapping),
    source,
    ...(owners && Object.keys(owners.setBy).length > 0 ? { setBy: owners.setBy } : {}),
    ...(owners && Object.keys(owners.teamColumns).length > 0 ? { teamColumns: owners.teamColumns } : {}),
    ...(reading ? { reading } : {}),
  };
  const findings: Finding[] = [];
  const firstCol = Math.max(0, headers.findIndex((h) => h !== ''));
  const at = cellAddress(headerRow, firstCol);

  const missing = (field: RegisterField, label = FIELD_LABELS[field], header = suggestedHeader(field)): void => {
    findings.push(finding('register-column-missing', sheet.name, at, { field: label, header }));
  };
  // No id column is not a missing column: the reader keys risks by row and says so once (`register-keyed-by-row`).
  for (const field of ['owner', 'likelihood'] as const) if (mapping[field] === undefined) missing(field);
  if (impactColumnsOf(mapping) === null) missing('impact');
  if (mapping.threat === undefined && mapping.description === undefined && mapping.title === undefined) missing('threat', 'Threat or Description');

  if (!hasRows(sheet, headerRow, headers.length)) {
    findings.push(finding('register-empty', sheet.name, cellAddress(headerRow + 1, firstCol), { sheet: sheet.name }));
  }
  return { location, findings };
}

function hasRows(sheet: SheetSnapshot, headerRow: number, headerWidth: number): boolean {
  const cols = Math.max(headerWidth, usedColumnCount(sheet));
  for (let row = headerRow + 1; row < usedRowCount(sheet); row++) {
    for (let col = 0; col < cols; col++) {
      const v = cellAt(sheet, row, col);
      if ((typeof v === 'string' ? v.trim() !== '' : v !== null) || (formulaAt(sheet, row, col) ?? '') !== '') return true;
    }
  }
  return false;
}

/** Every column whose header names a derived field, per field, in column order. */
function derivedCandidates(match: HeaderRowMatch): Partial<Record<RegisterField, number[]>> {
  const out: Partial<Record<RegisterField, number[]>> = {};
  for (const [field, col] of Object.entries(match.mapping) as [RegisterField, number][]) if (isDerivedField(field)) out[field] = [col];
  for (const a of match.ambiguities) if (isDerivedField(a.field)) (out[a.field] ??= []).push(a.second);
  return out;
}

function fromSaved(snapshot: WorkbookSnapshot, saved: SavedMapping): LocateResult | null {
  const sheet = findSheet(snapshot, saved.sheet);
  if (!sheet) return null;
  const rows = [saved.headerRow, ...Array.from({ length: HEADER_SEARCH_ROWS }, (_, i) => i).filter((r) => r !== saved.headerRow)];
  for (const row of rows) {
    const resolved = resolveSavedColumns(headerTexts(sheet, row), saved.fields);
    if (!resolved) continue;
    // Fields added to the register since the mapping was saved are still detected.
    const match = matchHeaderRow(sheet, row);
    const claimed = new Set(Object.values(resolved));
    const mapping: ColumnMapping = { ...resolved };
    for (const [field, col] of Object.entries(match.mapping) as [RegisterField, number][]) {
      if (mapping[field] === undefined && !claimed.has(col) && !isDerivedField(field)) {
        mapping[field] = col;
        claimed.add(col);
      }
    }
    // Whose each derived column is: as recorded, else as its cells show.
    const setBy = Object.fromEntries(Object.entries(saved.fields).map(([f, c]) => [f, c.setBy])) as SettledColumns['setBy'];
    const teamColumns = resolveSavedTeamColumns(headerTexts(sheet, row), saved.team ?? {});
    const settled = settleColumns(sheet, row, { mapping, setBy, teamColumns, candidates: derivedCandidates(match) });
    return describeLocation(sheet, row, settled.mapping, 'saved', settled);
  }
  return null;
}

/**
 * What is worth telling about how the header was read: the banner row of a two-row header, the
 * columns read other than exactly (among those finally used, Riskbook's or the team's), the
 * columns passed over for a plainer one, and the ambiguous ones. Undefined when there is nothing.
 */
function readingOf(match: HeaderRowMatch, settled: Pick<SettledColumns, 'mapping' | 'teamColumns'>, ambiguous: readonly Ambiguity[]): HeaderReading | undefined {
  const used = (field: RegisterField, col: number): boolean => settled.mapping[field] === col || settled.teamColumns[field] === col;
  const columns = match.readings.filter((r) => r.how !== 'exact' && used(r.field, r.col));
  const passedOver = match.passedOver.filter((p) => used(p.field, p.by));
  if (columns.length === 0 && passedOver.length === 0 && ambiguous.length === 0 && match.bannerRow === null) return undefined;
  return { ...(match.bannerRow !== null ? { bannerRow: match.bannerRow } : {}), columns, passedOver, ambiguous };
}

export function locateRegister(snapshot: WorkbookSnapshot, opts: LocateOptions = {}): LocateResult {
  const saved = opts.saved;
  if (saved && (opts.sheet === undefined || opts.sheet.toLowerCase() === saved.sheet.toLowerCase())) {
    const result = fromSaved(snapshot, saved);
    if (result) return result;
  }

  let candidates: readonly SheetSnapshot[];
  if (opts.sheet !== undefined) {
    const chosen = findSheet(snapshot, opts.sheet);
    candidates = chosen ? [chosen] : [];
  } else {
    const own = opts.ownSheets ?? new Set<string>();
    candidates = snapshot.sheets.filter((s) => !own.has(s.name.toLowerCase()));
  }

  let best: { sheet: SheetSnapshot; match: HeaderRowMatch } | null = null;
  for (const sheet of candidates) {
    const match = bestHeaderRow(sheet);
    if (!match) continue;
    // A sheet listing Annex A controls one per row, with nothing to score, is an SoA with an ID,
    // an owner and a status column, not a register (unless the person points at it).
    if (opts.sheet === undefined && !isScored(match) && (looksLike(snapshot, [sheet]) !== null || opts.isSoa?.(sheet) === true)) continue;
    if (!best || match.score > best.match.score) best = { sheet, match };
  }
  if (!best) return { location: null, findings: [finding('register-not-found', '', '')] };

  const { sheet } = best;
  const match = settleByCells(sheet, best.match);
  // A derived column is Riskbook's only when its cells show Riskbook made it; else it is the team's.
  const settled = settleColumns(sheet, match.row, { mapping: match.mapping, candidates: derivedCandidates(match) });
  const ambiguities = [...match.ambiguities.filter((a) => !isDerivedField(a.field)), ...settled.leftOver].sort((x, y) => x.second - y.second);
  const result = describeLocation(sheet, match.row, settled.mapping, 'detected', settled, readingOf(match, settled, ambiguities));
  const ambiguous = ambiguities.map((a) =>
    finding('register-column-ambiguous', sheet.name, cellAddress(match.row, a.second), {
      first: columnLetter(a.first),
      second: columnLetter(a.second),
      field: FIELD_LABELS[a.field],
    }),
  );
  return { location: result.location, findings: [...ambiguous, ...result.findings] };
}
