/** Findings are data: a stable code, a place, and words chosen in one place (catalogue.ts). */

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  readonly severity: Severity;
  /** Stable, documented code, e.g. `risk-owner-missing`. Never reworded once shipped. */
  readonly code: string;
  readonly sheet: string;
  /** A1 address of the cell the finding is about ('' when it is about the whole workbook). */
  readonly cell: string;
  /**
   * Every cell of a finding about many rows, as ranges (`cell` starts the first): one cause on
   * many rows is one finding, such as a new plan's actions that have no due date yet, not one a
   * row. Absent for a finding about one cell.
   */
  readonly cells?: readonly string[];
  readonly message: string;
  readonly fix: string;
  /**
   * The finding as a line of a to-do list, where it only asks a person to fill in what is blank
   * (an owner, a due date, a decision): what to do, how many and where, such as "Fill in the due
   * dates of 70 actions (Risk Treatment Plan I5:I74)". Absent for every other finding.
   */
  readonly todo?: string;
}

export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

export function sortFindings(findings: readonly Finding[]): Finding[] {
  // Each cell is parsed once, not once per comparison: a large register has tens of thousands.
  const keyed = findings.map((f) => ({ f, cell: /^([A-Z]+)(\d+)$/.exec(f.cell) }));
  return keyed
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] ||
        a.f.sheet.localeCompare(b.f.sheet) ||
        compareCells(a.f.cell, a.cell, b.f.cell, b.cell) ||
        a.f.code.localeCompare(b.f.code),
    )
    .map((k) => k.f);
}

function compareCells(a: string, ra: RegExpExecArray | null, b: string, rb: RegExpExecArray | null): number {
  if (!ra || !rb) return a.localeCompare(b);
  return Number(ra[2]) - Number(rb[2]) || ra[1]!.length - rb[1]!.length || ra[1]!.localeCompare(rb[1]!);
}

export interface FindingSummary {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly total: number;
}

export function summarize(findings: readonly Finding[]): FindingSummary {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos, total: findings.length };
}
