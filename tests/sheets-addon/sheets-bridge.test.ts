/**
 * The sidebar's HostBridge over `google.script.run`: JSON text both ways, one fresh handler chain
 * per call, failures turned into rejections with a message to show.
 */
import type { ActionOutcome } from '../../core/actions';
import { MAX_SELECTED_RANGES } from '../../core/requests';
import type { ScriptRunner } from '../../sheets-addon/sidebar/sheets-bridge';
import { createSheetsBridge, pageScriptRunner } from '../../sheets-addon/sidebar/sheets-bridge';

type Server = { riskbookRequest(json: unknown): unknown; riskbookSelectCells(sheet: unknown, cell: unknown): unknown };

/** Answers later, as Apps Script does, through whichever handlers this chain was given. */
function runner(server: Server, log: unknown[][]): ScriptRunner {
  const make = (ok: ((v: unknown) => void) | null, fail: ((e: unknown) => void) | null): ScriptRunner => ({
    withSuccessHandler: (h) => make(h, fail),
    withFailureHandler: (h) => make(ok, h),
    riskbookRequest: (json) => {
      log.push(['riskbookRequest', json]);
      setTimeout(() => {
        try {
          ok?.(server.riskbookRequest(json));
        } catch (err) {
          fail?.(err);
        }
      }, 1);
    },
    riskbookSelectCells: (sheet, cell) => {
      log.push(['riskbookSelectCells', sheet, cell]);
      setTimeout(() => {
        try {
          ok?.(server.riskbookSelectCells(sheet, cell));
        } catch (err) {
          fail?.(err);
        }
      }, 1);
    },
  });
  return make(null, null);
}

const OUTCOME: ActionOutcome = { ok: false, message: 'No risk register found.' };

describe('the Sheets bridge', () => {
  it('sends the request as JSON text and resolves with the parsed outcome', async () => {
    const log: unknown[][] = [];
    const bridge = createSheetsBridge(() => runner({ riskbookRequest: () => JSON.stringify(OUTCOME), riskbookSelectCells: () => null }, log));
    expect(bridge.host).toBe('sheets');
    await expect(bridge.request({ kind: 'generate', action: 'recalc' })).resolves.toEqual(OUTCOME);
    expect(log).toEqual([['riskbookRequest', '{"kind":"generate","action":"recalc"}']]);
  });

  it('keeps concurrent calls apart', async () => {
    const log: unknown[][] = [];
    const bridge = createSheetsBridge(() =>
      runner({ riskbookRequest: (json) => JSON.stringify({ ok: false, message: String(json) }), riskbookSelectCells: () => null }, log),
    );
    const [a, b] = await Promise.all([bridge.request({ kind: 'status' }), bridge.request({ kind: 'previewSheet', sheet: 'X' })]);
    expect(a).toEqual({ ok: false, message: '{"kind":"status"}' });
    expect(b).toEqual({ ok: false, message: '{"kind":"previewSheet","sheet":"X"}' });
  });

  it('turns a server failure into a rejection with its message', async () => {
    const bridge = createSheetsBridge(() =>
      runner(
        {
          riskbookRequest: () => {
            throw new Error('Another Riskbook action is still running on this spreadsheet.');
          },
          riskbookSelectCells: () => {
            throw { message: 'There is no sheet named "Gone" any more.' };
          },
        },
        [],
      ),
    );
    await expect(bridge.request({ kind: 'status' })).rejects.toThrow('Another Riskbook action is still running');
    await expect(bridge.selectCells('Gone', ['A1'])).rejects.toThrow('There is no sheet named "Gone" any more.');
  });

  it('sends the ranges to select as one string, at most as many as the server takes', async () => {
    const log: unknown[][] = [];
    const bridge = createSheetsBridge(() => runner({ riskbookRequest: () => null, riskbookSelectCells: () => null }, log));
    await bridge.selectCells('Risk Treatment Plan', ['I5:I74', 'I80']);
    const many = Array.from({ length: MAX_SELECTED_RANGES + 5 }, (_, i) => `D${2 * i + 6}`);
    await bridge.selectCells('Statement of Applicability', many);
    expect(log).toEqual([
      ['riskbookSelectCells', 'Risk Treatment Plan', 'I5:I74,I80'],
      ['riskbookSelectCells', 'Statement of Applicability', many.slice(0, MAX_SELECTED_RANGES).join(',')],
    ]);
  });

  it('says so when the page is not inside Google Sheets', async () => {
    expect(pageScriptRunner({})).toBeNull();
    await expect(createSheetsBridge(() => null).request({ kind: 'status' })).rejects.toThrow(/not running inside Google Sheets/);
  });
});
