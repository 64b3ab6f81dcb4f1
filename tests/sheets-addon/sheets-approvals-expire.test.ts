/**
 * Issue 15's Done-when through the Sheets add-on (the built Code.js on the fake SpreadsheetApp):
 * the example recalculated, R-31's acceptance and the SoA approved in Sheets, then R-31 re-rated
 * and 5.1 excluded: the next recalculation reports R-31's approval stale and the SoA changed since
 * its approved version, as the engine does on the in-memory workbook (tests/core/trail).
 */
import type { ActionOutcome } from '../../core/actions';
import { R31, R31_STALE, SOA, SOA_51_CHANGED, approveR31AndTheSoa, besideLabel, changeR31AndExclude51, soaCell } from '../core/trail/example-approvals';
import { exampleAddon, fakeSnapshot, okOutcome, request, typeInSheets } from './sheets-test-kit';

function findings(outcome: ActionOutcome) {
  return okOutcome(outcome).status.findings;
}

describe('approvals that expire, through the Sheets add-on', () => {
  it('reports R-31\'s approval stale and the SoA changed since version 1.0, with 5.1 listed', async () => {
    const addon = await exampleAddon();
    addon.call('riskbookMenuRecalculate');
    typeInSheets(addon, approveR31AndTheSoa(fakeSnapshot(addon)));
    const approved = findings(request(addon, { kind: 'generate', action: 'recalc' }));
    expect(approved.filter((f) => f.code === 'approval-stale' || f.code === 'soa-changed-since-approval')).toEqual([]);

    typeInSheets(addon, changeR31AndExclude51(fakeSnapshot(addon)));
    const changed = findings(request(addon, { kind: 'generate', action: 'recalc' }));
    expect(changed.filter((f) => f.code === 'approval-stale')).toEqual([
      expect.objectContaining({ sheet: 'Risk register', cell: R31.approvedBy, message: R31_STALE }),
    ]);
    const [soaChanged] = changed.filter((f) => f.code === 'soa-changed-since-approval');
    expect(soaChanged?.message).toMatch(SOA_51_CHANGED);
    const after = fakeSnapshot(addon);
    expect(soaChanged?.cell).toBe(besideLabel(after, SOA, 'Approved on'));
    expect(soaChanged?.cells).toEqual(expect.arrayContaining([soaCell(after, '5.1', 'Applicable')]));
    expect(addon.google.model.find('Riskbook trail')?.hidden).toBe(true);
  });
});
