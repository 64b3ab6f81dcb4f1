/**
 * The ribbon's function file (excel-addin/commands.ts): it registers the function manifest.xml
 * names, runs the same request as the pane's "Recalculate & check traceability", shows the Checks
 * sheet when that worked and a dialog with the reason when it did not, and always completes the
 * event Office is waiting for. Office itself is a small stub here; the Excel side is mocked.
 */
import type { ActionOutcome, PanelRequest } from '../../core/actions';
import type { RunOptions } from '../../excel-addin/excel-run-request';
// Types only: loading the module for real runs its Office.actions.associate call (loadCommands).
import type * as Commands from '../../excel-addin/commands';

const runRequest = jest.fn<Promise<ActionOutcome>, [PanelRequest, RunOptions?]>();
const selectCells = jest.fn<Promise<void>, [string, readonly string[]]>();
const startCoreWorker = jest.fn(() => ({ postMessage: jest.fn(), onmessage: null, onerror: null }));

jest.mock('../../excel-addin/excel-run-request', () => ({ runRequest: (r: PanelRequest, o?: RunOptions) => runRequest(r, o) }));
jest.mock('../../excel-addin/core-worker-start', () => ({ startCoreWorker: () => startCoreWorker() }));
jest.mock('../../excel-addin/excel-bridge', () => ({
  createExcelBridge: () => ({ host: 'excel', request: runRequest, selectCells: (s: string, c: readonly string[]) => selectCells(s, c) }),
}));

type Handler = (arg?: unknown) => void;

interface Dialog {
  url: string;
  handlers: Map<string, Handler>;
  close: jest.Mock;
}

function installOffice(options: { dialogs?: boolean } = {}) {
  const associated = new Map<string, (event: Office.AddinCommands.Event) => Promise<void>>();
  const dialogs: Dialog[] = [];
  const office = {
    onReady: jest.fn(() => Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' })),
    actions: { associate: jest.fn((name: string, fn: (event: Office.AddinCommands.Event) => Promise<void>) => associated.set(name, fn)) },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
    context: {
      requirements: { isSetSupported: (name: string) => name === 'DialogApi' && options.dialogs !== false },
      ui: {
        displayDialogAsync: jest.fn((url: string, _options: unknown, callback: (result: unknown) => void) => {
          const dialog: Dialog = { url, handlers: new Map(), close: jest.fn() };
          dialogs.push(dialog);
          callback({ status: 'succeeded', value: { addEventHandler: (type: string, h: Handler) => dialog.handlers.set(type, h), close: dialog.close } });
        }),
      },
    },
  };
  (globalThis as unknown as { Office: unknown }).Office = office;
  (globalThis as unknown as { window: unknown }).window = { location: { href: 'https://localhost:3000/commands.html' } };
  (globalThis as unknown as { Worker: unknown }).Worker = function Worker() {};
  return { office, associated, dialogs };
}

function loadCommands(): typeof Commands {
  let loaded: typeof Commands | undefined;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    loaded = require('../../excel-addin/commands') as typeof Commands;
  });
  return loaded!;
}

function commandEvent(): Office.AddinCommands.Event & { completed: jest.Mock } {
  return { completed: jest.fn(), source: { id: 'Riskbook.RecalcButton' } } as unknown as Office.AddinCommands.Event & { completed: jest.Mock };
}

/** Lets the command's promise chain run up to the dialog. */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

const OK: ActionOutcome = { ok: true, title: 'Recalculated and checked traceability', changes: [], status: { sheets: { checks: 'Riskbook Checks' } } as never };

afterEach(() => {
  runRequest.mockReset();
  selectCells.mockReset();
  startCoreWorker.mockClear();
  delete (globalThis as { Office?: unknown }).Office;
  delete (globalThis as { window?: unknown }).window;
  delete (globalThis as { Worker?: unknown }).Worker;
});

describe('the ribbon command "Recalculate & check"', () => {
  it('registers the function manifest.xml names, when the file loads', () => {
    const { associated } = installOffice();
    const commands = loadCommands();
    expect(commands.RECALCULATE).toBe('recalculate');
    expect([...associated.keys()]).toEqual(['recalculate']);
    expect(associated.get('recalculate')).toBe(commands.recalculate);
  });

  it('recalculates, shows the Checks sheet and completes the event', async () => {
    const { dialogs } = installOffice();
    const { recalculate } = loadCommands();
    runRequest.mockResolvedValue(OK);
    selectCells.mockResolvedValue();
    const event = commandEvent();
    await recalculate(event);
    expect(runRequest).toHaveBeenCalledWith({ kind: 'generate', action: 'recalc' }, { respond: expect.any(Function) });
    // The engine runs in a Web Worker the function file starts, as the pane's does.
    expect(startCoreWorker).toHaveBeenCalledTimes(1);
    // Riskbook's Checks sheet by the name it has in this workbook (a team may keep a "Checks" of its own).
    expect(selectCells).toHaveBeenCalledWith('Riskbook Checks', ['A1']);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(dialogs).toEqual([]);
  });

  it('still completes quietly when Excel will not show the Checks sheet: the work is done', async () => {
    const { dialogs } = installOffice();
    const { recalculate } = loadCommands();
    runRequest.mockResolvedValue(OK);
    selectCells.mockRejectedValue(new Error('The sheet may be hidden.'));
    const event = commandEvent();
    await recalculate(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(dialogs).toEqual([]);
  });

  it('says why in a dialog when there is nothing to recalculate, and completes once it is closed', async () => {
    const { dialogs } = installOffice();
    const { recalculate } = loadCommands();
    runRequest.mockResolvedValue({ ok: false, message: 'No risk register found.', problems: ['one', 'two'] });
    const event = commandEvent();
    const running = recalculate(event);
    await settle();
    expect(dialogs).toHaveLength(1);
    const url = new URL(dialogs[0]!.url);
    expect(url.origin + url.pathname).toBe('https://localhost:3000/notice.html');
    expect(url.searchParams.get('title')).toBe('Riskbook could not recalculate');
    expect(url.searchParams.get('message')).toBe('No risk register found.');
    expect(url.searchParams.getAll('line')).toEqual(['one', 'two']);
    expect(event.completed).not.toHaveBeenCalled();

    dialogs[0]!.handlers.get('dialogMessageReceived')!({ message: 'close' });
    await running;
    expect(dialogs[0]!.close).toHaveBeenCalled();
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(selectCells).not.toHaveBeenCalled();
  });

  it('shows the host error when Excel fails, and completes when the person closes the dialog with its X', async () => {
    const { dialogs } = installOffice();
    const { recalculate } = loadCommands();
    runRequest.mockRejectedValue(new Error('Excel is busy. Nothing was changed.'));
    const event = commandEvent();
    const running = recalculate(event);
    await settle();
    expect(new URL(dialogs[0]!.url).searchParams.get('message')).toBe('Excel is busy. Nothing was changed.');
    dialogs[0]!.handlers.get('dialogEventReceived')!({ error: 12006 });
    await running;
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('completes at once where Office has no dialogs', async () => {
    installOffice({ dialogs: false });
    const { recalculate } = loadCommands();
    runRequest.mockResolvedValue({ ok: false, message: 'No risk register found.' });
    const event = commandEvent();
    await recalculate(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});
