/**
 * The Dashboard sheet a recalculation writes: Riskbook's by its marks, placed after the Heatmap,
 * live formulas only from the portable list that reach the sheets Riskbook rebuilds through names,
 * one landscape page of legible text, and what people type beside or below it kept.
 */
import { generate } from '../../../core/engine';
import { PORTABLE_FUNCTIONS, functionsUsed } from '../../../core/formula/allow-list';
import { BAR_NAVY, barColour } from '../../../core/outputs/bar-colour';
import { BAR_BLOCKS, DASHBOARD_FOOTER_LEAD, DASHBOARD_TITLE, barLength } from '../../../core/outputs/dashboard';
import { resolveOwnSheets, roleOf } from '../../../core/ownership/own-sheets';
import { parseRange } from '../../../core/workbook/a1';
import { NAMES, SHEETS, SHEET_ROLES } from '../../../core/workbook/names';
import type { PlanCell, SheetPlan, WorkbookPlan } from '../../../core/workbook/plan';
import type { SheetSnapshot } from '../../../core/workbook/snapshot';
import { LATER, NOW, applyPlan, sheet, threeRiskRegister } from '../engine/engine-fixtures';
import { registerWith, teamPlanSheet, teamSoaSheet } from '../team-sheets/team-fixtures';
import { run, type } from './people-edits';

/** The row of the footer that says how the figures are counted: the end of the dashboard's area. */
function footerRow(s: SheetSnapshot): number {
  return s.values.findIndex((row) => typeof row[0] === 'string' && row[0].startsWith(DASHBOARD_FOOTER_LEAD));
}

function dashboardPlan(plan: WorkbookPlan): SheetPlan {
  const found = plan.sheets.find((s) => s.role === 'dashboard');
  if (!found) throw new Error('no Dashboard in the plan');
  return found;
}

function formulas(sp: SheetPlan): string[] {
  return sp.writes.flatMap((w) => w.cells.flatMap((row) => row.flatMap((c: PlanCell) => (c !== null && typeof c === 'object' ? [c.formula] : []))));
}

describe('the Dashboard a recalculation writes', () => {
  const before = threeRiskRegister();
  const result = generate(before, 'recalc', { now: NOW });
  const after = applyPlan(before, result.plan);

  it('is Riskbook\'s by its title and stamp, the sheet right after the Heatmap', () => {
    expect(SHEET_ROLES.indexOf('dashboard')).toBe(SHEET_ROLES.indexOf('heatmap') + 1);
    const names = after.sheets.map((s) => s.name);
    expect(names.indexOf(SHEETS.dashboard)).toBe(names.indexOf(SHEETS.heatmap) + 1);
    expect(roleOf(sheet(after, SHEETS.dashboard))).toBe('dashboard');
    expect(sheet(after, SHEETS.dashboard).values[0]![0]).toBe(DASHBOARD_TITLE);
    expect(result.changes.find((c) => c.startsWith('Created '))).toContain(SHEETS.dashboard);
  });

  it('comes with a full recalculation only: it counts the Checks sheet', () => {
    for (const action of ['heatmap', 'soa', 'rtp'] as const) {
      expect(generate(before, action, { now: NOW }).plan.sheets.map((s) => s.role)).not.toContain('dashboard');
    }
  });

  it('uses only portable functions, and reaches the RTP, SoA and Checks, which are rebuilt each run, only through names', () => {
    const all = formulas(dashboardPlan(result.plan));
    expect(all.length).toBeGreaterThan(20);
    expect([...new Set(all.flatMap(functionsUsed))].filter((f) => !PORTABLE_FUNCTIONS.has(f))).toEqual([]);
    const rebuilt = [SHEETS.rtp, SHEETS.soa, SHEETS.checks].map((n) => `${n}'!`);
    expect(all.filter((f) => rebuilt.some((r) => f.includes(r)) || /\bChecks!/.test(f))).toEqual([]);
    for (const name of [NAMES.rtpRows, NAMES.soaRows, NAMES.checkRows]) expect(all.some((f) => f.includes(name))).toBe(true);
  });

  it('names the rows it counts: the RTP\'s actions, the SoA\'s 93 controls, the findings', () => {
    const byName = new Map(result.plan.names.map((n) => [n.name, n]));
    const rtp = byName.get(NAMES.rtpRows)!;
    const soa = byName.get(NAMES.soaRows)!;
    expect([rtp.sheet, soa.sheet, byName.get(NAMES.checkRows)!.sheet]).toEqual([SHEETS.rtp, SHEETS.soa, SHEETS.checks]);
    expect(parseRange(rtp.range)!.rows).toBe(4);
    expect(parseRange(soa.range)!.rows).toBe(93);
    expect(parseRange(byName.get(NAMES.checkRows)!.range)!.rows).toBe(result.summary.total);
  });

  it('counts through the team\'s own sheets by their names where the team keeps its SoA and plan', () => {
    const team = generate(registerWith(teamSoaSheet(), teamPlanSheet()), 'recalc', { now: NOW });
    const all = formulas(dashboardPlan(team.plan)).join('\n');
    expect(all).toContain("'SoA 2022'!");
    expect(all).toContain("'Treatment actions'!");
    expect(team.plan.names.map((n) => n.name)).not.toContain(NAMES.rtpRows);
  });

  it('prints on one landscape page, its text no smaller than 9 pt', () => {
    const sp = dashboardPlan(result.plan);
    expect(sp.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 'A4', pagesWide: 1 });
    // A landscape page holds about 150 character widths and 470 points of rows at full size.
    expect((sp.columnWidths ?? []).reduce((n, c) => n + c.width, 0)).toBeLessThanOrEqual(150);
    const rows = sp.writes[0]!.cells.length;
    const heights = new Map((sp.rowHeights ?? []).map((h) => [h.row, h.height]));
    let total = 0;
    for (let r = 0; r < rows; r++) total += heights.get(r) ?? 15;
    expect(total).toBeLessThanOrEqual(470);
    const sizes = sp.formats.flatMap((f) => (f.fontSize === undefined ? [] : [f.fontSize]));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(9);
  });
});

describe('what people type on the Dashboard', () => {
  const first = run(threeRiskRegister(), NOW).after;
  const dashboard = sheet(first, SHEETS.dashboard);
  const footer = footerRow(dashboard);

  it('is kept beside the dashboard on its row, and below it as far under the footer', () => {
    const notes = [
      { row: 5, col: 11, value: 'Board asked about R-001' },
      { row: footer + 2, col: 0, value: 'Reviewed by the ISMS committee on 2026-11-30' },
      { row: footer + 3, col: 2, value: { formula: '=TODAY()' } },
    ];
    const second = run(type(first, SHEETS.dashboard, notes), LATER).after;
    const again = sheet(second, SHEETS.dashboard);
    expect(footerRow(again)).toBe(footer);
    expect(again.values[5]![11]).toBe('Board asked about R-001');
    expect(again.values[footer + 2]![0]).toBe('Reviewed by the ISMS committee on 2026-11-30');
    expect(again.formulas?.[footer + 3]?.[2]).toBe('=TODAY()');
  });

  it('is kept where it is in a blank cell among the figures, a cell Riskbook writes being Riskbook\'s', () => {
    // Row 7 is the blank row between the tiles and the panels; A1, the title, is Riskbook's.
    const notes = [
      { row: 6, col: 8, value: { formula: '=1+1' } },
      { row: 6, col: 0, value: 'Figures for the December board' },
      { row: 0, col: 0, value: 'Our dashboard' },
    ];
    const again = sheet(run(type(first, SHEETS.dashboard, notes), LATER).after, SHEETS.dashboard);
    expect(again.formulas?.[6]?.[8]).toBe('=1+1');
    expect(again.values[6]![0]).toBe('Figures for the December board');
    expect(again.values[0]![0]).toBe(DASHBOARD_TITLE);
  });

  it('stays Riskbook\'s sheet on the next run, refreshed rather than created', () => {
    const next = generate(first, 'recalc', { now: LATER });
    expect(resolveOwnSheets(first).existing.has('dashboard')).toBe(true);
    expect(next.changes[0]).toMatch(/^Refreshed .*Dashboard/);
    expect(dashboardPlan(next.plan).name).toBe(SHEETS.dashboard);
  });
});

describe('an action that rebuilds the SoA or the RTP without the Dashboard', () => {
  it('sets the names the Dashboard counts them through again, over the rebuilt sheet', () => {
    const first = run(threeRiskRegister(), NOW).after;
    for (const [action, name, target] of [['soa', NAMES.soaRows, SHEETS.soa], ['rtp', NAMES.rtpRows, SHEETS.rtp]] as const) {
      const names = generate(first, action, { now: LATER }).plan.names.filter((n) => n.name === name);
      expect(names.map((n) => n.sheet)).toEqual([target]);
    }
    expect(generate(threeRiskRegister(), 'soa', { now: NOW }).plan.names.map((n) => n.name)).not.toContain(NAMES.soaRows);
  });
});

describe("a bar in a band's colour", () => {
  const channels = (hex: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  const luminance = (hex: string): number => {
    const [r, g, b] = channels(hex);
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  };

  it.each([
    ['a pale red band', '#FFC7CE', 0],
    ['a pale amber band', '#FFEB9C', 0],
    ['a pale green band', '#C6EFCE', 1],
  ] as const)('keeps the hue of %s and is dark enough to read on white', (_label, band, strongest) => {
    const bar = barColour(band);
    const rgb = channels(bar);
    expect(rgb.indexOf(Math.max(...rgb))).toBe(strongest);
    expect(luminance(bar)).toBeLessThan(0.5);
    expect(luminance(band)).toBeGreaterThan(0.75);
  });

  it('is navy for a grey band, which has no hue to keep', () => {
    expect(barColour('#D9D9D9')).toBe(BAR_NAVY);
    expect(barColour('not a colour')).toBe(BAR_NAVY);
  });
});

describe('a bar', () => {
  it('is never longer than its column, even for a figure above the one it is drawn against', () => {
    // More risks above appetite than were scored: a register whose levels are typed, not scored.
    expect(barLength(3, 0)).toBe(BAR_BLOCKS);
    expect(barLength(45, 6)).toBe(BAR_BLOCKS);
    expect(barLength(3, 6)).toBe(Math.floor(BAR_BLOCKS / 2));
    expect(barLength(1, 1000)).toBe(1);
    expect(barLength(0, 6)).toBe(0);
  });
});
