/**
 * Findings arranged for a narrow pane: what is left to fill in first, as a short to-do list; then
 * the rest by severity and by code, so 80 findings of one rule read as one card with a count;
 * narrowed to a severity or a sheet when a person asks.
 */
import type { PanelFinding } from '../../core/actions';
import type { Severity } from '../../core/findings/finding';

export interface FindingGroup {
  readonly code: string;
  /** The rule's one-line title, as the core sent it with each finding. */
  readonly title: string;
  readonly clause: string;
  readonly findings: readonly PanelFinding[];
}

export interface SeveritySection {
  readonly severity: Severity;
  readonly count: number;
  readonly groups: readonly FindingGroup[];
}

/** Which findings to show: one severity or all, one sheet or all. */
export interface FindingFilter {
  readonly severity: Severity | null;
  readonly sheet: string | null;
}

export const NO_FILTER: FindingFilter = { severity: null, sheet: null };

const ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** Sections in severity order, empty ones left out; groups keep the order the core sorted them in. */
export function groupFindings(findings: readonly PanelFinding[]): SeveritySection[] {
  const bySeverity = new Map<Severity, Map<string, PanelFinding[]>>();
  for (const f of findings) {
    let codes = bySeverity.get(f.severity);
    if (!codes) bySeverity.set(f.severity, (codes = new Map()));
    let list = codes.get(f.code);
    if (!list) codes.set(f.code, (list = []));
    list.push(f);
  }
  const sections: SeveritySection[] = [];
  for (const severity of ORDER) {
    const codes = bySeverity.get(severity);
    if (!codes) continue;
    const groups = [...codes.entries()].map(([code, list]) => ({ code, title: list[0]?.title || code, clause: list[0]?.clause ?? '', findings: list }));
    sections.push({ severity, count: groups.reduce((n, g) => n + g.findings.length, 0), groups });
  }
  return sections;
}

/** The findings a filter lets through, in the order sent. */
export function filterFindings(findings: readonly PanelFinding[], filter: FindingFilter): PanelFinding[] {
  return findings.filter((f) => (filter.severity === null || f.severity === filter.severity) && (filter.sheet === null || f.sheet === filter.sheet));
}

/** The to-do list, then the other findings by severity. */
export function arrangeFindings(findings: readonly PanelFinding[]): { todos: PanelFinding[]; sections: SeveritySection[] } {
  return { todos: findings.filter((f) => f.todo !== undefined), sections: groupFindings(findings.filter((f) => f.todo === undefined)) };
}

/** How many findings each severity and each sheet has, for the filter's choices (sheets in the order sent). */
export function filterChoices(findings: readonly PanelFinding[]): { severities: [Severity, number][]; sheets: [string, number][] } {
  const severities = new Map<Severity, number>();
  const sheets = new Map<string, number>();
  for (const f of findings) {
    severities.set(f.severity, (severities.get(f.severity) ?? 0) + 1);
    if (f.sheet !== '') sheets.set(f.sheet, (sheets.get(f.sheet) ?? 0) + 1);
  }
  return { severities: ORDER.filter((s) => severities.has(s)).map((s) => [s, severities.get(s)!]), sheets: [...sheets.entries()] };
}
