/**
 * The RTP's "Expected residual level" is prefilled once and then belongs to people. When the
 * method's bands change, or the register's residual rating moves, the level people left behind is
 * checked against the method and the register: a level the method no longer has, and a level that
 * disagrees with the register's residual level, each get a finding at that cell.
 */
import { serialFromIso } from '../../../core/dates';
import { generate as engineGenerate } from '../../../core/engine';
import { registerRuleContext } from '../../../core/outputs/rule-context';
import { readRtp, rtpRules, rtpSheetPlan } from '../../../core/outputs/rtp';
import type { Methodology } from '../../../core/methodology/types';
import { SHEETS } from '../../../core/workbook/names';
import type { WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { NOW, LATER, applyPlan, sheet, threeRiskRegister, typeInto } from '../engine/engine-fixtures';
import { EMPTY_WORKBOOK, REGISTER_LOCATION, STAMP, applied, catalogue, edited, methodology5x5, risks, risksWith } from './fixtures';
import { readTable, rowWhere } from './read-table';

const ctx = registerRuleContext(REGISTER_LOCATION);
const today = serialFromIso('2025-07-15')!;
const EXPECTED_COL = 11;

/** The team's RTP, generated from the register and then planned in full, every row open and due later this year. */
function plannedRtp(): WorkbookSnapshot {
  const wb = applied(EMPTY_WORKBOOK, rtpSheetPlan({ workbook: EMPTY_WORKBOOK, risks: risks(), methodology: methodology5x5(), catalogue: catalogue(), stamp: STAMP }).sheet);
  const { rows } = readTable(wb, SHEETS.rtp, 'Risk ID');
  return edited(wb, SHEETS.rtp, (v) => {
    for (const r of rows) {
      v[r.__row]![6] = 'Planned action';
      v[r.__row]![7] = 'Owner';
      v[r.__row]![8] = serialFromIso('2025-12-31');
      v[r.__row]![10] = 'In progress';
    }
  });
}

function rowOf(wb: WorkbookSnapshot, riskId: string, controlId: string): number {
  return rowWhere(readTable(wb, SHEETS.rtp, 'Risk ID').rows, (r) => r['Risk ID'] === riskId && (r['Control ID'] ?? '') === controlId).__row;
}

/** A person types into the Expected residual level of one RTP row. */
function expecting(wb: WorkbookSnapshot, riskId: string, controlId: string, level: string, status?: string): WorkbookSnapshot {
  const row = rowOf(wb, riskId, controlId);
  return edited(wb, SHEETS.rtp, (v) => {
    v[row]![EXPECTED_COL] = level;
    if (status) v[row]![10] = status;
  });
}

/** The same method with its bands renamed to traffic-light names. */
function trafficLightBands(): Methodology {
  const m = methodology5x5();
  const names: Record<string, string> = { Low: 'Green', Medium: 'Amber', High: 'Red' };
  return { ...m, bands: m.bands.map((b) => ({ ...b, name: names[b.name] ?? b.name })) };
}

const cellOf = (row: number): string => `L${row + 1}`;

describe('RTP expected residual level: a level the method no longer has', () => {
  it('flags nothing while every prefilled level is a band of the method and agrees with the register', () => {
    expect(rtpRules(risks(), readRtp(plannedRtp()), methodology5x5(), today, ctx)).toEqual([]);
  });

  it('flags every row still holding a level of the old bands after the bands were renamed, each at its own cell', () => {
    const wb = plannedRtp();
    const fs = rtpRules(risks(), readRtp(wb), trafficLightBands(), today, ctx);
    // Every treated risk with a residual rating had "Medium" prefilled; R-31 has none.
    const prefilled = readTable(wb, SHEETS.rtp, 'Risk ID').rows.filter((r) => r['Expected residual level'] === 'Medium');
    expect(prefilled).toHaveLength(13);
    expect(fs.map((f) => f.code)).toEqual(prefilled.map(() => 'rtp-expected-level-unknown'));
    expect(fs.map((f) => `${f.sheet}!${f.cell}`)).toEqual(prefilled.map((r) => `${SHEETS.rtp}!${cellOf(r.__row)}`));
    expect(fs[0]).toMatchObject({
      severity: 'warning',
      message: 'RTP action for risk R-01 and control 6.3 expects residual level "Medium", which is not a level of the current method (Green, Amber, Red).',
      fix: 'Choose one of Green, Amber, Red; if the bands were renamed, use the new name of the level you meant.',
    });
  });

  it('reads a level whatever its case, as people type it', () => {
    const wb = expecting(plannedRtp(), 'R-14', '5.17', '  medium ');
    expect(rtpRules(risks(), readRtp(wb), methodology5x5(), today, ctx)).toEqual([]);
  });

  it('flags a level that was never a band, even for a risk the register gives no residual rating', () => {
    const wb = expecting(plannedRtp(), 'R-31', '', 'Negligible');
    expect(rtpRules(risks(), readRtp(wb), methodology5x5(), today, ctx)).toEqual([
      expect.objectContaining({ code: 'rtp-expected-level-unknown', cell: cellOf(rowOf(wb, 'R-31', '')), message: expect.stringContaining('risk R-31 and control (none) expects residual level "Negligible"') }),
    ]);
  });

  it('leaves a cancelled action\'s level alone, and says only "orphaned" for a row the register dropped', () => {
    let wb = expecting(plannedRtp(), 'R-07', '8.13', 'Amber', 'Cancelled');
    wb = expecting(wb, 'R-14', '8.9', 'Amber');
    const fs = rtpRules(risksWith('R-14', { controls: ['5.17', '8.16'] }), readRtp(wb), methodology5x5(), today, ctx);
    expect(fs).toEqual([expect.objectContaining({ code: 'rtp-orphaned-row', message: expect.stringContaining('R-14 and control 8.9') })]);
  });
});

describe('RTP expected residual level: a level the register does not give', () => {
  it('flags a typed level that differs from the band of the register\'s residual score', () => {
    // R-14's residual is likelihood 2 x impact 4 = 8, Medium; the action owner hopes for Low.
    const wb = expecting(plannedRtp(), 'R-14', '5.17', 'Low');
    expect(rtpRules(risks(), readRtp(wb), methodology5x5(), today, ctx)).toEqual([
      expect.objectContaining({
        code: 'rtp-expected-level-mismatch',
        severity: 'warning',
        sheet: SHEETS.rtp,
        cell: cellOf(rowOf(wb, 'R-14', '5.17')),
        message: 'RTP action for risk R-14 and control 5.17 expects residual level Low, but the register\'s residual rating gives Medium.',
        fix: 'Set the expected residual level to Medium, or correct the residual likelihood and impact in the register.',
      }),
    ]);
  });

  it('flags each row of a risk re-rated in the register since the plan was written', () => {
    // After restores were tested, R-07's residual went from 2 x 3 (Medium) to 1 x 3 (Low).
    const wb = plannedRtp();
    const fs = rtpRules(risksWith('R-07', { rl: 1, ri: 3 }), readRtp(wb), methodology5x5(), today, ctx);
    expect(fs.map((f) => [f.code, f.cell])).toEqual([
      ['rtp-expected-level-mismatch', cellOf(rowOf(wb, 'R-07', '8.13'))],
      ['rtp-expected-level-mismatch', cellOf(rowOf(wb, 'R-07', '5.30'))],
    ]);
    expect(fs[0]!.message).toContain('gives Low');
  });

  it('says nothing about agreement when the register has no residual rating for the risk', () => {
    const wb = expecting(plannedRtp(), 'R-31', '', 'High');
    expect(rtpRules(risks(), readRtp(wb), methodology5x5(), today, ctx)).toEqual([]);
  });

  it('still checks a done action: its expected level is what the effectiveness review measures against', () => {
    const wb = expecting(plannedRtp(), 'R-22', '5.18', 'High', 'Done');
    expect(rtpRules(risks(), readRtp(wb), methodology5x5(), today, ctx).map((f) => f.code)).toEqual(['rtp-expected-level-mismatch']);
  });
});

describe('Recalculate after the team renamed a band on the Methodology sheet', () => {
  const first = applyPlan(threeRiskRegister(), engineGenerate(threeRiskRegister(), 'recalc', { now: NOW }).plan);
  const method = sheet(first, SHEETS.methodology);
  const medium = method.values.findIndex((r) => r[0] === 'Medium' && typeof r[1] === 'number');
  const renamed = typeInto(first, SHEETS.methodology, medium, 0, 'Moderate');
  const result = engineGenerate(renamed, 'recalc', { now: LATER });
  const after = applyPlan(renamed, result.plan);

  it('finds every RTP row still expecting "Medium", at its Expected residual level cell', () => {
    const rtp = readTable(after, SHEETS.rtp, 'Risk ID');
    const col = rtp.headers.indexOf('Expected residual level');
    const stale = rtp.rows.filter((r) => r['Expected residual level'] === 'Medium').map((r) => `${String.fromCharCode(65 + col)}${r.__row + 1}`);
    expect(stale.length).toBeGreaterThan(0);
    const found = result.findings.filter((f) => f.code === 'rtp-expected-level-unknown');
    expect(found.map((f) => f.cell).sort()).toEqual(stale.sort());
    expect(found.every((f) => f.sheet === SHEETS.rtp && f.message.includes('(Low, Moderate, High)'))).toBe(true);
  });

  it('lists them on the Checks sheet the run writes', () => {
    const checks = sheet(after, SHEETS.checks).values.flat();
    expect(checks).toContain('rtp-expected-level-unknown');
  });
});
