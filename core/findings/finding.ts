/** Findings are data: a stable code, a place, and words chosen in one place (messages.ts). */

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  readonly severity: Severity;
  /** Stable, documented code, e.g. `risk-owner-missing`. Never reworded once shipped. */
  readonly code: string;
  readonly sheet: string;
  /** A1 address of the cell the finding is about ('' when it is about the whole workbook). */
  readonly cell: string;
  readonly message: string;
  readonly fix: string;
}

export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.sheet.localeCompare(b.sheet) ||
      compareCells(a.cell, b.cell) ||
      a.code.localeCompare(b.code),
  );
}

function compareCells(a: string, b: string): number {
  const ra = /^([A-Z]+)(\d+)$/.exec(a);
  const rb = /^([A-Z]+)(\d+)$/.exec(b);
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
