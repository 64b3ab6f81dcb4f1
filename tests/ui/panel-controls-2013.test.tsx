/** @jest-environment jsdom */
/**
 * The pane offers to move the register's 2013 control ids to 2022 while some risk cites one: one
 * press writes the successors in place, each cell keeping its old text in a note, and the offer
 * goes away.
 */
import './support/dom-setup';
import { act, screen } from '@testing-library/react';
import type { CellValue, WorkbookSnapshot } from '../../core/workbook/snapshot';
import { createMemoryBridge } from '../../ui/memory-bridge';
import { NOW, button, renderPanel, waitForIdle } from './support/panel-fixtures';

function registerCiting2013(): WorkbookSnapshot {
  const rows: CellValue[][] = [
    ['Risk ID', 'Threat', 'Risk owner', 'Likelihood', 'Impact', 'Treatment', 'Controls'],
    ['R-1', 'Ransomware', 'CIO', 4, 5, 'Mitigate', 'A.12.3.1'],
    ['R-2', 'Phishing', 'CISO', 3, 4, 'Mitigate', '5.17, 8.5'],
  ];
  return { sheets: [{ name: 'Risks', values: rows }] };
}

describe('moving the register’s 2013 control ids from the pane', () => {
  it('is offered while a risk cites a 2013 id, moves it with one press, then is no longer offered', async () => {
    const memory = createMemoryBridge(registerCiting2013(), { now: NOW });
    await renderPanel(memory);
    expect(screen.getByText(/1 risk cites controls by their 2013 ids/)).toBeTruthy();
    await act(async () => button('Move to 2022 ids').click());
    await waitForIdle();
    const risks = memory.workbook().sheets.find((s) => s.name === 'Risks')!;
    expect(risks.values[1]![6]).toBe('A.8.13');
    expect(risks.values[2]![6]).toBe('5.17, 8.5');
    expect(risks.notes?.map((n) => [n.cell, n.text])).toEqual([['G2', expect.stringContaining('A.12.3.1')]]);
    expect(screen.queryByRole('button', { name: 'Move to 2022 ids' })).toBeNull();
  });
});
