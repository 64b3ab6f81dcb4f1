/**
 * The print check (tests/support/printed-pages.ts) that the pack and the new register are held to
 * sees what a reader sees on paper: text cut at a neighbouring cell, wrapped text taller than its
 * row, a number too wide for its column, text under 7 pt, a page without "Page N of M". A
 * workbook laid out with room for its text passes.
 */
import { writeFileSync } from 'fs';
import * as path from 'path';
import type * as ExcelJS from 'exceljs';
import { newWorkbook, saveWorkbook } from '../../cli/xlsx/workbook-io';
import { convertWithLibreOffice, libreOfficeMissing } from '../support/libreoffice';
import { printedWorkbookDefects, vocabularyOf, type PrintDefectKind } from '../support/printed-pages';
import { requires } from '../support/prerequisite';
import { tempDir } from './support/cli-build';

const withLibreOffice = requires('the print check', libreOfficeMissing());

const LONG = 'An attacker extracts tenant data through an unvalidated query parameter in the v1 API';

/** A sheet laid out as a careless generator would, or with room for its text. */
function fill(ws: ExcelJS.Worksheet, careless: boolean): void {
  ws.headerFooter.oddFooter = careless ? '' : '&CPage &P of &N';
  ws.getColumn(1).width = careless ? 10 : 30;
  ws.getColumn(2).width = careless ? 3 : 14;
  ws.getCell('A1').value = 'Head of Security Operations';
  ws.getCell('B1').value = 'Owner';
  ws.getCell('A3').value = LONG;
  ws.getCell('A3').alignment = { wrapText: true, vertical: 'top' };
  ws.getRow(3).height = careless ? 15 : 75;
  ws.getCell('A4').value = 'The row below';
  ws.getCell('B6').value = 123456789;
  ws.getCell('A8').value = 'Small print';
  ws.getCell('A8').font = { size: careless ? 5 : 9 };
}

async function printed(careless: boolean): Promise<{ pdf: string; xlsx: string }> {
  const dir = tempDir(careless ? 'print-careless' : 'print-roomy');
  const wb = newWorkbook();
  fill(wb.addWorksheet('Sheet'), careless);
  const xlsx = path.join(dir, 'sheet.xlsx');
  writeFileSync(xlsx, await saveWorkbook(wb));
  return { pdf: convertWithLibreOffice(xlsx, dir, { to: 'pdf' }), xlsx };
}

describe('the print check', () => {
  withLibreOffice.it('finds each thing a reader would point at on a carelessly laid out page', async () => {
    const { pdf, xlsx } = await printed(true);
    const { defects } = await printedWorkbookDefects(pdf, xlsx);
    const kinds = new Set<PrintDefectKind>(defects.map((d) => d.kind));
    // "Head of Secu" cut at "Owner"; the long text printed over the row below; 123456789 as ###.
    expect([...kinds].sort()).toEqual(['cut-word', 'hash-marks', 'overlap', 'small-text', 'unnumbered']);
    expect(defects.filter((d) => d.kind === 'small-text').map((d) => d.text)).toEqual([expect.stringMatching(/^Small print \(\d/u)]);
  }, 120_000);

  withLibreOffice.it('finds nothing on the same page laid out with room for its text', async () => {
    const { pdf, xlsx } = await printed(false);
    expect((await printedWorkbookDefects(pdf, xlsx)).defects).toEqual([]);
  }, 120_000);
});

describe('the words a sheet holds', () => {
  it('let a word print in pieces after its hyphens and slashes, but never an id', () => {
    const words = vocabularyOf(['On-premises backups', 'Confidentiality/Integrity', 'R-38, ID-R01']);
    for (const piece of ['on-', 'premises', 'confidentiality/', 'integrity', 'on-premises']) expect(words.has(piece)).toBe(true);
    for (const piece of ['r-', '38', 'id-', 'r01']) expect(words.has(piece)).toBe(false);
  });
});
