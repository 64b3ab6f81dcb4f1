/** Workbooks, bridges and helpers for the task pane tests, named by situation. */
import { RendererProvider, createDOMRenderer } from '@fluentui/react-components';
import { act, render, screen, waitFor } from '@testing-library/react';
import type { ActionOutcome, PanelRequest, PanelStatus } from '../../../core/actions';
import type { CellValue, WorkbookSnapshot } from '../../../core/workbook/snapshot';
import type { HostBridge } from '../../../ui/host-bridge';
import { createMemoryBridge } from '../../../ui/memory-bridge';
import type { MemoryBridge } from '../../../ui/memory-bridge';
import { ThemedPanel } from '../../../ui/mount-panel';
import { DEMO_NOW, demoWorkbook } from '../../../ui/demo/demo-register';

export const NOW = DEMO_NOW;
export const RECALC = 'Recalculate & check traceability';

/** The demo register: 13 risks with gaps, and an Assets sheet. */
export function demoBridge(): MemoryBridge {
  return createMemoryBridge(demoWorkbook(), { now: NOW });
}

/**
 * The demo register with six more risks from an old workshop, none reviewed since: one rule on
 * seven rows, each its own risk, which the panel shows as one card with a count.
 */
export function demoBridgeWithStaleReviews(): MemoryBridge {
  const wb = demoWorkbook();
  const sheet = wb.sheets[0]!;
  const width = sheet.values[3]!.length;
  const threats = ['Shadow IT', 'Weak passwords', 'Unpatched VPN', 'USB malware', 'Vendor breach', 'Misaddressed email'];
  const owners = ['Head of IT', 'CISO', 'Head of Platform', 'Head of IT', 'CFO', 'DPO'];
  const added: CellValue[][] = threats.map((threat, k) => {
    const row: CellValue[] = Array.from({ length: width }, () => null);
    row[0] = `R-${20 + k}`;
    row[2] = 'Workshop asset';
    row[3] = threat;
    row[5] = 2;
    row[6] = 2;
    row[7] = owners[k]!;
    row[8] = 'Accept';
    // Reviewed at the workshop, 500 days before the demo's today.
    row[14] = 46349 - 500;
    return row;
  });
  return createMemoryBridge({ ...wb, sheets: [{ ...sheet, values: [...sheet.values, ...added] }, ...wb.sheets.slice(1)] }, { now: NOW });
}

/** A workbook with nothing Riskbook recognises. */
export function emptyWorkbook(): WorkbookSnapshot {
  return { sheets: [{ name: 'Sheet1', values: [] }] };
}

/** The demo register plus a second register the team is drafting, in another layout. */
export function twoRegisters(): WorkbookSnapshot {
  const draft: CellValue[][] = [
    ['Draft register for 2027'],
    ['ID', 'Scenario', 'Consequence', 'Probability', 'Owner', 'Decision', 'Controls', 'Comments'],
    ['D-1', 'Cloud region outage', 4, 2, 'Head of Platform', 'Mitigate', '5.30, 8.14', 'Multi-region in 2027'],
    ['D-2', 'Contractor keeps access after leaving', 3, 3, 'Head of IT', 'Mitigate', '5.18', null],
  ];
  const base = demoWorkbook();
  return { sheets: [...base.sheets, { name: 'Draft 2027', values: draft }] };
}

/** Records every request; resolves them only when the test says so, to look at the pane mid-action. */
export interface GatedBridge extends HostBridge {
  readonly requests: PanelRequest[];
  release(): Promise<void>;
  readonly pending: number;
}

export function gated(inner: HostBridge): GatedBridge {
  const waiting: (() => void)[] = [];
  const requests: PanelRequest[] = [];
  return {
    host: inner.host,
    requests,
    get pending(): number {
      return waiting.length;
    },
    async request(request: PanelRequest): Promise<ActionOutcome> {
      requests.push(request);
      await new Promise<void>((resolve) => waiting.push(resolve));
      return inner.request(request);
    },
    selectCells: (sheet, cells) => inner.selectCells(sheet, cells),
    async release(): Promise<void> {
      await act(async () => {
        waiting.splice(0).forEach((r) => r());
        await new Promise((r) => setTimeout(r, 0));
      });
    },
  };
}

/** Rejects (the host itself failed) for requests of the given kinds, like a lost connection. */
export function failingFor(inner: HostBridge, kinds: readonly PanelRequest['kind'][], message: string): HostBridge & { fail: boolean } {
  const bridge = {
    host: inner.host,
    fail: true,
    request(request: PanelRequest): Promise<ActionOutcome> {
      if (bridge.fail && kinds.includes(request.kind)) return Promise.reject(new Error(message));
      return inner.request(request);
    },
    selectCells: (sheet: string, cells: readonly string[]) => inner.selectCells(sheet, cells),
  };
  return bridge;
}

/**
 * jsdom's getComputedStyle walks every CSS rule for every element, and Fluent's atomic CSS makes
 * hundreds: role queries then take seconds each. Tests keep only the rules that hide something,
 * which is all the accessibility tree needs; `allStyles` keeps everything (the width test).
 */
const lightRenderer = createDOMRenderer(document, { unstable_filterCSSRule: (rule) => /display:\s*none|visibility:\s*hidden/.test(rule) });

/** Renders the pane as a host would and waits for the first status to arrive. */
export async function renderPanel(bridge: HostBridge, options: { theme?: 'light' | 'dark'; allStyles?: boolean } = {}): Promise<ReturnType<typeof render>> {
  const pane = <ThemedPanel bridge={bridge} theme={options.theme ?? 'light'} />;
  const view = render(options.allStyles ? pane : <RendererProvider renderer={lightRenderer}>{pane}</RendererProvider>);
  await waitForIdle();
  return view;
}

/** Waits until no request is running. */
export async function waitForIdle(): Promise<void> {
  await waitFor(() => expect(document.querySelector('main[data-busy="false"]')).not.toBeNull(), { timeout: 15000 });
}

export function button(name: string | RegExp): HTMLElement {
  return screen.getByRole('button', { name });
}

export function isInert(el: HTMLElement): boolean {
  return el.getAttribute('aria-disabled') === 'true' || (el as HTMLButtonElement).disabled;
}

/** What the polite and the assertive live regions say. */
export function announced(): string {
  const polite = screen.getByTestId('live-polite').textContent ?? '';
  const urgent = screen.getByTestId('live-assertive').textContent ?? '';
  return `${polite}${urgent}`;
}

/** The text of every message bar on screen (results, problems, failures), in order. */
export function messageBars(): string[] {
  return Array.from(document.querySelectorAll('.fui-MessageBar')).map((el) => el.textContent ?? '');
}

/** Keeps every outcome the pane received, to compare what it shows with what it was sent. */
export function recording(inner: HostBridge): HostBridge & { outcomes: ActionOutcome[]; selections: { sheet: string; cells: readonly string[] }[] } {
  const outcomes: ActionOutcome[] = [];
  const selections: { sheet: string; cells: readonly string[] }[] = [];
  return {
    host: inner.host,
    outcomes,
    selections,
    async request(request: PanelRequest): Promise<ActionOutcome> {
      const outcome = await inner.request(request);
      outcomes.push(outcome);
      return outcome;
    },
    async selectCells(sheet: string, cells: readonly string[]): Promise<void> {
      selections.push({ sheet, cells });
      return inner.selectCells(sheet, cells);
    },
  };
}

/** The status of the last successful outcome. */
export function lastStatus(outcomes: readonly ActionOutcome[]): PanelStatus {
  for (let i = outcomes.length - 1; i >= 0; i--) {
    const o = outcomes[i]!;
    if (o.ok) return o.status;
  }
  throw new Error('no successful outcome yet');
}
