/** @jest-environment jsdom */
import './support/dom-setup';
import { act, screen, waitFor, within } from '@testing-library/react';
import { readFileSync, readdirSync } from 'fs';
import * as path from 'path';
import { RECALC, demoBridge, gated, lastStatus, recording, renderPanel, waitForIdle } from './support/panel-fixtures';

async function click(el: HTMLElement): Promise<void> {
  await act(async () => el.click());
}

/** Elements Tab reaches, in order (no positive tabindex is used, so document order is tab order). */
function tabbables(root: ParentNode): HTMLElement[] {
  const candidates = root.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, [tabindex]');
  return Array.from(candidates).filter((el) => {
    if ((el as HTMLButtonElement).disabled || el.tabIndex < 0) return false;
    for (let n: HTMLElement | null = el; n; n = n.parentElement) if (n.hidden || n.getAttribute('aria-hidden') === 'true') return false;
    return true;
  });
}

/** What a browser does for Enter on a focused control: a native button clicks unless a handler stopped it. */
async function pressEnter(el: HTMLElement): Promise<void> {
  await act(async () => {
    const down = new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true });
    const proceed = el.dispatchEvent(down);
    if (proceed && el instanceof HTMLButtonElement) el.click();
    el.dispatchEvent(new KeyboardEvent('keyup', { key: 'Enter', code: 'Enter', bubbles: true }));
  });
}

async function openEverySection(): Promise<void> {
  for (const section of ['Column mapping', 'Methodology', 'Set up register']) {
    const header = screen.getByRole('button', { name: section });
    if (header.getAttribute('aria-expanded') !== 'true') await click(header);
  }
}

describe('keyboard', () => {
  it('reaches the primary button first, then the other actions, in that order', async () => {
    await renderPanel(demoBridge());
    const names = tabbables(screen.getByRole('main')).map((el) => el.textContent);
    expect(names.slice(0, 4)).toEqual([RECALC, 'Generate SoA', 'Generate RTP', 'Build heatmap']);
  });

  it('keeps focus on the pressed button while it runs', async () => {
    const bridge = gated(demoBridge());
    const rendering = renderPanel(bridge);
    await waitFor(() => expect(bridge.pending).toBe(1));
    await bridge.release();
    await rendering;
    const recalc = screen.getByRole('button', { name: RECALC });
    recalc.focus();
    await pressEnter(recalc);
    expect(recalc.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(recalc);
    await bridge.release();
    await waitForIdle();
    expect(document.activeElement).toBe(recalc);
  });

  it('reaches every finding with Tab and selects its cell with Enter', async () => {
    const memory = demoBridge();
    const bridge = recording(memory);
    await renderPanel(bridge);
    await pressEnter(screen.getByRole('button', { name: RECALC }));
    await waitForIdle();

    const findings = screen.getByRole('region', { name: 'Findings' });
    const stops = tabbables(findings);
    const status = lastStatus(bridge.outcomes);
    const firstError = status.findings.find((f) => f.severity === 'error')!;
    const button = within(findings).getByRole('button', { name: `${firstError.message} ${firstError.sheet} › ${firstError.cell}` });
    expect(stops).toContain(button);
    // Findings come after the actions and before the sections below them.
    const all = tabbables(screen.getByRole('main'));
    expect(all.indexOf(button)).toBeGreaterThan(all.indexOf(screen.getByRole('button', { name: 'Build heatmap' })));
    expect(all.indexOf(button)).toBeLessThan(all.indexOf(screen.getByRole('button', { name: 'Methodology' })));

    button.focus();
    await pressEnter(button);
    await waitFor(() => expect(memory.selected()).toEqual({ sheet: firstError.sheet, cells: [firstError.cell] }));
    // The fix is read as the button's description.
    const describedBy = button.getAttribute('aria-describedby');
    expect(describedBy && document.getElementById(describedBy)?.textContent).toBe(`Fix: ${firstError.fix}`);
  });

  it('switches the heatmap between inherent and residual with buttons that say which is shown', async () => {
    await renderPanel(demoBridge());
    const group = within(screen.getByRole('group', { name: 'Which risk to show' }));
    const inherent = group.getByRole('button', { name: 'Inherent' });
    const residual = group.getByRole('button', { name: 'Residual' });
    expect(inherent.getAttribute('aria-pressed')).toBe('true');
    await pressEnter(residual);
    expect(residual.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('table', { name: /^Residual risk: number of risks/ })).toBeTruthy();
  });
});

describe('screen readers', () => {
  it('gives every control a name', async () => {
    await renderPanel(demoBridge());
    await pressEnter(screen.getByRole('button', { name: RECALC }));
    await waitForIdle();
    await openEverySection();
    for (const role of ['button', 'combobox', 'textbox', 'checkbox', 'radio', 'tab', 'spinbutton', 'link'] as const) {
      const unnamed = screen.queryAllByRole(role, { name: '' });
      expect({ role, unnamed: unnamed.map((el) => el.outerHTML.slice(0, 120)) }).toEqual({ role, unnamed: [] });
    }
    for (const colour of Array.from(document.querySelectorAll('input[type="color"]'))) expect(colour.getAttribute('aria-label')).toMatch(/^Pick the colour of band /);
    const ids = Array.from(document.querySelectorAll('[id]')).map((el) => el.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('outlines the pane with headings and reads the heatmap as a table', async () => {
    await renderPanel(demoBridge());
    const h2 = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(h2).toEqual(['Register sheet', 'Findings', 'Heatmap', 'Column mapping', 'Methodology', 'Set up register']);
    const table = screen.getByRole('table', { name: /^Inherent risk: number of risks for each likelihood \(rows\) and impact \(columns\)$/ });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(6);
    expect(within(rows[1]!).getByRole('rowheader').textContent).toBe('5 Almost certain');
    expect(within(rows[0]!).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['L \\ ILikelihood', 'Impact 1 Negligible', 'Impact 2 Minor', 'Impact 3 Noticeable', 'Impact 4 Significant', 'Impact 5 Major']);
    expect(within(rows[1]!).getAllByRole('cell').map((c) => c.textContent)).toHaveLength(5);
  });

  it('has live regions that exist before anything is announced', async () => {
    await renderPanel(demoBridge());
    expect(screen.getByRole('status').getAttribute('aria-live')).toBe('polite');
    expect(screen.getByRole('alert').getAttribute('aria-live')).toBe('assertive');
  });
});

describe('300 px', () => {
  const WIDE = 300;

  function widthsIn(css: string): number[] {
    return Array.from(css.matchAll(/(?:^|[;{\s])(?:min-width|width|flex-basis)\s*:\s*(\d+(?:\.\d+)?)px/g), (m) => Number(m[1]));
  }

  it('sets no width, min-width or flex-basis above 300 px in any style the pane renders', async () => {
    await renderPanel(demoBridge(), { allStyles: true });
    await pressEnter(screen.getByRole('button', { name: RECALC }));
    await waitForIdle();
    await openEverySection();
    const css = Array.from(document.styleSheets)
      .flatMap((sheet) => Array.from(sheet.cssRules))
      .map((rule) => rule.cssText)
      .join('\n');
    expect(css.length).toBeGreaterThan(1000);
    const inline = Array.from(document.querySelectorAll<HTMLElement>('[style]')).map((el) => el.getAttribute('style') ?? '');
    expect([...widthsIn(css), ...inline.flatMap(widthsIn)].filter((w) => w > WIDE)).toEqual([]);
  });

  it('writes no fixed width above 300 px in the pane’s own styles', () => {
    const dir = path.resolve(__dirname, '../../ui/panel');
    for (const file of readdirSync(dir).filter((f) => /\.tsx?$/.test(f))) {
      const source = readFileSync(path.join(dir, file), 'utf8');
      const sizes = Array.from(source.matchAll(/(\d+(?:\.\d+)?)px/g), (m) => Number(m[1]));
      expect({ file, wide: sizes.filter((w) => w > WIDE) }).toEqual({ file, wide: [] });
    }
  });
});
