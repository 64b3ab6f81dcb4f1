/** @jest-environment jsdom */
/**
 * The pane offers to take over the team's own SoA while that SoA is the one checked: "Migrate SoA
 * to 2022" for a 2013 SoA, "Use Riskbook's SoA" for a 2022 one. One press builds Riskbook's SoA
 * beside it, and the offer goes away; the team's sheet stays as it was.
 */
import './support/dom-setup';
import { act, screen } from '@testing-library/react';
import type { PanelRequest } from '../../core/actions';
import { SHEETS } from '../../core/workbook/names';
import type { CellValue, WorkbookSnapshot } from '../../core/workbook/snapshot';
import { createMemoryBridge } from '../../ui/memory-bridge';
import { NOW, button, messageBars, renderPanel, waitForIdle } from './support/panel-fixtures';

function soaOnly(edition: '2013' | '2022'): WorkbookSnapshot {
  const rows: CellValue[][] =
    edition === '2013'
      ? [
          ['Control', 'Control name', 'Applicable', 'Justification'],
          ['A.5.1.1', 'Policies for information security', 'Yes', 'Board policy'],
          ['A.6.1.2', 'Segregation of duties', 'Yes', 'Two approvers'],
          ['A.8.1.1', 'Inventory of assets', 'Yes', 'CMDB'],
          ['A.12.3.1', 'Information backup', 'Yes', 'Nightly backups'],
          ['A.14.2.1', 'Secure development policy', 'No', 'No in-house development'],
        ]
      : [
          ['Control ID', 'Control', 'Applicable', 'Justification'],
          ['5.1', 'Policies for information security', 'Yes', 'Board policy'],
          ['5.3', 'Segregation of duties', 'Yes', 'Two approvers'],
          ['5.9', 'Inventory of information and other associated assets', 'Yes', 'CMDB'],
          ['8.13', 'Information backup', 'Yes', 'Nightly backups'],
          ['8.25', 'Secure development life cycle', 'No', 'No in-house development'],
        ];
  return { sheets: [{ name: 'Team SoA', values: rows }] };
}

describe('taking over the team’s SoA from the pane', () => {
  it('migrates a 2013 SoA with one press, then no longer offers it', async () => {
    const memory = createMemoryBridge(soaOnly('2013'), { now: NOW });
    await renderPanel(memory);
    expect(screen.getByText(/uses the 2013 numbering/)).toBeTruthy();
    await act(async () => button('Migrate SoA to 2022').click());
    await waitForIdle();
    expect(memory.workbook().sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Team SoA', SHEETS.soa]));
    expect(memory.workbook().sheets.find((s) => s.name === 'Team SoA')!.values).toEqual(soaOnly('2013').sheets[0]!.values);
    expect(messageBars()).toEqual([expect.stringContaining('SoA migrated to 2022 from "Team SoA"')]);
    expect(screen.queryByRole('button', { name: 'Migrate SoA to 2022' })).toBeNull();
  });

  it('offers to copy a 2022 SoA into Riskbook’s', async () => {
    const requests: PanelRequest[] = [];
    const memory = createMemoryBridge(soaOnly('2022'), { now: NOW });
    await renderPanel({ ...memory, request: (r) => (requests.push(r), memory.request(r)) });
    await act(async () => button('Use Riskbook’s SoA').click());
    await waitForIdle();
    expect(requests.at(-1)).toEqual<PanelRequest>({ kind: 'seedSoa' });
    expect(memory.workbook().sheets.map((s) => s.name)).toContain(SHEETS.soa);
  });
});
