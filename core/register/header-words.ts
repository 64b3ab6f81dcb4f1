/**
 * What one header cell names, read against the vocabulary (`header-vocabulary.ts`): the field, how
 * strongly (outright, generic, fallback), and the stage word it carries itself. Headers are
 * compared after normalisation, then without accents where no two fields would meet, then as a
 * stage word beside a likelihood, impact, score or level word, then as an impact word beside a
 * confidentiality, integrity or availability word.
 */
import { oncePerText } from '../memo';
import type { Language, Stage, Words } from './header-vocabulary';
import { CIA_LETTER_SETS, FIELD_WORDS, FILLER_WORDS, GLUED_STAGE_PREFIXES, IMPACT_GROUP_WORDS, LANGUAGES, SCORE_OR_LEVEL_WORDS, STAGE_WORDS, STAGED_ONLY } from './header-vocabulary';
import type { HeaderHow, RegisterField } from './types';

export type Strength = 'outright' | 'generic' | 'fallback';

const RANK: Readonly<Record<Strength, number>> = { outright: 0, generic: 1, fallback: 2 };

/** Whether strength `a` outranks `b`. */
export function outranks(a: Strength, b: Strength): boolean {
  return RANK[a] < RANK[b];
}

export interface HeaderSense {
  readonly field: RegisterField;
  readonly strength: Strength;
  /** The stage word the header carries itself ("Residual likelihood"), null when none. */
  readonly stage: Stage | null;
  /**
   * The header names a stage's risk without saying score or level ("Inherent Risk", "Restrisiko"):
   * read as the level, and as the score where its cells hold numbers (see `cell-evidence.ts`).
   */
  readonly loose?: boolean;
}

/**
 * Lower case, camelCase and letters from digits split (`riskOwner`, `ISO27001`), `Control(s)` → `Controls`, `&` → and, `#` → no, snake_case and any
 * other punctuation → one space. Accents are kept: they are dropped only by `foldAccents`.
 * Worked out once per text: every candidate row of every sheet is read, and row kinds compare
 * cells with the header, so the same few texts come back thousands of times.
 */
export const normalizeHeader: (text: string) => string = oncePerText(20_000, normalizeUncached);

function normalizeUncached(text: string): string {
  return text
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll}{2,})/gu, '$1 $2')
    .replace(/(\p{L})(\p{N})|(\p{N})(\p{L})/gu, (_, l: string, n: string, n2: string, l2: string) => (l ? `${l} ${n}` : `${n2} ${l2}`))
    .replace(/(\p{L})\((\p{Ll}{1,2})\)/gu, '$1$2')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/#/g, ' no ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A normalised header without diacritics: `probabilité` → `probabilite`, `maßnahmen` → `massnahmen`. */
export function foldAccents(key: string): string {
  return key
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/ø/g, 'o');
}

function wordsOf(words: Words | undefined): string[] {
  return LANGUAGES.flatMap((lang: Language) => words?.[lang] ?? []);
}

/**
 * Normalised words to a value, looked up as written and then without accents. A folded key two
 * different values share is dropped: there, accents are what tells the words apart.
 */
class WordTable<T extends { readonly field: RegisterField }> {
  private readonly exact = new Map<string, T>();
  private readonly folded = new Map<string, T | null>();

  constructor(private readonly better: (a: T, b: T) => boolean = () => false) {}

  add(word: string, value: T): void {
    const key = normalizeHeader(word);
    const had = this.exact.get(key);
    // A programming error: each header word may name one field only.
    if (had && had.field !== value.field) throw new Error(`Header word "${word}" claimed by ${had.field} and ${value.field}`);
    if (!had || this.better(value, had)) this.exact.set(key, value);
    const fold = foldAccents(key);
    const other = this.folded.get(fold);
    if (other === undefined || (other !== null && other.field === value.field && this.better(value, other))) this.folded.set(fold, value);
    else if (other !== null && other.field !== value.field) this.folded.set(fold, null);
  }

  get(key: string): T | null {
    return this.exact.get(key) ?? this.folded.get(foldAccents(key)) ?? null;
  }
}

type Entry = { readonly field: RegisterField; readonly strength: Strength; readonly loose?: boolean };

const PLAIN = new WordTable<Entry>((a, b) => outranks(a.strength, b.strength));
for (const [field, table] of Object.entries(FIELD_WORDS) as [RegisterField, (typeof FIELD_WORDS)[RegisterField]][]) {
  for (const w of wordsOf(table.words)) PLAIN.add(w, { field, strength: 'outright' });
  for (const w of wordsOf(table.generic)) PLAIN.add(w, { field, strength: 'generic' });
  for (const w of wordsOf(table.fallback)) PLAIN.add(w, { field, strength: 'fallback' });
}
for (const w of wordsOf(SCORE_OR_LEVEL_WORDS)) PLAIN.add(w, { field: 'inherentLevel', strength: 'outright', loose: true });

/** The inherent fields a stage word turns into their residual twins. */
export const TO_RESIDUAL: Readonly<Partial<Record<RegisterField, RegisterField>>> = {
  likelihood: 'residualLikelihood',
  impact: 'residualImpact',
  inherentRating: 'residualRating',
  inherentScore: 'residualScore',
  inherentLevel: 'residualLevel',
};

const STAGEABLE_BASES: readonly RegisterField[] = ['likelihood', 'impact', 'inherentScore', 'inherentLevel'];

/** Words of the fields that take a stage, and the words that name a field only beside one. */
const STAGEABLE = new WordTable<Entry>((a, b) => outranks(a.strength, b.strength));
for (const field of STAGEABLE_BASES) {
  for (const w of wordsOf(FIELD_WORDS[field].words)) STAGEABLE.add(w, { field, strength: 'outright' });
  for (const w of wordsOf(FIELD_WORDS[field].generic)) STAGEABLE.add(w, { field, strength: 'generic' });
}
for (const w of wordsOf(SCORE_OR_LEVEL_WORDS)) STAGEABLE.add(w, { field: 'inherentLevel', strength: 'outright', loose: true });
for (const [field, words] of Object.entries(STAGED_ONLY) as [RegisterField, Words][]) {
  for (const w of wordsOf(words)) STAGEABLE.add(w, { field, strength: 'outright', ...(field === 'inherentLevel' ? { loose: true } : {}) });
}

const tokensOf = (phrase: string): string[] => foldAccents(normalizeHeader(phrase)).split(' ');

/** Stage phrases as folded tokens, longest first so "after treatment" wins over a shorter match. */
const STAGE_PHRASES: readonly { readonly tokens: readonly string[]; readonly stage: Stage }[] = (Object.entries(STAGE_WORDS) as [Stage, Words][])
  .flatMap(([stage, words]) => wordsOf(words).map((w) => ({ tokens: tokensOf(w), stage })))
  .sort((a, b) => b.tokens.length - a.tokens.length);

const GLUED: readonly { readonly prefix: string; readonly stage: Stage }[] = (Object.entries(GLUED_STAGE_PREFIXES) as [Stage, Words][]).flatMap(
  ([stage, words]) => wordsOf(words).map((w) => ({ prefix: foldAccents(normalizeHeader(w)), stage })),
);

const FILLERS: ReadonlySet<string> = new Set(wordsOf(FILLER_WORDS).flatMap(tokensOf));

/** Removes every occurrence of a stage phrase; the stages found and the tokens left. */
function splitStages(tokens: readonly string[]): { stages: Set<Stage>; rest: string[] } {
  const stages = new Set<Stage>();
  const rest: string[] = [];
  let i = 0;
  outer: while (i < tokens.length) {
    for (const p of STAGE_PHRASES) {
      if (p.tokens.every((t, k) => tokens[i + k] === t)) {
        stages.add(p.stage);
        i += p.tokens.length;
        continue outer;
      }
    }
    rest.push(tokens[i]!);
    i++;
  }
  return { stages, rest };
}

/** The field the tokens name in a table, trying without filler words too. */
function lookupRest(table: WordTable<Entry>, rest: readonly string[]): Entry | null {
  if (rest.length === 0) return null;
  const direct = table.get(rest.join(' '));
  if (direct) return direct;
  const core = rest.filter((t) => !FILLERS.has(t));
  return core.length > 0 && core.length < rest.length ? table.get(core.join(' ')) : null;
}

const stageableOf = (rest: readonly string[]): Entry | null => lookupRest(STAGEABLE, rest);

function staged(field: RegisterField, stage: Stage): RegisterField {
  return stage === 'residual' ? (TO_RESIDUAL[field] ?? field) : field;
}

/** The stage a header's own words name (a stage word, or a glued prefix such as "Rest"), or null. */
export function stageOf(key: string): Stage | null {
  const tokens = foldAccents(key).split(' ');
  const { stages } = splitStages(tokens);
  if (stages.size === 1) return [...stages][0]!;
  if (stages.size > 1) return null;
  for (const t of tokens) {
    for (const g of GLUED) if (t.length > g.prefix.length + 2 && t.startsWith(g.prefix) && STAGEABLE.get(t.slice(g.prefix.length))) return g.stage;
  }
  return null;
}

/** A stage word beside a likelihood, impact, score or level word: "Residual Max Impact", "inherent_proba". */
function composedSense(key: string): HeaderSense | null {
  const tokens = foldAccents(key).split(' ');
  const { stages, rest } = splitStages(tokens);
  if (stages.size === 1) {
    const stage = [...stages][0]!;
    const base = stageableOf(rest);
    if (!base) {
      // A stage says nothing more about other fields: "residual_accepted_by" is who accepted.
      const other = lookupRest(PLAIN, rest);
      return other ? { field: other.field, strength: other.strength, stage: null } : null;
    }
    // "Current" is the inherent stage where no column says inherent.
    const strength: Strength = stage === 'current' && base.strength === 'outright' ? 'generic' : base.strength;
    return { field: staged(base.field, stage), strength, stage, ...(base.loose ? { loose: true } : {}) };
  }
  if (stages.size > 1 || rest.length === 0) return null;
  // German and Dutch compounds: "Restwahrscheinlichkeit", "Restmaximale Auswirkung", "Nettorisico".
  for (const g of GLUED) {
    const first = rest[0]!;
    if (first.length <= g.prefix.length + 2 || !first.startsWith(g.prefix)) continue;
    const base = stageableOf([first.slice(g.prefix.length), ...rest.slice(1)]);
    if (base) return { field: staged(base.field, g.stage), strength: base.strength, stage: g.stage, ...(base.loose ? { loose: true } : {}) };
  }
  return null;
}

const DIMENSIONS: readonly RegisterField[] = ['impactC', 'impactI', 'impactA'];

/** Impact words that may stand beside a dimension: "Impact on confidentiality", "Auswirkung Vertraulichkeit". */
const IMPACT_TOKENS: ReadonlySet<string> = new Set(
  [...wordsOf(FIELD_WORDS.impact.words), ...wordsOf(IMPACT_GROUP_WORDS)].map((w) => foldAccents(normalizeHeader(w))).filter((k) => !k.includes(' ')),
);

/** An impact word beside a confidentiality, integrity or availability word or letter. */
function dimensionSense(key: string): HeaderSense | null {
  const tokens = foldAccents(key).split(' ');
  if (!tokens.some((t) => IMPACT_TOKENS.has(t))) return null;
  const rest = tokens.filter((t) => !IMPACT_TOKENS.has(t) && !FILLERS.has(t));
  if (rest.length === 0) return null;
  const restKey = rest.join(' ');
  const word = PLAIN.get(restKey);
  if (word && DIMENSIONS.includes(word.field)) return { field: word.field, strength: 'outright', stage: null };
  const letter = CIA_LETTER_SETS[0]!;
  const byLetter = DIMENSIONS.find((d) => letter[d as keyof typeof letter] === restKey);
  return byLetter ? { field: byLetter, strength: 'outright', stage: null } : null;
}

/** A controls word followed by a number sign or "id": "ISO 27002 Control #", "Annex A ref no". */
function controlsSense(key: string): HeaderSense | null {
  const m = /^(.+?) (no|nr|id|ids|ref|refs|number|numbers|reference|references)$/.exec(key);
  if (!m) return null;
  const word = PLAIN.get(m[1]!);
  return word?.field === 'controls' ? { field: 'controls', strength: word.strength, stage: null } : null;
}

/**
 * Something's id where nothing else names the risk id: "Finding ID", "Issue no". An id of a thing
 * a field names ("Asset ID", "Control ID") is not the risk's.
 */
function idSense(key: string): HeaderSense | null {
  const m = /^(.+?) (id|ids|no|nr|number)$/.exec(key);
  if (!m || composedSense(m[1]!) || PLAIN.get(m[1]!) || m[1]!.split(' ').some((t) => PLAIN.get(t))) return null;
  return { field: 'id', strength: 'fallback', stage: null };
}

/**
 * What a normalised header names by its words alone. `guess` allows the last resort of reading
 * "something ID" as the risk id; a header read together with its group never guesses.
 */
export function senseOfKey(key: string, guess = true): HeaderSense | null {
  return senseOf(`${guess ? 'g' : 'n'}${key}`);
}

/** Worked out once per key and `guess`, which the key's first letter carries. */
const senseOf = oncePerText(20_000, (cacheKey: string): HeaderSense | null => senseUncached(cacheKey.slice(1), cacheKey[0] === 'g'));

function senseUncached(key: string, guess: boolean): HeaderSense | null {
  if (key === '') return null;
  const plain = PLAIN.get(key);
  if (plain) return { field: plain.field, strength: plain.strength, stage: stageOf(key), ...(plain.loose ? { loose: true } : {}) };
  return composedSense(key) ?? dimensionSense(key) ?? controlsSense(key) ?? (guess ? idSense(key) : null);
}

/** Whether a group label (a banner over several columns) is about impact: "Impact", "Information Security". */
export function isImpactGroup(key: string): boolean {
  const folded = ` ${foldAccents(key)} `;
  if (PLAIN.get(key)?.field === 'impact') return true;
  return IMPACT_GROUP_KEYS.some((k) => folded.includes(k));
}

/** The impact and impact-group words, normalised and padded once: ` impact `, ` information security `. */
const IMPACT_GROUP_KEYS: readonly string[] = [...wordsOf(IMPACT_GROUP_WORDS), ...wordsOf(FIELD_WORDS.impact.words)].map((w) => ` ${foldAccents(normalizeHeader(w))} `);

/**
 * Single letters that name impact dimensions in a row: those of a C / I / A set (in any of the
 * languages) all three of which the row holds. Empty when the row holds no whole set.
 */
export function ciaLettersIn(keys: readonly string[]): ReadonlyMap<string, RegisterField> {
  const present = new Set(keys);
  for (const set of CIA_LETTER_SETS) {
    if (DIMENSIONS.every((d) => present.has(set[d as keyof typeof set]))) {
      return new Map(DIMENSIONS.map((d) => [set[d as keyof typeof set], d]));
    }
  }
  return new Map();
}

/** The C / I / A letters of every set, for a column under an impact group. */
export function dimensionOfLetter(key: string): RegisterField | null {
  for (const set of CIA_LETTER_SETS) {
    const d = DIMENSIONS.find((f) => set[f as keyof typeof set] === key);
    if (d) return d;
  }
  return null;
}

/** A header's reading on its own: what it names and how (`exact`, or `note` with the note left out). */
export interface HeaderRead {
  readonly sense: HeaderSense;
  readonly how: HeaderHow;
  readonly detail?: string;
}

/** Text without a trailing note: `Likelihood (1-5)`, `Impact - 1 to 5`, `Likelihood #`. */
function withoutNote(text: string): { text: string; note: string } | null {
  const patterns = [/\s*[([][^()[\]]*[)\]]\s*$/, /\s*[-–—:]\s*[^-–—:]*\d[^-–—:]*$/, /\s*[#*]+\s*$/, /^\s*[#*]+\s*/];
  for (const p of patterns) {
    const m = p.exec(text);
    if (m && m[0].trim() !== '' && m[0].length < text.length) return { text: text.slice(0, m.index) + text.slice(m.index + m[0].length), note: m[0].trim() };
  }
  return null;
}

/**
 * What a header names on its own, with single C / I / A letters where `letters` (from
 * `ciaLettersIn`) says the row holds a set. Notes are left out one at a time until a word is found.
 */
export function readText(text: string, letters: ReadonlyMap<string, RegisterField> = new Map()): HeaderRead | null {
  const key = normalizeHeader(text);
  const letter = letters.get(key);
  const sense = senseOfKey(key) ?? (letter ? { field: letter, strength: 'outright' as const, stage: null } : null);
  if (sense) return { sense, how: 'exact' };
  const bare = withoutNote(text);
  if (bare) {
    const inner = readText(bare.text, letters);
    return inner ? { sense: inner.sense, how: 'note', detail: inner.detail ?? bare.note } : null;
  }
  return eitherPart(text, letters);
}

const MAX_PART_WORDS = 4;

/**
 * A header of two names, "Date of Acceptance / Mitigation Implementation", where only one part
 * names a field: that field, as a generic word (a column that names it alone wins).
 */
function eitherPart(text: string, letters: ReadonlyMap<string, RegisterField>): HeaderRead | null {
  const parts = text.split('/').map((p) => p.trim());
  // Names, not a sentence with a slash in it ("Change to Likelihood and Impact of Risk Event/Threat").
  if (parts.length < 2 || parts.some((p) => p === '' || p.split(/\s+/).length > MAX_PART_WORDS)) return null;
  const reads = parts.map((p) => ({ p, read: readText(p, letters) }));
  const named = reads.filter((r) => r.read !== null);
  if (named.length !== 1) return null;
  const { sense } = named[0]!.read!;
  const others = reads.filter((r) => r.read === null).map((r) => r.p).join(' / ');
  return { sense: { ...sense, strength: sense.strength === 'fallback' ? 'fallback' : 'generic' }, how: 'note', detail: others };
}
