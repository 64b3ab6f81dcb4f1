/**
 * Control citations (Clause 6.1.3 c): every cited control must be one the SoA can account for.
 *
 * Each id that is no control (`control-unknown`) and each 2013 id (`control-2013-id`) is its own
 * finding, since each has its own fix. What concerns the way the cell is written (a clause cited,
 * titles instead of ids, a number that may have lost a zero, measures in words) is one finding
 * per cell, whatever it holds.
 */
import type { ControlCitation } from '../annex-a/types';
import { titleOf } from '../annex-a/control-titles';
import { PHRASES } from '../findings/catalogue';
import type { Finding } from '../findings/finding';
import { fillTemplate, finding, joinedWithAnd } from '../findings/report';
import type { Risk } from '../register/types';
import type { RiskRuleContext } from './context';
import { appendAll } from '../arrays';

/** Longer cell texts are cut in messages: the cell itself is one click away. */
const SHOWN_CHARS = 80;

function shown(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= SHOWN_CHARS) return flat;
  const cut = flat.slice(0, SHOWN_CHARS - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > SHOWN_CHARS / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function idFindings(ctx: RiskRuleContext, risk: Risk, cell: string): Finding[] {
  const out: Finding[] = [];
  // A control typed twice in one cell is one problem, not two.
  const seen = new Set<string>();
  for (const citation of risk.controls) {
    if (citation.kind !== 'unknown' && citation.kind !== 'annex-a-2013') continue;
    if (seen.has(citation.raw)) continue;
    // A theme is no unknown control: the cell names a theme instead of controls (cellFindings).
    if (citation.kind === 'unknown' && themesOnly(citation.raw)) continue;
    seen.add(citation.raw);
    if (citation.kind === 'annex-a-2013' && citation.successors.length > 0) {
      out.push(
        finding('control-2013-id', ctx.sheet, cell, {
          id: risk.id,
          value: citation.raw,
          successors: citation.successors.join(' and '),
        }),
      );
    } else {
      // A 2013 id with no 2022 successor cannot be resolved either: it is unknown today.
      out.push(finding('control-unknown', ctx.sheet, cell, { id: risk.id, value: citation.raw }));
    }
  }
  return out;
}

type Of<K extends ControlCitation['kind']> = Extract<ControlCitation, { kind: K }>;

const THEMES: Readonly<Record<string, string>> = { '5': 'Organizational', '6': 'People', '7': 'Physical', '8': 'Technological' };
/** `A.8`, `Annex A 5`, `A.5 A.8`, `A.5/A.8`: Annex A themes, written as a reference but naming no control. */
const THEME_REF = /(?:annex\s*)?a\s*\.?\s*([5-8])(?![.\d])/giy;

/** The themes a text names when it names nothing else; null otherwise. */
export function themesOnly(raw: string): string[] | null {
  const text = raw.trim();
  const themes: string[] = [];
  let pos = 0;
  while (pos < text.length) {
    const gap = /[\s,;/&+]*/y;
    gap.lastIndex = pos;
    pos += gap.exec(text)![0].length;
    if (pos >= text.length) break;
    THEME_REF.lastIndex = pos;
    const m = THEME_REF.exec(text);
    if (!m) return null;
    if (!themes.includes(m[1]!)) themes.push(m[1]!);
    pos = THEME_REF.lastIndex;
  }
  return themes.length > 0 ? themes : null;
}

function cellFindings(ctx: RiskRuleContext, risk: Risk, cell: string): Finding[] {
  const out: Finding[] = [];
  const controls = risk.controls.filter((c): c is Of<'control'> => c.kind === 'control');

  const themes = [
    ...new Set(risk.controls.flatMap((c) => ((c.kind === 'unknown' || c.kind === 'free-text') && themesOnly(c.raw)) || [])),
  ].sort();
  if (themes.length > 0) {
    out.push(
      finding('control-theme-cited', ctx.sheet, cell, {
        id: risk.id,
        themes: `${themes.length === 1 ? 'the theme' : 'the themes'} ${joinedWithAnd(themes.map((t) => `A.${t} (${THEMES[t]!})`))}`,
      }),
    );
  }

  const freeText = risk.controls.find((c): c is Of<'free-text'> => c.kind === 'free-text' && !themesOnly(c.raw));
  if (freeText) {
    const likely = freeText.likely.map((id) => `${id} ${titleOf(id)}`);
    out.push(
      finding('control-free-text', ctx.sheet, cell, {
        id: risk.id,
        value: shown(freeText.raw),
        likely: likely.length > 0 ? fillTemplate(PHRASES.likelyControls, { controls: joinedWithAnd(likely) }) : '',
      }),
    );
  }

  const clauses = risk.controls.filter((c): c is Of<'clause'> => c.kind === 'clause');
  if (clauses.length > 0) {
    out.push(finding('control-clause-cited', ctx.sheet, cell, { id: risk.id, clauses: joinedWithAnd(clauses.map((c) => c.clause)) }));
  }

  const titled = controls.filter((c) => c.byTitle);
  if (titled.length > 0) {
    out.push(
      finding('control-title-typed', ctx.sheet, cell, {
        id: risk.id,
        matches: titled.map((c) => `"${shown(c.raw)}" (${c.id})`).join(', '),
        ids: titled.map((c) => c.id).join(', '),
      }),
    );
  }

  const number = controls.find((c) => c.orMaybe !== undefined);
  if (number) {
    out.push(finding('control-number-ambiguous', ctx.sheet, cell, { id: risk.id, value: number.raw, control: number.id, other: number.orMaybe! }));
  }
  return out;
}

/**
 * Controls cited by their ids and nothing else: no finding can come of the cell. Most cells of a
 * register are so, and every risk comes through here. It names what `idFindings` and
 * `cellFindings` look for: a rule added there on a plain id must be added here too.
 */
function citesPlainIds(controls: readonly ControlCitation[]): boolean {
  for (const c of controls) if (c.kind !== 'control' || c.byTitle === true || c.orMaybe !== undefined) return false;
  return true;
}

export function controlRules(ctx: RiskRuleContext): Finding[] {
  const out: Finding[] = [];
  for (const risk of ctx.risks) {
    if (risk.controls.length === 0 || citesPlainIds(risk.controls)) continue;
    const cell = ctx.cellOf(risk, 'controls');
    appendAll(out, [...idFindings(ctx, risk, cell), ...cellFindings(ctx, risk, cell)]);
  }
  return out;
}
