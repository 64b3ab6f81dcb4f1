/**
 * Registers teams keep with their own method and no Methodology sheet, as a host would snapshot
 * them, named by scenario. Scores and levels are computed here by each team's own rule, so a
 * scenario says plainly what the team did.
 */
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../../core/workbook/snapshot';

export const NOW = '2026-11-23T09:00:00Z';
export const REGISTER = 'Risk register';

const THREATS = [
  'Ransomware on file servers', 'Phishing of finance staff', 'Laptop theft', 'Supplier outage', 'Misconfigured storage bucket',
  'Insider data exfiltration', 'DDoS on the customer portal', 'Lost backup tapes', 'Weak admin passwords', 'Unpatched VPN appliance',
  'Shadow IT file sharing', 'Tailgating into the office',
];
const OWNERS = ['CISO', 'CFO', 'Head of IT', 'COO', 'DPO'];

export function threat(k: number): string {
  return `${THREATS[k % THREATS.length]!}${k >= THREATS.length ? ` (${Math.floor(k / THREATS.length) + 1})` : ''}`;
}

export function owner(k: number): string {
  return OWNERS[k % OWNERS.length]!;
}

export function id(k: number): string {
  return `R-${String(k + 1).padStart(2, '0')}`;
}

export function workbook(header: readonly string[], rows: readonly (readonly CellValue[])[], extra: readonly SheetSnapshot[] = []): WorkbookSnapshot {
  return { sheets: [{ name: REGISTER, values: [[...header], ...rows.map((r) => [...r])] }, ...extra] };
}

/** (likelihood, impact) pairs of a register, inherent then residual. */
export const PAIRS: readonly (readonly [number, number, number, number])[] = [
  [4, 5, 2, 4], [3, 4, 2, 3], [2, 3, 1, 3], [1, 2, 1, 2], [5, 5, 3, 4], [3, 3, 2, 2],
  [2, 2, 1, 2], [4, 4, 2, 3], [1, 5, 1, 4], [3, 5, 2, 4], [2, 4, 1, 3], [5, 2, 2, 2],
];

/** The team's bands: Low up to 4, Medium to 9, High to 15, Critical above. */
export function teamLevel(score: number): string {
  return score <= 4 ? 'Low' : score <= 9 ? 'Medium' : score <= 15 ? 'High' : 'Critical';
}

const SCORED_HEADER = ['Risk ID', 'Threat', 'Likelihood (1-5)', 'Impact (1-5)', 'Risk score', 'Risk level', 'Risk owner', 'Treatment', 'Controls', 'Residual likelihood', 'Residual impact', 'Residual score', 'Residual level'];

/** A 5 x 5 numeric register scored L x I with the team's own score and level columns, inherent and residual. */
export function numericRegister(score: (l: number, i: number) => number = (l, i) => l * i, level: (s: number) => string = teamLevel): WorkbookSnapshot {
  return workbook(
    SCORED_HEADER,
    PAIRS.map(([l, i, rl, ri], k) => [id(k), threat(k), l, i, score(l, i), level(score(l, i)), owner(k), 'Mitigate', '5.15, 8.7', rl, ri, score(rl, ri), level(score(rl, ri))]),
  );
}

const WORDS = ['Low', 'Medium', 'High'] as const;
const LETTERS = ['L', 'M', 'H'] as const;

/** H / M / L words for likelihood, letters for impact, and only the team's level column: Critical when both are High. */
export function wordRegister(): WorkbookSnapshot {
  const pairs: [number, number][] = [[3, 3], [2, 3], [3, 2], [1, 2], [2, 2], [1, 1], [2, 1], [3, 1]];
  const level = (s: number): string => (s >= 9 ? 'Critical' : s >= 6 ? 'High' : s >= 3 ? 'Medium' : 'Low');
  return workbook(
    ['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Risk level', 'Risk owner', 'Treatment', 'Controls'],
    pairs.map(([l, i], k) => [id(k), threat(k), WORDS[l - 1]!, LETTERS[i - 1]!, level(l * i), owner(k), 'Mitigate', '8.7']),
  );
}

/** CISO Assistant's risk assessment import template, as published: French and English words side by side. */
export function cisoAssistantTemplate(): WorkbookSnapshot {
  const header = ['ref_id', 'name', 'description', 'inherent_proba', 'inherent_impact', 'inherent_level', 'existing_controls', 'current_proba', 'current_impact', 'current_level', 'additional_controls', 'residual_proba', 'residual_impact', 'residual_level', 'treatment', 'assets'];
  return {
    sheets: [{
      name: 'Sheet1',
      values: [
        header,
        ['R01', 'this', null, 'vraisemblable', 'mineur', null, 'alpha\nomega', 'vraisemblable', 'mineur', null, null, 'vraisemblable', 'mineur', null, 'avoid', 'erp\ndatabase server'],
        ['R02', 'can', null, 'unlikely', 'important', null, null, 'unlikely', 'important', null, 'omega', 'unlikely', 'important', null, null, 'erp'],
        ['R03', 'be', null, 'very likely', 'significatif', null, 'beta', 'very likely', 'significatif', null, 'beta', null, null, null, 'mitigate', null],
        ['R04', 'bad', null, 'certain', 'critique', null, null, 'certain', 'critique', null, 'alpha\nbeta\ngamma', null, null, null, 'transfer', 'customer portal'],
      ],
    }],
  };
}

/** Thirty risks scored L x I, three of which score a pair differently from the two other risks with that pair. */
export function thirtyRisksThreeInconsistent(): WorkbookSnapshot {
  const rows: CellValue[][] = [];
  for (let k = 0; k < 30; k++) {
    const [l, i] = PAIRS[k % 10]!;
    const typo = k === 6 || k === 17 || k === 28;
    const score = typo ? l * i + 3 : l * i;
    rows.push([id(k), threat(k), l, i, score, owner(k), 'Mitigate', '8.7']);
  }
  return workbook(['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Risk score', 'Risk owner', 'Treatment', 'Controls'], rows);
}

/** The team's own method on a "Doc Info" sheet: asset value x likelihood x consequence, four bands. */
export function thirdFactorRegister(): WorkbookSnapshot {
  const level = (s: number): string => (s >= 40 ? 'Extreme' : s >= 20 ? 'Major' : s >= 8 ? 'Medium' : 'Minor');
  const assets = [3, 2, 1, 3, 2, 1, 2, 3, 1, 2, 3, 2];
  const rows = PAIRS.map(([l, i], k) => {
    const score = assets[k]! * l * i;
    return [id(k), threat(k), assets[k]!, l, i, score, level(score), owner(k), 'Mitigate', '8.7'];
  });
  const doc: SheetSnapshot = {
    name: 'Doc Info',
    values: [
      ['Document information'],
      ['Owner', 'Information Security Manager'],
      ['Risk evaluation', 'Risk = Asset Value x Likelihood x Consequence; Extreme from 40, Major from 20, Medium from 8, Minor below.'],
    ],
  };
  return workbook(['Risk ID', 'Threat', 'Asset value', 'Likelihood', 'Impact', 'Risk score', 'Risk level', 'Risk owner', 'Treatment', 'Controls'], rows, [doc]);
}
