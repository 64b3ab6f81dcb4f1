/**
 * Writes docs/rules.md from the findings catalogue, so the page can never say something the
 * engine does not. Run with `npm run docs:rules`; a test fails when the page is out of date.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleDefinition, RuleFamily } from '../core/findings/catalogue';
import { RULES } from '../core/findings/catalogue';

export const RULES_DOC_PATH = join(__dirname, '..', 'docs', 'rules.md');

const FAMILIES: readonly { family: RuleFamily; heading: string; intro: string }[] = [
  { family: 'methodology', heading: 'Methodology', intro: 'The risk criteria and the method itself (Clause 6.1.2 a, b).' },
  { family: 'register', heading: 'Register', intro: 'Finding the register and identifying each risk (Clause 6.1.2 c).' },
  { family: 'scoring', heading: 'Scoring', intro: 'Analysing each risk on the methodology scales (Clause 6.1.2 b, d).' },
  { family: 'treatment', heading: 'Treatment', intro: 'Treatment decisions, acceptance, residual risk and review (Clauses 6.1.3, 8.2).' },
  { family: 'controls', heading: 'Controls', intro: 'Controls cited by treatments (Clause 6.1.3 b, c).' },
  { family: 'rtp', heading: 'Risk Treatment Plan', intro: 'The plan that implements the treatments (Clause 6.1.3 e).' },
  { family: 'soa', heading: 'Statement of Applicability', intro: 'Every Annex A control, applicable or not, with its justification (Clause 6.1.3 d).' },
  { family: 'approvals', heading: 'Approvals', intro: 'Sign-off that holds only while what it approved stays as it was (Clauses 6.1.3 d, f).' },
  { family: 'evidence', heading: 'Evidence and effectiveness', intro: 'Actions carried out with evidence and checked for effect, and an SoA kept in step with the plan (Clauses 6.1.1 e, 6.1.3 d, e).' },
  { family: 'opportunities', heading: 'Opportunities', intro: 'Actions to address opportunities (Clause 6.1.1).' },
  { family: 'cycles', heading: 'Assessment cycles', intro: 'Each risk against the register as the assessment cycle began, year on year (Clause 8.2).' },
];

/** Markdown-safe prose: characters that would start markup in running text are escaped. */
function prose(text: string): string {
  return text.replace(/([\\`*_|<>[\]])/g, '\\$1');
}

/** A template as prose, with each `{name}` placeholder shown as `<name>` in code. */
function template(text: string): string {
  return text
    .split(/(\{\w+\})/)
    .map((part) => (/^\{\w+\}$/.test(part) ? `\`<${part.slice(1, -1)}>\`` : prose(part)))
    .join('');
}

function anchor(code: string): string {
  return `#${code}`;
}

function ruleSection(rule: RuleDefinition): string[] {
  return [
    `### ${rule.code}`,
    '',
    `**${prose(rule.title)}**`,
    '',
    `- Severity: ${rule.severity}`,
    `- Clause: ${rule.clause}`,
    `- Why it matters: ${prose(rule.why)}`,
    `- Message: ${template(rule.message)}`,
    ...(rule.grouped !== undefined ? [`- On many cells, one finding: ${template(rule.grouped)}`] : []),
    ...(rule.todo !== undefined ? [`- To do: ${template(rule.todo.many)}`] : []),
    `- How to fix: ${template(rule.fix)}`,
    ...(rule.fixInBrief !== undefined ? [`- In brief, for the summary by rule: ${prose(rule.fixInBrief)}`] : []),
    '',
  ];
}

/** The whole page, from the catalogue given (the real one by default). */
export function renderRulesDoc(rules: ReadonlyMap<string, RuleDefinition> = RULES): string {
  const all = [...rules.values()];
  const lines: string[] = [
    '# Rules',
    '',
    '<!-- Generated from core/findings/catalogue.ts by `npm run docs:rules`. Do not edit by hand. -->',
    '',
    'Every finding Riskbook can raise, with the ISO/IEC 27001:2022 clause it serves. A finding',
    'names its code, its severity, the sheet and cell it is about, a message and a fix. Codes are',
    'stable: they are never reworded or reused once shipped.',
    '',
    'Severities: **error** is what an auditor would raise as a nonconformity; **warning** is a',
    'weakness worth fixing before the audit; **info** is a note.',
    '',
    'In messages and fixes, `<name>` stands for what the finding fills in (a risk id, a level, a',
    'date...).',
    '',
    'A rule that can fire on many rows for one cause (a plan just written has no owners or due',
    'dates yet, a new SoA no decisions) raises one finding for all of them: at the first cell, with',
    'every cell as ranges and the message shown as "On many cells, one finding".',
    '',
    'A rule that only asks for a blank to be filled in (an owner, a due date, a review date, an',
    'applicability decision, evidence) is never an error, and its finding leads as a line of a',
    'short to-do list, shown as "To do": first on the Checks sheet, in `riskbook check` and in the',
    'panel, where the detail follows. The Checks sheet then counts the findings by rule (severity,',
    'findings, cells, where the first are, what to do "in brief") before listing every finding.',
    '',
    'One mistake is one finding, not a cascade: a control id the catalogue does not know and a',
    'Mitigate risk that cites no control are reported on the register (`control-unknown`,',
    '`mitigate-without-controls`) and make no Risk Treatment Plan row of their own, so no RTP',
    'finding repeats them. A risk transferred or avoided without a control keeps one RTP row for',
    'its action.',
    '',
  ];
  for (const { family, heading, intro } of FAMILIES) {
    const inFamily = all.filter((r) => r.family === family);
    if (inFamily.length === 0) continue;
    lines.push(`## ${heading}`, '', intro, '', '| Code | Severity | Clause | Title |', '|---|---|---|---|');
    for (const r of inFamily) {
      lines.push(`| [${r.code}](${anchor(r.code)}) | ${r.severity} | ${r.clause} | ${prose(r.title)} |`);
    }
    lines.push('');
    for (const r of inFamily) lines.push(...ruleSection(r));
  }
  const unplaced = all.filter((r) => !FAMILIES.some((f) => f.family === r.family));
  // A new family must get a heading here, or its rules would silently vanish from the page.
  if (unplaced.length > 0) throw new Error(`No heading for rule family of: ${unplaced.map((r) => r.code).join(', ')}`);
  return `${lines.join('\n').trimEnd()}\n`;
}

if (require.main === module) {
  writeFileSync(RULES_DOC_PATH, renderRulesDoc());
  console.log(`Wrote ${RULES_DOC_PATH} (${RULES.size} rules)`);
}
