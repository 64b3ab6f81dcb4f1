/**
 * A realistic SaaS company's register, method and control catalogue, built inline because the
 * register, methodology and annex-a readers are written in parallel.
 */
import type { Control, ControlCatalogue, ControlCitation } from '../../../core/annex-a/types';
import { computeMatrix } from '../../../core/methodology/scoring';
import type { Methodology, ScaleLevel } from '../../../core/methodology/types';
import type { LevelRef, RegisterLocation, Risk, Treatment } from '../../../core/register/types';
import { MemoryWorkbook } from '../../../core/workbook/memory-workbook';
import type { SheetPlan } from '../../../core/workbook/plan';
import type { WorkbookSnapshot } from '../../../core/workbook/snapshot';
import type { Stamp } from '../../../core/workbook/stamp';

const scale = (labels: readonly string[]): ScaleLevel[] => labels.map((label, i) => ({ value: i + 1, label, description: '' }));

export function methodology5x5(): Methodology {
  const likelihood = scale(['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain']);
  const impact = scale(['Negligible', 'Minor', 'Moderate', 'Major', 'Severe']);
  return {
    version: '1.0',
    likelihood,
    impact,
    impactDimensions: [],
    impactRule: 'max',
    scoring: 'multiply',
    matrix: computeMatrix('multiply', likelihood, impact),
    bands: [
      { name: 'Low', min: 1, max: 4, colour: '#C6EFCE', decision: 'acceptable' },
      { name: 'Medium', min: 5, max: 12, colour: '#FFEB9C', decision: 'tolerable' },
      { name: 'High', min: 15, max: 25, colour: '#FFC7CE', decision: 'unacceptable' },
    ],
    reviewIntervalDays: 365,
  };
}

const ANNEX_A: readonly (readonly [string, string, Control['theme']])[] = [
  ['5.1', 'Policies for information security', 'Organizational'],
  ['5.17', 'Authentication information', 'Organizational'],
  ['5.18', 'Access rights', 'Organizational'],
  ['5.23', 'Information security for use of cloud services', 'Organizational'],
  ['5.30', 'ICT readiness for business continuity', 'Organizational'],
  ['6.3', 'Information security awareness, education and training', 'People'],
  ['7.4', 'Physical security monitoring', 'Physical'],
  ['8.1', 'User end point devices', 'Technological'],
  ['8.9', 'Configuration management', 'Technological'],
  ['8.13', 'Information backup', 'Technological'],
  ['8.15', 'Logging', 'Technological'],
  ['8.16', 'Monitoring activities', 'Technological'],
  ['8.24', 'Use of cryptography', 'Technological'],
];

export function catalogueOf(controls: readonly Control[]): ControlCatalogue {
  const byId = new Map(controls.map((c) => [c.id.toUpperCase(), c]));
  return { controls, get: (id) => byId.get(id.trim().toUpperCase()) };
}

export const OWN_CONTROL: Control = { id: 'ACME-01', title: 'Quarterly access recertification', theme: 'Custom', annexA: false };

export function catalogue(options: { without?: readonly string[] } = {}): ControlCatalogue {
  const annexA: Control[] = ANNEX_A.map(([id, title, theme]) => ({ id, title, theme, annexA: true }));
  return catalogueOf([...annexA, OWN_CONTROL].filter((c) => !(options.without ?? []).includes(c.id)));
}

/** The two 2013 ids the fixtures cite, with their 2022 successors. */
const SUCCESSORS_2013: Readonly<Record<string, readonly string[]>> = { 'A.12.4.1': ['8.15'], 'A.9.2.5': ['5.18'] };

export function citation(raw: string, known: ControlCatalogue = catalogue()): ControlCitation {
  const successors = SUCCESSORS_2013[raw];
  if (successors) return { kind: 'annex-a-2013', raw, id2013: raw, successors };
  const control = known.get(raw);
  return control ? { kind: 'control', raw, id: control.id } : { kind: 'unknown', raw };
}

const level = (n: number | undefined): LevelRef | null => (n === undefined ? null : { index: n - 1, value: n });

export interface RiskSpec {
  readonly id: string;
  readonly threat: string;
  readonly owner: string;
  readonly l: number;
  readonly i: number;
  readonly rl?: number;
  readonly ri?: number;
  readonly treatment: Treatment | null;
  readonly controls?: readonly string[];
  readonly asset?: string;
  readonly description?: string;
  readonly approvedBy?: string;
}

/** Row of the register's header (0-based); risks follow it. */
export const REGISTER_HEADER_ROW = 3;
export const REGISTER_SHEET = 'Risk register';

export function risk(spec: RiskSpec, row: number): Risk {
  return {
    row,
    id: spec.id,
    title: '',
    asset: spec.asset ?? '',
    threat: spec.threat,
    vulnerability: '',
    description: spec.description ?? '',
    owner: spec.owner,
    likelihood: level(spec.l),
    impact: level(spec.i),
    residualLikelihood: level(spec.rl),
    residualImpact: level(spec.ri),
    treatment: spec.treatment,
    treatmentText: spec.treatment ?? '',
    controls: (spec.controls ?? []).map((c) => citation(c)),
    approvedBy: spec.approvedBy ?? '',
    approvalDate: null,
    acceptanceRationale: '',
    lastReview: null,
    status: 'Open',
    riskType: null,
  };
}

export const RISK_SPECS: readonly RiskSpec[] = [
  { id: 'R-01', threat: 'Phishing leads to theft of staff credentials', owner: 'Dana Ito', l: 4, i: 4, rl: 2, ri: 4, treatment: 'mitigate', controls: ['6.3', '5.17'] },
  { id: 'R-07', threat: 'Ransomware encrypts production databases', owner: 'Sam Okafor', l: 3, i: 5, rl: 2, ri: 3, treatment: 'mitigate', controls: ['8.13', '5.30'] },
  { id: 'R-09', threat: 'Customer data exposed through unencrypted backups', owner: 'Sam Okafor', l: 2, i: 5, rl: 1, ri: 5, treatment: 'mitigate', controls: ['8.24', '8.13'] },
  { id: 'R-14', threat: 'Misconfigured cloud IAM roles', owner: 'Priya Shah', l: 4, i: 5, rl: 2, ri: 4, treatment: 'mitigate', controls: ['5.17', '8.16', '8.9'] },
  { id: 'R-18', threat: 'Outage of the payment SaaS supplier', owner: 'Lee Brandt', l: 3, i: 3, rl: 3, ri: 2, treatment: 'transfer', controls: ['5.23'] },
  { id: 'R-22', threat: 'Access rights not removed after a role change', owner: 'Dana Ito', l: 3, i: 4, rl: 2, ri: 3, treatment: 'mitigate', controls: ['5.18', 'A.12.4.1', 'ACME-01'] },
  { id: 'R-25', threat: 'Laptop theft from the office', owner: 'Lee Brandt', l: 2, i: 2, rl: 2, ri: 2, treatment: 'accept', controls: ['7.4'], approvedBy: 'Lee Brandt' },
  { id: 'R-31', threat: '', description: 'Teams adopt unapproved SaaS tools (shadow IT)', owner: 'Priya Shah', l: 3, i: 3, treatment: 'avoid' },
];

export function risks(specs: readonly RiskSpec[] = RISK_SPECS): Risk[] {
  return specs.map((s, n) => risk(s, REGISTER_HEADER_ROW + 1 + n));
}

/** The fixture risks with one changed by `patch`. */
export function risksWith(id: string, patch: Partial<RiskSpec>): Risk[] {
  return risks(RISK_SPECS.map((s) => (s.id === id ? { ...s, ...patch } : s)));
}

export const STAMP: Stamp = {
  generator: 'Riskbook 0.1.0',
  generatedAt: '2025-03-14T09:30:00Z',
  methodologyVersion: '1.0',
  methodologyHash: 'a1b2c3d4e5',
  registerHash: '0f1e2d3c4b',
};

export function stampAt(generatedAt: string, registerHash = STAMP.registerHash): Stamp {
  return { ...STAMP, generatedAt, registerHash };
}

export const REGISTER_LOCATION: RegisterLocation = {
  sheet: REGISTER_SHEET,
  headerRow: REGISTER_HEADER_ROW,
  mapping: { id: 0, threat: 1, owner: 2, inherentRating: 13, inherentLevel: 15, residualRating: 18, residualLevel: 20 },
  userColumns: [],
  source: 'detected',
};

export const EMPTY_WORKBOOK: WorkbookSnapshot = { sheets: [] };

/** The workbook after a host applied one sheet plan. */
export function applied(workbook: WorkbookSnapshot, ...sheets: SheetPlan[]): WorkbookSnapshot {
  const wb = MemoryWorkbook.fromSnapshot(workbook);
  wb.apply({ sheets, names: [] });
  return wb.snapshot();
}

/** A copy of the workbook with one sheet's cells changed, as a person would type them. */
export function edited(workbook: WorkbookSnapshot, sheet: string, edit: (values: (string | number | boolean | null)[][]) => void): WorkbookSnapshot {
  return {
    ...workbook,
    sheets: workbook.sheets.map((s) => {
      if (s.name !== sheet) return s;
      const values = s.values.map((r) => r.map((v) => (typeof v === 'object' && v !== null ? null : v)));
      edit(values);
      const formulas = values.map((r, i) => r.map((_, j) => s.formulas?.[i]?.[j] ?? null));
      return { ...s, values, formulas };
    }),
  };
}

/** Inserts a column before `col` in one sheet, with a header at `headerRow` and cells by row. */
export function withInsertedColumn(
  workbook: WorkbookSnapshot,
  sheet: string,
  col: number,
  cellFor: (row: number) => string | number | null,
): WorkbookSnapshot {
  return {
    ...workbook,
    sheets: workbook.sheets.map((s) => {
      if (s.name !== sheet) return s;
      const values = s.values.map((r, i) => {
        const out = [...r];
        while (out.length < col) out.push(null);
        out.splice(col, 0, cellFor(i));
        return out;
      });
      const formulas = (s.formulas ?? []).map((r) => {
        const out = [...r];
        while (out.length < col) out.push(null);
        out.splice(col, 0, null);
        return out;
      });
      return { ...s, values, formulas };
    }),
  };
}

/** Inserts `count` rows at `at`, holding the given text in column A. */
export function withInsertedRows(workbook: WorkbookSnapshot, sheet: string, at: number, texts: readonly string[]): WorkbookSnapshot {
  return {
    ...workbook,
    sheets: workbook.sheets.map((s) => {
      if (s.name !== sheet) return s;
      const values = [...s.values.map((r) => [...r])];
      const formulas = [...(s.formulas ?? []).map((r) => [...r])];
      values.splice(at, 0, ...texts.map((t) => [t]));
      formulas.splice(at, 0, ...texts.map(() => [null]));
      return { ...s, values, formulas };
    }),
  };
}
