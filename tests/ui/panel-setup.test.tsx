/** @jest-environment jsdom */
import './support/dom-setup';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { PanelRequest } from '../../core/actions';
import { findSheet } from '../../core/workbook/snapshot';
import { createMemoryBridge } from '../../ui/memory-bridge';
import { NOW, button, demoBridge, emptyWorkbook, lastStatus, messageBars, recording, renderPanel, twoRegisters, waitForIdle } from './support/panel-fixtures';

async function click(el: HTMLElement): Promise<void> {
  await act(async () => el.click());
}

/** Opens a section of the pane by its heading button. */
async function open(section: string): Promise<HTMLElement> {
  const header = screen.getByRole('button', { name: section });
  if (header.getAttribute('aria-expanded') !== 'true') await click(header);
  return header.closest('.fui-AccordionItem') as HTMLElement;
}


describe('adopting one of the workbook’s sheets', () => {
  it('previews how the headers would be read, then adopts the sheet', async () => {
    const memory = createMemoryBridge(twoRegisters(), { now: NOW });
    const bridge = recording(memory);
    await renderPanel(bridge);
    const section = within(await open('Set up register'));

    const sheet = section.getByRole('combobox', { name: 'Sheet' }) as HTMLSelectElement;
    expect(Array.from(sheet.options).map((o) => o.value)).toEqual(['Risk register', 'Assets', 'Draft 2027']);
    expect(section.queryByRole('button', { name: /^Adopt/ })).toBeNull();
    fireEvent.change(sheet, { target: { value: 'Draft 2027' } });
    await click(section.getByRole('button', { name: 'Preview mapping' }));
    await waitForIdle();

    const preview = section.getByRole('heading', { name: 'How “Draft 2027” would be read' }).parentElement!;
    expect(within(preview).getByText('Headers on row 2')).toBeTruthy();
    const pairs = Array.from(preview.querySelectorAll('dt')).map((dt) => `${dt.textContent} = ${dt.nextElementSibling?.textContent}`);
    expect(pairs).toEqual(expect.arrayContaining(['Risk ID = A · ID', 'Description = B · Scenario', 'Impact = C · Consequence', 'Likelihood = D · Probability', 'Risk owner = E · Owner']));
    expect(within(preview).getByText(/^Not found: .*Residual likelihood/)).toBeTruthy();
    expect(within(preview).getByText('Kept as yours: Comments')).toBeTruthy();
    // A preview changes nothing in the workbook.
    expect(findSheet(memory.workbook(), 'Draft 2027')?.values[1]).toHaveLength(8);

    await click(section.getByRole('button', { name: 'Adopt “Draft 2027”' }));
    await waitForIdle();
    const card = within(screen.getByRole('region', { name: 'Register sheet' }));
    expect(card.getByText('Draft 2027')).toBeTruthy();
    expect(card.getByText('2 risks · headers on row 2')).toBeTruthy();
    expect(messageBars()).toEqual([expect.stringContaining('"Draft 2027" adopted as the risk register')]);
    expect(findSheet(memory.workbook(), 'Draft 2027')?.values[1]).toEqual(expect.arrayContaining(['Inherent score', 'Inherent level']));
    expect(lastStatus(bridge.outcomes).register?.sheet).toBe('Draft 2027');
  });

  it('explains why a sheet cannot be a register, and offers no Adopt', async () => {
    await renderPanel(demoBridge());
    const section = within(await open('Set up register'));
    fireEvent.change(section.getByRole('combobox', { name: 'Sheet' }), { target: { value: 'Assets' } });
    await click(section.getByRole('button', { name: 'Preview mapping' }));
    await waitForIdle();
    expect(messageBars()).toEqual([expect.stringContaining('"Assets" has no header row Riskbook recognises')]);
    expect(section.queryByRole('button', { name: /^Adopt/ })).toBeNull();
  });

  it('drops a preview once another sheet is chosen', async () => {
    await renderPanel(createMemoryBridge(twoRegisters(), { now: NOW }));
    const section = within(await open('Set up register'));
    const sheet = section.getByRole('combobox', { name: 'Sheet' });
    fireEvent.change(sheet, { target: { value: 'Draft 2027' } });
    await click(section.getByRole('button', { name: 'Preview mapping' }));
    await waitForIdle();
    expect(section.getByRole('button', { name: 'Adopt “Draft 2027”' })).toBeTruthy();
    fireEvent.change(sheet, { target: { value: 'Risk register' } });
    expect(section.queryByRole('button', { name: /^Adopt/ })).toBeNull();
  });
});

describe('starting a new register', () => {
  it('creates the register sheet with the chosen method', async () => {
    const memory = createMemoryBridge(emptyWorkbook(), { now: NOW });
    await renderPanel(memory);
    const setUp = within(screen.getByRole('region', { name: 'Set up register' }));
    fireEvent.change(setUp.getByRole('combobox', { name: 'Method' }), { target: { value: '4x4' } });
    const create = setUp.getByRole('button', { name: 'Create new register' });
    create.focus();
    await click(create);
    await waitForIdle();
    expect(memory.workbook().sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Sheet1', 'Risk register', 'Methodology']));
    const card = within(screen.getByRole('region', { name: 'Register sheet' }));
    expect(card.getByText('Risk register')).toBeTruthy();
    expect(card.getByText(/^0 risks/)).toBeTruthy();
    expect(card.getByText(/Method 1\.0 · 4 × 4/)).toBeTruthy();
    expect(messageBars()).toEqual([expect.stringContaining('New register created on "Risk register"')]);
    // With a register, the set-up moves into its own section and the actions come alive.
    expect(screen.queryByRole('region', { name: 'Set up register' })).toBeNull();
    expect(button('Recalculate & check traceability').getAttribute('aria-disabled')).not.toBe('true');
    // The button that was pressed is gone: the keyboard lands on the primary action.
    expect(document.activeElement).toBe(button('Recalculate & check traceability'));
  });
});

describe('correcting the column mapping', () => {
  it('sends only the fields that changed, as column letters, and shows the new mapping', async () => {
    const requests: PanelRequest[] = [];
    const memory = demoBridge();
    const bridge = recording({ host: 'memory', request: (r) => (requests.push(r), memory.request(r)), selectCells: memory.selectCells });
    await renderPanel(bridge);
    const section = within(await open('Column mapping'));
    const description = section.getByRole('combobox', { name: 'Description' }) as HTMLSelectElement;
    expect(description.value).toBe('');
    expect(isSaveInert(section)).toBe(true);
    fireEvent.change(description, { target: { value: 'P' } });
    expect(isSaveInert(section)).toBe(false);
    await click(section.getByRole('button', { name: 'Save mapping' }));
    await waitForIdle();

    expect(requests.at(-1)).toEqual<PanelRequest>({ kind: 'saveMapping', override: { description: 'P' } });
    expect(lastStatus(bridge.outcomes).register?.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'description', column: 'P', header: 'Notes' })]));
    await waitFor(() => expect((section.getByRole('combobox', { name: 'Description' }) as HTMLSelectElement).value).toBe('P'));
    expect(messageBars()).toEqual([expect.stringContaining('Column mapping saved')]);
    expect(screen.getByText(/1 column of yours kept as they are/)).toBeTruthy();
  });

  it('puts a change back with Undo', async () => {
    await renderPanel(demoBridge());
    const section = within(await open('Column mapping'));
    const owner = section.getByRole('combobox', { name: /^Risk owner/ }) as HTMLSelectElement;
    expect(owner.value).toBe('H');
    fireEvent.change(owner, { target: { value: '' } });
    await click(section.getByRole('button', { name: 'Undo' }));
    expect((section.getByRole('combobox', { name: /^Risk owner/ }) as HTMLSelectElement).value).toBe('H');
  });
});

function isSaveInert(section: ReturnType<typeof within>): boolean {
  return section.getByRole('button', { name: 'Save mapping' }).getAttribute('aria-disabled') === 'true';
}
