/**
 * ExcelJS 4.4.0 keeps every defined name as a matrix of cell objects, one per cell its range
 * covers, and on saving finds the ranges again by exploring that matrix cell by cell. The names
 * the Dashboard counts through cover whole tables: at 50,000 risks `RB_RtpRows` is 11 columns by
 * 67,000 rows, 737,000 objects built on load and on every change, and explored on save; most of a
 * large recalc's garbage.
 *
 * The patch keeps the names a workbook is given (`model = …`, as loading and Riskbook's own
 * `setDefinedNames` give them) as their ranges, and hands them back as they are. The first call
 * of any other method (adding a name to a cell, splicing rows…) builds the matrices from those
 * ranges and lets ExcelJS go on as it does. Which names survive is ExcelJS's rule, kept: a range
 * that is not a plain reference (`$A$1` or `$A$1:$B$2`) is dropped, and so is a sheet scope.
 */

interface NameModel {
  name: string;
  ranges: string[];
  localSheetId?: number;
}

interface DefinedNamesObject {
  matrixMap: Record<string, unknown>;
  [KEPT]?: NameModel[];
}

export interface DefinedNamesClass {
  prototype: object;
}

const KEPT = Symbol('riskbook.definedNames.kept');
const PATCHED = Symbol.for('riskbook.exceljs.definedNames');

/** ExcelJS's own test of a range it keeps (lib/doc/defined-names.js `rangeRegexp`). */
const PLAIN_REFERENCE = /[$](\w+)[$](\d+)(:[$](\w+)[$](\d+))?/;

/** The methods that work on the matrices, each building them first from the kept ranges. */
const MATRIX_METHODS = ['getMatrix', 'add', 'addEx', 'remove', 'removeEx', 'removeAllNames', 'forEach', 'getNames', 'getNamesEx', '_explore', 'getRanges', 'normaliseMatrix', 'spliceRows', 'spliceColumns'] as const;

export function patchDefinedNames(DefinedNames: DefinedNamesClass): void {
  const proto = DefinedNames.prototype as Record<string | symbol, unknown>;
  if (proto[PATCHED]) return;
  proto[PATCHED] = true;
  const model = Object.getOwnPropertyDescriptor(proto, 'model');
  if (!model?.get || !model.set) throw new Error('ExcelJS DefinedNames has no model accessor: the patch no longer fits this ExcelJS');
  const buildMatrices = model.set;
  const rangesFromMatrices = model.get;

  const materialise = (names: DefinedNamesObject): void => {
    const kept = names[KEPT];
    if (!kept) return;
    delete names[KEPT];
    buildMatrices.call(names, kept);
  };

  Object.defineProperty(proto, 'model', {
    configurable: true,
    get(this: DefinedNamesObject): NameModel[] {
      const kept = this[KEPT];
      if (!kept) return rangesFromMatrices.call(this) as NameModel[];
      return kept.filter((n) => n.ranges.length > 0).map((n) => ({ name: n.name, ranges: [...n.ranges] }));
    },
    set(this: DefinedNamesObject, value: readonly NameModel[]) {
      this.matrixMap = {};
      // One entry a name, the last given winning, as ExcelJS's matrices by name do.
      const byName = new Map<string, NameModel>();
      for (const n of value) byName.set(n.name, { name: n.name, ranges: n.ranges.filter((r) => PLAIN_REFERENCE.test(r.split('!').pop() ?? '')) });
      this[KEPT] = [...byName.values()];
    },
  });

  for (const method of MATRIX_METHODS) {
    const original = proto[method];
    if (typeof original !== 'function') continue;
    proto[method] = function matricesFirst(this: DefinedNamesObject, ...args: unknown[]): unknown {
      materialise(this);
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
  }
}
