/**
 * The Methodology's governance (issue 15 item 6): owner, approved by and on, effective date, roles
 * and responsibilities, and a risk appetite statement, each a label with its value to its right.
 * Riskbook writes the labels where the sheet states none of them, never a value, and keeps every
 * value a person typed across runs and panel saves; `methodology-unapproved` until someone records
 * the approval. Scenarios: a new register on the 5 x 5 preset, ACME's Methodology kept by the team.
 */
import type { PanelResponse } from '../../../core/actions';
import { respond } from '../../../core/actions';
import { serialFromIso } from '../../../core/dates';
import { check, generate } from '../../../core/engine';
import type { Finding } from '../../../core/findings/finding';
import { presetMethodology } from '../../../core/methodology/presets';
import { cellAddress } from '../../../core/workbook/a1';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { cellAt } from '../../../core/workbook/snapshot';
import { LATER, NOW, applyPlan, threeRiskRegister, typeInto } from '../engine/engine-fixtures';
import { acmeMethodologyRows, acmeWorkbook, methodologyOf } from './team-methodology-fixtures';

const LABELS = ['Owner', 'Approved by', 'Approved on', 'Effective date', 'Roles and responsibilities', 'Risk appetite statement'];
const APPETITE = 'We accept Medium risks with the owner\'s approval; nothing High stays untreated beyond 90 days.';

/** A register recalculated on the 5 x 5 preset: Riskbook writes the whole Methodology. */
function onPreset(snapshot: WorkbookSnapshot = threeRiskRegister(), now = NOW): WorkbookSnapshot {
  return applyPlan(snapshot, generate(snapshot, 'recalc', { now, preset: '5x5' }).plan);
}

function rowOfLabel(sheet: SheetSnapshot, label: string): number {
  return sheet.values.findIndex((r) => r[0] === label);
}

/** The value cell right of a label in column A of the Methodology. */
function valueCell(snapshot: WorkbookSnapshot, label: string): { row: number; col: number } {
  const row = rowOfLabel(methodologyOf(snapshot), label);
  if (row < 0) throw new Error(`no ${label}`);
  return { row, col: 1 };
}

function typedAt(snapshot: WorkbookSnapshot, label: string, value: CellValue): WorkbookSnapshot {
  const at = valueCell(snapshot, label);
  return typeInto(snapshot, methodologyOf(snapshot).name, at.row, at.col, value);
}

/** ACME's Methodology as Riskbook wrote it before it had a Governance section, since edited by the team. */
function acmeRowsBeforeGovernance(): CellValue[][] {
  const rows = acmeMethodologyRows();
  const from = rows.findIndex((r) => r[0] === 'Governance');
  const to = rows.findIndex((r) => r[0] === 'Notes');
  rows.splice(from, to - from);
  return rows;
}

function unapproved(snapshot: WorkbookSnapshot): Finding[] {
  return check(snapshot, { now: LATER }).findings.filter((f) => f.code === 'methodology-unapproved');
}

describe('the Governance section of a Methodology Riskbook writes', () => {
  it('comes after the risk bands, a label a row with its value left blank for people', () => {
    const m = methodologyOf(onPreset());
    const heading = rowOfLabel(m, 'Governance');
    expect(heading).toBeGreaterThan(rowOfLabel(m, 'Risk bands'));
    expect(heading).toBeLessThan(rowOfLabel(m, 'Notes'));
    expect(m.values.slice(heading + 1, heading + 1 + LABELS.length).map((r) => [r[0], r[1] ?? null])).toEqual(LABELS.map((l) => [l, null]));
  });

  it('keeps every value typed there across runs and panel saves', () => {
    let wb = onPreset();
    wb = typedAt(wb, 'Owner', 'CISO');
    wb = typedAt(wb, 'Approved by', 'ISMS board');
    wb = typedAt(wb, 'Approved on', serialFromIso('2026-11-20')!);
    wb = typedAt(wb, 'Roles and responsibilities', 'Risk owners assess and approve; the CISO keeps the method.');
    wb = typedAt(wb, 'Risk appetite statement', APPETITE);
    const typed = LABELS.map((l) => cellAt(methodologyOf(wb), valueCell(wb, l).row, 1));
    const again = applyPlan(wb, generate(wb, 'recalc', { now: LATER }).plan);
    expect(LABELS.map((l) => cellAt(methodologyOf(again), valueCell(again, l).row, 1))).toEqual(typed);
    const saved = respond(again, { kind: 'saveMethodology', methodology: { ...presetMethodology('5x5'), reviewIntervalDays: 180 } }, { now: LATER }) as PanelResponse;
    const afterSave = applyPlan(again, saved.plan!);
    expect(LABELS.map((l) => cellAt(methodologyOf(afterSave), valueCell(afterSave, l).row, 1))).toEqual(typed);
    // Written once: a run that finds the section adds no second one.
    expect(methodologyOf(afterSave).values.filter((r) => r[0] === 'Governance')).toHaveLength(1);
  });
});

describe("a team's own Methodology", () => {
  it('keeps the approval where the team states it above its tables, and gets only the labels it lacks', () => {
    const rows = acmeRowsBeforeGovernance();
    // ACME's document control, in its own words, under the title.
    rows.splice(2, 0, ['Approver', 'CISO', null, 'Date approved', serialFromIso('2026-10-01')]);
    const wb = applyPlan(acmeWorkbook(rows), generate(acmeWorkbook(rows), 'recalc', { now: NOW }).plan);
    const m = methodologyOf(wb);
    const heading = rowOfLabel(m, 'Governance');
    expect(m.values.slice(heading + 1).filter((r) => r[0] !== null && r[0] !== undefined).map((r) => r[0])).toEqual(['Owner', 'Effective date', 'Roles and responsibilities', 'Risk appetite statement']);
    expect(unapproved(wb)).toEqual([]);
    // The team's cells are as they typed them.
    expect(m.values[2]!.slice(0, 5)).toEqual(['Approver', 'CISO', null, 'Date approved', serialFromIso('2026-10-01')]);
  });

  it('gets its labels below everything it wrote, nothing of it moved', () => {
    const rows = acmeRowsBeforeGovernance();
    const wb = applyPlan(acmeWorkbook(rows), generate(acmeWorkbook(rows), 'recalc', { now: NOW }).plan);
    const m = methodologyOf(wb);
    rows.forEach((r, i) => r.forEach((v, c) => {
      // The stamp line is Riskbook's own cell.
      if (typeof v === 'string' && v.startsWith('Generated by Riskbook')) return;
      expect([i, c, cellAt(m, i, c)]).toEqual([i, c, v === undefined ? null : v]);
    }));
    expect(rowOfLabel(m, 'Governance')).toBeGreaterThan(rows.length);
  });
});

describe('methodology-unapproved', () => {
  it('asks for the approval of a method nobody approved, at its Approved by cell', () => {
    const wb = onPreset();
    const at = valueCell(wb, 'Approved by');
    expect(unapproved(wb)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        sheet: 'Methodology',
        cell: cellAddress(at.row, at.col),
        message: 'The methodology (version 1.0) has no recorded approval: Approved by is blank and Approved on is blank.',
      }),
    ]);
  });

  it('points at the date when only the approver is named', () => {
    const wb = typedAt(onPreset(), 'Approved by', 'ISMS board');
    const at = valueCell(wb, 'Approved on');
    expect(unapproved(wb).map((f) => [f.cell, f.message])).toEqual([[cellAddress(at.row, at.col), 'The methodology (version 1.0) has no recorded approval: Approved on is blank.']]);
  });

  it('says so of an approval date that is no date', () => {
    const wb = typedAt(typedAt(onPreset(), 'Approved by', 'ISMS board'), 'Approved on', 'last Tuesday');
    expect(unapproved(wb).map((f) => f.message)).toEqual(['The methodology (version 1.0) has no recorded approval: Approved on is not a date.']);
  });

  it('is satisfied by an approver and a date, typed as a date or as ISO text', () => {
    const approved = typedAt(typedAt(onPreset(), 'Approved by', 'ISMS board'), 'Approved on', '2026-11-20');
    expect(unapproved(approved)).toEqual([]);
  });

  it("says so of a team sheet that has no place for it yet, before Riskbook adds one", () => {
    const wb = acmeWorkbook(acmeRowsBeforeGovernance());
    expect(unapproved(wb).map((f) => f.message)).toEqual(['The methodology (version 1.0) has no recorded approval: the sheet has no Approved by and Approved on.']);
  });

  it('leaves a method Riskbook inferred and still awaiting review to methodology-inferred-unapproved: one cause, one finding', () => {
    const wb = applyPlan(threeRiskRegister(), generate(threeRiskRegister(), 'recalc', { now: NOW }).plan);
    const codes = check(wb, { now: LATER }).findings.map((f) => f.code);
    expect(codes).toContain('methodology-inferred-unapproved');
    expect(codes).not.toContain('methodology-unapproved');
  });
});

