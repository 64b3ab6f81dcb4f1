/** @jest-environment jsdom */
import { setSystemDark } from './support/dom-setup';
import { act, screen, waitFor, within } from '@testing-library/react';
import type { PanelRequest } from '../../core/actions';
import { mountPanel } from '../../ui/mount-panel';
import { createMemoryBridge } from '../../ui/memory-bridge';
import { NOW, RECALC, announced, button, demoBridge, emptyWorkbook, gated, messageBars, renderPanel } from './support/panel-fixtures';
import { demoWorkbook } from '../../ui/demo/demo-register';

describe('the pane on load', () => {
  it('asks for the status first and shows the register it found', async () => {
    const bridge = gated(demoBridge());
    const { container } = await (async () => {
      const pending = renderPanel(bridge);
      await waitFor(() => expect(bridge.pending).toBe(1));
      expect(bridge.requests[0]).toEqual<PanelRequest>({ kind: 'status' });
      expect(screen.getByRole('progressbar')).toBeTruthy();
      await bridge.release();
      return pending;
    })();
    expect(bridge.requests).toHaveLength(1);
    const card = within(screen.getByRole('region', { name: 'Register sheet' }));
    expect(card.getByText('Risk register')).toBeTruthy();
    expect(card.getByText('13 risks · headers on row 4')).toBeTruthy();
    expect(card.getByText(/Method 1\.0 · 5 × 5 · L × I/)).toBeTruthy();
    expect(card.getByText(/Method inferred from the register: no Methodology sheet yet/)).toBeTruthy();
    expect(container.textContent).toContain('Findings');
  });

  it('lists which generated sheets exist', async () => {
    await renderPanel(demoBridge());
    const sheets = within(screen.getByRole('list', { name: 'Sheets' }));
    expect(sheets.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '○\u00A0Method, not generated yet',
      '○\u00A0RTP, not generated yet',
      '○\u00A0SoA, not generated yet',
      '○\u00A0Heatmap, not generated yet',
      '○\u00A0Checks, not generated yet',
    ]);
  });

  it('shows the set-up first, and keeps the actions inert, when no register is found', async () => {
    await renderPanel(createMemoryBridge(emptyWorkbook(), { now: NOW }));
    expect(screen.getByText('No risk register found')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Set up register', level: 2 })).toBeTruthy();
    const recalc = button(RECALC);
    expect(recalc.getAttribute('aria-disabled')).toBe('true');
    expect(recalc.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText('Set up a register first (below) to run these.')).toBeTruthy();
  });

  it('offers to try again when the first status fails', async () => {
    let fail = true;
    const inner = demoBridge();
    await renderPanel({ host: 'memory', request: (r) => (fail ? Promise.reject(new Error('the workbook is busy')) : inner.request(r)), selectCells: inner.selectCells });
    expect(messageBars()).toEqual([expect.stringContaining('Riskbook could not finish: the workbook is busy')]);
    expect(announced()).toBe('Riskbook could not finish: the workbook is busy');
    fail = false;
    await act(async () => button('Try again').click());
    await waitFor(() => expect(screen.getByText('13 risks · headers on row 4')).toBeTruthy());
  });
});

describe('mountPanel', () => {
  afterEach(() => setSystemDark(false));

  it('renders the pane in a FluentProvider with the theme asked for', async () => {
    const element = document.createElement('div');
    document.body.appendChild(element);
    await act(async () => mountPanel(element, createMemoryBridge(demoWorkbook(), { now: NOW }), { theme: 'dark' }));
    await waitFor(() => expect(within(element).getByText('13 risks · headers on row 4')).toBeTruthy());
    const provider = element.querySelector('.fui-FluentProvider');
    expect(provider?.getAttribute('data-theme')).toBe('dark');
    element.remove();
  });

  it('follows the system theme when none is given', async () => {
    setSystemDark(true);
    const element = document.createElement('div');
    document.body.appendChild(element);
    await act(async () => mountPanel(element, createMemoryBridge(demoWorkbook(), { now: NOW })));
    const provider = (): Element | null => element.querySelector('.fui-FluentProvider');
    expect(provider()?.getAttribute('data-theme')).toBe('dark');
    await act(async () => setSystemDark(false));
    expect(provider()?.getAttribute('data-theme')).toBe('light');
    // Mounting again on the same element re-renders the same root instead of adding one.
    await act(async () => mountPanel(element, createMemoryBridge(demoWorkbook(), { now: NOW }), { theme: 'dark' }));
    expect(element.querySelectorAll('.fui-FluentProvider')).toHaveLength(1);
    expect(provider()?.getAttribute('data-theme')).toBe('dark');
    element.remove();
  });
});
