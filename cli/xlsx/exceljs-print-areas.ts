/**
 * ExcelJS 4.4.0 reads and writes a sheet's print area (the defined name `_xlnm.Print_Area`) in a
 * way that damages it on a round trip:
 *
 * - Reading decodes only the first range and keeps its `dimensions`: a print area of whole
 *   columns (`$A:$S`, what Riskbook sets so that rows added later print) or whole rows comes
 *   back as `ANaN:SNaN`, and a print area of several ranges loses all but the first.
 * - Writing puts a `$` before each end only (`$A1:$C5`, rows left relative) and writes one
 *   defined name per range, so a print area of two ranges becomes two names with the same name
 *   and sheet, which Excel repairs away. Sheet names are quoted without doubling a `'` inside.
 *
 * The patch reads every range of the name as written (without the sheet and `$`), joined with
 * `&&` as ExcelJS's own `pageSetup.printArea` is, and writes them back as one defined name, each
 * range absolute, the sheet name quoted as the formula grammar asks. Print titles keep ExcelJS's
 * handling, with the sheet name quoted the same way.
 */

interface DefinedNameModel {
  name: string;
  ranges: string[];
  localSheetId?: number;
}

interface SheetModel {
  name: string;
  pageSetup?: { printArea?: string };
}

interface WorkbookModel {
  sheets?: { name: string }[];
  worksheets?: SheetModel[];
  worksheetHash?: Record<string, SheetModel>;
  definedNames?: DefinedNameModel[];
}

export interface WorkbookXformClass {
  prototype: {
    prepare(this: unknown, model: WorkbookModel): void;
    reconcile(this: unknown, model: WorkbookModel, options?: unknown): void;
  };
}

import { absoluteRange, printAreaParts } from './print-area-references';
import { alwaysQuoted } from './snapshot-grid';

const PRINT_AREA = '_xlnm.Print_Area';
const PRINT_TITLES = '_xlnm.Print_Titles';
const PATCHED = Symbol.for('riskbook.exceljs.printAreas');

export function patchPrintAreas(WorkbookXform: WorkbookXformClass): void {
  const proto = WorkbookXform.prototype as WorkbookXformClass['prototype'] & { [PATCHED]?: true };
  if (proto[PATCHED]) return;
  proto[PATCHED] = true;

  const reconcile = proto.reconcile;
  proto.reconcile = function reconcilePrintAreas(model, options) {
    const areas = (model.definedNames ?? []).filter((n) => n.name === PRINT_AREA);
    model.definedNames = (model.definedNames ?? []).filter((n) => n.name !== PRINT_AREA);
    reconcile.call(this, model, options);
    const byName = new Map(Object.values(model.worksheetHash ?? {}).map((ws) => [ws.name, ws]));
    for (const area of areas) {
      const sheetName = area.localSheetId === undefined ? undefined : model.sheets?.[area.localSheetId]?.name;
      const worksheet = sheetName === undefined ? undefined : byName.get(sheetName);
      const parts = printAreaParts(area.ranges);
      if (!worksheet || parts.length === 0) continue;
      worksheet.pageSetup ??= {};
      worksheet.pageSetup.printArea = parts.join('&&');
    }
  };

  const prepare = proto.prepare;
  proto.prepare = function preparePrintAreas(model) {
    // ExcelJS's own writing of the print areas is held back, and done here instead.
    const held = new Map<SheetModel, string>();
    for (const ws of model.worksheets ?? []) {
      const area = ws.pageSetup?.printArea;
      if (area === undefined || area === '') continue;
      held.set(ws, area);
      delete ws.pageSetup!.printArea;
    }
    try {
      prepare.call(this, model);
    } finally {
      for (const [ws, area] of held) ws.pageSetup!.printArea = area;
    }
    const names: DefinedNameModel[] = [];
    let index = 0;
    // ExcelJS numbers the sheets it writes in this order, skipping holes (its `prepare` does the same).
    (model.worksheets ?? []).forEach((ws) => {
      const sheet = alwaysQuoted(ws.name);
      const area = held.get(ws);
      if (area !== undefined) names.push({ name: PRINT_AREA, ranges: [area.split('&&').map((r) => `${sheet}!${absoluteRange(r)}`).join(',')], localSheetId: index });
      for (const n of model.definedNames ?? []) {
        if (n.name === PRINT_TITLES && n.localSheetId === index) n.ranges = n.ranges.map((r) => r.split(`'${ws.name}'!`).join(`${sheet}!`));
      }
      index++;
    });
    model.definedNames = [...(model.definedNames ?? []), ...names];
  };
}
