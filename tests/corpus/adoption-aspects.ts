/**
 * What "adopted" means for one corpus file, aspect by aspect: each aspect is a claim a careful
 * reader makes about the file (this is the register, its header is row 4, column D is the risk
 * owner, row 7 is clean…) and whether Riskbook understood the same.
 */
import type { Analysis, CheckResult, MappingReport } from '../../core/engine';
import { ruleDefinition } from '../../core/findings/catalogue';
import { columnLetter, parseCell } from '../../core/workbook/a1';
import type { Risk } from '../../core/register/types';
import type { Expectation, RiskSample } from './corpus-entries';

export interface Aspect {
  readonly name: string;
  readonly ok: boolean;
  /** What Riskbook understood instead, when it differs. */
  readonly detail: string;
}

/** Codes that say a risk's scoring disagrees with the method; `risk-unscored` is about blanks. */
export function isScoringFinding(code: string): boolean {
  if (code === 'risk-unscored') return false;
  const family = safeFamily(code);
  return family === 'scoring' || code === 'risk-level-off-scale' || code.startsWith('methodology-inference');
}

function safeFamily(code: string): string | null {
  try {
    return ruleDefinition(code).family;
  } catch {
    return null;
  }
}

function rowOf(cell: string): number | null {
  const at = parseCell(cell);
  return at ? at.row + 1 : null;
}

function sampleAspects(sample: RiskSample, risk: Risk | undefined): Aspect[] {
  const out: Aspect[] = [];
  const at = (key: string, ok: boolean, detail: string): void => void out.push({ name: `risks.${sample.row}.${key}`, ok, detail });
  if (!risk) {
    at('read', false, 'not read as a risk');
    return out;
  }
  at('read', true, '');
  const text = (key: 'id' | 'owner' | 'asset' | 'threat'): void => {
    const want = sample[key];
    if (want !== undefined) at(key, risk[key] === want, `"${risk[key]}"`);
  };
  text('id');
  text('owner');
  text('asset');
  text('threat');
  if (sample.treatment !== undefined) at('treatment', risk.treatment === sample.treatment, String(risk.treatment));
  if (sample.controls !== undefined) {
    const ids = risk.controls.flatMap((c) => (c.kind === 'control' ? [c.id] : c.kind === 'annex-a-2013' ? [...c.successors] : []));
    at('controls', ids.join(',') === sample.controls.join(','), `[${ids.join(', ')}]`);
  }
  if (sample.scored !== undefined) {
    const scored = risk.likelihood !== null && risk.impact !== null;
    at('scored', scored === sample.scored, scored ? 'scored' : `likelihood ${risk.likelihood ? 'read' : 'not read'}, impact ${risk.impact ? 'read' : 'not read'}`);
  }
  return out;
}

export function adoptionAspects(expect: Expectation, analysis: Analysis & CheckResult, map: MappingReport): Aspect[] {
  const out: Aspect[] = [];
  const aspect = (name: string, ok: boolean, detail = ''): void => void out.push({ name, ok, detail });
  const location = analysis.location;

  // `map` must say something useful whether or not a register was found.
  aspect('map', map.sheet !== null || (map.candidates ?? []).length > 0, 'map shows neither a register nor candidates');

  if (expect.register === null) {
    aspect('found', location === null, location ? `took "${location.sheet}" row ${location.headerRow + 1} for a register` : '');
    if (expect.kind === 'soa') aspect('looksLikeSoa', map.looksLike === 'soa', `map says ${map.looksLike ?? 'nothing'}`);
    return out;
  }

  const found = location !== null && location.sheet === expect.register.sheet;
  aspect('found', found, location ? `"${location.sheet}"` : 'no register found');
  if (!location || !found) return out;
  aspect('headerRow', location.headerRow + 1 === expect.register.headerRow, `row ${location.headerRow + 1}`);

  const columnOf = (field: string): number | undefined =>
    (location.mapping as Record<string, number | undefined>)[field] ?? (location.teamColumns as Record<string, number | undefined> | undefined)?.[field];
  for (const [field, letter] of Object.entries(expect.fields)) {
    const col = columnOf(field);
    aspect(`fields.${field}`, col !== undefined && columnLetter(col) === letter, col === undefined ? 'not mapped' : `column ${columnLetter(col)}`);
  }

  if (expect.riskCount !== undefined) aspect('riskCount', analysis.risks.length === expect.riskCount, `${analysis.risks.length} risks`);
  const byRow = new Map(analysis.risks.map((r) => [r.row + 1, r]));
  for (const sample of expect.risks) out.push(...sampleAspects(sample, byRow.get(sample.row)));

  const errorsByRow = new Map<number, string[]>();
  for (const f of analysis.findings) {
    if (f.severity !== 'error' || f.sheet !== location.sheet) continue;
    const row = rowOf(f.cell);
    if (row !== null) errorsByRow.set(row, [...(errorsByRow.get(row) ?? []), `${f.code} at ${f.cell}`]);
  }
  for (const row of expect.cleanRows) {
    const errors = errorsByRow.get(row) ?? [];
    aspect(`cleanRows.${row}`, errors.length === 0, errors.join('; '));
  }

  if (expect.consistentScoring === true) {
    const scoring = analysis.findings.filter((f) => isScoringFinding(f.code));
    const codes = [...new Set(scoring.map((f) => f.code))];
    aspect('consistentScoring', scoring.length === 0, `${scoring.length} scoring finding(s): ${codes.join(', ')}`);
  }
  return out;
}
