/** The mapping report (`riskbook map`) for people. */
import { count } from './wrap';

/** The engine's MappingReport, as far as the report shows it. */
export interface MappingInput {
  readonly sheet: string | null;
  readonly headerRow: number | null;
  readonly fields: readonly { field: string; label: string; column: string; header: string }[];
  readonly userColumns: readonly { column: string; header: string }[];
  readonly teamColumns: readonly { label: string; column: string; header: string }[];
  readonly missing: readonly { field: string; label: string }[];
}

export function mappingText(report: MappingInput): string {
  if (report.sheet === null) return 'No register found.\n';
  const lines = [`Register "${report.sheet}", header in row ${report.headerRow ?? '?'}`, ''];
  const width = Math.max(6, ...report.fields.map((f) => f.header.length + 2));
  lines.push(`Columns Riskbook reads (${report.fields.length}):`);
  for (const f of report.fields) lines.push(`  ${f.column.padEnd(4)}${`"${f.header}"`.padEnd(width)}  -> ${f.label}`);
  if (report.teamColumns.length > 0) {
    lines.push('', `Your own scores and levels, compared with the methodology, never written (${report.teamColumns.length}):`);
    for (const t of report.teamColumns) lines.push(`  ${t.column.padEnd(4)}${`"${t.header}"`.padEnd(width)}  ~ ${t.label}`);
  }
  const team = new Set(report.teamColumns.map((t) => t.column));
  const left = report.userColumns.filter((u) => !team.has(u.column));
  lines.push('', `Columns left as they are (${left.length}):`);
  if (left.length === 0) lines.push('  none');
  for (const u of left) lines.push(`  ${u.column.padEnd(4)}"${u.header}"`);
  lines.push('', `Fields with no column (${report.missing.length}):`);
  if (report.missing.length === 0) lines.push('  none');
  for (const m of report.missing) lines.push(`  ${m.label}`);
  lines.push('', `${count(report.fields.length, 'column')} mapped, ${count(report.missing.length, 'field')} missing`);
  return `${lines.join('\n')}\n`;
}
