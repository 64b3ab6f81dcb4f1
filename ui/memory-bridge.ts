/**
 * A host that keeps the workbook in memory: the core's `respond` plans each request and
 * `MemoryWorkbook` applies the plan, exactly as the contract says a real host must. For tests,
 * the demo page and screenshots. Outcomes go through JSON, as they would through
 * `google.script.run` or `postMessage`, so the pane never relies on anything else.
 */
import type { ActionOutcome, PanelRequest } from '../core/actions';
import { respond } from '../core/actions';
import { parseRequest } from '../core/request-schema';
import { MAX_SELECTED_RANGES } from '../core/requests';
import { parseRange } from '../core/workbook/a1';
import { MemoryWorkbook } from '../core/workbook/memory-workbook';
import type { WorkbookSnapshot } from '../core/workbook/snapshot';
import { findSheet } from '../core/workbook/snapshot';
import type { HostBridge } from './host-bridge';

export interface MemoryBridgeOptions {
  /** ISO date-time every request runs at; the real clock when absent. */
  readonly now?: string;
  /** Simulated host latency per request, so progress can be seen. */
  readonly delayMs?: number;
}

export interface MemoryBridge extends HostBridge {
  /** The workbook as it stands after every request so far. */
  workbook(): WorkbookSnapshot;
  /** What the last `selectCells` selected. */
  selected(): { sheet: string; cells: readonly string[] } | null;
}

function wait(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

export function createMemoryBridge(snapshot: WorkbookSnapshot, options: MemoryBridgeOptions = {}): MemoryBridge {
  let current: WorkbookSnapshot = MemoryWorkbook.fromSnapshot(snapshot).snapshot();
  let selection: { sheet: string; cells: readonly string[] } | null = null;
  const delay = options.delayMs ?? 0;

  return {
    host: 'memory',

    async request(request: PanelRequest): Promise<ActionOutcome> {
      await wait(delay);
      // Checked as the Sheets and Excel hosts check it: a request they would refuse fails here too.
      const parsed = parseRequest(request);
      if (!parsed.ok) throw new Error(parsed.message);
      const { plan, outcome } = respond(current, parsed.request, { now: options.now ?? new Date().toISOString(), generator: 'Riskbook (memory)' });
      if (plan) {
        const wb = MemoryWorkbook.fromSnapshot(current);
        wb.apply(plan);
        current = wb.snapshot();
      }
      return JSON.parse(JSON.stringify(outcome)) as ActionOutcome;
    },

    async selectCells(sheet: string, cells: readonly string[]): Promise<void> {
      await wait(Math.min(delay, 50));
      const found = findSheet(current, sheet);
      // A finding can point at a sheet that is not generated yet (e.g. "no SoA sheet").
      if (!found) throw new Error(`there is no sheet named "${sheet}" yet`);
      if (cells.length === 0 || !cells.every((c) => parseRange(c))) throw new Error(`"${cells.join(',')}" is not a list of cells`);
      selection = { sheet: found.name, cells: cells.slice(0, MAX_SELECTED_RANGES) };
    },

    workbook: () => current,
    selected: () => selection,
  };
}
