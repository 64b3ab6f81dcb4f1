/**
 * Defined names go through the .xlsx host as the ranges they are: a name over a table of 100,000
 * cells costs no object per cell (ExcelJS built one each, on load and on save, most of a large
 * recalc's garbage), comes back as written, and a name added to a cell the ExcelJS way still works.
 */
import JSZip from 'jszip';
import { setDefinedNames } from '../../cli/xlsx/defined-names';
import { loadWorkbook, newWorkbook, saveWorkbook } from '../../cli/xlsx/workbook-io';

/** ExcelJS's own store of names by matrix, which the patch leaves empty until something needs it. */
function matrices(wb: ReturnType<typeof newWorkbook>): number {
  const names = wb.definedNames as unknown as { matrixMap: Record<string, unknown> };
  return Object.keys(names.matrixMap).length;
}

async function namesIn(file: Buffer): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(file)).file('xl/workbook.xml')!.async('string');
  return [...xml.matchAll(/<definedName name="([^"]+)"[^>]*>([^<]*)<\/definedName>/g)].map((m) => `${m[1]}=${m[2]!.replace(/&apos;/g, "'")}`);
}

async function withTableName(): Promise<Buffer> {
  const wb = newWorkbook();
  wb.addWorksheet('Risk Treatment Plan').getCell('A1').value = 'Risk ID';
  wb.addWorksheet('Lists').getCell('A1').value = 'Yes';
  setDefinedNames(wb, [
    { name: 'RB_RtpRows', sheet: 'Risk Treatment Plan', range: 'A5:K10004' },
    { name: 'RB_YesNo', sheet: 'Lists', range: 'A1:A2' },
  ]);
  expect(matrices(wb)).toBe(0);
  return saveWorkbook(wb);
}

describe('defined names in the .xlsx host', () => {
  it('are written as the ranges they were given', async () => {
    expect(await namesIn(await withTableName())).toEqual(["RB_RtpRows='Risk Treatment Plan'!$A$5:$K$10004", "RB_YesNo='Lists'!$A$1:$A$2"]);
  });

  it('are read and written back as they are, building no cell for them', async () => {
    const wb = await loadWorkbook(await withTableName());
    expect(matrices(wb)).toBe(0);
    expect(wb.definedNames.model).toEqual([
      { name: 'RB_RtpRows', ranges: ["'Risk Treatment Plan'!$A$5:$K$10004"] },
      { name: 'RB_YesNo', ranges: ["'Lists'!$A$1:$A$2"] },
    ]);
    const again = await saveWorkbook(wb);
    expect(matrices(wb)).toBe(0);
    expect(await namesIn(again)).toEqual(await namesIn(await withTableName()));
  });

  it('still take a name added to a cell the ExcelJS way, beside the ones kept', async () => {
    const wb = await loadWorkbook(await withTableName());
    wb.definedNames.add("'Lists'!$B$1", 'Extra');
    // ExcelJS writes them its own way from then on: a sheet name quoted only where it must be.
    expect(await namesIn(await saveWorkbook(wb))).toEqual(["RB_RtpRows='Risk Treatment Plan'!$A$5:$K$10004", 'RB_YesNo=Lists!$A$1:$A$2', 'Extra=Lists!$B$1']);
  });

  it('drop what ExcelJS drops: a name that is no plain reference, and a second entry of one name', async () => {
    const wb = newWorkbook();
    wb.addWorksheet('S');
    const names = wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] };
    names.model = [
      { name: 'Formula', ranges: ['SUM(S!A1:A3)'] },
      { name: 'Twice', ranges: ["'S'!$A$1"] },
      { name: 'Twice', ranges: ["'S'!$B$2"] },
    ];
    expect(names.model).toEqual([{ name: 'Twice', ranges: ["'S'!$B$2"] }]);
  });
});
