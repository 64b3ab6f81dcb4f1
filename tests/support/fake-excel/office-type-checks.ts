/**
 * Compile-time checks that the fake's members have the types @types/office-js declares for them.
 * Only members that return plain data or nothing can be compared: a fake method returns a fake
 * proxy, which is not an Excel.* class.
 */
import type { FakeConditionalFormat } from './conditional-format-proxies';
import type { FakeNote } from './note-proxies';
import type { FakeRangeFont, FakeRangeFormat } from './format-proxies';
import type { FakeRange, FakeRangeAreas } from './range-proxies';
import type { FakeDataValidation } from './validation-proxy';
import type { FakeApplication, FakeNamedItem } from './workbook-proxies';
import type { FakeWorksheet, FakeWorksheetProtection } from './worksheet-proxies';

type Expect<T extends true> = T;
type Is<A, B> = A extends B ? true : false;

export type OfficeTypeChecks = [
  Expect<Is<FakeRange, Pick<Excel.Range, 'address' | 'rowIndex' | 'columnIndex' | 'rowCount' | 'columnCount' | 'values' | 'formulas' | 'numberFormat' | 'merge' | 'select' | 'setRowProperties' | 'isNullObject'>>>,
  Expect<Is<FakeRangeAreas, Pick<Excel.RangeAreas, 'address' | 'areaCount' | 'select' | 'isNullObject'>>>,
  Expect<Is<Parameters<FakeWorksheet['getRanges']>, Parameters<Excel.Worksheet['getRanges']>>>,
  Expect<Is<FakeRangeFormat, Pick<Excel.RangeFormat, 'wrapText' | 'horizontalAlignment' | 'verticalAlignment' | 'columnWidth' | 'rowHeight'>>>,
  Expect<Is<FakeRangeFont, Pick<Excel.RangeFont, 'color' | 'bold' | 'italic' | 'size' | 'name'>>>,
  Expect<Is<FakeDataValidation, Pick<Excel.DataValidation, 'rule' | 'errorAlert' | 'prompt' | 'ignoreBlanks' | 'clear'>>>,
  Expect<Is<FakeConditionalFormat, Pick<Excel.ConditionalFormat, 'id' | 'priority' | 'stopIfTrue' | 'delete'>>>,
  Expect<Is<FakeWorksheet, Pick<Excel.Worksheet, 'name' | 'position' | 'visibility' | 'tabColor' | 'activate' | 'delete'>>>,
  Expect<Is<FakeWorksheetProtection, Pick<Excel.WorksheetProtection, 'protected' | 'options' | 'protect' | 'unprotect'>>>,
  Expect<Is<FakeNamedItem, Pick<Excel.NamedItem, 'name' | 'formula' | 'visible' | 'delete'>>>,
  Expect<Is<FakeApplication, Pick<Excel.Application, 'suspendApiCalculationUntilNextSync' | 'suspendScreenUpdatingUntilNextSync'>>>,
  Expect<Is<FakeNote, Pick<Excel.Note, 'content' | 'authorName' | 'delete' | 'isNullObject'>>>,
];
