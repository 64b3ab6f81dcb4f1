/**
 * What one header cell of a team's treatment plan names, read against the plan's vocabulary
 * (`plan-header-words.ts`). Headers are compared as the register's are (`normalizeHeader`, then
 * without accents where no two fields would meet), with a note in brackets left out ("Due date
 * (dd/mm/yyyy)"), with the banner above a two-row header ("Risk" over "ID | Title", "Maßnahme" over
 * "Beschreibung | Verantwortlich"), and as one of two names split by a slash ("Owner / Responsible").
 */
import type { Language, Words } from '../register/header-vocabulary';
import { LANGUAGES } from '../register/header-vocabulary';
import type { Strength } from '../register/header-words';
import { foldAccents, normalizeHeader, outranks } from '../register/header-words';
import { PLAN_FIELD_WORDS } from './plan-header-words';
import type { TeamPlanField } from './types';

export interface PlanHeaderSense {
  readonly field: TeamPlanField;
  readonly strength: Strength;
}

const wordsOf = (words: Words | undefined): string[] => LANGUAGES.flatMap((lang: Language) => words?.[lang] ?? []);

const EXACT = new Map<string, PlanHeaderSense>();
/** Folded keys two fields share map to null: there, accents are what tells the words apart. */
const FOLDED = new Map<string, PlanHeaderSense | null>();

function add(word: string, sense: PlanHeaderSense): void {
  const key = normalizeHeader(word);
  const had = EXACT.get(key);
  // A programming error: each header word may name one field only.
  if (had && had.field !== sense.field) throw new Error(`Plan header word "${word}" claimed by ${had.field} and ${sense.field}`);
  if (!had || outranks(sense.strength, had.strength)) EXACT.set(key, sense);
  const fold = foldAccents(key);
  const other = FOLDED.get(fold);
  if (other === undefined || (other !== null && other.field === sense.field && outranks(sense.strength, other.strength))) FOLDED.set(fold, sense);
  else if (other !== null && other.field !== sense.field) FOLDED.set(fold, null);
}

for (const [field, table] of Object.entries(PLAN_FIELD_WORDS) as [TeamPlanField, (typeof PLAN_FIELD_WORDS)[TeamPlanField]][]) {
  for (const w of wordsOf(table.words)) add(w, { field, strength: 'outright' });
  for (const w of wordsOf(table.generic)) add(w, { field, strength: 'generic' });
  for (const w of wordsOf(table.fallback)) add(w, { field, strength: 'fallback' });
}

function lookup(key: string): PlanHeaderSense | null {
  if (key === '') return null;
  return EXACT.get(key) ?? FOLDED.get(foldAccents(key)) ?? null;
}

/** The header without a trailing note in brackets: `Due date (dd/mm/yyyy)`, `Status [Open/Closed]`. */
function withoutNote(text: string): string | null {
  const m = /\s*[([][^()[\]]*[)\]]\s*$/.exec(text);
  return m && m.index > 0 ? text.slice(0, m.index) : null;
}

/** The field a header's own text names, leaving out notes in brackets one at a time. */
function readOwn(text: string): PlanHeaderSense | null {
  const sense = lookup(normalizeHeader(text));
  if (sense) return sense;
  const bare = withoutNote(text);
  return bare === null ? null : readOwn(bare);
}

/**
 * A header read together with the banner above it, in either order or glued as German and Dutch
 * compounds are ("Risiko" over "Nr." is "Risikonr.").
 */
function readWithGroup(text: string, group: string): PlanHeaderSense | null {
  const g = normalizeHeader(withoutNote(group) ?? group);
  const t = normalizeHeader(withoutNote(text) ?? text);
  if (g === '' || t === '' || g === t) return null;
  return lookup(`${g} ${t}`) ?? lookup(`${t} ${g}`) ?? (!g.includes(' ') && !t.includes(' ') ? lookup(`${g}${t}`) : null);
}

const MAX_PART_WORDS = 4;

/** A header of two names split by a slash ("Owner / Responsible", "Action / Mitigation"), when the parts agree. */
function readParts(text: string): PlanHeaderSense | null {
  const parts = text.split('/').map((p) => p.trim());
  if (parts.length < 2 || parts.some((p) => p === '' || p.split(/\s+/).length > MAX_PART_WORDS)) return null;
  const named = parts.map(readOwn).filter((s): s is PlanHeaderSense => s !== null);
  if (named.length === 0 || named.some((s) => s.field !== named[0]!.field)) return null;
  // Two names in one header are less plain than one: a column that names the field alone wins.
  return { field: named[0]!.field, strength: named.some((s) => s.strength === 'fallback') ? 'fallback' : 'generic' };
}

/**
 * What a plan header names, read with the banner over it (`group`, '' when none). The two read
 * together win over the header alone: "ID" under "Risk" is the risk's id, "Owner" under "Action"
 * the action's owner.
 */
export function planHeaderSense(text: string, group = ''): PlanHeaderSense | null {
  if (text.trim() === '') return null;
  return readWithGroup(text, group) ?? readOwn(text) ?? readParts(text);
}
