/**
 * .xlsx bytes → WorkbookSnapshot without ExcelJS: the parts are read straight from the package,
 * each streamed once through a SAX parser, and nothing but the snapshot is kept. A read-only
 * command needs no more; loading ExcelJS's model of a large register costs many times the time
 * and memory (issue 13). It reads what `readXlsxSnapshot(loadWorkbook(bytes))` reads
 * (tests/cli/xlsx-streaming-reader-reads-what-exceljs-reads.test.ts), but where ExcelJS loses
 * something, which that test lists.
 */
import type { SheetSnapshot, WorkbookSnapshot } from '../../core/workbook/snapshot';
import type { ReadOptions } from './read-xlsx-snapshot';
import { readNotes } from './stream/comments-part';
import { readSharedStrings } from './stream/shared-strings-part';
import type { SheetContext } from './stream/sheet-part';
import { readSheetPart } from './stream/sheet-part';
import { readDateStyles } from './stream/styles-part';
import { readWorkbookPart } from './stream/workbook-part';
import { XlsxPackage, relationshipOfType } from './stream/xlsx-package';

const WORKBOOK = 'xl/workbook.xml';

export async function streamXlsxSnapshot(data: Buffer, options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  const pkg = XlsxPackage.open(data);
  const workbook = await readWorkbookPart(pkg, WORKBOOK);
  const parts = await pkg.relationships(WORKBOOK);
  // A package without the relationship still has the part under its usual name, as some
  // generators write it; ExcelJS only ever looks there.
  const partOfType = (type: string, usual: string): string | undefined =>
    relationshipOfType(parts, type)?.target ?? (pkg.has(usual) ? usual : undefined);
  const context: SheetContext = {
    dateStyles: await readDateStyles(pkg, partOfType('styles', 'xl/styles.xml')),
    sharedStrings: await readSharedStrings(pkg, partOfType('sharedStrings', 'xl/sharedStrings.xml')),
    date1904: workbook.date1904,
  };
  const sheets: SheetSnapshot[] = [];
  let rowsRead = 0;
  for (const [index, entry] of workbook.sheets.entries()) {
    const rel = parts.get(entry.relationship);
    // Chart sheets and dialog sheets hold no cells; a sheet whose part is missing reads as absent.
    if (!rel || rel.type !== 'worksheet' || !pkg.has(rel.target)) continue;
    const cells = await readSheetPart(pkg, rel.target, context);
    const comments = relationshipOfType(await pkg.relationships(rel.target), 'comments');
    const notes = comments ? await readNotes(pkg, comments.target) : [];
    sheets.push({
      name: entry.name,
      values: cells.values,
      formulas: cells.formulas,
      hidden: entry.hidden,
      hiddenRows: cells.hiddenRows,
      merges: cells.merges,
      ...(cells.paperSize ? { paperSize: cells.paperSize } : {}),
      ...(cells.autoFilter ? { autoFilter: cells.autoFilter } : {}),
      ...(workbook.printAreas.has(index) ? { printArea: workbook.printAreas.get(index)! } : {}),
      // Only a sheet with notes says so, as the memory workbook does.
      ...(notes.length > 0 ? { notes } : {}),
    });
    rowsRead += cells.values.length;
    options.onProgress?.(rowsRead, entry.name);
  }
  return { sheets, names: workbook.names };
}
