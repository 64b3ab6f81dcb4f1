/**
 * OOXML lets a workbook name its parts freely and point at them from the package root; some
 * generators put cell notes in `/xl/comments/comment1.xml` with a `/xl/drawings/commentsDrawing1.vml`.
 * Such a file opens, its notes are read, and they survive a recalc.
 */
import JSZip from 'jszip';
import { withReadablePartNames } from '../../cli/xlsx/package-parts';
import { loadWorkbook, newWorkbook, saveWorkbook } from '../../cli/xlsx/workbook-io';

/** An ExcelJS-written workbook with a note on A1, its note parts renamed as another generator names them. */
async function notesNamedFromTheRoot(): Promise<Buffer> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Risks');
  ws.getCell('A1').value = 'Risk ID';
  ws.getCell('A1').note = 'One row per risk';
  const zip = await JSZip.loadAsync(await saveWorkbook(wb));
  const move = async (from: string, to: string): Promise<void> => {
    zip.file(to, await zip.file(from)!.async('uint8array'));
    zip.remove(from);
  };
  await move('xl/comments1.xml', 'xl/comments/comment1.xml');
  await move('xl/drawings/vmlDrawing1.vml', 'xl/drawings/commentsDrawing1.vml');
  const rels = 'xl/worksheets/_rels/sheet1.xml.rels';
  const xml = (await zip.file(rels)!.async('string'))
    .replace('Target="../comments1.xml"', 'Target="/xl/comments/comment1.xml"')
    .replace('Target="../drawings/vmlDrawing1.vml"', 'Target="/xl/drawings/commentsDrawing1.vml"');
  zip.file(rels, xml);
  const types = (await zip.file('[Content_Types].xml')!.async('string')).replace('PartName="/xl/comments1.xml"', 'PartName="/xl/comments/comment1.xml"');
  zip.file('[Content_Types].xml', types);
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('notes in parts named from the package root', () => {
  it('are read, and written back when the workbook is saved', async () => {
    const file = await notesNamedFromTheRoot();
    const wb = await loadWorkbook(file);
    expect(wb.getWorksheet('Risks')!.getCell('A1').note).toBe('One row per risk');
    const again = await loadWorkbook(await saveWorkbook(wb));
    expect(again.getWorksheet('Risks')!.getCell('A1').note).toBe('One row per risk');
  });

  it('leave a package that needs nothing exactly as it was', async () => {
    const wb = newWorkbook();
    wb.addWorksheet('Risks').getCell('A1').note = 'kept';
    const plain = await saveWorkbook(wb);
    expect(await withReadablePartNames(plain)).toBe(plain);
  });
});
