/** Findings for people (a readable list) and for machines (one JSON object). */
import type { Finding, FindingSummary, Severity } from '../../core/findings/finding';
import { sortFindings } from '../../core/findings/finding';
import { count, grouped, indent, wrap } from './wrap';

/** The part of the engine's CheckResult a report shows. */
export interface ReportInput {
  readonly findings: readonly Finding[];
  readonly summary: FindingSummary;
  readonly riskCount: number;
  readonly registerSheet: string | null;
  /** The SoA checked, when the workbook has one; named in the header when there is no register. */
  readonly soaSheet?: string | null;
}

export interface JsonReport {
  readonly findings: { severity: Severity; code: string; sheet: string; cell: string; message: string; fix: string }[];
  readonly summary: {
    errors: number;
    warnings: number;
    infos: number;
    total: number;
    risks: number;
    registerSheet: string | null;
  };
}

/** The documented --json shape, keys in a fixed order. Extra keys (e.g. `output`) go last. */
export function jsonReport(input: ReportInput, extra: Record<string, unknown> = {}): string {
  const report: JsonReport & Record<string, unknown> = {
    findings: sortFindings(input.findings).map((f) => ({
      severity: f.severity,
      code: f.code,
      sheet: f.sheet,
      cell: f.cell,
      message: f.message,
      fix: f.fix,
    })),
    summary: {
      errors: input.summary.errors,
      warnings: input.summary.warnings,
      infos: input.summary.infos,
      total: input.summary.total,
      risks: input.riskCount,
      registerSheet: input.registerSheet,
    },
    ...extra,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** `2 errors, 3 warnings, 1 info` */
export function summaryLine(summary: FindingSummary): string {
  return `${count(summary.errors, 'error')}, ${count(summary.warnings, 'warning')}, ${grouped(summary.infos)} info`;
}

export function location(f: Pick<Finding, 'sheet' | 'cell'>): string {
  if (f.sheet && f.cell) return `${f.sheet}!${f.cell}`;
  return f.sheet || f.cell || 'workbook';
}

const LABEL: Readonly<Record<Severity, string>> = { error: 'ERROR', warning: 'WARNING', info: 'INFO' };
const GUTTER = 9;

/** How many findings of one code the readable report lists before it counts the rest. */
export const DEFAULT_PER_CODE = 5;

function block(f: Finding, textWidth: number, pad: string): string {
  const head = `${LABEL[f.severity].padEnd(GUTTER)}${location(f)}  ${f.code}`;
  const body = [...wrap(f.message, textWidth), ...wrap(`Fix: ${f.fix}`, textWidth)];
  return `${head}\n${indent(body, pad)}`;
}

/**
 * One block per finding: severity, place and code on the first line, then message and fix. A
 * code that fires on many cells (every new RTP row without a due date, say) lists `perCode` of
 * them and counts the rest, so one noisy rule cannot bury the errors.
 */
export function findingsText(input: ReportInput, width: number, perCode = DEFAULT_PER_CODE): string {
  const textWidth = Math.max(30, width - GUTTER);
  const pad = ' '.repeat(GUTTER);
  const sorted = sortFindings(input.findings);
  const total = new Map<string, number>();
  for (const f of sorted) total.set(f.code, (total.get(f.code) ?? 0) + 1);
  const shown = new Map<string, number>();
  const blocks: string[] = [];
  for (const f of sorted) {
    const n = (shown.get(f.code) ?? 0) + 1;
    shown.set(f.code, n);
    if (n <= perCode) blocks.push(block(f, textWidth, pad));
    const all = total.get(f.code) ?? 0;
    if (n === perCode && all > perCode) {
      blocks.push(`${pad}… and ${count(all - perCode, `more ${f.code} finding`)} (all of them: --all, --json, or the Checks sheet)`);
    }
  }
  const header = input.registerSheet
    ? `Register "${input.registerSheet}": ${count(input.riskCount, 'risk')}`
    : input.soaSheet
      ? `No risk register: the Statement of Applicability "${input.soaSheet}" was checked on its own`
      : 'No register found';
  const parts = [header, ''];
  if (blocks.length > 0) parts.push(blocks.join('\n\n'), '');
  else parts.push('No findings.', '');
  parts.push(summaryLine(input.summary));
  return `${parts.join('\n')}\n`;
}
