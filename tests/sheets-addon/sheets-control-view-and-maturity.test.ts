/**
 * Issue 15's control view and stated maturity through the Sheets add-on (the built Code.js on the
 * fake SpreadsheetApp): the example recalculated in Sheets, then the team works on 8.16 in the plan
 * and the SoA; the Control view, filtered to 8.16, shows all of it without another run (its names
 * reach the rebuilt RTP and SoA in Sheets), and the Maturity sheet states the level and the
 * criteria the engine finds, as on the in-memory workbook.
 */
import { maturityOf } from '../../core/engine';
import { CONTROL, EVERYTHING_ABOUT_816, assessedCriteria, everythingAbout, statedCriteria, statedLevel, workOn816 } from '../core/outputs/example-control-view';
import { NOW, exampleAddon, fakeSnapshot, okOutcome, request, typeInSheets } from './sheets-test-kit';

describe('the Control view and the Maturity sheet, through the Sheets add-on', () => {
  it('shows everything about 8.16 as the team types it, and states the level the engine finds', async () => {
    const addon = await exampleAddon();
    okOutcome(request(addon, { kind: 'generate', action: 'recalc' }));
    const after = fakeSnapshot(addon);
    expect(statedLevel(after)).toBe('1 · Initial');
    expect(statedCriteria(after)).toEqual(assessedCriteria(maturityOf(after, { now: NOW })!));

    typeInSheets(addon, workOn816(after));
    expect(everythingAbout(fakeSnapshot(addon), CONTROL)).toEqual(EVERYTHING_ABOUT_816);

    // Another run rebuilds the RTP and the SoA in Sheets: the view still reads them through its names.
    okOutcome(request(addon, { kind: 'generate', action: 'recalc' }));
    expect(everythingAbout(fakeSnapshot(addon), CONTROL)).toEqual(EVERYTHING_ABOUT_816);
  });
});
