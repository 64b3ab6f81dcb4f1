/**
 * A run stopped between the two renames of a swap (the old sheet already aside, the new one not
 * yet under its name): Excel on the web losing its connection, Apps Script hitting its time limit.
 * The workbook then has no "Statement of Applicability", only the old one under a temporary name
 * and a half-built one. The next run must put the old one back, with what the CISO typed on it,
 * and finish as if nothing had happened; rebuilding the SoA blank would lose that text.
 */
import { SHEETS } from '../../core/workbook/names';
import { createFakeWorkbook, readFakeWorkbook } from '../support/fake-excel';
import { generateRegister } from '../support/register-generator';
import { runHost, withFakeExcel } from '../excel/support/excel-harness';
import { exampleAddon, okOutcome, request } from '../sheets-addon/sheets-test-kit';

const RECALC = { kind: 'generate', action: 'recalc' } as const;
const TYPED = 'Typed by the CISO';

describe('a swap stopped between its two renames', () => {
  it('Excel: the next run puts the old SoA back under its name, keeps what was typed on it, and removes the temporary sheets', async () => {
    const { snapshot } = generateRegister({ risks: 12, seed: 6 });
    await withFakeExcel(createFakeWorkbook(snapshot), async (office) => {
      expect((await runHost(office, RECALC)).outcome.ok).toBe(true);
      const wb = office.workbook;
      wb.sheet(SHEETS.soa)!.ensure(7, 5).value = TYPED;
      // As the last request left it: the SoA renamed aside (names followed it), the new one unnamed.
      wb.sheet(SHEETS.soa)!.name = 'Riskbook previous 5';
      wb.rewriteReferences(SHEETS.soa, 'Riskbook previous 5');
      wb.addSheet('Riskbook build 7').ensure(0, 0).value = 'half-built';

      const r = await runHost(office, RECALC);
      expect(r.outcome.ok).toBe(true);
      const names = readFakeWorkbook(wb).sheets.map((s) => s.name);
      expect(names.filter((n) => /^Riskbook (build|previous) /.test(n))).toEqual([]);
      expect(names).toContain(SHEETS.soa);
      expect(wb.sheet(SHEETS.soa)!.at('F8')?.value).toBe(TYPED);
      expect([...wb.names.values()].map((n) => n.formula).filter((f) => f.includes('Riskbook previous'))).toEqual([]);
    });
  });

  it('Excel: Riskbook\'s SoA kept beside a team\'s own "Statement of Applicability" goes back under its own name, the team\'s untouched', async () => {
    const { snapshot } = generateRegister({ risks: 12, seed: 6 });
    // A cover page under Riskbook's name, not an SoA Riskbook would adopt and use instead of its own.
    const teamSoa = { name: SHEETS.soa, values: [['Our SoA lives in the GRC tool'], ['Owner', 'CISO'], ['Link', 'https://grc.example.com/soa']] };
    await withFakeExcel(createFakeWorkbook({ ...snapshot, sheets: [...snapshot.sheets, teamSoa] }), async (office) => {
      expect((await runHost(office, RECALC)).outcome.ok).toBe(true);
      const wb = office.workbook;
      const ours = 'Riskbook SoA';
      wb.sheet(ours)!.ensure(7, 5).value = TYPED;
      // Kept under its "Riskbook …" name, it steps aside as K + 50 (the SoA is K = 5).
      wb.sheet(ours)!.name = 'Riskbook previous 55';
      wb.rewriteReferences(ours, 'Riskbook previous 55');
      wb.addSheet('Riskbook build 7').ensure(0, 0).value = 'half-built';

      expect((await runHost(office, RECALC)).outcome.ok).toBe(true);
      const names = readFakeWorkbook(wb).sheets.map((s) => s.name);
      expect(names.filter((n) => /^Riskbook (build|previous) /.test(n))).toEqual([]);
      expect(wb.sheet(ours)!.at('F8')?.value).toBe(TYPED);
      const team = readFakeWorkbook(wb).sheets.find((s) => s.name === SHEETS.soa)!;
      // The fake reads a rectangle; the team's cells are what counts.
      expect(team.values.map((row) => row.filter((v) => v !== null))).toEqual(teamSoa.values);
    });
  });

  it('Sheets: the next run puts the old SoA back under its name, keeps what was typed on it, and removes the temporary sheets', async () => {
    const addon = await exampleAddon();
    okOutcome(request(addon, RECALC));
    const model = addon.google.model;
    const soa = model.find(SHEETS.soa)!;
    soa.setCell(7, 5, { v: TYPED, f: null });
    soa.name = `~riskbook-build 4 old ${SHEETS.soa}`;
    model.newSheet(`~riskbook-build 4 ${SHEETS.soa}`).setCell(0, 0, { v: 'half-built', f: null });

    okOutcome(request(addon, RECALC));
    const names = model.sheets.map((s) => s.name);
    expect(names.filter((n) => n.startsWith('~riskbook-build'))).toEqual([]);
    expect(model.find(SHEETS.soa)?.cell(7, 5)?.v).toBe(TYPED);
  });
});
