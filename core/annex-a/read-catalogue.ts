/**
 * The catalogue a workbook uses: Annex A 2022, plus every row of the Controls sheet whose id is
 * not an Annex A 2022 id (the team's own controls, theme `Custom`).
 */
import type { Finding } from '../findings/finding';
import { finding } from '../findings/report';
import { cellAddress } from '../workbook/a1';
import { SHEETS } from '../workbook/names';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { cellAt, findSheet, usedRowCount } from '../workbook/snapshot';
import { cellText } from '../register/cell-text';
import type { Control, ControlCatalogue } from './types';
import { ANNEX_A_CATALOGUE, createCatalogue } from './catalogue';
import { isAnnexA2022Id, normalizeControlToken } from './control-ids';
import { locateControlsHeader } from './controls-layout';

export interface CatalogueRead {
  readonly catalogue: ControlCatalogue;
  readonly findings: Finding[];
}

/** The key two Controls rows collide on: the canonical Annex A id, or the own id ignoring case. */
export function controlRowKey(id: string): string {
  const canonical = normalizeControlToken(id);
  return canonical !== null && isAnnexA2022Id(canonical) ? canonical : id.trim().toLowerCase();
}

/** The catalogue with the team's own controls from the Controls sheet (`name`: where Riskbook's is). */
export function readCatalogue(snapshot: WorkbookSnapshot, name: string = SHEETS.controls): CatalogueRead {
  const sheet = findSheet(snapshot, name);
  const header = sheet ? locateControlsHeader(sheet) : null;
  if (!sheet || !header) return { catalogue: ANNEX_A_CATALOGUE, findings: [] };

  const findings: Finding[] = [];
  const own: Control[] = [];
  const firstRow = new Map<string, number>();
  const rows = usedRowCount(sheet);
  for (let row = header.row + 1; row < rows; row++) {
    const id = cellText(cellAt(sheet, row, header.idCol)).trim();
    if (id === '') continue;
    const key = controlRowKey(id);
    const other = firstRow.get(key);
    if (other !== undefined) {
      findings.push(finding('control-duplicate', sheet.name, cellAddress(row, header.idCol), { value: id, otherRow: other + 1 }));
      continue;
    }
    firstRow.set(key, row);
    const canonical = normalizeControlToken(id);
    if (canonical !== null && isAnnexA2022Id(canonical)) continue;
    own.push({ id, title: cellText(cellAt(sheet, row, header.titleCol)).trim(), theme: 'Custom', annexA: false });
  }
  return { catalogue: createCatalogue(own), findings };
}
