/**
 * The rules' own assessment (rules/assessment.ts) and every rule that depends on a risk's level
 * (treatment, acceptance, residual) agree with an independent scorer over generated methods:
 * non-square scales, asymmetric lookup matrices, L + I, L x I, C / I / A impact columns combined
 * by the impact rule, and varied bands. A symmetric 5 x 5 cannot tell likelihood from impact;
 * these methods can, so a swap in the assessment fails here.
 */
import * as fc from 'fast-check';
import { check, inspect } from '../../../core/engine';
import type { Finding } from '../../../core/findings/finding';
import type { Methodology } from '../../../core/methodology/types';
import type { LevelRef, Risk } from '../../../core/register/types';
import { inherentOf, residualOf } from '../../../core/rules/assessment';
import { riskRules } from '../../../core/rules/risk-rules';
import type { CellFound } from '../../../core/findings/report';
import { findingsOnCells } from '../../../core/findings/report';
import { cellAddress, parseCell } from '../../../core/workbook/a1';
import type { Scored } from '../../support/independent-scorer';
import { assessPositions } from '../../support/independent-scorer';
import type { DrawnLevel, DrawnRisk } from '../../support/method-arbitraries';
import { asymmetricMethodArb, risksArb } from '../../support/method-arbitraries';
import { SCORED_NOW, columnOf, expectedRows, scoredRegisterWorkbook } from '../../support/scored-register';
import { ACME_LOCATION, NOW, aRisk, contextFor } from './risk-builder';

/** The findings whose firing and wording depend on a risk's score or level. */
const LEVEL_CODES = new Set([
  'treatment-missing',
  'acceptance-unacceptable-unapproved',
  'acceptance-tolerable-unapproved',
  'acceptance-acceptable-unapproved',
  'treatment-tolerable-unapproved',
  'treatment-acceptable-unapproved',
  'residual-above-inherent',
  'residual-unacceptable',
]);

type Field = 'treatment' | 'approvedBy' | 'approvalDate' | 'residualLikelihood';

interface ModelRisk {
  readonly id: string;
  readonly inherent: Scored;
  readonly residual: Scored;
  readonly treatment: DrawnRisk['treatment'];
  readonly approvedBy: string;
  readonly approvalDate: number | null;
}

/**
 * The level-dependent findings a risk must raise, from the scorer's levels and the rules as
 * docs/rules.md states them.
 */
function expectedFindings(risks: readonly ModelRisk[], cellOf: (risk: ModelRisk, field: Field) => string): Pick<Finding, 'code' | 'cell' | 'message'>[] {
  const out: Pick<Finding, 'code' | 'cell' | 'message'>[] = [];
  // The lower bands' sign-offs are grouped: one finding for every risk of the band (report.ts groups them).
  const grouped = new Map<string, CellFound[]>();
  const group = (code: string, found: CellFound): void => {
    grouped.set(code, [...(grouped.get(code) ?? []), found]);
  };
  for (const r of risks) {
    const inherent = r.inherent.band;
    const residual = r.residual.band;
    const noApprover = r.approvedBy.trim() === '';
    const noDate = r.approvalDate === null;
    const missing = noApprover && noDate ? 'approver or date' : noApprover ? 'approver' : noDate ? 'date' : null;
    const approvalCell = cellOf(r, noApprover ? 'approvedBy' : 'approvalDate');
    const acceptedUnacceptable = r.treatment === 'accept' && inherent?.decision === 'unacceptable';
    if (inherent && inherent.decision !== 'acceptable' && r.treatment === null) {
      out.push({ code: 'treatment-missing', cell: cellOf(r, 'treatment'), message: `Risk ${r.id} is ${inherent.name} (${inherent.decision}) but has no treatment.` });
    }
    if (acceptedUnacceptable && missing !== null) {
      out.push({
        code: 'acceptance-unacceptable-unapproved',
        cell: approvalCell,
        message: `Risk ${r.id} is ${inherent.name} (unacceptable), accepted with no ${missing} recorded.`,
      });
    }
    // Every accepted risk needs its owner's approval, whatever its band; the band sets the rule.
    if (r.treatment === 'accept' && inherent && inherent.decision !== 'unacceptable' && missing !== null) {
      group(`acceptance-${inherent.decision}-unapproved`, { cell: approvalCell, params: { id: r.id, level: inherent.name, missing } });
    }
    // A treated risk is signed off at the residual level its owner accepts.
    const treated = r.treatment === 'mitigate' || r.treatment === 'transfer' || r.treatment === 'avoid';
    if (treated && residual && residual.decision !== 'unacceptable' && missing !== null) {
      group(`treatment-${residual.decision}-unapproved`, { cell: approvalCell, params: { id: r.id, treatment: capitalised(r.treatment), level: residual.name, missing } });
    }
    if (r.inherent.score !== null && r.residual.score !== null && r.residual.score > r.inherent.score) {
      out.push({
        code: 'residual-above-inherent',
        cell: cellOf(r, 'residualLikelihood'),
        message: `Risk ${r.id}: residual score ${r.residual.score} is above inherent score ${r.inherent.score}.`,
      });
    }
    if (residual?.decision === 'unacceptable' && missing !== null && !acceptedUnacceptable) {
      out.push({ code: 'residual-unacceptable', cell: approvalCell, message: `Risk ${r.id}: residual level ${residual.name} is unacceptable and nobody accepted it.` });
    }
  }
  // A grouped sign-off names its cells column by column (the approvers, then the dates), each top to bottom.
  const columnFirst = (found: CellFound[]): CellFound[] =>
    [...found].sort((a, b) => parseCell(a.cell)!.col - parseCell(b.cell)!.col || parseCell(a.cell)!.row - parseCell(b.cell)!.row);
  for (const [code, found] of grouped) out.push(...findingsOnCells(code, 'Risk register', columnFirst(found)));
  return sortFindings(out);
}

const capitalised = (t: string | null): string => (t ? t[0]!.toUpperCase() + t.slice(1) : '');

function sortFindings<T extends Pick<Finding, 'code' | 'cell' | 'message'>>(fs: readonly T[]): Pick<Finding, 'code' | 'cell' | 'message'>[] {
  return fs
    .map(({ code, cell, message }) => ({ code, cell, message }))
    .sort((a, b) => `${a.cell} ${a.code} ${a.message}`.localeCompare(`${b.cell} ${b.code} ${b.message}`));
}

const levelOf = (scale: Methodology['likelihood'], drawn: DrawnLevel): LevelRef | null =>
  typeof drawn === 'number' ? { index: drawn, value: scale[drawn]!.value } : null;
const position = (drawn: DrawnLevel): number | null => (typeof drawn === 'number' ? drawn : null);

/** A drawn risk as the register reader would hand it to the rules (one impact column). */
function riskObject(m: Methodology, d: DrawnRisk, k: number): Risk {
  const base = aRisk({ id: d.id, row: 5 + k, treatment: d.treatment, approvedBy: d.approvedBy, approvalDate: null });
  return {
    ...base,
    likelihood: levelOf(m.likelihood, d.likelihood),
    impact: levelOf(m.impact, d.impacts[0]!),
    residualLikelihood: levelOf(m.likelihood, d.residualLikelihood),
    residualImpact: levelOf(m.impact, d.residualImpact),
    approvalDate: d.approvalDate,
  };
}

const plainAssessment = (s: Scored) => ({ score: s.score, band: s.band });

// Each run builds and checks a whole workbook; 40 keeps the file to a few seconds.
const RUNS = { numRuns: 40 };

describe('the rules assess each risk as the independent scorer does', () => {
  it('inherentOf and residualOf give the scorer’s score and band for every risk, on non-square and asymmetric methods', () => {
    fc.assert(
      fc.property(
        asymmetricMethodArb({ cia: false }).chain((m) => fc.tuple(fc.constant(m), risksArb(m, { impactColumns: 1, maxLength: 15 }))),
        ([m, drawn]) => {
          drawn.forEach((d, k) => {
            const risk = riskObject(m, d, k);
            expect(inherentOf(m, risk)).toEqual(plainAssessment(assessPositions(m, position(d.likelihood), position(d.impacts[0]!))));
            expect(residualOf(m, risk)).toEqual(plainAssessment(assessPositions(m, position(d.residualLikelihood), position(d.residualImpact))));
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('the treatment, acceptance and residual rules fire on the scorer’s levels, with its level names and scores', () => {
    fc.assert(
      fc.property(
        asymmetricMethodArb({ cia: false }).chain((m) => fc.tuple(fc.constant(m), risksArb(m, { impactColumns: 1, maxLength: 15 }))),
        ([m, drawn]) => {
          const risks = drawn.map((d, k) => riskObject(m, d, k));
          const ctx = contextFor(risks, { methodology: m, now: NOW });
          const actual = sortFindings(riskRules(ctx).filter((f) => LEVEL_CODES.has(f.code)));
          const model: ModelRisk[] = drawn.map((d) => ({
            id: d.id,
            inherent: assessPositions(m, position(d.likelihood), position(d.impacts[0]!)),
            residual: assessPositions(m, position(d.residualLikelihood), position(d.residualImpact)),
            treatment: d.treatment,
            approvedBy: d.approvedBy,
            approvalDate: d.approvalDate,
          }));
          const row = new Map(risks.map((r) => [r.id, r.row]));
          const expected = expectedFindings(model, (r, field) => cellAddress(row.get(r.id)!, ACME_LOCATION.mapping[field]!));
          expect(actual).toEqual(expected);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('checking a register (Methodology sheet, typed levels, one Impact or C / I / A columns) matches the scorer', () => {
  const registerCase = asymmetricMethodArb().chain((m) =>
    fc.tuple(fc.constant(m), risksArb(m, { impactColumns: m.impactDimensions.length > 0 ? 3 : 1, maxLength: 10, offScale: true })),
  );

  it('reads every risk to the scorer’s score and band, combining C / I / A by the impact rule', () => {
    fc.assert(
      fc.property(registerCase, ([m, drawn]) => {
        const wb = scoredRegisterWorkbook(m, drawn);
        const a = inspect(wb, { now: SCORED_NOW });
        expect(a.findings.filter((f) => f.code.startsWith('methodology-') && f.code !== 'methodology-unapproved')).toEqual([]);
        const expected = expectedRows(m, drawn);
        expect(a.risks.map((r) => r.id)).toEqual(expected.map((e) => e.id));
        a.risks.forEach((risk, k) => {
          expect({ id: risk.id, inherent: inherentOf(a.methodology, risk), residual: residualOf(a.methodology, risk) }).toEqual({
            id: expected[k]!.id,
            inherent: plainAssessment(expected[k]!.inherent),
            residual: plainAssessment(expected[k]!.residual),
          });
        });
      }),
      RUNS,
    );
  });

  it('raises exactly the level-dependent findings the scorer’s levels call for', () => {
    fc.assert(
      fc.property(registerCase, ([m, drawn]) => {
        const impactColumns = m.impactDimensions.length > 0 ? 3 : 1;
        const wb = scoredRegisterWorkbook(m, drawn);
        const actual = sortFindings(check(wb, { now: SCORED_NOW }).findings.filter((f) => LEVEL_CODES.has(f.code)));
        const expected = expectedRows(m, drawn);
        const model: ModelRisk[] = drawn.map((d, k) => ({
          id: d.id,
          inherent: expected[k]!.inherent,
          residual: expected[k]!.residual,
          treatment: d.treatment,
          approvedBy: d.approvedBy,
          approvalDate: d.approvalDate,
        }));
        const header: Record<Field, string> = {
          treatment: 'Treatment',
          approvedBy: 'Approved by',
          approvalDate: 'Approval date',
          residualLikelihood: 'Residual likelihood',
        };
        const rowOf = new Map(expected.map((e) => [e.id, e.row]));
        expect(actual).toEqual(expectedFindings(model, (r, field) => cellAddress(rowOf.get(r.id)!, columnOf(impactColumns, header[field]))));
      }),
      RUNS,
    );
  });
});
