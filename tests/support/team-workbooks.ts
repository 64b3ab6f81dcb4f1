/**
 * fast-check generators of workbooks as a team keeps them beside Riskbook (issue 10, item 6):
 * a register in the team's own words (header synonyms, with or without their own score and level
 * columns), the team's own sheets under every name Riskbook uses, a Methodology in Riskbook's
 * layout with defects and annotations a person typed, and, when Riskbook has run before, notes a
 * person typed on each generated sheet outside the cells Riskbook derives.
 *
 * A generator yields a plain spec (so fast-check shrinks it to a small workbook); `buildTeamCase`
 * turns it into the snapshot an action runs on, plus the ledger of what is whose: the test knows
 * which sheets, columns and cells are the team's because it made them, never by asking the core.
 */
import * as fc from 'fast-check';
import { generate } from '../../core/engine';
import { DERIVED_FIELDS, FIELD_LABELS } from '../../core/register/fields';
import { methodologyLayout } from '../../core/methodology/methodology-layout';
import { methodologySheetPlan } from '../../core/methodology/methodology-sheet';
import { presetMethodology } from '../../core/methodology/presets';
import { cellAddress, parseRange } from '../../core/workbook/a1';
import { MemoryWorkbook } from '../../core/workbook/memory-workbook';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../core/workbook/snapshot';
import { usedColumnCount, usedRowCount } from '../../core/workbook/snapshot';
import type { Stamp } from '../../core/workbook/stamp';

/** The day every action of these tests runs on; the first run of a history runs three days earlier. */
export const TEAM_NOW = '2026-11-23T09:00:00.000Z';
export const HISTORY_NOW = '2026-11-20T09:00:00.000Z';

/** What a person types into a cell: a value, or a formula of their own. */
export type Typed = string | number | boolean | null | { readonly formula: string };

/** Every name Riskbook gives (or gave) one of its sheets, which a team may use for its own. */
export const RISKBOOK_NAMES = [
  'Lists',
  'Heatmap',
  'Checks',
  'Statement of Applicability',
  'Risk Treatment Plan',
  'Controls',
  'Opportunities',
  'Change log',
  'Methodology',
] as const;
export type RiskbookName = (typeof RISKBOOK_NAMES)[number];
/** Names Riskbook gives its internal sheets, and the free names it falls back to when a usual one is taken. */
export const RISKBOOK_OTHER_NAMES = ['Riskbook lists', 'Riskbook', 'Riskbook Heatmap', 'Riskbook SoA'] as const;

/** Riskbook's generated sheets a person may annotate. */
export const NOTED_ROLES = ['heatmap', 'dashboard', 'checks', 'soa', 'rtp', 'controls', 'opportunities', 'changeLog', 'controlView'] as const;
export type NotedRole = (typeof NOTED_ROLES)[number];

// ---------------------------------------------------------------------------------------------
// Typed content
// ---------------------------------------------------------------------------------------------

const WORDS = ['note', 'ask Dana', 'see ticket 42', 'Budget 2026', 'done', 'tbc', 'Ünïcödé', '  padded  ', 'Q3 audit'] as const;
/** Text a spreadsheet would take for a formula or a number if a host wrote it carelessly. */
const LOOKS_LIKE_FORMULA = ['=SUM(A1:A2)', '=not a formula', '+44 20 7946 0000', '-5 days', '@here', '=cmd|\' /C calc\'!A0'] as const;

export const typedText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...LOOKS_LIKE_FORMULA) },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,10}$/) },
);

export const typedCell: fc.Arbitrary<Typed> = fc.oneof(
  { weight: 5, arbitrary: typedText },
  { weight: 2, arbitrary: fc.oneof(fc.integer({ min: -5, max: 50000 }), fc.constantFrom(3.5, 0.25, 1e6)) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom({ formula: '=1+1' }, { formula: '=LEN("x")' }, { formula: '=TODAY()+30' }) },
);

/** A note someone types: never empty. */
export const noteCell: fc.Arbitrary<Typed> = fc.oneof(
  { weight: 5, arbitrary: typedText },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 5000 }) },
  { weight: 1, arbitrary: fc.constantFrom<Typed>(true, { formula: '=1+1' }, { formula: '=LEN("note")' }) },
);

// ---------------------------------------------------------------------------------------------
// The register
// ---------------------------------------------------------------------------------------------

export type RegisterRole =
  | 'id' | 'asset' | 'threat' | 'owner' | 'likelihood' | 'impact' | 'treatment' | 'controls'
  | 'residualLikelihood' | 'residualImpact' | 'lastReview'
  | 'ownInherentScore' | 'ownInherentLevel' | 'ownResidualScore' | 'ownResidualLevel'
  | 'team';

/**
 * Header words a team uses, by field: synonyms core/register/fields.ts recognises (a test checks
 * that each still names its field), and `own*`: the score and level columns a team keeps itself.
 */
export const HEADER_WORDS: Readonly<Record<Exclude<RegisterRole, 'team'>, readonly string[]>> = {
  id: ['Risk ID', 'ID', 'Ref', 'Risk ref', 'Risk no', 'Risk #'],
  asset: ['Asset', 'Information asset', 'Asset name'],
  threat: ['Threat', 'Threats', 'Threat source', 'Threat event'],
  owner: ['Risk owner', 'Owner', 'Owner name'],
  likelihood: ['Likelihood', 'Probability', 'Inherent likelihood', 'Likelihood (1-5)'],
  impact: ['Impact', 'Consequence', 'Severity', 'Inherent impact'],
  treatment: ['Treatment', 'Treatment option', 'Decision', 'Risk response'],
  controls: ['Controls', 'Annex A controls', 'Control ids', 'Selected controls'],
  residualLikelihood: ['Residual likelihood', 'Target likelihood'],
  residualImpact: ['Residual impact', 'Target impact'],
  lastReview: ['Last review', 'Review date', 'Last reviewed'],
  ownInherentScore: ['Inherent score', 'Risk score', 'Score'],
  ownInherentLevel: ['Inherent level', 'Risk level', 'Level'],
  ownResidualScore: ['Residual score', 'Target score'],
  ownResidualLevel: ['Residual level', 'Target level'],
};
/** Riskbook's own labels of its derived columns (core/register/fields.ts FIELD_LABELS). */
const DERIVED_LABELS = new Set(DERIVED_FIELDS.map((f) => FIELD_LABELS[f].toLowerCase()));
const TEAM_HEADERS = ['Team notes', 'Comments', 'Business unit', 'Budget (k€)', 'Next step'] as const;

export interface RegisterColumnSpec {
  readonly role: RegisterRole;
  readonly header: string;
  /** One cell per risk. */
  readonly cells: readonly Typed[];
}

export interface RegisterSpec {
  readonly name: string;
  /** Rows above the header; a title sits in A1 when there is at least one. */
  readonly titleRows: number;
  readonly columns: readonly RegisterColumnSpec[];
  readonly risks: number;
}

const level = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 5 }) },
  { weight: 2, arbitrary: fc.constantFrom<Typed>('3 - Possible', '2 - Unlikely', 'Likely', 'Rare', 'Major', 'Minor') },
  { weight: 1, arbitrary: fc.constantFrom<Typed>(7, 0, 'very', null) },
);
const CELL_ARBS: Readonly<Record<RegisterRole, fc.Arbitrary<Typed>>> = {
  id: fc.constant(null), // filled in by position below
  asset: fc.constantFrom<Typed>('Customer DB', 'Laptops', 'Cloud', null),
  threat: fc.constantFrom<Typed>('Phishing', 'Laptop theft', 'Region outage', 'Insider leak', 'Ransomware', '=HYPERLINK("http://evil.example")', '+44 20 7946 0000', '@SUM(A1:A2)'),
  owner: fc.oneof({ weight: 5, arbitrary: fc.constantFrom<Typed>('Dana', 'Sam', 'Alex', 'Priya') }, { weight: 1, arbitrary: fc.constantFrom<Typed>(null, '-', '@owner') }),
  likelihood: level,
  impact: level,
  treatment: fc.oneof({ weight: 6, arbitrary: fc.constantFrom<Typed>('Mitigate', 'Accept', 'Transfer', 'Avoid') }, { weight: 1, arbitrary: fc.constantFrom<Typed>(null, 'Ignore', 'mitigate ') }),
  controls: fc.constantFrom<Typed>('5.1, 8.2', '8.1', '5.17, 8.5', 'A.5.15', '5.1;8.24', '8.99', 'ACME-01', null),
  residualLikelihood: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant(null)),
  residualImpact: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant(null)),
  lastReview: fc.oneof(fc.integer({ min: 45500, max: 46340 }), fc.constantFrom<Typed>(null, 'last March')),
  ownInherentScore: fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: 1, max: 25 }) },
    { weight: 2, arbitrary: fc.constantFrom<Typed>(99, 'high-ish', 'n/a', '=Critical', '12') },
    { weight: 2, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constant<Typed>({ formula: '=2*3' }) },
  ),
  ownInherentLevel: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom<Typed>('Low', 'Medium', 'High', 'Critical') },
    { weight: 2, arbitrary: fc.constantFrom<Typed>('high-ish', '+x', 3) },
    { weight: 2, arbitrary: fc.constant(null) },
  ),
  ownResidualScore: fc.oneof(fc.integer({ min: 1, max: 25 }), fc.constantFrom<Typed>('tbc', null)),
  ownResidualLevel: fc.oneof(fc.constantFrom<Typed>('Low', 'Medium', 'High', 'amber'), fc.constant(null)),
  team: typedCell,
};

function columnArb(role: RegisterRole, risks: number, header: fc.Arbitrary<string>): fc.Arbitrary<RegisterColumnSpec> {
  return fc.record({ header, cells: fc.array(CELL_ARBS[role], { minLength: risks, maxLength: risks }) }).map(({ header: h, cells }) => ({ role, header: h, cells }));
}

const optional = <T>(arb: fc.Arbitrary<T>, freq = 2): fc.Arbitrary<T | null> => fc.option(arb, { nil: null, freq });

export const registerSpec: fc.Arbitrary<RegisterSpec> = fc
  .record({
    risks: fc.integer({ min: 1, max: 15 }),
    name: fc.constantFrom('Risk register', 'Risks', 'Register 2026'),
    titleRows: fc.integer({ min: 0, max: 2 }),
    /** Ids: every nth risk has none, or repeats the one above (0: all distinct). */
    idGap: fc.constantFrom(0, 0, 0, 4, 5),
  })
  .chain(({ risks, name, titleRows, idGap }) => {
    const word = (role: Exclude<RegisterRole, 'team'>): fc.Arbitrary<string> => fc.constantFrom(...HEADER_WORDS[role]);
    const col = (role: Exclude<RegisterRole, 'team'>): fc.Arbitrary<RegisterColumnSpec> => columnArb(role, risks, word(role));
    return fc
      .record({
        required: fc.tuple(col('threat'), col('owner'), col('likelihood'), col('impact'), col('treatment'), col('controls')),
        idHeader: word('id'),
        asset: optional(col('asset')),
        residual: optional(fc.tuple(col('residualLikelihood'), col('residualImpact'))),
        lastReview: optional(col('lastReview')),
        // The team's own score and level columns: none, the inherent ones, or all four.
        own: fc.oneof(
          { withCrossShrink: true },
          fc.constant([] as RegisterColumnSpec[]),
          fc.tuple(col('ownInherentScore'), col('ownInherentLevel')).map((c) => [...c]),
          fc.tuple(col('ownInherentScore')).map((c) => [...c]),
          fc.tuple(col('ownInherentScore'), col('ownInherentLevel'), col('ownResidualScore'), col('ownResidualLevel')).map((c) => [...c]),
        ),
        team: fc.uniqueArray(columnArb('team', risks, fc.constantFrom(...TEAM_HEADERS)), { maxLength: 2, selector: (c) => c.header }),
        order: fc.array(fc.nat({ max: 20 }), { minLength: 16, maxLength: 16 }),
      })
      .map(({ required, idHeader, asset, residual, lastReview, own, team, order }): RegisterSpec => {
        const ids: Typed[] = Array.from({ length: risks }, (_, i) => {
          if (idGap > 0 && i % idGap === idGap - 1) return i % 2 === 0 ? null : `R-${i}`;
          return `R-${i + 1}`;
        });
        const columns: RegisterColumnSpec[] = [
          { role: 'id', header: idHeader, cells: ids },
          ...required,
          ...(asset ? [asset] : []),
          ...(residual ? residual : []),
          ...(lastReview ? [lastReview] : []),
          ...own,
          ...team,
        ];
        // A stable sort by random keys: shrinks to the order above.
        const keyed = columns.map((c, i) => ({ c, k: order[i] ?? 0, i }));
        keyed.sort((a, b) => a.k - b.k || a.i - b.i);
        return { name, titleRows, columns: keyed.map((x) => x.c), risks };
      });
  });

export function registerSheet(spec: RegisterSpec): SheetSnapshot {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  for (let r = 0; r < spec.titleRows; r++) {
    values.push(r === 0 ? ['Information security risk register'] : []);
    formulas.push([]);
  }
  values.push(spec.columns.map((c) => c.header));
  formulas.push([]);
  for (let i = 0; i < spec.risks; i++) {
    const vrow: CellValue[] = [];
    const frow: (string | null)[] = [];
    spec.columns.forEach((c, col) => {
      const cell = c.cells[i] ?? null;
      if (cell !== null && typeof cell === 'object') {
        vrow[col] = null;
        frow[col] = cell.formula;
      } else {
        vrow[col] = cell;
        frow[col] = null;
      }
    });
    values.push(vrow);
    formulas.push(frow);
  }
  return { name: spec.name, values, formulas };
}

// ---------------------------------------------------------------------------------------------
// The team's own sheets
// ---------------------------------------------------------------------------------------------

/** Content a team plausibly keeps under each name, some of it in Riskbook's own words. */
const PLAUSIBLE: Readonly<Record<RiskbookName, readonly (readonly Typed[])[]>> = {
  Lists: [['Owners', 'Sites'], ['Dana', 'Berlin'], ['Sam', 'Leeds']],
  Heatmap: [['Heatmap'], ['Our own view, drawn by hand'], [null, 'Low', 'High'], ['Likely', 2, 5]],
  Checks: [['Severity', 'Code', 'Sheet', 'Cell', 'Message', 'Fix'], ['High', 'X1', 'Risks', 'A1', 'Look at it', '=not a formula']],
  // An SoA Riskbook adopts (enough controls one per row): it writes beside it, never into it (issue 12).
  'Statement of Applicability': [
    ['Control ID', 'Applicable', 'Justification'], ['5.1', 'Yes', 'Policy set'], ['5.2', 'Partially', null], ['5.15', 'Yes', '=not a formula'],
    ['A.8.2', 'No', 'n/a'], [8.1, 'x', 'Laptops'], ['8.24', null, 'Encryption at rest'],
  ],
  // A plan Riskbook adopts when the register has an: read, never written.
  'Risk Treatment Plan': [['Risk ID', 'Action', 'Owner', 'Due'], ['R-1', 'Train staff', 'Dana', 46100], ['R-2', 'Encrypt disks', null, 'Q3']],
  Controls: [['Control ID', 'Title', 'Owner'], ['5.1', 'Policies', 'Dana'], ['ACME-9', 'Our own control', 'Sam']],
  Opportunities: [['ID', 'Opportunity', 'Owner'], ['O-1', 'Automate reviews', 'Sam']],
  'Change log': [['Time', 'Action', 'Summary'], [46000, 'Edited', 'Changed R-1']],
  Methodology: [['How we assess risk'], ['Likelihood scale'], [1, 'Rare'], [2, 'Often']],
};

function startsLikePlausibleSoa(cells: readonly (readonly Typed[])[]): boolean {
  const soa = PLAUSIBLE['Statement of Applicability'];
  return soa.every((row, r) => row.every((v, c) => cells[r]?.[c] === v));
}

export interface TeamSheetSpec {
  readonly name: string;
  readonly cells: readonly (readonly Typed[])[];
  readonly hidden: boolean;
}

const grid: fc.Arbitrary<Typed[][]> = fc.array(fc.array(typedCell, { maxLength: 5 }), { maxLength: 6 });

function teamSheetArb(name: string, usual: RiskbookName | null): fc.Arbitrary<TeamSheetSpec> {
  const content = usual
    ? fc.oneof({ withCrossShrink: true }, grid, fc.constant(PLAUSIBLE[usual].map((r) => [...r])), grid.map((g) => [...PLAUSIBLE[usual].map((r) => [...r]), ...g]))
    : grid;
  return fc.record({ cells: content, hidden: fc.boolean().map((b) => b && name === 'Read me') }).map(({ cells, hidden }) => ({ name, cells, hidden }));
}

/** A team's sheet under one of Riskbook's names, spelt as Riskbook does or in another case. */
const underRiskbookName: fc.Arbitrary<TeamSheetSpec> = fc.oneof(
  { weight: 6, arbitrary: fc
    .record({ usual: fc.constantFrom(...RISKBOOK_NAMES), spelling: fc.constantFrom('as is', 'as is', 'as is', 'lower', 'upper') })
    .chain(({ usual, spelling }) => teamSheetArb(spelling === 'lower' ? usual.toLowerCase() : spelling === 'upper' ? usual.toUpperCase() : usual, usual)) },
  { weight: 1, arbitrary: fc.constantFrom(...RISKBOOK_OTHER_NAMES).chain((name) => teamSheetArb(name, null)) },
);

const teamSheets: fc.Arbitrary<TeamSheetSpec[]> = fc.oneof(
  // Cross-shrinking: a failure with every name shrinks to the few sheets it needs.
  { withCrossShrink: true },
  fc.uniqueArray(underRiskbookName, { maxLength: 5, selector: (s) => s.name.toLowerCase() }),
  // Every name at once.
  fc.tuple(...RISKBOOK_NAMES.map((n) => teamSheetArb(n, n))).map((sheets) => [...sheets]),
);
const otherSheets: fc.Arbitrary<TeamSheetSpec[]> = fc.uniqueArray(
  fc.constantFrom('Budget', 'Read me').chain((n) => teamSheetArb(n, null)),
  { maxLength: 2, selector: (s) => s.name },
);

export function teamSheet(spec: TeamSheetSpec): SheetSnapshot {
  const values = spec.cells.map((r) => r.map((c) => (c !== null && typeof c === 'object' ? null : c)));
  const formulas = spec.cells.map((r) => r.map((c) => (c !== null && typeof c === 'object' ? c.formula : null)));
  return { name: spec.name, values, formulas, ...(spec.hidden ? { hidden: true } : {}) };
}

// ---------------------------------------------------------------------------------------------
// The Methodology in Riskbook's layout, as a person left it
// ---------------------------------------------------------------------------------------------

export type MethodologyDefect =
  | { readonly kind: 'decision'; readonly band: number }
  | { readonly kind: 'colour'; readonly band: number }
  | { readonly kind: 'bandMin'; readonly band: number }
  | { readonly kind: 'matrixHole'; readonly row: number; readonly col: number }
  | { readonly kind: 'scoring' };

export interface MethodologySpec {
  readonly defects: readonly MethodologyDefect[];
  /** Notes typed beside the tables (column F, or the first free column right of a matrix row). */
  readonly beside: readonly { readonly pick: number; readonly text: string }[];
  /** Notes typed below the Notes heading. */
  readonly below: readonly { readonly offset: number; readonly col: number; readonly text: string }[];
}

const band = fc.integer({ min: 0, max: 2 });
const defect: fc.Arbitrary<MethodologyDefect> = fc.oneof(
  band.map((b) => ({ kind: 'decision' as const, band: b })),
  band.map((b) => ({ kind: 'colour' as const, band: b })),
  band.map((b) => ({ kind: 'bandMin' as const, band: b })),
  fc.record({ row: fc.integer({ min: 0, max: 4 }), col: fc.integer({ min: 0, max: 4 }) }).map((p) => ({ kind: 'matrixHole' as const, ...p })),
  fc.constant({ kind: 'scoring' as const }),
);
const methodologyNote = fc.constantFrom('Agreed at the ISMS board, 2026-03', 'ask Priya', 'see ticket 42', '=not a formula', '+1 for audit', 'Reviewed yearly');

export const methodologySpec: fc.Arbitrary<MethodologySpec> = fc.record({
  defects: fc.uniqueArray(defect, { maxLength: 4, selector: (d) => JSON.stringify(d) }),
  beside: fc.array(fc.record({ pick: fc.nat({ max: 60 }), text: methodologyNote }), { maxLength: 3 }),
  below: fc.array(fc.record({ offset: fc.integer({ min: 0, max: 2 }), col: fc.integer({ min: 0, max: 2 }), text: methodologyNote }), { maxLength: 2 }),
});

const METHOD_STAMP: Stamp = {
  generator: 'Riskbook 0.1.0',
  generatedAt: '2026-01-05T10:00:00.000Z',
  methodologyVersion: '1.0',
  methodologyHash: '0123abcd',
  registerHash: '00000000',
};

/** Riskbook's 5 x 5 Methodology, then the person's defects and notes. */
export function methodologyParts(spec: MethodologySpec): { sheet: SheetSnapshot; names: NonNullable<WorkbookSnapshot['names']>; notes: string[]; typed: string[] } {
  const m = presetMethodology('5x5');
  const plan = methodologySheetPlan(m, METHOD_STAMP);
  const wb = new MemoryWorkbook();
  wb.apply({ sheets: [plan.sheet], names: plan.names }, { contentOnly: true });
  const sheet = wb.sheet('Methodology')!;
  const l = methodologyLayout(m);
  const set = (row: number, col: number, v: CellValue): void => {
    while (sheet.values.length <= row) sheet.values.push([]);
    while (sheet.formulas.length <= row) sheet.formulas.push([]);
    sheet.values[row]![col] = v;
    sheet.formulas[row]![col] = null;
  };
  const isFree = (row: number, col: number): boolean => (sheet.values[row]?.[col] ?? null) === null && !sheet.formulas[row]?.[col];
  for (const d of spec.defects) {
    if (d.kind === 'decision') set(l.bands.first + d.band, 4, 'Maybe later');
    else if (d.kind === 'colour') set(l.bands.first + d.band, 3, 'amber-ish');
    else if (d.kind === 'bandMin') set(l.bands.first + d.band, 1, 'five');
    else if (d.kind === 'matrixHole') set(l.matrix.first + d.row, 1 + d.col, null);
    else set(l.settings.scoring, 1, 'Sum (L+I)');
  }
  const notes: string[] = [];
  /** Every cell the person typed, as `A1="text"`, for failure reports. */
  const typed: string[] = [];
  for (const d of spec.defects) {
    const at =
      d.kind === 'decision' ? [l.bands.first + d.band, 4] : d.kind === 'colour' ? [l.bands.first + d.band, 3] : d.kind === 'bandMin' ? [l.bands.first + d.band, 1]
        : d.kind === 'matrixHole' ? [l.matrix.first + d.row, 1 + d.col] : [l.settings.scoring, 1];
    typed.push(`${cellAddress(at[0]!, at[1]!)}=${JSON.stringify(sheet.values[at[0]!]?.[at[1]!] ?? null)}`);
  }
  for (const n of spec.beside) {
    const row = n.pick % l.end;
    let col = 5;
    while (!isFree(row, col)) col++;
    set(row, col, n.text);
    notes.push(n.text);
    typed.push(`${cellAddress(row, col)}=${JSON.stringify(n.text)}`);
  }
  for (const n of spec.below) {
    const row = usedRowCount({ name: '', values: sheet.values }) + n.offset;
    set(row, n.col, n.text);
    notes.push(n.text);
    typed.push(`${cellAddress(row, n.col)}=${JSON.stringify(n.text)}`);
  }
  const snap = wb.snapshot();
  return { sheet: snap.sheets[0]!, names: [...(snap.names ?? [])], notes, typed };
}

// ---------------------------------------------------------------------------------------------
// Notes on the sheets an earlier run generated
// ---------------------------------------------------------------------------------------------

/**
 * Where a person types on a generated sheet: to the right of everything on a row of the table,
 * below the content, in the rows above a table's header, or in one of the table's people's
 * columns (SoA, RTP, Opportunities; elsewhere this falls back to the right).
 */
export type NotePlace = 'right' | 'below' | 'above' | 'people';
export interface NoteSpec {
  readonly place: NotePlace;
  readonly pick: number;
  /** Columns or rows of gap from the content. */
  readonly offset: number;
  readonly value: Typed;
}

const noteSpec: fc.Arbitrary<NoteSpec> = fc.record({
  place: fc.constantFrom<NotePlace>('right', 'below', 'above', 'people'),
  pick: fc.nat({ max: 200 }),
  offset: fc.integer({ min: 0, max: 2 }),
  value: noteCell,
});

export type NotesSpec = Readonly<Record<NotedRole, readonly NoteSpec[]>>;

const notesSpec: fc.Arbitrary<NotesSpec> = fc.record(
  Object.fromEntries(NOTED_ROLES.map((r) => [r, fc.array(noteSpec, { maxLength: 2 })])) as Record<NotedRole, fc.Arbitrary<NoteSpec[]>>,
);

/** Columns people fill in, by role (headers as Riskbook writes them). */
const PEOPLE_COLUMNS: Readonly<Partial<Record<NotedRole, readonly string[]>>> = {
  soa: ['Justification', 'Exclusion justification', 'Implementation notes', 'Evidence reference', 'Control owner'],
  rtp: ['Action', 'Action owner', 'Resources', 'Approved by'],
  opportunities: ['ID', 'Opportunity', 'Expected benefit', 'Action', 'Owner'],
};
/** Each generated table's key header, to find the header row; null for sheets without one. */
export const TABLE_KEY_HEADER: Readonly<Record<NotedRole, string | null>> = {
  heatmap: null,
  dashboard: null,
  changeLog: null,
  checks: 'Severity',
  soa: 'Control ID',
  rtp: 'Risk ID',
  controls: 'Control ID',
  opportunities: 'ID',
  controlView: 'Control ID',
};
/** A second header of each table, so a typed value that equals the key header is not taken for it. */
export const TABLE_OTHER_HEADER: Readonly<Record<NotedRole, string | null>> = {
  heatmap: null,
  dashboard: null,
  changeLog: null,
  checks: 'Code',
  soa: 'Applicable',
  rtp: 'Control ID',
  controls: 'Title',
  opportunities: 'Opportunity',
  controlView: 'Risk ID',
};

function text(v: CellValue | undefined): string {
  return typeof v === 'string' ? v.trim() : '';
}

/** 0-based header row of a generated table, or null. */
export function tableHeaderRow(sheet: SheetSnapshot, role: NotedRole): number | null {
  const key = TABLE_KEY_HEADER[role];
  const other = TABLE_OTHER_HEADER[role];
  if (key === null || other === null) return null;
  // Every row, as the core looks (outputs/preserve.ts): the Checks sheet's summary by rule, above
  // its table, has a row for each rule that fires, and may push the header past row 40.
  const rows = usedRowCount(sheet);
  for (let r = 0; r < rows; r++) {
    const row = (sheet.values[r] ?? []).map(text);
    if (row.includes(key) && row.includes(other)) return r;
  }
  return null;
}

/** What each role's sheet says in A1 when Riskbook created it. */
const TITLE_PREFIX: readonly (readonly [NotedRole, string])[] = [
  ['rtp', 'Risk Treatment Plan ('],
  ['soa', 'Statement of Applicability ('],
  ['opportunities', 'Opportunities ('],
  ['heatmap', 'Heatmap'],
  ['dashboard', 'Dashboard'],
  ['checks', 'Checks'],
  ['changeLog', 'Change log'],
  ['controls', 'Controls'],
  ['controlView', 'Control view: '],
];

/** The role of a sheet the earlier run created, by its title; null for other sheets (lists, settings, Methodology). */
export function createdRole(sheet: SheetSnapshot): NotedRole | null {
  const title = text(sheet.values[0]?.[0]);
  for (const [role, prefix] of TITLE_PREFIX) {
    // A prefix that ends where the title goes on ("… (ISO/IEC …", "Control view: …") starts it; a short title is it.
    if (prefix.endsWith('(') || prefix.endsWith(': ') ? title.startsWith(prefix) : title === prefix) return role;
  }
  return null;
}

export interface TypedNote {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly value: Typed;
}

/** Nothing in the cell, and not hidden under a merge (nobody can type there). */
function isEmpty(sheet: { values: CellValue[][]; formulas: (string | null)[][]; merges: string[] }, row: number, col: number): boolean {
  const v = sheet.values[row]?.[col] ?? null;
  if ((v !== null && v !== '') || sheet.formulas[row]?.[col]) return false;
  return !sheet.merges.some((m) => {
    const r = parseRange(m);
    return r !== null && row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols;
  });
}

/** Types each note into the workbook (a MemoryWorkbook sheet), returning where it went. */
function typeNotes(wb: MemoryWorkbook, name: string, role: NotedRole, notes: readonly NoteSpec[]): TypedNote[] {
  const out: TypedNote[] = [];
  const ms = wb.sheet(name);
  if (!ms) return out;
  for (const note of notes) {
    const snap: SheetSnapshot = { name, values: ms.values, formulas: ms.formulas };
    const rows = usedRowCount(snap);
    const width = usedColumnCount(snap);
    const header = tableHeaderRow(snap, role);
    const firstData = header === null ? 0 : header + 1;
    const dataRows = Math.max(1, rows - firstData);
    let row: number;
    let col: number;
    let overwrite = false;
    const people = PEOPLE_COLUMNS[role];
    if (note.place === 'people' && people && header !== null) {
      const headers = (ms.values[header] ?? []).map(text);
      col = headers.indexOf(people[note.pick % people.length]!);
      if (col < 0) continue;
      row = firstData + (note.pick % (role === 'opportunities' ? 4 : dataRows));
      overwrite = true;
    } else if (note.place === 'below') {
      row = rows + note.offset;
      col = note.pick % Math.max(1, width);
    } else if (note.place === 'above' && header !== null && header > 0) {
      row = note.pick % header;
      col = 1 + (note.pick % 4);
      while (!isEmpty(ms, row, col)) col++;
    } else {
      row = firstData + (note.pick % dataRows);
      col = width + note.offset;
    }
    if (!overwrite && !isEmpty(ms, row, col)) continue;
    while (ms.values.length <= row) ms.values.push([]);
    while (ms.formulas.length <= row) ms.formulas.push([]);
    const v = note.value;
    ms.values[row]![col] = v !== null && typeof v === 'object' ? null : v;
    ms.formulas[row]![col] = v !== null && typeof v === 'object' ? v.formula : null;
    out.push({ sheet: name, row, col, value: v });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The whole workbook
// ---------------------------------------------------------------------------------------------

export interface TeamWorkbookSpec {
  readonly register: RegisterSpec;
  readonly teamSheets: readonly TeamSheetSpec[];
  readonly otherSheets: readonly TeamSheetSpec[];
  readonly methodology: MethodologySpec | null;
  /** Sort keys for the sheet order (register, team sheets, other sheets, Methodology). */
  readonly order: readonly number[];
  /** Null: Riskbook never ran on this workbook. Else it recalculated once, and people then typed these notes. */
  readonly history: NotesSpec | null;
}

export const teamWorkbookSpec: fc.Arbitrary<TeamWorkbookSpec> = fc
  .record({
    register: registerSpec,
    teamSheets,
    otherSheets,
    methodology: optional(methodologySpec, 2),
    order: fc.array(fc.nat({ max: 20 }), { minLength: 14, maxLength: 14 }),
    history: optional(notesSpec, 3),
  })
  .map((s) => ({
    ...s,
    // A Methodology in Riskbook's layout and a team sheet of that name cannot both exist.
    teamSheets: s.methodology ? s.teamSheets.filter((t) => t.name.toLowerCase() !== 'methodology') : s.teamSheets,
  }))
  .filter((s) => s.teamSheets.every((t) => t.name.toLowerCase() !== s.register.name.toLowerCase()));

/** What the test knows about whose each part of the workbook is. */
export interface Ledger {
  readonly registerSheet: string;
  /** 0-based header row of the register. */
  readonly headerRow: number;
  /** Columns the team's register fills from its header row down (everything else Riskbook appended). */
  readonly teamColumns: ReadonlySet<number>;
  /**
   * Team columns headed exactly with one of Riskbook's derived labels and blank below: the one
   * case core/register/column-owner.ts takes as Riskbook's without a record (what a run stopped
   * before its formulas leaves), and there is nothing in it to lose.
   */
  readonly riskbookLabelledColumns: ReadonlySet<number>;
  /** Register columns by role, for hand-over requests and messages. */
  readonly registerColumns: readonly { readonly role: RegisterRole; readonly col: number; readonly header: string }[];
  /** The team's sheets, register included, in the workbook's order. */
  readonly teamSheets: readonly string[];
  /**
   * Team sheets made to hold an SoA Riskbook adopts (issue 12): it writes its own columns beside the
   * table and the controls it lacks below it, in cells nobody typed; a typed cell never changes.
   */
  readonly teamSoaSheets: readonly string[];
  /** The Methodology in Riskbook's layout that people edited, when there is one. */
  readonly methodologySheet: string | null;
  /** Texts people typed beside and below the Methodology's tables. */
  readonly methodologyNotes: readonly string[];
  /** Riskbook's sheets from the earlier run, by name. */
  readonly generated: ReadonlyMap<string, NotedRole | 'other'>;
  /** Cells people typed on those sheets afterwards. */
  readonly notes: readonly TypedNote[];
}

export interface TeamCase {
  readonly spec: TeamWorkbookSpec;
  /** The workbook before Riskbook ever ran. */
  readonly initial: WorkbookSnapshot;
  /** The ledger of `initial` (no generated sheets yet). */
  readonly initialLedger: Ledger;
  /** The workbook the action under test runs on: `initial`, or after one recalc and people's notes. */
  readonly snapshot: WorkbookSnapshot;
  readonly ledger: Ledger;
  /** The earlier run, when there was one: its result before people typed their notes. */
  readonly history: { readonly after: WorkbookSnapshot } | null;
}

export function buildInitial(spec: TeamWorkbookSpec): { snapshot: WorkbookSnapshot; ledger: Ledger } {
  const reg = registerSheet(spec.register);
  const method = spec.methodology ? methodologyParts(spec.methodology) : null;
  const sheets: { sheet: SheetSnapshot; key: number }[] = [];
  const push = (sheet: SheetSnapshot): void => {
    sheets.push({ sheet, key: spec.order[sheets.length] ?? 0 });
  };
  push(reg);
  for (const t of spec.teamSheets) push(teamSheet(t));
  for (const t of spec.otherSheets) push(teamSheet(t));
  if (method) push(method.sheet);
  const ordered = sheets.map((s, i) => ({ ...s, i })).sort((a, b) => a.key - b.key || a.i - b.i).map((s) => s.sheet);
  const snapshot: WorkbookSnapshot = { sheets: ordered, ...(method ? { names: method.names } : {}) };

  const headerRow = spec.register.titleRows;
  const teamColumns = new Set<number>();
  spec.register.columns.forEach((_, c) => teamColumns.add(c));
  const riskbookLabelledColumns = new Set<number>();
  spec.register.columns.forEach((c, col) => {
    if (DERIVED_LABELS.has(c.header.toLowerCase()) && c.cells.every((v) => v === null || v === '')) riskbookLabelledColumns.add(col);
  });
  const ledger: Ledger = {
    registerSheet: reg.name,
    headerRow,
    teamColumns,
    riskbookLabelledColumns,
    registerColumns: spec.register.columns.map((c, col) => ({ role: c.role, col, header: c.header })),
    teamSheets: ordered.filter((s) => s !== method?.sheet).map((s) => s.name),
    teamSoaSheets: spec.teamSheets.filter((t) => t.name.toLowerCase() === 'statement of applicability' && startsLikePlausibleSoa(t.cells)).map((t) => t.name),
    methodologySheet: method ? method.sheet.name : null,
    methodologyNotes: method ? method.notes : [],
    generated: new Map(),
    notes: [],
  };
  return { snapshot, ledger };
}

/**
 * The notes people type after Riskbook's first run (`after`, the workbook that run left, on any
 * host): into a copy of it, returning the typed workbook and the ledger that knows them.
 */
export function typeHistoryNotes(spec: TeamWorkbookSpec, initial: WorkbookSnapshot, ledger: Ledger, after: WorkbookSnapshot): { snapshot: WorkbookSnapshot; ledger: Ledger } {
  const wb = MemoryWorkbook.fromSnapshot(after);
  const before = new Set(initial.sheets.map((s) => s.name));
  const generated = new Map<string, NotedRole | 'other'>();
  for (const s of after.sheets) if (!before.has(s.name)) generated.set(s.name, createdRole(s) ?? 'other');
  const notes: TypedNote[] = [];
  for (const [name, role] of generated) {
    if (role !== 'other' && spec.history) notes.push(...typeNotes(wb, name, role, spec.history[role]));
  }
  // The last note typed in a cell is what the cell holds.
  const byCell = new Map(notes.map((n) => [`${n.sheet}\u0000${n.row},${n.col}`, n] as const));
  const typed = wb.snapshot();
  // fromSnapshot/snapshot keep what a host read; only the noted cells differ.
  return { snapshot: { ...after, sheets: typed.sheets.map((s, i) => ({ ...after.sheets[i]!, values: s.values, formulas: s.formulas })) }, ledger: { ...ledger, generated, notes: [...byCell.values()] } };
}

/** A case on the in-memory host: the earlier run (if any) is a recalc applied to a MemoryWorkbook. */
export function buildTeamCase(spec: TeamWorkbookSpec): TeamCase {
  const initial = buildInitial(spec);
  if (!spec.history) return { spec, initial: initial.snapshot, initialLedger: initial.ledger, snapshot: initial.snapshot, ledger: initial.ledger, history: null };
  const result = generate(initial.snapshot, 'recalc', { now: HISTORY_NOW });
  const wb = MemoryWorkbook.fromSnapshot(initial.snapshot);
  wb.apply(result.plan, { contentOnly: true });
  const after = wb.snapshot();
  const typed = typeHistoryNotes(spec, initial.snapshot, initial.ledger, after);
  return { spec, initial: initial.snapshot, initialLedger: initial.ledger, snapshot: typed.snapshot, ledger: typed.ledger, history: { after } };
}
