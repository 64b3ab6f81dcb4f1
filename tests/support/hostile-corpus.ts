/**
 * A corpus of broken and hostile workbooks, as WorkbookSnapshots named by scenario (hardening
 * issue 6). Every host test in tests/hardening/ runs every case: nothing may crash, each case
 * ends in findings or a one-line error, and no user cell changes.
 *
 * Cases that are about size carry a smaller `forFakes` variant: the fake Excel and the fake
 * SpreadsheetApp keep every cell of a sheet as objects, so a million-row used range is run at
 * 20,000 rows there (in-memory and .xlsx run the full size).
 */
import { initRegister } from '../../core/engine';
import { MemoryWorkbook } from '../../core/workbook/memory-workbook';
import { methodologyParts as annotatedMethodology } from './team-workbooks';
import { SHEETS } from '../../core/workbook/names';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../core/workbook/snapshot';

export const CORPUS_NOW = '2026-11-23T09:00:00.000Z';

export interface HostileCase {
  readonly name: string;
  readonly snapshot: WorkbookSnapshot;
  /** Smaller stand-in for the fake hosts where the case is about size. */
  readonly forFakes?: WorkbookSnapshot;
  /** Sheets the user protected (applied by hosts that model protection). */
  readonly protectedSheets?: readonly string[];
  /** Why an .xlsx cannot hold this case (it still runs on the other hosts). */
  readonly notInXlsx?: string;
  /** Cells holding dates as serial numbers: [sheet, 0-based row, 0-based col]. */
  readonly dateCells?: readonly (readonly [string, number, number])[];
  /**
   * The team's own sheets under names Riskbook uses (issue 10): compared cell for cell like any
   * sheet of theirs (a stamp line aside), never skipped for their name, and never hidden.
   */
  readonly teamSheets?: readonly string[];
  /** The team's own register columns (0-based): nothing is written into them, not even into a blank. */
  readonly teamColumns?: { readonly sheet: string; readonly headerRow: number; readonly columns: readonly number[] };
}

type Cell = CellValue;
type Row = Cell[];

export const REGISTER = 'Risk register';
export const HEADER: readonly string[] = ['Risk ID', 'Asset', 'Threat', 'Vulnerability', 'Risk owner', 'Likelihood', 'Impact', 'Treatment', 'Controls', 'Last review', 'Team notes'];
/** 0-based columns of HEADER. */
export const COL = { id: 0, asset: 1, threat: 2, vuln: 3, owner: 4, likelihood: 5, impact: 6, treatment: 7, controls: 8, review: 9, notes: 10 } as const;

const REVIEW = 46000; // 2025-12-09

export function baseRisks(): Row[] {
  return [
    ['R-001', 'Customer database', 'Phishing of finance staff', 'No MFA on webmail', 'Dana (CFO)', 4, 5, 'Mitigate', '5.17, 8.5', REVIEW, 'Seen twice in 2024'],
    ['R-002', 'Staff laptops', 'Laptop theft', 'Disks not encrypted', 'Sam (IT lead)', '2 - Unlikely', 'Major', 'Mitigate', '8.1', REVIEW, null],
    ['R-003', 'Production cloud', 'Region outage', 'Single region', 'Alex (CTO)', 'Likely', 3, 'Accept', null, REVIEW, 'Budget 2026'],
    ['R-004', 'Source code', 'Insider leak', 'Broad repo access', 'Priya (Eng)', 2, 4, 'Mitigate', '5.15, 8.3', REVIEW, null],
    ['R-005', 'Payroll', 'Supplier breach', 'No supplier review', 'Dana (CFO)', 3, 3, 'Transfer', '5.19', REVIEW, 'Insurer: ACME'],
  ];
}

interface RegisterOptions {
  readonly name?: string;
  readonly header?: readonly Cell[];
  readonly rows?: readonly Row[];
  /** Blank rows above the header (a title sits in the first). */
  readonly headerRow?: number;
  readonly extraSheets?: readonly SheetSnapshot[];
  readonly hiddenRows?: readonly number[];
  readonly merges?: readonly string[];
  readonly formulas?: (string | null)[][];
  readonly names?: WorkbookSnapshot['names'];
}

function registerSheet(o: RegisterOptions = {}): SheetSnapshot {
  const headerRow = o.headerRow ?? 2;
  const values: Row[] = [['ACME SaaS — information security risk register']];
  while (values.length < headerRow) values.push([]);
  values.push([...(o.header ?? HEADER)]);
  for (const r of o.rows ?? baseRisks()) values.push([...r]);
  return {
    name: o.name ?? REGISTER,
    values,
    ...(o.formulas ? { formulas: o.formulas } : {}),
    ...(o.hiddenRows ? { hiddenRows: o.hiddenRows } : {}),
    ...(o.merges ? { merges: o.merges } : {}),
  };
}

function workbook(o: RegisterOptions = {}): WorkbookSnapshot {
  return { sheets: [registerSheet(o), ...(o.extraSheets ?? [])], ...(o.names ? { names: o.names } : {}) };
}

/** The base risks with one column replaced, row by row. */
function withColumn(col: number, values: readonly Cell[]): Row[] {
  return baseRisks().map((r, i) => r.map((v, c) => (c === col ? (values[i % values.length] ?? null) : v)));
}

function withNotes(values: readonly Cell[]): Row[] {
  return withColumn(COL.notes, values);
}

let methodologyCache: { sheets: SheetSnapshot[]; names: NonNullable<WorkbookSnapshot['names']> } | undefined;

/** Riskbook's own Methodology and Lists sheets and names for the 5x5 preset. */
function methodologyParts(): { sheets: SheetSnapshot[]; names: NonNullable<WorkbookSnapshot['names']> } {
  if (!methodologyCache) {
    const wb = new MemoryWorkbook();
    wb.apply(initRegister({ now: CORPUS_NOW }).plan);
    const snap = wb.snapshot();
    methodologyCache = {
      sheets: snap.sheets.filter((s) => s.name === SHEETS.methodology || s.name === SHEETS.lists),
      names: [...(snap.names ?? [])],
    };
  }
  return methodologyCache;
}

/** A register with a Methodology whose band table (rows 37–39) is replaced by `bands`. */
function methodologyWithBands(bands: readonly Row[]): WorkbookSnapshot {
  const parts = methodologyParts();
  const sheets = parts.sheets.map((s) => {
    if (s.name !== 'Methodology') return s;
    const values = s.values.map((r) => [...r]);
    const formulas = (s.formulas ?? []).map((r) => [...r]);
    for (let i = 0; i < 3; i++) {
      values[36 + i] = bands[i] ? [...bands[i]!] : [];
      if (formulas[36 + i]) formulas[36 + i] = [];
    }
    return { ...s, values, formulas };
  });
  return { sheets: [registerSheet(), ...sheets], names: parts.names };
}

function longText(n: number): string {
  const unit = 'Lorem ipsum dolor sit amet, ünïcödé, 😀 ';
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

function sparseRows(total: number, last: Row): Row[] {
  const rows: Row[] = Array.from({ length: total }, () => []);
  rows[total - 1] = last;
  return rows;
}

function millionRows(total: number): WorkbookSnapshot {
  const reg = registerSheet();
  const values: Row[] = [...reg.values.map((r) => [...r])];
  while (values.length < total - 1) values.push([]);
  // The used range ends far below: one stray note in a column no field claims.
  values.push([null, null, null, null, null, null, null, null, null, null, null, null, null, 'stray']);
  return { sheets: [{ ...reg, values }] };
}

const INJECTION = ['=HYPERLINK("http://evil.example","click")', '+44 20 7946 0000', '-5 days', '@SUM(A1:A2)', '\t=1+1', '\r=cmd|\' /C calc\'!A0'];

const ALL_CASES: (() => HostileCase)[] = [
  // --- Wrong types in every field ---
  () => ({ name: 'ids-as-numbers-and-booleans', snapshot: workbook({ rows: withColumn(COL.id, [1, true, 3.5, -2, 0]) }) }),
  () => ({ name: 'assets-as-numbers', snapshot: workbook({ rows: withColumn(COL.asset, [42, false, 1e308, -0.5, 7]) }) }),
  () => ({ name: 'threats-as-booleans', snapshot: workbook({ rows: withColumn(COL.threat, [true, false, 0, 1, null]) }) }),
  () => ({ name: 'owners-as-numbers', snapshot: workbook({ rows: withColumn(COL.owner, [1, 2, true, 0.1, -1]) }) }),
  () => ({ name: 'likelihood-wrong-types', snapshot: workbook({ rows: withColumn(COL.likelihood, [true, 'very', 99, -1, 2.5]) }) }),
  () => ({ name: 'impact-wrong-types', snapshot: workbook({ rows: withColumn(COL.impact, [false, 'huge', 0, 1e9, NaN]) }) }),
  () => ({ name: 'treatment-wrong-types', snapshot: workbook({ rows: withColumn(COL.treatment, [1, true, 'Ignore', '', 'mitigate ']) }) }),
  () => ({ name: 'controls-wrong-types', snapshot: workbook({ rows: withColumn(COL.controls, [5.17, true, 0, 'A.99.99', '8.1;;;,,,']) }) }),
  () => ({ name: 'review-wrong-types', snapshot: workbook({ rows: withColumn(COL.review, [true, 'soon', -5, 1e7, 'yesterday']) }) }),
  () => ({ name: 'infinite-and-nan-numbers', snapshot: workbook({ rows: withColumn(COL.likelihood, [Infinity, -Infinity, NaN, 3, 4]) }) }),
  // --- Size ---
  () => ({ name: 'cells-of-50000-characters', snapshot: workbook({ rows: withColumn(COL.threat, [longText(50000), 'Laptop theft', longText(50000)]).map((r, i) => (i === 0 ? r.map((v, c) => (c === COL.notes ? longText(50000) : v)) : r)) }) }),
  () => ({ name: 'header-of-50000-characters', snapshot: workbook({ header: [...HEADER, longText(50000)] }) }),
  () => ({ name: '500-control-ids-in-one-cell', snapshot: workbook({ rows: withColumn(COL.controls, [Array.from({ length: 500 }, (_, i) => `${5 + (i % 4)}.${1 + (i % 30)}`).join(', '), Array.from({ length: 500 }, (_, i) => `X-${i}`).join(';')]) }) }),
  () => ({ name: 'million-row-used-range', snapshot: millionRows(1_000_000), forFakes: millionRows(20_000) }),
  // --- Unicode and control characters ---
  () => ({ name: 'unicode-values', snapshot: workbook({ rows: withColumn(COL.threat, ['Ünïcödé théft', '中文威胁', 'Угроза', 'خطر الاختراق', 'דליפת מידע']) }) }),
  () => ({ name: 'right-to-left-headers', snapshot: workbook({ header: [...HEADER.slice(0, 10), 'ملاحظات الفريق'], rows: withNotes(['\u202Egnp.exe', 'مرحبا', '\u200Fשלום', null, '\u202Bmixed\u202C']) }) }),
  () => ({ name: 'emoji-everywhere', snapshot: workbook({ header: [...HEADER.slice(0, 10), 'Notes 📝'], rows: withColumn(COL.owner, ['Dana 👩‍💼', '🔥🔥🔥', 'Sam 🇬🇧', '\uD83D', 'Alex \uDE00']) }) }),
  () => ({ name: 'control-characters', snapshot: workbook({ rows: withColumn(COL.threat, ['line1\nline2', 'nul\u0000byte', 'bell\u0007', 'esc\u001b[31m', 'tab\tinside']) }) }),
  () => ({ name: 'non-breaking-spaces-in-headers', snapshot: workbook({ header: HEADER.map((h) => h.replace(/ /g, '\u00A0')), rows: withColumn(COL.owner, ['\u00A0Dana\u00A0', '\u2007Sam', 'Alex\u202F', '\u00A0', 'Priya']) }) }),
  () => ({ name: 'zero-width-and-bom-headers', snapshot: workbook({ header: HEADER.map((h, i) => (i % 2 ? `\uFEFF${h}` : `${h}\u200B`)) }) }),
  // --- Formula and CSV injection ---
  () => ({ name: 'injection-in-free-text', snapshot: workbook({ rows: withNotes(INJECTION) }) }),
  () => ({ name: 'injection-in-ids-and-owners', snapshot: workbook({ rows: withColumn(COL.id, INJECTION).map((r, i) => r.map((v, c) => (c === COL.owner ? INJECTION[(i + 2) % INJECTION.length]! : v))) }) }),
  () => ({ name: 'injection-in-controls-and-treatment', snapshot: workbook({ rows: withColumn(COL.controls, INJECTION).map((r, i) => r.map((v, c) => (c === COL.treatment ? INJECTION[(i + 1) % INJECTION.length]! : v))) }) }),
  () => ({ name: 'injection-in-headers', snapshot: workbook({ header: [...HEADER.slice(0, 10), '=cmd|"/C calc"!A0', '+Extra', '@Col', '-Minus'] }) }),
  // --- Error values ---
  () => ({ name: 'error-values-in-fields', snapshot: workbook({ rows: baseRisks().map((r, i) => r.map((v, c) => (c === (i + 4) % 11 ? { error: ['#N/A', '#REF!', '#DIV/0!', '#VALUE!', '#NAME?'][i]! } : v))) }) }),
  () => ({ name: 'error-values-in-header', snapshot: workbook({ header: [...HEADER.slice(0, 5), { error: '#REF!' }, ...HEADER.slice(6), { error: '#N/A' }] }) }),
  () => ({ name: 'error-values-everywhere', snapshot: workbook({ rows: baseRisks().map((r) => r.map(() => ({ error: '#N/A' }))) }) }),
  // --- Headers ---
  () => ({ name: 'merged-header-cells', snapshot: workbook({ header: [...HEADER.slice(0, 5), 'Likelihood', null, ...HEADER.slice(7)], merges: ['A1:K1', 'F3:G3'] }) }),
  () => ({ name: 'duplicated-header-cells', snapshot: workbook({ header: [...HEADER, 'Risk owner', 'Likelihood', 'Controls'], rows: baseRisks().map((r) => [...r, 'Other owner', 1, '5.1']) }) }),
  () => ({ name: 'header-on-row-20', snapshot: workbook({ headerRow: 19 }) }),
  () => ({ name: 'header-only', snapshot: workbook({ rows: [] }) }),
  () => ({ name: 'two-registers', snapshot: workbook({ extraSheets: [registerSheet({ name: 'Risk register (old)', rows: withColumn(COL.id, ['OLD-1', 'OLD-2']) })] }) }),
  () => ({ name: 'two-registers-same-ids', snapshot: workbook({ extraSheets: [registerSheet({ name: 'Register copy' })] }) }),
  () => ({ name: 'no-register', snapshot: { sheets: [{ name: 'Budget', values: [['Item', 'Cost'], ['Laptops', 12000], ['=not a formula', '+1']] }] } }),
  () => ({ name: 'empty-workbook', snapshot: { sheets: [{ name: 'Sheet1', values: [] }] } }),
  // --- Hidden and filtered rows ---
  () => ({ name: 'hidden-and-filtered-rows', snapshot: workbook({ hiddenRows: [4, 5, 7] }) }),
  () => ({ name: 'hidden-register-sheet', snapshot: { sheets: [{ ...registerSheet(), hidden: true }, { name: 'Notes', values: [['Visible notes']] }] } }),
  // --- Dates ---
  () => ({ name: 'dates-serial-iso-and-local', snapshot: workbook({ rows: withColumn(COL.review, [45900, '2025-12-09', '09/12/2025', '12/9/2025', '9. Dezember 2025']) }), dateCells: [[REGISTER, 3, COL.review]] }),
  () => ({ name: 'dates-out-of-range', snapshot: workbook({ rows: withColumn(COL.review, [0, -1, 2958466, '0000-00-00', '2025-02-30']) }) }),
  () => ({ name: 'decimal-commas', snapshot: workbook({ rows: withColumn(COL.likelihood, ['3,0', '2,5', '4,0', '1.000,5', '3']).map((r, i) => r.map((v, c) => (c === COL.impact ? ['4,0', '5', '2,0', '3,5', '1'][i]! : v))) }) }),
  // --- Sheet names ---
  () => ({ name: 'sheet-name-with-spaces', snapshot: workbook({ name: 'My  risk register ' }) }),
  () => ({ name: 'sheet-name-with-apostrophe', snapshot: workbook({ name: "Dana's risks" }) }),
  () => ({ name: 'sheet-name-non-ascii', snapshot: workbook({ name: 'Risikoregister Übersicht' }) }),
  () => ({ name: 'sheet-name-rtl-and-emoji', snapshot: workbook({ name: 'سجل المخاطر 🔥' }) }),
  () => ({ name: 'sheet-name-like-a-reference', snapshot: workbook({ name: 'A1' }) }),
  // --- Methodology ---
  () => ({ name: 'methodology-band-gap', snapshot: methodologyWithBands([['Low', 1, 4, '#C6EFCE', 'Acceptable'], ['Medium', 6, 12, '#FFEB9C', 'Tolerable'], ['High', 15, 25, '#FFC7CE', 'Treat']]) }),
  () => ({ name: 'methodology-band-overlap', snapshot: methodologyWithBands([['Low', 1, 8, '#C6EFCE', 'Acceptable'], ['Medium', 5, 12, '#FFEB9C', 'Tolerable'], ['High', 10, 25, '#FFC7CE', 'Treat']]) }),
  () => ({ name: 'methodology-missing-band', snapshot: methodologyWithBands([['Low', 1, 4, '#C6EFCE', 'Acceptable'], ['High', 15, 25, '#FFC7CE', 'Treat']]) }),
  () => ({ name: 'methodology-bands-wrong-types', snapshot: methodologyWithBands([['Low', 'one', true, 42, { error: '#REF!' }], [null, 5, null, null, null], ['=High', '+15', '-25', '@red', 7]]) }),
  () => ({ name: 'methodology-no-bands', snapshot: methodologyWithBands([]) }),
  // --- Protection ---
  () => ({ name: 'protected-register', snapshot: workbook(), protectedSheets: [REGISTER] }),
  () => ({ name: 'protected-user-sheet', snapshot: workbook({ extraSheets: [{ name: 'Read me', values: [['Do not edit'], ['=SUM(1,2)']] }] }), protectedSheets: ['Read me'] }),
  // --- User formulas and other sheets ---
  () => ({
    name: 'user-formulas-in-register',
    snapshot: workbook({
      formulas: [[], [], [], [null, null, null, null, null, null, null, null, null, null, '=A4&" note"'], [null, null, null, null, null, '=1+1']],
      rows: baseRisks().map((r, i) => (i === 0 ? r.map((v, c) => (c === COL.notes ? 'R-001 note' : v)) : i === 1 ? r.map((v, c) => (c === COL.likelihood ? 2 : v)) : r)),
    }),
  }),
  () => ({ name: 'sheet-named-like-riskbook-output-lowercase', snapshot: workbook({ extraSheets: [{ name: 'checks ', values: [['my own checks'], ['=evil']] }] }) }),
  () => ({ name: 'text-that-looks-like-values', snapshot: workbook({ rows: withColumn(COL.threat, ['TRUE', '007', '#N/A', '2025-01-15', '50%']).map((r, i) => r.map((v, c) => (c === COL.id ? ["'R-1", '1e5', ' 12', '#REF!', '-'][i]! : v))) }) }),
  () => ({
    name: 'scores-typed-over',
    snapshot: workbook({
      header: [...HEADER, 'Inherent score', 'Inherent level'],
      rows: baseRisks().map((r, i) => [...r, [99, 'high-ish', null, 'n/a', 3][i]!, ['=Critical', 'Low', null, 7, '+x'][i]!]),
    }),
  }),
  () => ({
    name: 'error-literal-in-a-typed-over-score',
    snapshot: workbook({
      header: [...HEADER, 'Inherent score'],
      rows: baseRisks().map((r, i) => [...r, i === 3 ? { error: '#N/A' } : null]),
    }),
  }),
  () => ({ name: 'sheet-name-with-parentheses', snapshot: workbook({ name: 'Risks (2025)' }) }),
  () => ({ name: 'sheet-name-with-bang', snapshot: workbook({ name: 'Risks!2026' }) }),
  () => ({ name: 'sheet-name-with-brackets', snapshot: workbook({ name: 'Risks [v2]' }), notInXlsx: 'Excel and the .xlsx format forbid [ ] in sheet names' }),
  () => ({
    name: 'user-names-clash-with-riskbook-names',
    snapshot: workbook({
      extraSheets: [{ name: "Bob's data", values: [['x', 1], ['y', 2]] }],
      names: [
        { name: 'RB_BandMins', reference: "'Bob''s data'!$B$1:$B$2" },
        { name: 'MyRange', reference: "'Bob''s data'!$A$1:$A$2" },
      ],
    }),
  }),
  () => ({ name: 'sparse-far-cells', snapshot: workbook({ rows: [...baseRisks(), ...sparseRows(300, ['R-999', 'Far away', 'Stray', null, null, 1, 1, 'Accept'])] }) }),
  // --- Issue 10: Riskbook owns only what it made ---
  () => ({ name: 'team-sheets-under-every-riskbook-name', snapshot: workbook({ extraSheets: TEAM_SHEETS_UNDER_RISKBOOK_NAMES }), teamSheets: TEAM_SHEETS_UNDER_RISKBOOK_NAMES.map((t) => t.name) }),
  () => {
    const m = annotatedMethodology({
      defects: [{ kind: 'decision', band: 1 }, { kind: 'colour', band: 0 }, { kind: 'bandMin', band: 2 }, { kind: 'matrixHole', row: 2, col: 3 }, { kind: 'scoring' }],
      beside: [{ pick: 12, text: 'Agreed at the ISMS board, 2026-03' }, { pick: 37, text: '=not a formula' }],
      below: [{ offset: 1, col: 0, text: 'Reviewed yearly' }, { offset: 0, col: 2, text: '+1 for audit' }],
    });
    return { name: 'methodology-defective-and-annotated', snapshot: { sheets: [registerSheet(), m.sheet], names: m.names }, teamSheets: [m.sheet.name] };
  },
  () => {
    const own = ['Risk score', 'Risk level', 'Residual score', 'Residual level'];
    // R-004's score is a formula of the team's (its cached result 8 beside it).
    const typed: Row[] = [[99, 'high-ish', 4, 'Low'], [null, null, null, null], [12, 'Medium', '=Critical', null], [8, 3, null, '+x'], [null, 'Critical', 9, 'Medium']];
    const formulas: (string | null)[][] = [[], [], [], [], [], [], Array.from({ length: HEADER.length + 2 }, (_, c) => (c === HEADER.length ? '=F7*G7' : null))];
    return {
      name: 'register-with-own-score-and-level-columns',
      snapshot: workbook({ header: [...HEADER, ...own], rows: baseRisks().map((r, i) => [...r, ...typed[i]!]), formulas }),
      teamColumns: { sheet: REGISTER, headerRow: 2, columns: own.map((_, i) => HEADER.length + i) },
    };
  },
];

/** A team's own sheets under every name Riskbook uses or used, some in Riskbook's own words. */
const TEAM_SHEETS_UNDER_RISKBOOK_NAMES: readonly SheetSnapshot[] = [
  { name: 'Lists', values: [['Owners', 'Sites'], ['Dana', 'Berlin'], ['=not a formula', '@here']] },
  { name: 'Heatmap', values: [['Heatmap'], ['Our own view, drawn by hand'], [null, 'Low', 'High'], ['Likely', 2, 5]] },
  { name: 'Checks', values: [['Severity', 'Code', 'Sheet', 'Cell', 'Message', 'Fix'], ['High', 'X1', 'Risks', 'A1', 'Look at it', '+44 20 7946 0000']] },
  { name: 'Statement of Applicability', values: [['Control ID', 'Applicable', 'Justification'], ['5.1', 'Yes', 'Policy set'], ['8.2', 'No', '-5 days']] },
  { name: 'Risk Treatment Plan', values: [['Risk ID', 'Action', 'Owner', 'Due'], ['R-001', 'Train staff', 'Dana', 46100]] },
  { name: 'Controls', values: [['Control ID', 'Title', 'Owner'], ['5.1', 'Policies', 'Dana'], ['ACME-9', 'Our own control', 'Sam']] },
  { name: 'Opportunities', values: [['ID', 'Opportunity', 'Owner'], ['O-1', 'Automate reviews', 'Sam']] },
  { name: 'Change log', values: [['Time', 'Action', 'Summary'], [46000, 'Edited', 'Changed R-001']] },
  { name: 'Methodology', values: [['How we assess risk'], ['Likelihood scale'], [1, 'Rare'], [2, 'Often']], formulas: [[], [], [], [null, null, '=1+1']] },
];

export function hostileCorpus(): HostileCase[] {
  return ALL_CASES.map((make) => make());
}

/** Names only, without building the snapshots (for it.each tables). */
export function hostileCaseNames(): string[] {
  return hostileCorpus().map((c) => c.name);
}
