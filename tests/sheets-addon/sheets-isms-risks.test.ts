/**
 * Issue 15 item 8 through the Sheets add-on (the built Code.js on the fake SpreadsheetApp): R-22
 * marked an ISMS-level risk in a Risk type column the team adds in Sheets trades its
 * mitigate-without-controls for a to-do on its plan row, which the action typed there settles; the
 * empty Opportunities sheet is a note. As the engine does on the in-memory workbook
 * (tests/core/rules/isms-risk-on-the-example.test.ts).
 */
import type { ActionOutcome } from '../../core/actions';
import { R22_CONTROLS, actionForR22, markR22Isms, r22ActionCell } from '../core/rules/example-isms';
import { exampleAddon, fakeSnapshot, okOutcome, request, typeInSheets } from './sheets-test-kit';

const CODES = ['mitigate-without-controls', 'isms-risk-without-action', 'opportunities-none'];

function shown(outcome: ActionOutcome): string[] {
  return okOutcome(outcome).status.findings.filter((f) => CODES.includes(f.code)).map((f) => `${f.code} ${f.sheet}!${f.cell}`);
}

describe('an ISMS-level risk through the Sheets add-on', () => {
  it('is treated by the action its plan row names, with a to-do until then', async () => {
    const addon = await exampleAddon();
    expect(shown(request(addon, { kind: 'generate', action: 'recalc' }))).toEqual([`mitigate-without-controls Risk register!${R22_CONTROLS}`, 'opportunities-none Opportunities!A4']);
    typeInSheets(addon, markR22Isms(fakeSnapshot(addon)));
    expect(shown(request(addon, { kind: 'generate', action: 'recalc' }))).toEqual([`isms-risk-without-action Risk Treatment Plan!${r22ActionCell(fakeSnapshot(addon))}`, 'opportunities-none Opportunities!A4']);
    typeInSheets(addon, actionForR22(fakeSnapshot(addon)));
    expect(shown(request(addon, { kind: 'generate', action: 'recalc' }))).toEqual(['opportunities-none Opportunities!A4']);
  });
});
