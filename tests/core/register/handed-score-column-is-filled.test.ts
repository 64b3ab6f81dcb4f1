/**
 * A column a person hands to Riskbook in the mapping (the add-in's "Save mapping", recorded as
 * set by `person`) is Riskbook's like a column it appended: formulas fill its empty cells and the
 * cells holding Riskbook's formula; what was typed elsewhere stays and is reported as typed over.
 */
import { levelFormula, scoreFormula } from '../../../core/formula/register-formulas';
import { headerTexts } from '../../../core/register/header-row';
import { locateRegister } from '../../../core/register/locate-register';
import { applyMappingOverride, readSettings, settingsSheetPlan } from '../../../core/register/settings-sheet';
import { MemoryWorkbook } from '../../../core/workbook/memory-workbook';
import { SHEETS } from '../../../core/workbook/names';
import type { CellValue, WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { findSheet } from '../../../core/workbook/snapshot';
import { sheet, workbook } from './fixtures';
import { L_PLUS_I, at, recalc, styledRanges } from './recalc-register';

const REGISTER = 'Risks';

/** A team that kept a Score column for Riskbook to fill: one score typed, two left blank. */
function registerWithEmptyScores(): WorkbookSnapshot {
  const rows: CellValue[][] = [
    ['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Owner', 'Score', 'Level'],
    ['R1', 'Phishing', 3, 4, 'CISO', null, null],
    ['R2', 'Flood', 1, 5, 'COO', 9, null],
    ['R3', 'Fraud', 2, 2, 'CFO', null, null],
  ];
  return workbook(sheet(REGISTER, rows));
}

/** What "Save mapping" does first: lay the person's choice over the mapping and record it. */
function handOver(before: WorkbookSnapshot, override: Record<string, string>): WorkbookSnapshot {
  const location = locateRegister(before, { saved: readSettings(before) }).location!;
  const headers = headerTexts(findSheet(before, location.sheet)!, location.headerRow);
  const applied = applyMappingOverride(location, override, headers);
  expect(applied.unresolved).toEqual([]);
  const wb = MemoryWorkbook.fromSnapshot(before);
  wb.apply({ sheets: [settingsSheetPlan(applied.location, headers, findSheet(before, SHEETS.settings))], names: [] });
  return wb.snapshot();
}

describe('Score and Level columns a person handed to Riskbook', () => {
  const handed = handOver(registerWithEmptyScores(), { inherentScore: 'Score', inherentLevel: 'G' });
  const first = recalc(handed, L_PLUS_I);
  const reg = findSheet(first.after, REGISTER)!;

  it('are recorded as set by the person', () => {
    const saved = readSettings(handed)!;
    expect(saved.fields.inherentScore).toEqual({ header: 'Score', column: 5, setBy: 'person' });
    expect(saved.fields.inherentLevel).toEqual({ header: 'Level', column: 6, setBy: 'person' });
    expect(saved.team).toBeUndefined();
  });

  it('get Riskbook\'s formulas in their empty cells, the level built on the handed score', () => {
    expect(at(reg, 'F2').formula).toBe(scoreFormula('C2', ['D2']));
    expect(at(reg, 'F4').formula).toBe(scoreFormula('C4', ['D4']));
    expect(at(reg, 'G2').formula).toBe(levelFormula('F2'));
    expect(at(reg, 'G3').formula).toBe(levelFormula('F3'));
  });

  it('keep what was typed, and report it as typed over', () => {
    expect(at(reg, 'F3')).toEqual({ value: 9, formula: null });
    expect(first.findings.filter((f) => f.code === 'risk-score-typed-over').map((f) => [f.cell, f.message])).toEqual([
      ['F3', 'Risk R2: Inherent score holds "9" instead of the methodology formula (which gives 6).'],
    ]);
    expect(first.findings.some((f) => f.code.includes('team'))).toBe(false);
  });

  it('are formatted and coloured as Riskbook\'s own, and no second score or level column is appended', () => {
    expect(styledRanges(first.plan)).toEqual(expect.arrayContaining(['F2', 'F4', 'G2:G204']));
    expect(reg.values[0]).not.toContain('Inherent score');
    expect(reg.values[0]).not.toContain('Inherent level');
    expect(first.location.teamColumns).toBeUndefined();
  });

  it('stay handed on the next run, which changes nothing', () => {
    const second = recalc(first.after, L_PLUS_I);
    expect(readSettings(second.after)!.fields.inherentScore).toEqual({ header: 'Score', column: 5, setBy: 'person' });
    expect(second.plan.writes).toEqual([]);
    expect(second.after).toEqual(first.after);
  });
});

describe('a team\'s Score column handed over after Riskbook had appended its own', () => {
  it('becomes Riskbook\'s: its blank cells are filled and it is no longer compared as the team\'s', () => {
    const once = recalc(registerWithEmptyScores(), L_PLUS_I);
    expect(once.location.teamColumns).toEqual({ inherentScore: 5, inherentLevel: 6 });
    expect(at(findSheet(once.after, REGISTER)!, 'F2')).toEqual({ value: null, formula: null });

    const handed = recalc(handOver(once.after, { inherentScore: 'F' }), L_PLUS_I);
    expect(handed.location.mapping.inherentScore).toBe(5);
    expect(handed.location.teamColumns).toEqual({ inherentLevel: 6 });
    expect(at(findSheet(handed.after, REGISTER)!, 'F2').formula).toBe(scoreFormula('C2', ['D2']));
    const ownLevel = handed.location.mapping.inherentLevel!;
    expect(at(findSheet(handed.after, REGISTER)!, `${String.fromCharCode(65 + ownLevel)}2`).formula).toBe(levelFormula('F2'));
  });
});
