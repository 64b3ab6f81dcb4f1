/**
 * A team's print area comes back from a recalc as the team set it: whole columns (what Riskbook
 * itself sets, so rows added later print), whole rows, several ranges, on a sheet whose name has
 * an apostrophe. ExcelJS alone turned `$A:$S` into `$ANaN:$SNaN`, kept only the first of several
 * ranges and wrote others as duplicate names (exceljs-print-areas.ts).
 */
import JSZip from 'jszip';
import { absoluteRange, printAreaParts } from '../../cli/xlsx/print-area-references';
import { alwaysQuoted } from '../../cli/xlsx/snapshot-grid';
import { loadWorkbook, newWorkbook, saveWorkbook } from '../../cli/xlsx/workbook-io';

const SHEETS = ['Risk register', "Team's SoA", 'Notes'] as const;

/** The print areas as Excel writes them in workbook.xml, one defined name per sheet. */
const AS_EXCEL_WRITES: readonly { readonly sheet: number; readonly reference: string }[] = [
  { sheet: 0, reference: "'Risk register'!$A:$S" },
  { sheet: 1, reference: "'Team''s SoA'!$A$1:$F$100,'Team''s SoA'!$H$1:$I$100" },
  { sheet: 2, reference: 'Notes!$1:$40' },
];

/** A workbook with those print areas, the defined names written into workbook.xml as Excel does. */
async function teamWorkbook(): Promise<Buffer> {
  const wb = newWorkbook();
  for (const name of SHEETS) wb.addWorksheet(name).getCell('A1').value = name;
  const zip = await JSZip.loadAsync(await saveWorkbook(wb));
  const names = AS_EXCEL_WRITES.map((a) => `<definedName name="_xlnm.Print_Area" localSheetId="${a.sheet}">${a.reference.replace(/'/g, '&apos;')}</definedName>`).join('');
  const xml = (await zip.file('xl/workbook.xml')!.async('string')).replace('</sheets>', `</sheets><definedNames>${names}</definedNames>`);
  zip.file('xl/workbook.xml', xml);
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** The print area names of a saved workbook, as `localSheetId → reference`. */
async function printAreasOf(file: Buffer): Promise<Map<number, string[]>> {
  const xml = await (await JSZip.loadAsync(file)).file('xl/workbook.xml')!.async('string');
  const found = new Map<number, string[]>();
  for (const m of xml.matchAll(/<definedName name="_xlnm\.Print_Area" localSheetId="(\d+)">([^<]*)<\/definedName>/g)) {
    const list = found.get(Number(m[1])) ?? [];
    list.push(m[2]!.replace(/&apos;/g, "'"));
    found.set(Number(m[1]), list);
  }
  return found;
}

describe('a print area on a round trip through the .xlsx host', () => {
  it('is read as the ranges the team set', async () => {
    const wb = await loadWorkbook(await teamWorkbook());
    expect(SHEETS.map((name) => wb.getWorksheet(name)!.pageSetup.printArea)).toEqual(['A:S', 'A1:F100&&H1:I100', '1:40']);
  });

  it('is written back exactly, one name per sheet', async () => {
    const again = await printAreasOf(await saveWorkbook(await loadWorkbook(await teamWorkbook())));
    expect(again).toEqual(new Map(AS_EXCEL_WRITES.map((a) => [a.sheet, [a.reference.replace(/^Notes!/, "'Notes'!")]])));
  });

  it('is set from a plan as whole columns, absolute, the sheet name quoted', async () => {
    const wb = newWorkbook();
    wb.addWorksheet("Team's register").pageSetup.printArea = 'A:S';
    expect(await printAreasOf(await saveWorkbook(wb))).toEqual(new Map([[0, ["'Team''s register'!$A:$S"]]]));
  });
});

describe('the references of a print area', () => {
  it('are split into ranges at commas outside quoted sheet names, without the sheet or $', () => {
    expect(printAreaParts(["'A, b''s'!$A$1:$B$2", "'A, b''s'!$D:$E"])).toEqual(['A1:B2', 'D:E']);
    expect(printAreaParts(['Sheet1!$1:$3,Sheet1!$C$4'])).toEqual(['1:3', 'C4']);
  });

  it('are written absolute whatever they cover', () => {
    expect(['A:S', 'U1:V9', '1:20', 'C4'].map(absoluteRange)).toEqual(['$A:$S', '$U$1:$V$9', '$1:$20', '$C$4']);
    expect(alwaysQuoted("Team's")).toBe("'Team''s'");
  });
});
