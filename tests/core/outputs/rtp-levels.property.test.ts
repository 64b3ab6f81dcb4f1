/**
 * The Risk Treatment Plan's derived level columns (Inherent level, and the Expected residual
 * level it suggests for a new row) are the bands an independent scorer gives, over generated
 * methods: non-square scales, asymmetric lookup matrices, L + I, L x I, C / I / A impact columns
 * combined by the impact rule, varied bands. On a symmetric 5 x 5 a likelihood / impact swap
 * gives the same level; on these it does not.
 */
import * as fc from 'fast-check';
import { ANNEX_A_CATALOGUE } from '../../../core/annex-a/catalogue';
import { generate } from '../../../core/engine';
import { rtpSheetPlan } from '../../../core/outputs/rtp';
import type { Methodology } from '../../../core/methodology/types';
import type { LevelRef, Risk } from '../../../core/register/types';
import { MemoryWorkbook } from '../../../core/workbook/memory-workbook';
import { SHEETS } from '../../../core/workbook/names';
import type { CellValue, WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { assessPositions } from '../../support/independent-scorer';
import type { DrawnLevel, DrawnRisk } from '../../support/method-arbitraries';
import { asymmetricMethodArb, risksArb } from '../../support/method-arbitraries';
import { SCORED_NOW, expectedRows, scoredRegisterWorkbook } from '../../support/scored-register';
import { EMPTY_WORKBOOK, STAMP, applied, citation, risk as fixtureRisk } from './fixtures';
import { readTable } from './read-table';

const TREATED = new Set(['mitigate', 'transfer', 'avoid']);
const INHERENT = 'Inherent level';
const EXPECTED_RESIDUAL = 'Expected residual level';

const text = (v: CellValue | undefined): string => (v === null || v === undefined ? '' : String(v));

interface LevelRow {
  readonly id: string;
  readonly inherent: string;
  readonly residual: string;
}

/** Every RTP row's risk id and two level cells, in sheet order. */
function rtpLevels(wb: WorkbookSnapshot): LevelRow[] {
  return readTable(wb, SHEETS.rtp, 'Risk ID').rows.map((r) => ({ id: text(r['Risk ID']), inherent: text(r[INHERENT]), residual: text(r[EXPECTED_RESIDUAL]) }));
}

/** What the rows must say: one row per cited control of every treated risk, or one without a control for a risk transferred or avoided. */
function expectedLevels(drawn: readonly DrawnRisk[], levels: (d: DrawnRisk, k: number) => { inherent: string; residual: string }): LevelRow[] {
  return drawn.flatMap((d, k) => {
    if (d.treatment === null || !TREATED.has(d.treatment)) return [];
    // A Mitigate risk citing no control has no row: mitigate-without-controls is its one finding.
    if (d.controls.length === 0 && d.treatment === 'mitigate') return [];
    const l = levels(d, k);
    return Array.from({ length: Math.max(1, d.controls.length) }, () => ({ id: d.id, ...l }));
  });
}

const levelOf = (scale: Methodology['likelihood'], drawn: DrawnLevel): LevelRef | null =>
  typeof drawn === 'number' ? { index: drawn, value: scale[drawn]!.value } : null;
const position = (drawn: DrawnLevel): number | null => (typeof drawn === 'number' ? drawn : null);

function riskObject(m: Methodology, d: DrawnRisk, k: number): Risk {
  const base = fixtureRisk({ id: d.id, threat: `Threat to ${d.id}`, owner: 'Dana Ito', l: 1, i: 1, treatment: d.treatment }, 4 + k);
  return {
    ...base,
    likelihood: levelOf(m.likelihood, d.likelihood),
    impact: levelOf(m.impact, d.impacts[0]!),
    residualLikelihood: levelOf(m.likelihood, d.residualLikelihood),
    residualImpact: levelOf(m.impact, d.residualImpact),
    // Read against all 93 controls, as the register reader would: the drawn ids are all Annex A.
    controls: d.controls.map((c) => citation(c, ANNEX_A_CATALOGUE)),
  };
}

describe('RTP level columns follow the independent scorer', () => {
  it('rtpSheetPlan writes each treated risk’s inherent and expected residual band (one impact column)', () => {
    fc.assert(
      fc.property(
        asymmetricMethodArb({ cia: false }).chain((m) => fc.tuple(fc.constant(m), risksArb(m, { impactColumns: 1, maxLength: 12 }))),
        ([m, drawn]) => {
          const risks = drawn.map((d, k) => riskObject(m, d, k));
          const plan = rtpSheetPlan({ workbook: EMPTY_WORKBOOK, risks, methodology: m, catalogue: ANNEX_A_CATALOGUE, stamp: STAMP });
          const expected = expectedLevels(drawn, (d) => ({
            inherent: assessPositions(m, position(d.likelihood), position(d.impacts[0]!)).level,
            residual: assessPositions(m, position(d.residualLikelihood), position(d.residualImpact)).level,
          }));
          expect(rtpLevels(applied(EMPTY_WORKBOOK, plan.sheet))).toEqual(expected);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('generating the RTP from a register (Methodology sheet, typed levels, Impact or C / I / A columns) gives the scorer’s bands', () => {
    fc.assert(
      fc.property(
        asymmetricMethodArb().chain((m) =>
          fc.tuple(fc.constant(m), risksArb(m, { impactColumns: m.impactDimensions.length > 0 ? 3 : 1, maxLength: 10, offScale: true })),
        ),
        ([m, drawn]) => {
          const wb = scoredRegisterWorkbook(m, drawn);
          const result = generate(wb, 'rtp', { now: SCORED_NOW });
          expect(result.findings.filter((f) => f.code.startsWith('methodology-') && f.code !== 'methodology-unapproved')).toEqual([]);
          const after = MemoryWorkbook.fromSnapshot(wb);
          after.apply(result.plan);
          const scored = expectedRows(m, drawn);
          const expected = expectedLevels(drawn, (_, k) => ({ inherent: scored[k]!.inherent.level, residual: scored[k]!.residual.level }));
          expect(rtpLevels(after.snapshot())).toEqual(expected);
        },
      ),
      { numRuns: 40 },
    );
  });
});
