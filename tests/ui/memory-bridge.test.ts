import { SHEETS } from '../../core/workbook/names';
import { createMemoryBridge } from '../../ui/memory-bridge';
import { DEMO_NOW, DEMO_SHEET, demoWorkbook } from '../../ui/demo/demo-register';

describe('the memory bridge', () => {
  it('applies each plan to its workbook and leaves the snapshot it was given alone', async () => {
    const snapshot = demoWorkbook();
    const bridge = createMemoryBridge(snapshot, { now: DEMO_NOW });
    expect(bridge.host).toBe('memory');
    const status = await bridge.request({ kind: 'status' });
    expect(status.ok && status.status.register?.risks).toBe(13);
    expect(bridge.workbook().sheets.map((s) => s.name)).toEqual([DEMO_SHEET, 'Assets']);

    const recalc = await bridge.request({ kind: 'generate', action: 'recalc' });
    expect(recalc.ok).toBe(true);
    expect(bridge.workbook().sheets.map((s) => s.name)).toEqual(expect.arrayContaining([SHEETS.soa, SHEETS.rtp, SHEETS.checks, SHEETS.methodology]));
    expect(snapshot.sheets.map((s) => s.name)).toEqual([DEMO_SHEET, 'Assets']);
  });

  it('hands back plain JSON, as google.script.run and postMessage would', async () => {
    const bridge = createMemoryBridge(demoWorkbook(), { now: DEMO_NOW });
    const outcome = await bridge.request({ kind: 'generate', action: 'soa' });
    expect(JSON.parse(JSON.stringify(outcome))).toEqual(outcome);
  });

  it('answers a problem a person can fix as ok false, not as a rejection', async () => {
    const bridge = createMemoryBridge({ sheets: [{ name: 'Sheet1', values: [] }] }, { now: DEMO_NOW });
    const outcome = await bridge.request({ kind: 'generate', action: 'recalc' });
    expect(outcome.ok).toBe(false);
  });

  it('selects cells on sheets that exist and rejects others', async () => {
    const bridge = createMemoryBridge(demoWorkbook(), { now: DEMO_NOW });
    expect(bridge.selected()).toBeNull();
    await bridge.selectCells('risk register', ['H12']);
    expect(bridge.selected()).toEqual({ sheet: DEMO_SHEET, cells: ['H12'] });
    await bridge.selectCells(DEMO_SHEET, ['H12:H14', 'H20']);
    expect(bridge.selected()).toEqual({ sheet: DEMO_SHEET, cells: ['H12:H14', 'H20'] });
    await expect(bridge.selectCells(SHEETS.soa, ['A1'])).rejects.toThrow(`there is no sheet named "${SHEETS.soa}" yet`);
    await expect(bridge.selectCells(DEMO_SHEET, ['H12', 'nowhere'])).rejects.toThrow('"H12,nowhere" is not a list of cells');
  });

  it('waits the delay it was given before answering', async () => {
    const bridge = createMemoryBridge(demoWorkbook(), { now: DEMO_NOW, delayMs: 60 });
    const started = Date.now();
    await bridge.request({ kind: 'status' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(50);
  });
});
