/** Plan named ranges → workbook defined names (absolute, sheet always quoted). */
import type * as ExcelJS from 'exceljs';
import type { NamedRangeSpec } from '../../core/workbook/plan';

function absolute(range: string): string {
  return range
    .replace(/\$/g, '')
    .split(':')
    .map((p) => p.replace(/^([A-Za-z]+)(\d+)$/, (_w, c: string, r: string) => `$${c.toUpperCase()}$${r}`))
    .join(':');
}

/** `'Risk register'!$B$5:$B$9`; ExcelJS stores the sheet part as written, quotes doubled. */
export function definedNameReference(spec: NamedRangeSpec): string {
  return `'${spec.sheet.replace(/'/g, "''")}'!${absolute(spec.range)}`;
}

export function setDefinedNames(workbook: ExcelJS.Workbook, specs: readonly NamedRangeSpec[]): void {
  if (specs.length === 0) return;
  const names = workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] };
  const planned = new Set(specs.map((s) => s.name.toLowerCase()));
  const kept = names.model.filter((n) => !planned.has(n.name.toLowerCase()));
  names.model = [...kept, ...specs.map((s) => ({ name: s.name, ranges: [definedNameReference(s)] }))];
}
