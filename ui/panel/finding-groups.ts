/**
 * Findings arranged for a narrow pane: by severity, then by code, so 80 controls "neither
 * applicable nor excluded" read as one line with a count instead of 80 lines.
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
