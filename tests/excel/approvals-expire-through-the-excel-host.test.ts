/**
 * Issue 15's Done-when through the Excel host on the fake Excel: the example recalculated, R-31's
 * acceptance and the SoA approved in Excel, then R-31 re-rated and 5.1 excluded: the next
 * recalculation reports R-31's approval stale and the SoA changed since its approved version, as
 * the engine does on the in-memory workbook (tests/core/trail).
 */
import { readFakeWorkbook } from '../support/fake-excel';
import { R31, R31_STALE, SOA, SOA_51_CHANGED, approveR31AndTheSoa, besideLabel, changeR31AndExclude51, soaCell } from '../core/trail/example-approvals';
import { findingsOf, runHost, typeInExcel, withFakeExcel } from './support/excel-harness';
import { exampleSnapshot } from '../support/example-register';


describe('approvals that expire, through the Excel host', () => {
  it('reports R-31\'s approval stale and the SoA changed since version 1.0, with 5.1 listed', async () => {
    await withFakeExcel(await exampleSnapshot(), async (office) => {
      await runHost(office, { kind: 'generate', action: 'recalc' });
      await typeInExcel(approveR31AndTheSoa(readFakeWorkbook(office.workbook)));
      const approved = await runHost(office, { kind: 'generate', action: 'recalc' });
      expect(findingsOf(approved.outcome).filter((f) => f.code === 'approval-stale' || f.code === 'soa-changed-since-approval')).toEqual([]);

      await typeInExcel(changeR31AndExclude51(readFakeWorkbook(office.workbook)));
      const changed = await runHost(office, { kind: 'generate', action: 'recalc' });
      const findings = findingsOf(changed.outcome);
      expect(findings.filter((f) => f.code === 'approval-stale')).toEqual([
        expect.objectContaining({ sheet: 'Risk register', cell: R31.approvedBy, message: R31_STALE }),
      ]);
      const [soaChanged] = findings.filter((f) => f.code === 'soa-changed-since-approval');
      expect(soaChanged?.message).toMatch(SOA_51_CHANGED);
      const after = readFakeWorkbook(office.workbook);
      expect(soaChanged?.cells).toEqual(expect.arrayContaining([soaCell(after, '5.1', 'Applicable')]));
      expect(soaChanged?.cell).toBe(besideLabel(after, SOA, 'Approved on'));
      // The trail is Riskbook's hidden sheet in Excel too.
      expect(after.sheets.find((s) => s.name === 'Riskbook trail')?.hidden).toBe(true);
    });
  });
});
