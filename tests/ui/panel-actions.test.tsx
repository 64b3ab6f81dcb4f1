/** @jest-environment jsdom */
import './support/dom-setup';
import { act, screen, waitFor, within } from '@testing-library/react';
import type { ActionOutcome, PanelRequest } from '../../core/actions';
import { ruleDefinition } from '../../core/findings/catalogue';
import { SHEETS } from '../../core/workbook/names';
import type { HostBridge } from '../../ui/host-bridge';
import { createMemoryBridge } from '../../ui/memory-bridge';
import {
  RECALC,
  announced,
  button,
  NOW,
  demoBridge,
  demoBridgeWithStaleReviews,
  emptyWorkbook,
  failingFor,
  gated,
  isInert,
  lastStatus,
  messageBars,
  recording,
  renderPanel,
  waitForIdle,
} from './support/panel-fixtures';

const ACTIONS = [RECALC, 'Generate SoA', 'Generate RTP', 'Build heatmap'];

async function click(el: HTMLElement): Promise<void> {
  await act(async () => el.click());
}

/** Text as a regular expression that matches it literally. */
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('Recalculate & check traceability', () => {
  it('keeps every action inert and says so while it runs, then creates the generated sheets', async () => {
    const memory = demoBridge();
    const bridge = gated(memory);
    const rendering = renderPanel(bridge);
    await waitFor(() => expect(bridge.pending).toBe(1));
    await bridge.release();
    await rendering;

    await click(button(RECALC));
    expect(bridge.requests.at(-1)).toEqual<PanelRequest>({ kind: 'generate', action: 'recalc' });
    for (const name of ACTIONS) expect(isInert(button(name))).toBe(true);
    expect(screen.getByRole('progressbar')).toBeTruthy();
    expect(announced()).toBe('Recalculating and checking traceability…');
    // A second press while it runs starts nothing.
    await click(button(RECALC));
    expect(bridge.requests).toHaveLength(2);

    await bridge.release();
    await waitForIdle();
    for (const name of ACTIONS) expect(isInert(button(name))).toBe(false);
    const names = memory.workbook().sheets.map((s) => s.name);
    for (const sheet of [SHEETS.methodology, SHEETS.rtp, SHEETS.soa, SHEETS.heatmap, SHEETS.checks]) expect(names).toContain(sheet);
    expect(messageBars()).toEqual([expect.stringContaining('Recalculated and checked traceability')]);
    expect(announced()).toMatch(/^Recalculated and checked traceability\. \d+ errors? and \d+ warnings? to look at\.$/);
    const sheets = within(screen.getByRole('list', { name: 'Sheets' }));
    expect(sheets.getAllByRole('listitem').every((li) => li.textContent?.endsWith(', in the workbook'))).toBe(true);
  });

  it('leads with the to-do list and the errors, and folds warnings and notes under their headings', async () => {
    const bridge = recording(demoBridgeWithStaleReviews());
    await renderPanel(bridge);
    await click(button(RECALC));
    await waitForIdle();
    const status = lastStatus(bridge.outcomes);
    const todos = status.findings.filter((f) => f.todo !== undefined);
    const count = (severity: string): number => status.findings.filter((f) => f.severity === severity && f.todo === undefined).length;
    expect(todos.length).toBeGreaterThan(0);

    const findings = within(screen.getByRole('region', { name: 'Findings' }));
    const { errors, warnings, infos } = status.summary;
    const n = (k: number, word: string): string => `${k} ${word}${k === 1 ? '' : 's'}`;
    expect(findings.getByText(`${n(errors, 'error')}, ${n(warnings, 'warning')}, ${n(infos, 'note')}; ${todos.length} of them to do`)).toBeTruthy();
    const headings = findings.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual([`To do (${todos.length})`, `Errors (${count('error')})`, `Warnings (${count('warning')})`, ...(count('info') > 0 ? [`Notes (${count('info')})`] : [])]);
    // Each to-do is one line: what to fill in, how many, where. With errors below, the first three
    // lines show and the rest wait behind "Show all", so the errors still lead.
    expect(todos.length).toBeGreaterThan(3);
    for (const t of todos.slice(0, 3)) expect(findings.getByRole('button', { name: t.todo })).toBeTruthy();
    for (const t of todos.slice(3)) expect(findings.queryByRole('button', { name: t.todo })).toBeNull();
    await click(findings.getByRole('button', { name: `Show all ${todos.length}: To do (${todos.length})` }));
    for (const t of todos) expect(findings.getByRole('button', { name: t.todo })).toBeTruthy();
    // Every error is shown; the warnings wait under their heading until asked for.
    for (const e of status.findings.filter((f) => f.severity === 'error')) expect(findings.getAllByRole('button', { name: new RegExp(`^${escape(e.message)}`) }).length).toBeGreaterThan(0);
    const fold = findings.getByRole('button', { name: `Warnings (${count('warning')})` });
    expect(fold.getAttribute('aria-expanded')).toBe('false');
    await click(fold);
    expect(fold.getAttribute('aria-expanded')).toBe('true');

    // Seven risks not reviewed in time give one card with a count, not a line per risk.
    const stale = status.findings.filter((f) => f.code === 'review-overdue');
    expect(stale.length).toBe(7);
    const title = ruleDefinition('review-overdue').title;
    const group = findings.getByRole('heading', { level: 4, name: new RegExp(`^${title}\\s*, ${stale.length} findings`) });
    const card = within(group.closest('li')!);
    expect(card.getByText(ruleDefinition('review-overdue').fix)).toBeTruthy();
    const inCard = (): number => card.getAllByRole('button').filter((b) => stale.some((f) => b.textContent?.includes(f.message))).length;
    expect(inCard()).toBe(3);
    const more = card.getByRole('button', { name: `Show all ${stale.length}: ${title}` });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    await click(more);
    expect(inCard()).toBe(stale.length);
    expect(card.getByRole('button', { name: 'Show fewer' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('selects the cell of a finding when it is clicked', async () => {
    const memory = demoBridge();
    const bridge = recording(memory);
    await renderPanel(bridge);
    const owner = lastStatus(bridge.outcomes).findings.find((f) => f.code === 'risk-owner-missing');
    expect(owner).toBeDefined();
    await click(screen.getByRole('button', { name: `${owner!.message} ${owner!.sheet} › ${owner!.cell}` }));
    await waitFor(() => expect(memory.selected()).toEqual({ sheet: owner!.sheet, cells: [owner!.cell] }));
  });

  it('says so when a finding points at a sheet that does not exist yet', async () => {
    // With no register yet there is no method to infer: the default is in force until the
    // Methodology sheet is written, and its finding points at a sheet not there yet.
    const bridge = recording(createMemoryBridge(emptyWorkbook(), { now: NOW }));
    await renderPanel(bridge);
    const missing = lastStatus(bridge.outcomes).findings.find((f) => f.code === 'methodology-missing');
    expect(missing).toBeDefined();
    await click(screen.getByRole('button', { name: /^Notes \(\d+\)$/ }));
    await click(screen.getByRole('button', { name: new RegExp(`^${missing!.message}`) }));
    await waitFor(() => expect(messageBars()).toEqual([expect.stringContaining(`Could not go to ${SHEETS.methodology} A1`)]));
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('generates only the SoA when asked for the SoA', async () => {
    const memory = demoBridge();
    await renderPanel(memory);
    await click(button('Generate SoA'));
    await waitForIdle();
    const names = memory.workbook().sheets.map((s) => s.name);
    expect(names).toContain(SHEETS.soa);
    expect(names).not.toContain(SHEETS.rtp);
    expect(messageBars()).toEqual([expect.stringContaining('Statement of Applicability generated')]);
  });
});

describe('when the host fails', () => {
  it('shows the error, announces it, re-enables the buttons, and can try again', async () => {
    const memory = demoBridge();
    const bridge = failingFor(memory, ['generate'], 'Excel lost the connection to the workbook');
    await renderPanel(bridge);
    await click(button(RECALC));
    await waitForIdle();
    expect(messageBars()).toEqual([expect.stringContaining('Riskbook could not finish: Excel lost the connection to the workbook')]);
    expect(screen.getByTestId('live-assertive').textContent).toBe('Riskbook could not finish: Excel lost the connection to the workbook');
    for (const name of ACTIONS) expect(isInert(button(name))).toBe(false);
    expect(memory.workbook().sheets.map((s) => s.name)).not.toContain(SHEETS.checks);

    bridge.fail = false;
    await click(button('Try again'));
    await waitForIdle();
    expect(messageBars()).toEqual([expect.stringContaining('Recalculated and checked traceability')]);
    expect(memory.workbook().sheets.map((s) => s.name)).toContain(SHEETS.checks);
  });

  it('can dismiss a message', async () => {
    await renderPanel(failingFor(demoBridge(), ['generate'], 'timeout'));
    await click(button('Generate RTP'));
    await waitForIdle();
    expect(messageBars()).toHaveLength(1);
    await click(button('Dismiss'));
    expect(messageBars()).toHaveLength(0);
  });
});

describe('findings beyond what the pane was sent', () => {
  it('counts them and opens the Checks sheet', async () => {
    const memory = demoBridge();
    await memory.request({ kind: 'generate', action: 'recalc' });
    const selected: string[] = [];
    const bridge: HostBridge = {
      host: 'memory',
      async request(request: PanelRequest): Promise<ActionOutcome> {
        const outcome = await memory.request(request);
        return outcome.ok ? { ...outcome, status: { ...outcome.status, findingsNotShown: 12 } } : outcome;
      },
      async selectCells(sheet: string, cells: readonly string[]): Promise<void> {
        selected.push(`${sheet}!${cells.join(',')}`);
      },
    };
    await renderPanel(bridge);
    expect(screen.getByText('12 more findings are listed in the Checks sheet.')).toBeTruthy();
    await click(button('Open the Checks sheet'));
    expect(selected).toEqual([`${SHEETS.checks}!A1`]);
  });
});
