/**
 * A control id as teams type it in the first column of an SoA: `A.5.1`, `5.1`, `A 5.1`,
 * `A5.1`, `Annex A 5.1`, `Control 5.1`, `5.1 Policies for information security`,
 * `Control 5.30 - ICT readiness`, `A.12.4.1`, `ISO 27001 A.8.2`. Only an id at the start of the
 * cell counts (a justification that cites a control further on names no row), and only alone: a
 * cell that cites a second control names no single row's control either.
 */
import { ANNEX_A_2013_TO_2022 } from '../annex-a/catalogue-data';
import { canonicalId, isAnnexA2022Id } from '../annex-a/control-ids';
import { ANNEX_AT, CONTROL_AT, DOTTED_AT, STANDARD_AT } from '../annex-a/control-words';
import type { SoaEdition } from './types';

const VALID_2013: ReadonlySet<string> = new Set(ANNEX_A_2013_TO_2022.map((r) => r.id2013));

/** Whether a canonical id ('5.30', 'A.12.4.1') is a control of the edition. */
export function isControlOf(id: string, edition: SoaEdition): boolean {
  return edition === '2022' ? isAnnexA2022Id(id) : VALID_2013.has(id);
}

/** The edition whose control a canonical id is, null when neither: two levels are 2022, three 2013. */
export function editionOf(id: string): SoaEdition | null {
  if (isAnnexA2022Id(id)) return '2022';
  return VALID_2013.has(id) ? '2013' : null;
}

/** Words that may stand before the id, tried in turn at the start: the standard, Annex A, "Control". */
const PREFIXES: readonly RegExp[] = [STANDARD_AT, ANNEX_AT, CONTROL_AT];

/** The id at the start of a text, canonical, and the text after it. */
function leadingId(text: string): { id: string; rest: string } | null {
  let pos = text.length - text.trimStart().length;
  for (let moved = true; moved; ) {
    moved = false;
    for (const p of PREFIXES) {
      p.lastIndex = pos;
      const m = p.exec(text);
      if (m && m[0].length > 0) {
        pos += m[0].length;
        moved = true;
      }
    }
  }
  DOTTED_AT.lastIndex = pos;
  const m = DOTTED_AT.exec(text);
  return m ? { id: canonicalId(m[2]!), rest: text.slice(DOTTED_AT.lastIndex) } : null;
}

/** Another dotted id further on in the cell. */
const ANOTHER_ID = /(?:^|[^\p{L}\p{N}.])(?:A\s*\.?\s*)?\d{1,2}\.\d{1,2}(?![\p{N}])/u;

/**
 * The canonical id at the start of a cell's text (`5.1`, `A.12.4.1`), whatever words follow it,
 * or null. Whether it exists in an edition is for `isControlOf` to say.
 */
export function idAtStart(text: string): string | null {
  const lead = leadingId(text);
  return lead && !ANOTHER_ID.test(lead.rest) ? lead.id : null;
}

/** Whether a cell starts with a list of controls ("A 5.17 A 8.5", "5.1, 5.2"): a plan's or a register's cell. */
export function startsWithSeveralIds(text: string): boolean {
  const lead = leadingId(text);
  return lead !== null && ANOTHER_ID.test(lead.rest);
}
