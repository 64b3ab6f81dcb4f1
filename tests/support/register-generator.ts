/**
 * Registers of any size, in the layout of the Acme example (title, owner line, blank row, header
 * on row 4, the team's own Business unit and Notes columns), for the benchmark and property tests.
 *
 * Deterministic: the same options always give the same snapshot. With `gapRate` 0 the register
 * is clean under the default 5 x 5 method when checked on 2026-11-23 (every risk scored, owned,
 * treated as its band requires, reviewed within the year); gaps are then added on purpose.
 */
import type { CellValue, WorkbookSnapshot } from '../../core/workbook/snapshot';

/** The same headers as examples/acme-saas-register.xlsx (scripts/build-example.ts). */
export const GENERATED_HEADERS = [
  'Ref',
  'Business unit',
  'Asset',
  'Threat',
  'Vulnerability',
  'Risk description',
  'Probability',
  'Impact',
  'Risk owner',
  'Response',
  'Annex A controls',
  'Residual probability',
  'Residual impact',
  'Approved by',
  'Approval date',
  'Last review',
  'Notes',
] as const;

export const GENERATED_SHEET = 'Risk register';
/** 0-based row of the header. */
export const GENERATED_HEADER_ROW = 3;
/** The date generated registers are meant to be checked on. */
export const GENERATED_NOW = '2026-11-23T09:00:00Z';

export type GapKind =
  | 'owner-missing'
  | 'control-2013'
  | 'control-unknown'
  | 'accepted-high-unapproved'
  | 'mitigate-without-controls'
  | 'review-overdue'
  | 'blank-row';

export const GAP_KINDS: readonly GapKind[] = [
  'owner-missing',
  'control-2013',
  'control-unknown',
  'accepted-high-unapproved',
  'mitigate-without-controls',
  'review-overdue',
  'blank-row',
];

export interface GeneratorOptions {
  readonly risks: number;
  /** Any integer; 1 when absent. */
  readonly seed?: number;
  /** Share of risks (0 to 1) given one deliberate gap each; 0 when absent. */
  readonly gapRate?: number;
}

export interface GeneratedRegister {
  readonly snapshot: WorkbookSnapshot;
  /** The gaps put in, by risk id (a blank row is listed under the risk just above it). */
  readonly gaps: ReadonlyMap<string, GapKind>;
}

/** mulberry32: small, fast and good enough to vary test data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LIKELIHOOD = ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'];
const IMPACT = ['Negligible', 'Minor', 'Noticeable', 'Significant', 'Major'];

const SCENARIOS: readonly (readonly [asset: string, threat: string, vulnerability: string])[] = [
  ['AWS production account', 'Misconfigured cloud IAM roles', 'Wildcard permissions on deployment roles'],
  ['Backups (AWS Backup, S3)', 'Backup failure or corruption', 'Restores not tested on a schedule'],
  ['Corporate laptops', 'Ransomware', 'Local admin rights on endpoints'],
  ['Staff email', 'Phishing and credential theft', 'MFA not enforced for every user'],
  ['Payment processing', 'Supplier outage', 'Single payment provider'],
  ['Platform operations', 'Key-person dependency', 'Undocumented runbooks'],
  ['Public API', 'Distributed denial of service', 'No rate limiting on some endpoints'],
  ['Security logging', 'Attack goes undetected', 'Short log retention'],
  ['Source code repositories', 'Secrets committed to repositories', 'No secret scanning before push'],
  ['Application dependencies', 'Exploitation of unpatched dependencies', 'No software composition analysis'],
  ['Customer personal data', 'Data transferred outside the EEA', 'Sub-processor in a non-EEA region'],
  ['Production environment', 'Insider misuse of administrator access', 'Standing admin access'],
  ['Staff laptops', 'Lost or stolen laptop', 'Disk encryption not verified'],
  ['Office', 'Unauthorised physical access', 'Tailgating at the entrance'],
  ['Support tooling', 'Support agents exposing customer data', 'Over-broad ticket access'],
  ['CI/CD pipeline', 'Supply-chain compromise of the build', 'Unpinned third-party actions'],
  ['Encryption keys', 'Loss or misuse of encryption keys', 'No key rotation policy'],
  ['Domains and DNS', 'DNS hijacking', 'Registrar account without MFA'],
  ['SaaS applications', 'Orphaned accounts', 'No access review outside SSO'],
  ['Identity provider', 'Identity provider outage', 'All sign-in depends on one provider'],
];

const UNITS = ['Platform', 'Engineering', 'IT', 'Security', 'Finance', 'People', 'Customer Success', 'Legal'];
const OWNERS = ['CISO', 'CTO', 'VP Engineering', 'Head of Platform', 'Head of IT', 'DPO', 'CFO', 'Head of People'];
const APPROVERS = ['CISO', 'CTO', 'CFO', 'CEO'];
const CONTROLS = ['5.15', '5.17', '5.18', '5.19', '5.20', '5.23', '5.30', '6.3', '7.9', '8.2', '8.5', '8.7', '8.8', '8.9', '8.13', '8.15', '8.16', '8.20', '8.24', '8.25', '8.28'];

/** 2026-11-23 as a serial date. */
const NOW_SERIAL = 46349;

function isoFromSerial(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + serial * 86400000).toISOString().slice(0, 10);
}

export function generateRegister(options: GeneratorOptions): GeneratedRegister {
  const next = random(options.seed ?? 1);
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const gapRate = options.gapRate ?? 0;
  const digits = Math.max(2, String(options.risks).length);

  /** A level written in one of the ways teams write them. */
  const levelCell = (position: number, labels: readonly string[]): CellValue => {
    const label = labels[position - 1]!;
    switch (int(0, 3)) {
      case 0:
        return position;
      case 1:
        return String(position);
      case 2:
        return label;
      default:
        return `${position} - ${label}`;
    }
  };
  /** A date as a serial, or as ISO text about a third of the time. */
  const dateCell = (serial: number): CellValue => (next() < 0.33 ? isoFromSerial(serial) : serial);
  const controlsCell = (): string => {
    const n = int(1, 3);
    const ids = new Set<string>();
    while (ids.size < n) ids.add(pick(CONTROLS));
    return [...ids].map((id) => (next() < 0.2 ? `A.${id}` : id)).join(next() < 0.7 ? ', ' : '; ');
  };

  const values: CellValue[][] = [
    ['Acme Cloud – Information Security Risk Register'],
    ['Owner: CISO · Last updated 2 November 2026'],
    [],
    [...GENERATED_HEADERS],
  ];
  const gaps = new Map<string, GapKind>();

  for (let i = 0; i < options.risks; i++) {
    const id = `R-${String(i + 1).padStart(digits, '0')}`;
    const [asset, threat, vulnerability] = pick(SCENARIOS);
    const l = int(1, 5);
    const im = int(1, 5);
    const score = l * im;
    let owner = pick(OWNERS);
    let response: string;
    let controls = '';
    let rl: number | null = null;
    let ri: number | null = null;
    let approvedBy = '';
    let approvalDate: CellValue = null;
    let lastReview = NOW_SERIAL - int(7, 330);

    // The risk owner signs off every treatment and acceptance (Clause 6.1.3 f), as a clean register
    // does. The draws stay those the generator always made, so a seed gives the register it gave
    // before sign-off was asked for, its approvals aside.
    approvedBy = owner;
    approvalDate = NOW_SERIAL - 30 - (i % 270);
    if (score <= 4) {
      response = next() < 0.6 ? 'Accept' : 'Mitigate';
    } else if (score <= 12 && next() < 0.3) {
      response = 'Accept';
      pick(APPROVERS);
      approvalDate = dateCell(NOW_SERIAL - int(30, 300));
    } else {
      response = 'Mitigate';
    }
    if (response === 'Mitigate') {
      controls = controlsCell();
      // Residual no worse than inherent and at most Medium, so a clean register stays clean.
      rl = Math.max(1, l - int(1, 2));
      ri = im;
      while (rl * ri > 12) ri--;
    }

    const gap: GapKind | null = next() < gapRate ? pick(GAP_KINDS) : null;
    switch (gap) {
      case 'owner-missing':
        owner = '';
        // Signed off all the same, by someone: the one gap is the missing owner.
        approvedBy = APPROVERS[i % APPROVERS.length]!;
        break;
      case 'control-2013':
        controls = controls === '' ? 'A.9.2.3' : `${controls}, A.9.2.3`;
        if (response === 'Accept') response = 'Mitigate';
        break;
      case 'control-unknown':
        controls = controls === '' ? '12.9' : `${controls}, 12.9`;
        if (response === 'Accept') response = 'Mitigate';
        break;
      case 'mitigate-without-controls':
        response = 'Mitigate';
        controls = '';
        break;
      case 'review-overdue':
        lastReview = NOW_SERIAL - int(400, 700);
        break;
      case 'accepted-high-unapproved':
        // Forces a High score (4 x 4 and up) accepted with nobody's name on it.
        values.push(row(id, pick(UNITS), asset, threat, vulnerability, 4 + int(0, 1), 4 + int(0, 1), owner, 'Accept', '', null, null, '', null, dateCell(lastReview)));
        gaps.set(id, gap);
        continue;
      case 'blank-row':
      case null:
        break;
    }
    // A gap that makes the risk Mitigate rates its residual too: the gap is its own finding only.
    if (response === 'Mitigate' && rl === null) {
      rl = Math.max(1, l - 1);
      ri = im;
      while (rl * ri > 12) ri--;
    }
    if (gap !== null) gaps.set(id, gap);
    values.push(
      row(id, pick(UNITS), asset, threat, vulnerability, l, im, owner, response, controls, rl, ri, approvedBy, approvalDate, dateCell(lastReview)),
    );
    if (gap === 'blank-row') values.push([]);
  }

  function row(
    id: string,
    unit: string,
    asset: string,
    threat: string,
    vulnerability: string,
    l: number,
    im: number,
    owner: string,
    response: string,
    controls: string,
    rl: number | null,
    ri: number | null,
    approvedBy: string,
    approvalDate: CellValue,
    lastReview: CellValue,
  ): CellValue[] {
    const blank = (s: string): CellValue => (s === '' ? null : s);
    return [
      id,
      unit,
      asset,
      threat,
      vulnerability,
      `${threat} affecting ${asset.toLowerCase()} (${id}).`,
      levelCell(l, LIKELIHOOD),
      levelCell(im, IMPACT),
      blank(owner),
      response,
      blank(controls),
      rl === null ? null : levelCell(rl, LIKELIHOOD),
      ri === null ? null : levelCell(ri, IMPACT),
      blank(approvedBy),
      approvalDate,
      lastReview,
      next() < 0.1 ? 'Discussed at the steering group' : null,
    ];
  }

  return {
    snapshot: { sheets: [{ name: GENERATED_SHEET, values, merges: ['A1:Q1'] }] },
    gaps,
  };
}
