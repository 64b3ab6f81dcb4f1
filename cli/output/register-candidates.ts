/** What `riskbook map` says when no register was found: the closest rows and what each lacks. */
import type { MappingReport } from '../engine';

type NotFound = Pick<MappingReport, 'candidates' | 'looksLike' | 'looksLikeSheet'>;

export function candidatesText(report: NotFound, path: string, chosenSheet: string | undefined): string {
  const lines: string[] = [];
  if (report.looksLike === 'soa') {
    lines.push(
      `"${report.looksLikeSheet ?? ''}" looks like a Statement of Applicability (one Annex A control per row), not a risk register.`,
      'Riskbook reads a risk register and writes the SoA from it; checking an SoA on its own is not supported yet (see docs/adoption.md).',
      '',
    );
  }
  const candidates = report.candidates ?? [];
  if (candidates.length === 0) {
    lines.push(chosenSheet !== undefined ? `No header in the first 20 rows of "${chosenSheet}" names a register column.` : 'No sheet has a header that names a register column in its first 20 rows.');
    lines.push('A register needs a header row with a risk id, likelihood, impact, risk owner and a threat or description.');
    return `${lines.join('\n')}\n`;
  }
  lines.push(candidates.length === 1 ? 'The closest row to a register header:' : 'The closest rows to a register header:');
  for (const c of candidates) {
    lines.push('', `"${c.sheet}", row ${c.headerRow}:`);
    for (const u of c.understood) lines.push(`  ${u.column.padEnd(4)}"${u.header}" -> ${u.label}`);
    if (c.notUnderstood.length > 0) lines.push(`  not understood: ${c.notUnderstood.map((n) => `${n.column} "${n.header}"`).join(', ')}`);
    if (c.missing.length > 0) lines.push(`  missing: ${c.missing.join(', ')}`);
  }
  lines.push('', 'Rename the headers of the missing fields (or add those columns), then run this again.');
  if (chosenSheet === undefined && candidates.length > 1) lines.push(`To look at one sheet only: riskbook map "${path}" --sheet "${candidates[0]!.sheet}"`);
  return `${lines.join('\n')}\n`;
}
