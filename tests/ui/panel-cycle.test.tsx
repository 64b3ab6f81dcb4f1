/** @jest-environment jsdom */
/**
 * The pane offers to start a new assessment cycle once there is a register: it asks once more,
 * since the register as it stands becomes the baseline, then says where the register stands
 * against the cycle begun.
 */
import './support/dom-setup';
import { act, screen } from '@testing-library/react';
import type { CellValue, WorkbookSnapshot } from '../../core/workbook/snapshot';
import { createMemoryBridge } from '../../ui/memory-bridge';
import { NOW, button, renderPanel, waitForIdle } from './support/panel-fixtures';

function register(): WorkbookSnapshot {
  const rows: CellValue[][] = [
    ['Risk ID', 'Threat', 'Risk owner', 'Likelihood', 'Impact', 'Treatment', 'Controls'],
    ['R-1', 'Ransomware', 'CIO', 4, 5, 'Mitigate', '8.7'],
    ['R-2', 'Phishing', 'CISO', 3, 4, 'Mitigate', '5.17, 8.5'],
  ];
  return { sheets: [{ name: 'Risks', values: rows }] };
}

describe('starting a new assessment cycle from the pane', () => {
  it('asks once more, starts it, and then says where the register stands against it', async () => {
    const memory = createMemoryBridge(register(), { now: NOW });
    await renderPanel(memory);
    expect(screen.getByText(/No assessment cycle begun yet/)).toBeTruthy();
    await act(async () => button('Start a new assessment cycle').click());
    expect(screen.getByText(/becomes the new cycle’s baseline/)).toBeTruthy();
    expect(memory.workbook().sheets.some((s) => s.name === 'Riskbook cycle')).toBe(false);
    await act(async () => button('Start the new cycle').click());
    await waitForIdle();
    expect(memory.workbook().sheets.find((s) => s.name === 'Riskbook cycle')?.hidden).toBe(true);
    expect(screen.getByText(/^Cycle begun on \d{4}-\d{2}-\d{2}: 0 new, 0 modified, 2 unchanged, 0 closed since\.$/)).toBeTruthy();
  });

  it('does nothing when the person cancels', async () => {
    const memory = createMemoryBridge(register(), { now: NOW });
    await renderPanel(memory);
    await act(async () => button('Start a new assessment cycle').click());
    await act(async () => button('Cancel').click());
    expect(screen.getByText(/No assessment cycle begun yet/)).toBeTruthy();
    expect(memory.workbook().sheets.some((s) => s.name === 'Riskbook cycle')).toBe(false);
  });
});
