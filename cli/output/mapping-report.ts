/** The mapping report (`riskbook map`) for people. */
import { count } from './wrap';
import { maxOf } from '../../core/arrays';

/** A column read as a field, and how when it was not an exact header word (see core `HeaderHow`). */
interface Mapped {
  readonly field?: string;
  readonly label: string;
  readonly column: string;
  readonly header: string;
  readonly how?: string;
  readonly basis?: string;
}

/** A column left as the team's because another column (`used…`) holds the field it names. */
interface Beside {
  readonly label: string;
  readonly column: string;
  readonly header: string;
  readonly usedColumn: string;
  readonly usedHeader: string;
}

/** A header on one line: wrapped headers ("Risk\nNumber") keep the table readable. */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Why a column was read as its field, when not by an exact header word: `(no Risk owner column)`. */
function how(f: Mapped, all: readonly Mapped[]): string {
  switch (f.how) {
    case 'note':
      return ` (read without "${oneLine(f.basis ?? '')}")`;
    case 'group':
      return ` (under "${oneLine(f.basis ?? '')}")`;
    case 'priority': {
      const other = all.find((o) => o.column === f.basis);
      return other ? ` (${other.column} "${oneLine(other.header)}" is the ${other.label})` : f.basis ? ` (${f.basis})` : '';
    }
    case 'fallback':
      return ` (no ${f.label} column)`;
    default:
      return '';
  }
}

/** The engine's MappingReport, as far as the report shows it. */
export interface MappingInput {
  readonly sheet: string | null;
  readonly headerRow: number | null;
  /** 1-based row of the banner above the header row, when the header spans two rows. */
  readonly bannerRow?: number;
  readonly fields: readonly Mapped[];
  readonly userColumns: readonly { column: string; header: string }[];
  readonly teamColumns: readonly Mapped[];
  readonly passedOver?: readonly Beside[];
  readonly ambiguous?: readonly Beside[];
  readonly missing: readonly { field: string; label: string }[];
  /** Rows holding text that are not read as risks; row is 1-based. */
  readonly skipped?: readonly { row: number; reason: string; text: string }[];
}

const SKIP_REASONS: Readonly<Record<string, string>> = {
  legend: 'legend',
  instructions: 'instructions',
  heading: 'section heading',
  'repeated-header': 'header repeated',
  totals: 'totals',
  'not-risk-like': 'too little for a risk',
};
/** Enough to recognise the pattern; the JSON output lists every row. */
const SHOWN_SKIPPED = 20;

export function mappingText(report: MappingInput): string {
  if (report.sheet === null) return 'No register found.\n';
  const rows = report.bannerRow !== undefined ? `rows ${report.bannerRow}-${report.headerRow ?? '?'}` : `row ${report.headerRow ?? '?'}`;
  const lines = [`Register "${report.sheet}", header in ${rows}`, ''];
  const passedOver = report.passedOver ?? [];
  const ambiguous = report.ambiguous ?? [];
  const width = Math.max(6, maxOf([...report.fields, ...report.teamColumns, ...passedOver, ...ambiguous].map((f) => oneLine(f.header).length + 2)));
  const all = [...report.fields, ...report.teamColumns];
  lines.push(`Columns Riskbook reads (${report.fields.length}):`);
  for (const f of report.fields) lines.push(`  ${f.column.padEnd(4)}${`"${oneLine(f.header)}"`.padEnd(width)}  -> ${f.label}${how(f, all)}`);
  if (report.teamColumns.length > 0) {
    lines.push('', `Your own scores and levels, compared with the methodology, never written (${report.teamColumns.length}):`);
    for (const t of report.teamColumns) lines.push(`  ${t.column.padEnd(4)}${`"${oneLine(t.header)}"`.padEnd(width)}  ~ ${t.label}${how(t, all)}`);
  }
  const beside = (b: Beside): string => `  ${b.column.padEnd(4)}${`"${oneLine(b.header)}"`.padEnd(width)}  ${b.label}: ${b.usedColumn} "${oneLine(b.usedHeader)}" is used`;
  if (passedOver.length > 0) {
    lines.push('', `Columns passed over for one that names the field more plainly, left as they are (${passedOver.length}):`);
    for (const p of passedOver) lines.push(beside(p));
  }
  if (ambiguous.length > 0) {
    lines.push('', `Ambiguous: columns naming a field as plainly as the one used, left as they are (${ambiguous.length}):`);
    for (const a of ambiguous) lines.push(beside(a));
  }
  const named = new Set([...report.teamColumns, ...passedOver, ...ambiguous].map((t) => t.column));
  const left = report.userColumns.filter((u) => !named.has(u.column));
  lines.push('', `Columns left as they are (${left.length}):`);
  if (left.length === 0) lines.push('  none');
  for (const u of left) lines.push(`  ${u.column.padEnd(4)}"${oneLine(u.header)}"`);
  lines.push('', `Fields with no column (${report.missing.length}):`);
  if (report.missing.length === 0) lines.push('  none');
  for (const m of report.missing) lines.push(`  ${m.label}`);
  const skipped = report.skipped ?? [];
  if (skipped.length > 0) {
    lines.push('', `Rows not read as risks (${skipped.length}):`);
    for (const s of skipped.slice(0, SHOWN_SKIPPED)) {
      lines.push(`  row ${String(s.row).padEnd(5)}${(SKIP_REASONS[s.reason] ?? s.reason).padEnd(23)}"${s.text}"`);
    }
    if (skipped.length > SHOWN_SKIPPED) lines.push(`  and ${count(skipped.length - SHOWN_SKIPPED, 'more row')}`);
  }
  lines.push('', `${count(report.fields.length, 'column')} mapped, ${count(report.missing.length, 'field')} missing`);
  return `${lines.join('\n')}\n`;
}
