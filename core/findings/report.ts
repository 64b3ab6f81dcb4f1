/** The one way rules turn a code and parameters into a Finding. */
import type { Finding } from './finding';
import { ruleDefinition } from './catalogue';

export type FindingParams = Readonly<Record<string, string | number>>;

export function fillTemplate(template: string, params: FindingParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const v = params[key];
    return v === undefined ? whole : String(v);
  });
}

export function finding(code: string, sheet: string, cell: string, params: FindingParams = {}): Finding {
  const rule = ruleDefinition(code);
  return {
    severity: rule.severity,
    code,
    sheet,
    cell,
    message: fillTemplate(rule.message, params),
    fix: fillTemplate(rule.fix, params),
  };
}

/** `A`, `A and B`, `A, B and C`: a list as a message names it. */
export function joinedWithAnd(values: readonly string[]): string {
  return values.length <= 1 ? (values[0] ?? '') : `${values.slice(0, -1).join(', ')} and ${values[values.length - 1]!}`;
}
