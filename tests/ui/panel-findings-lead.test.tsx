/** @jest-environment jsdom */
/**
 * Findings that lead, in the pane: the to-do list first, each line selecting every cell it names;
 * a finding about many cells opens to its cells, each a way to that one cell; two choices narrow
 * the list to a severity or a sheet.
 */
import './support/dom-setup';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { PanelFinding } from '../../core/actions';
import { SHEETS } from '../../core/workbook/names';
import { RECALC, button, demoBridge, lastStatus, recording, renderPanel, waitForIdle } from './support/panel-fixtures';

async function click(el: HTMLElement): Promise<void> {
  await act(async () => el.click());
}

async function choose(label: string, value: string): Promise<void> {
  await act(async () => {
    fireEvent.change(screen.getByRole('combobox', { name: label }), { target: { value } });
  });
}

/** The demo register recalculated: a new plan without due dates, a new SoA undecided, four errors. */
async function recalculated(): Promise<{ memory: ReturnType<typeof demoBridge>; findings: readonly PanelFinding[] }> {
  const memory = demoBridge();
  const bridge = recording(memory);
  await renderPanel(bridge);
  await click(button(RECALC));
  await waitForIdle();
  return { memory, findings: lastStatus(bridge.outcomes).findings };
}

const region = () => within(screen.getByRole('region', { name: 'Findings' }));
const undatedOf = (findings: readonly PanelFinding[]): PanelFinding => findings.find((f) => f.code === 'rtp-due-missing')!;

describe('the to-do list', () => {
  it('comes first, and a line selects every cell it names at once', async () => {
    const { memory, findings } = await recalculated();
    const undated = undatedOf(findings);
    expect(undated.todo).toMatch(/^Fill in the due dates of \d+ actions \(Risk Treatment Plan I5:I\d+\)$/);
    expect(region().getAllByRole('heading', { level: 3 })[0]!.textContent).toMatch(/^To do \(\d+\)$/);
    await click(region().getByRole('button', { name: undated.todo }));
    await waitFor(() => expect(memory.selected()).toEqual({ sheet: SHEETS.rtp, cells: undated.cells }));
  });
});

describe('a finding about many cells', () => {
  it('opens to its cells, each going to that cell alone, and closes again', async () => {
    const { memory, findings } = await recalculated();
    const undecided = findings.find((f) => f.code === 'soa-applicability-missing')!;
    const count = Number(/Decide whether (\d+) controls apply/.exec(undecided.todo ?? '')![1]);
    // It is among the to-do lines that wait behind "Show all" while errors follow.
    await click(region().getByRole('button', { name: /^Show all \d+: To do/ }));
    const open = region().getByRole('button', { name: `Show the ${count} cells: ${undecided.todo}` });
    expect(open.getAttribute('aria-expanded')).toBe('false');
    await click(open);
    expect(open.getAttribute('aria-expanded')).toBe('true');
    const cells = within(region().getByRole('list', { name: `Cells: ${undecided.todo}` })).getAllByRole('button');
    expect(cells).toHaveLength(count);
    expect(cells[0]!.textContent).toBe(undecided.cell);
    await click(cells[2]!);
    await waitFor(() => expect(memory.selected()).toEqual({ sheet: SHEETS.soa, cells: [cells[2]!.textContent] }));
    await click(region().getByRole('button', { name: `Hide the cells: ${undecided.todo}` }));
    expect(region().queryByRole('list', { name: `Cells: ${undecided.todo}` })).toBeNull();
  });
});

describe('narrowing the list', () => {
  it('shows one severity: errors alone, or the warnings with the to-dos that are warnings', async () => {
    const { findings } = await recalculated();
    await choose('Show severity', 'error');
    const errors = findings.filter((f) => f.severity === 'error');
    expect(region().getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([`Errors (${errors.length})`]);
    await choose('Show severity', 'warning');
    const headings = region().getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings[0]).toMatch(/^To do/);
    // No error above them now: the warnings are open.
    expect(region().queryByRole('button', { name: /^Warnings \(/ })).toBeNull();
  });

  it('shows one sheet, and says so when nothing of that severity is on it', async () => {
    const { findings } = await recalculated();
    await choose('Show sheet', SHEETS.rtp);
    const onRtp = findings.filter((f) => f.sheet === SHEETS.rtp);
    const shown = region()
      .getAllByRole('button')
      .filter((b) => b.hasAttribute('data-finding'));
    expect(shown.map((b) => b.getAttribute('data-finding')).sort()).toEqual(onRtp.map((f) => f.code).sort());
    await choose('Show severity', 'error');
    expect(region().getByText('No findings of that severity on that sheet.')).toBeTruthy();
    await choose('Show sheet', '');
    await choose('Show severity', '');
    expect(region().getAllByRole('heading', { level: 3 })[0]!.textContent).toMatch(/^To do/);
  });
});
