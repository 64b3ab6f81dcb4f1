/**
 * Any register a team scored consistently by one method — scales of any length and values, L x I,
 * L + I or a lookup matrix, C / I / A impacts, bands of any names and widths — is explained whole
 * by the method Riskbook infers from it: every row, and not one scoring finding.
 *
 * The team's scores and levels are computed by the independent scorer, which shares no code with
 * the core. Levels are written with their numbers ("4", 4, "4 - Likely"): the generated labels are
 * drawn in random order, so their words carry no rank a person could read.
 */
import * as fc from 'fast-check';
import { check } from '../../../../core/engine';
import type { Methodology } from '../../../../core/methodology/types';
import type { CellValue, WorkbookSnapshot } from '../../../../core/workbook/snapshot';
import { assessCells } from '../../../support/independent-scorer';
import type { DrawnRisk, LevelForm } from '../../../support/method-arbitraries';
import { levelCell, methodArb, risksArb } from '../../../support/method-arbitraries';

const NOT_EXPLAINED = [
  'risk-team-value-differs', 'register-team-values-differ', 'register-team-column-other-scale', 'risk-level-off-scale',
  'methodology-inference-failed', 'methodology-third-factor', 'methodology-impact-elsewhere', 'methodology-scale-not-inferred',
];

/** Forms that carry the level's number. */
function numbered(form: LevelForm): LevelForm {
  return form === 'label' ? 'number' : form === 'label-upper' ? 'option' : form;
}

function teamRegister(m: Methodology, risks: readonly DrawnRisk[]): WorkbookSnapshot {
  const cia = m.impactDimensions.length > 0;
  const header = [
    'Risk ID', 'Threat', 'Likelihood', ...(cia ? ['Confidentiality impact', 'Integrity impact', 'Availability impact'] : ['Impact']), 'Risk owner',
    'Residual likelihood', 'Residual impact', 'Risk score', 'Risk level', 'Residual score', 'Residual level',
  ];
  const rows = risks.map((r, k): CellValue[] => {
    const forms = r.forms.map(numbered);
    const l = levelCell(m.likelihood, r.likelihood, forms[0]!);
    const impacts = r.impacts.map((lv, d) => levelCell(m.impact, lv, forms[1 + d]!));
    const rl = levelCell(m.likelihood, r.residualLikelihood, forms[1 + r.impacts.length]!);
    const ri = levelCell(m.impact, r.residualImpact, forms[2 + r.impacts.length]!);
    const inherent = assessCells(m, l, impacts);
    const residual = assessCells(m, rl, [ri]);
    return [r.id, `Threat ${k + 1}`, l, ...impacts, 'Owner', rl, ri, inherent.score, inherent.level || null, residual.score, residual.level || null];
  });
  return { sheets: [{ name: 'Risk register', values: [header, ...rows] }] };
}

describe('a register scored consistently by its team\'s own method', () => {
  it('is explained row for row by the method inferred from it', () => {
    fc.assert(
      fc.property(
        methodArb({ monotoneMatrix: true }).chain((m) => fc.tuple(fc.constant(m), risksArb(m, { impactColumns: m.impactDimensions.length > 0 ? 3 : 1, minLength: 1, maxLength: 16 }))),
        ([m, risks]) => {
          const { findings } = check(teamRegister(m, risks), { now: '2026-11-23T09:00:00Z' });
          expect(findings.filter((f) => NOT_EXPLAINED.includes(f.code)).map((f) => `${f.code} ${f.cell}: ${f.message}`)).toEqual([]);
          const inferred = findings.find((f) => f.code === 'methodology-inferred');
          expect(inferred?.message).toMatch(/It explains (\d+) of \1 rows\.|no score or level column of its own/);
        },
      ),
      { numRuns: 150 },
    );
  });
});
