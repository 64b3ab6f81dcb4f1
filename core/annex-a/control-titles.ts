/**
 * Annex A 2022 controls named by their titles instead of their ids, as teams type them:
 * `Information security awareness, education and training`, `secure authentication`,
 * `Malware protection`, `Physical security perimeter`. And, for a cell that names no control at
 * all, the controls its words most likely point to (`offline backups` → 8.13).
 *
 * A title is recognised only when it is unmistakable: the same words as one title (in any case,
 * order, British or American spelling, singular or plural, `&` for `and`), or one word more or
 * less than a title of three words or more, and no other title as close.
 */
import { ANNEX_A_2022 } from './catalogue-data';
import { MEASURE_WORDS } from './measure-words';

/** Short 27002 forms of three long titles (see shared/reference/README.md). */
const TITLE_ALIASES: readonly (readonly [string, string])[] = [
  ['5.21', 'Managing information security in the ICT supply chain'],
  ['5.34', 'Privacy and protection of PII'],
  ['8.1', 'User endpoint devices'],
];

const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'the', 'of', 'for', 'in', 'on', 'to', 'with', 'within', 'or', 'against', 'during', 'after', 'from', 'by', 'at',
]);

/** Words of a text, lower-cased, accents kept (`Maßnahme`), hyphens and punctuation dropped. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** One spelling per word: American `-ize`, one `l` in `labeling`, singular. */
export function stem(word: string): string {
  let w = word.replace(/is(ation|e|ed|ing|es)$/, 'iz$1').replace(/ll(ing|ed)$/, 'l$1');
  if (w.length > 3 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w;
}

/** The words that carry meaning, stemmed, in order. */
export function keyWords(text: string): string[] {
  return wordsOf(text)
    .filter((w) => !STOP_WORDS.has(w))
    .map(stem);
}

interface TitleEntry {
  readonly id: string;
  readonly title: string;
  readonly words: ReadonlySet<string>;
  /** Matches the title at a position, whatever the case, spacing, punctuation or `&`. */
  readonly at: RegExp;
}

/** A pattern for one word of a title that accepts the spellings `stem` folds together. */
function wordPattern(word: string): string {
  if (word === 'and') return '(?:and|&|\\+)';
  let p = word.replace(/i[sz](ation|e|ed|ing|es)$/, 'i[sz]$1').replace(/ll?(ing|ed)$/, 'll?$1');
  p = p.endsWith('s') && !p.endsWith('ss') ? `${p}?` : `${p}s?`;
  return p;
}

function titlePattern(title: string): RegExp {
  // A part in brackets (`(ICT)`, `(PII)`) may be left out.
  const words = wordsOf(title.replace(/\([^)]*\)/g, ' '));
  return new RegExp(`${words.map(wordPattern).join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'iyu');
}

let titleEntries: readonly TitleEntry[] | undefined;

/**
 * The titles with their patterns, built on first use: building 96 case-insensitive Unicode
 * patterns took about 30 ms, paid at start-up by every command, `--version` included.
 */
function titles(): readonly TitleEntry[] {
  return (titleEntries ??= [...ANNEX_A_2022.map((c) => [c.id, c.title] as const), ...TITLE_ALIASES].map(([id, title]) => ({
    id,
    title,
    words: new Set(keyWords(title)),
    at: titlePattern(title),
  })));
}

export interface TitleMatch {
  readonly id: string;
  readonly end: number;
}

/**
 * A title typed at `pos`, spelled as the catalogue spells it (it may hold commas and "and", so
 * this runs before the cell is split): the longest one wins.
 */
export function titleAt(text: string, pos: number): TitleMatch | null {
  let best: TitleMatch | null = null;
  for (const t of titles()) {
    t.at.lastIndex = pos;
    if (t.at.test(text) && (best === null || t.at.lastIndex > best.end)) best = { id: t.id, end: t.at.lastIndex };
  }
  return best;
}

/** Texts longer than this are sentences, not titles. */
const MAX_TITLE_WORDS = 10;

function isSubset(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/** How close a text's words are to a title's: 2 the same words, 1 one word more or less, 0 not. */
function closeness(words: ReadonlySet<string>, title: ReadonlySet<string>): number {
  if (words.size === title.size && isSubset(words, title)) return 2;
  if (words.size === title.size + 1 && title.size >= 2 && isSubset(title, words)) return 1;
  if (words.size + 1 === title.size && words.size >= 3 && isSubset(words, title)) return 1;
  return 0;
}

/**
 * The control whose title a short text names in other words (`secure authentication`,
 * `malware protection`, `access control policy`), when exactly one title is that close.
 */
export function titleNamed(text: string): string | null {
  const list = keyWords(text);
  if (list.length === 0 || list.length > MAX_TITLE_WORDS) return null;
  const words = new Set(list);
  let best = 0;
  let ids: string[] = [];
  for (const t of titles()) {
    const c = closeness(words, t.words);
    if (c === 0 || c < best) continue;
    if (c > best) ids = [];
    best = c;
    if (!ids.includes(t.id)) ids.push(t.id);
  }
  return ids.length === 1 ? ids[0]! : null;
}

/**
 * Words of the titles that say which control is meant: those in exactly one title, apart from
 * words every security text uses.
 */
const GENERIC: ReadonlySet<string> = new Set(
  [
    'information', 'security', 'management', 'control', 'use', 'review', 'right', 'requirement', 'procedure', 'activity', 'service',
    'system', 'process', 'protection', 'secure', 'securing', 'protecting', 'equipment', 'data', 'asset', 'access', 'policy', 'rule',
    'standard', 'documented', 'operating', 'other', 'associated', 'acceptable', 'return', 'special', 'interest', 'group', 'addressing',
    'managing', 'assessment', 'decision', 'learning', 'collection', 'independent', 'working', 'area', 'supporting', 'processing', 'user',
    'end', 'point', 're', 'acceptance', 'audit', 'test', 'testing', 'development', 'operational', 'program', 'utility', 'premise', 'off',
    'non', 'term', 'condition', 'principle', 'planning', 'preparation', 'event', 'contact', 'project', 'responsibility', 'role',
    'business',
  ].map(stem),
);

const TITLE_WORDS: ReadonlyMap<string, string> = (() => {
  const seen = new Map<string, string | null>();
  for (const c of ANNEX_A_2022) {
    for (const w of new Set(keyWords(c.title))) {
      if (GENERIC.has(w)) continue;
      seen.set(w, seen.has(w) ? null : c.id);
    }
  }
  return new Map([...seen].filter((e): e is [string, string] => e[1] !== null));
})();

/** Measure words and phrases, stemmed, as ` word word ` for a search in spaced text. */
const MEASURES: readonly (readonly [string, string])[] = Object.entries(MEASURE_WORDS).map(([phrase, id]) => [
  ` ${keyWords(phrase).join(' ')} `,
  id,
]);

/** At most this many suggestions: a fix names a few, not a list. */
const MAX_LIKELY = 3;

/**
 * The Annex A controls a free-text description most likely implements, in the order its words
 * name them: common measure words (`MFA`, `patching`, `EDR`) and words found in one title only
 * (`backups`, `awareness`). Empty when no word points anywhere.
 */
export function likelyControls(text: string): string[] {
  const words = keyWords(text);
  const hits: { id: string; at: number }[] = [];
  const spaced = ` ${words.join(' ')} `;
  // Characters of the spaced text inside a measure phrase: its words say no more (`code review`
  // is 8.28, and its `code` does not also suggest 8.4 Access to source code).
  const covered = new Uint8Array(spaced.length);
  for (const [phrase, id] of MEASURES) {
    const i = spaced.indexOf(phrase);
    if (i < 0) continue;
    hits.push({ id, at: i });
    covered.fill(1, i + 1, i + phrase.length - 1);
  }
  let offset = 1;
  for (const w of words) {
    const id = TITLE_WORDS.get(w);
    if (id && covered[offset] === 0) hits.push({ id, at: offset });
    offset += w.length + 1;
  }
  hits.sort((a, b) => a.at - b.at);
  const out: string[] = [];
  for (const h of hits) if (!out.includes(h.id) && out.length < MAX_LIKELY) out.push(h.id);
  return out;
}

const TITLE_BY_ID: ReadonlyMap<string, string> = new Map(ANNEX_A_2022.map((c) => [c.id, c.title]));

/** The catalogue title of an Annex A 2022 id, for messages. */
export function titleOf(id: string): string {
  return TITLE_BY_ID.get(id) ?? '';
}
