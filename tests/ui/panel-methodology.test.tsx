/** @jest-environment jsdom */
import './support/dom-setup';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { PanelRequest } from '../../core/actions';
import type { Methodology } from '../../core/methodology/types';
import { SHEETS } from '../../core/workbook/names';
import { findSheet } from '../../core/workbook/snapshot';
import type { MemoryBridge } from '../../ui/memory-bridge';
import { demoBridge, messageBars, renderPanel, waitForIdle } from './support/panel-fixtures';

async function click(el: HTMLElement): Promise<void> {
  await act(async () => el.click());
}

type Editor = ReturnType<typeof within>;

/** The demo pane with the methodology section open, and every request it sends. */
async function openEditor(): Promise<{ editor: Editor; memory: MemoryBridge; requests: PanelRequest[] }> {
  const memory = demoBridge();
  const requests: PanelRequest[] = [];
  await renderPanel({ host: 'memory', request: (r) => (requests.push(r), memory.request(r)), selectCells: memory.selectCells });
  await click(screen.getByRole('button', { name: 'Methodology' }));
  const editor = within(screen.getByRole('button', { name: 'Methodology' }).closest('.fui-AccordionItem') as HTMLElement);
  return { editor, memory, requests };
}

function type(el: HTMLElement, value: string): void {
  fireEvent.change(el, { target: { value } });
}

function sentMethodology(requests: readonly PanelRequest[]): Methodology {
  const last = requests.at(-1);
  if (last?.kind !== 'saveMethodology') throw new Error(`last request was ${last?.kind}`);
  return last.methodology;
}

function methodologyText(memory: MemoryBridge): string {
  return JSON.stringify(findSheet(memory.workbook(), SHEETS.methodology)?.values ?? null);
}

describe('the methodology editor', () => {
  it('saves a change to the Methodology sheet and shows the new version', async () => {
    const { editor, memory, requests } = await openEditor();
    type(editor.getByRole('textbox', { name: 'Version' }), '1.1');
    type(editor.getByRole('textbox', { name: 'Label of likelihood level 4' }), 'Probable');
    type(editor.getByRole('textbox', { name: 'Description of likelihood level 4' }), 'Expected within the year.');
    expect(editor.getByText('Unsaved changes')).toBeTruthy();
    await click(editor.getByRole('button', { name: 'Save methodology' }));
    await waitForIdle();

    const sent = sentMethodology(requests);
    expect(sent.version).toBe('1.1');
    expect(sent.likelihood[3]).toEqual({ value: 4, label: 'Probable', description: 'Expected within the year.' });
    expect(sent.impactDimensions).toEqual([]);
    expect(methodologyText(memory)).toContain('Probable');
    expect(messageBars()).toEqual([expect.stringContaining('Methodology 1.1 saved')]);
    expect(screen.getByText(/^Method 1\.1 · 5 × 5 · L × I$/)).toBeTruthy();
    // The editor starts again from what the workbook now says.
    await waitFor(() => expect(editor.queryByText('Unsaved changes')).toBeNull());
    expect((editor.getByRole('textbox', { name: 'Label of likelihood level 4' }) as HTMLInputElement).value).toBe('Probable');
  });

  it('shows the problems the core finds and writes nothing', async () => {
    const { editor, memory } = await openEditor();
    type(editor.getByRole('textbox', { name: 'To score of band Medium' }), '10');
    await click(editor.getByRole('button', { name: 'Save methodology' }));
    await waitForIdle();
    const [bar] = messageBars();
    expect(bar).toContain('The methodology has problems; nothing was written.');
    expect(bar).toContain('Score 12 can be reached but no band covers it.');
    expect(screen.getByTestId('live-assertive').textContent).toContain('Score 12 can be reached but no band covers it.');
    expect(findSheet(memory.workbook(), SHEETS.methodology)).toBeUndefined();
    expect(editor.getByRole('button', { name: 'Save methodology' }).getAttribute('aria-disabled')).not.toBe('true');
  });

  it('marks the fields that cannot be sent, moves focus to the first, and sends nothing', async () => {
    const { editor, requests } = await openEditor();
    const label = editor.getByRole('textbox', { name: 'Label of impact level 2' });
    type(label, '  ');
    type(editor.getByRole('textbox', { name: 'Colour of band High' }), 'pink');
    const before = requests.length;
    await click(editor.getByRole('button', { name: 'Save methodology' }));
    expect(requests).toHaveLength(before);
    expect(editor.getByText('Correct the fields marked in red first.')).toBeTruthy();
    expect(label.getAttribute('aria-invalid')).toBe('true');
    expect(editor.getByText('Required.')).toBeTruthy();
    expect(editor.getByText('Use a colour such as #C6EFCE.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(label));
  });

  it('keeps each scale between 3 and 10 levels', async () => {
    const { editor, requests } = await openEditor();
    const remove = (n: number): HTMLElement => editor.getByRole('button', { name: `Remove impact level ${n}` });
    await click(remove(5));
    await click(remove(4));
    expect(editor.queryByRole('textbox', { name: 'Label of impact level 4' })).toBeNull();
    expect(remove(3).getAttribute('aria-disabled')).toBe('true');
    await click(remove(3));
    expect(editor.getByRole('textbox', { name: 'Label of impact level 3' })).toBeTruthy();

    const add = editor.getByRole('button', { name: 'Add likelihood level' });
    for (let i = 0; i < 6; i++) await click(add);
    expect(editor.getByRole('textbox', { name: 'Label of likelihood level 10' })).toBeTruthy();
    expect(add.getAttribute('aria-disabled')).toBe('true');
    await click(add);
    expect(editor.queryByRole('textbox', { name: 'Label of likelihood level 11' })).toBeNull();

    for (let i = 6; i <= 10; i++) type(editor.getByRole('textbox', { name: `Label of likelihood level ${i}` }), `Level ${i}`);
    // 10 x 3 reaches 14 and scores up to 30: widen the top band so the core accepts it.
    type(editor.getByRole('textbox', { name: 'From score of band High' }), '13');
    type(editor.getByRole('textbox', { name: 'To score of band High' }), '30');
    await click(editor.getByRole('button', { name: 'Save methodology' }));
    await waitForIdle();
    const sent = sentMethodology(requests);
    expect(sent.likelihood.map((l) => l.value)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(sent.impact.map((l) => l.label)).toEqual(['Negligible', 'Minor', 'Noticeable']);
    expect(messageBars()).toEqual([expect.stringContaining('saved')]);
    expect(screen.getByText(/^Method 1\.0 · 10 × 3 · L × I$/)).toBeTruthy();
  });

  it('edits bands: adds one, sets its range, colour and decision', async () => {
    const { editor, requests } = await openEditor();
    // High becomes 15-19 and a new Critical band takes 20-25.
    type(editor.getByRole('textbox', { name: 'To score of band High' }), '19');
    await click(editor.getByRole('button', { name: 'Add band' }));
    type(editor.getByRole('textbox', { name: 'Name of band New band' }), 'Critical');
    type(editor.getByRole('textbox', { name: 'From score of band Critical' }), '20');
    type(editor.getByRole('textbox', { name: 'To score of band Critical' }), '25');
    type(editor.getByRole('textbox', { name: 'Colour of band Critical' }), '#c00000');
    expect(editor.getByRole('group', { name: 'Band Critical' })).toBeTruthy();
    const decision = editor.getByRole('combobox', { name: 'Decision of band Critical' }) as HTMLSelectElement;
    expect(decision.value).toBe('unacceptable');
    type(editor.getByRole('combobox', { name: 'Decision of band High' }), 'tolerable');
    await click(editor.getByRole('button', { name: 'Save methodology' }));
    await waitForIdle();
    expect(sentMethodology(requests).bands).toEqual([
      { name: 'Low', min: 1, max: 4, colour: '#C6EFCE', decision: 'acceptable' },
      { name: 'Medium', min: 5, max: 12, colour: '#FFEB9C', decision: 'tolerable' },
      { name: 'High', min: 15, max: 19, colour: '#FFC7CE', decision: 'tolerable' },
      { name: 'Critical', min: 20, max: 25, colour: '#C00000', decision: 'unacceptable' },
    ]);
    expect(messageBars()).toEqual([expect.stringContaining('saved')]);
  });

  it('undoes unsaved edits', async () => {
    const { editor } = await openEditor();
    const version = editor.getByRole('textbox', { name: 'Version' }) as HTMLInputElement;
    type(version, '9.9');
    await click(editor.getByRole('button', { name: 'Undo' }));
    expect(version.value).toBe('1.0');
  });
});
