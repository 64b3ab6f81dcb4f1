/** How a team's SoA was understood (`riskbook map`), for people. */
import type { SoaMapping } from '../engine';
import { count } from './wrap';
import { maxOf } from '../../core/arrays';

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** `withRegister`: a recalc can add what the SoA lacks (it needs a register to run). */
export function soaMappingText(m: SoaMapping, withRegister: boolean): string {
  const lines: string[] = [];
  const edition = m.edition === '2013' ? 'Annex A 2013 numbering' : 'Annex A 2022';
  lines.push(`Statement of Applicability: sheet "${m.sheet}", header row ${m.headerRow} (${edition})${m.inUse ? '' : ", not in use: Riskbook's own SoA is"}`);
  const width = Math.max(0, maxOf(m.fields.map((f) => f.label.length)));
  for (const f of m.fields) {
    const how = f.how === 'cells' ? ' (by what the column holds)' : '';
    lines.push(`  ${f.label.padEnd(width)}  ${f.column}  "${oneLine(f.header)}"${how}`);
  }
  const decided = [
    `${m.applicable} applicable`,
    ...(m.partial > 0 ? [`${m.partial} in part`] : []),
    `${m.excluded} excluded`,
    ...(m.undecided > 0 ? [`${m.undecided} undecided`] : []),
  ];
  lines.push(`  ${count(m.controls, 'control')} listed: ${decided.join(', ')}`);
  if (m.notListed > 0) {
    const next = m.inUse && withRegister ? ": the next recalc adds them below the table, under Riskbook's heading" : '';
    lines.push(`  ${count(m.notListed, 'Annex A control')} not listed${next}`);
  }
  for (const r of m.recovered) lines.push(`  ${r.cell} holds ${r.typed}: read as ${r.id}${r.basis ? ` (${r.basis})` : ''}`);
  if (m.edition === '2013') lines.push('  Migrate it to the 2022 controls: riskbook migrate-soa FILE --out OUT.xlsx');
  return `${lines.join('\n')}\n`;
}
