/**
 * The words people type around control ids, as data: what separates two references, what may
 * stand before an id (`Control`, `Annex A`, `ISO/IEC 27002`), what makes a number a clause of
 * ISO/IEC 27001 (`Clause`, `Kapitel`), what joins the two ends of a range (`to`, `bis`, `–`), and
 * what says "no control" (`N/A`). English plus the languages ISO 27001 teams commonly write in:
 * German, French, Spanish, Portuguese, Italian and Dutch.
 *
 * Every pattern is sticky (`y`) or global and is tried at a known position, so the scanner that
 * uses them stays linear.
 */

/** Words that join two references in a list. `en` after `tot` is the Dutch range `tot en met`. */
const LIST_WORDS = ['and', 'und', 'et', 'y', 'e', 'or', 'oder', 'ou', 'o', 'sowie', 'plus'];

/**
 * Every separator in one pass: punctuation that ends a list item, a list word between spaces,
 * `&` or `+`. A line break ends an item too.
 */
export const SEPARATOR = new RegExp(
  String.raw`[,;\n\r|•·]|\s+(?:${LIST_WORDS.join('|')})(?=\s|$)|(?<!\btot)\s+en(?=\s|$)|\s*[&+]\s*`,
  'giu',
);

// A pattern written inside a function is a new RegExp on every call, and these run once per
// separator and once per character of every Controls cell: they are made once, here.
const ENDS_LIST = /[;\n\r|•·]/;
const GAP = /[\s\u00a0()[\]{}/"'“”‘’]/;

/** Separators after which a run of clause numbers (`Clauses 6.1 and 6.2`) goes on. */
export function continuesList(separator: string): boolean {
  return !ENDS_LIST.test(separator);
}

/** Characters between words that are not words themselves: spaces, brackets, a slash. */
export function isGap(ch: string | undefined): boolean {
  return ch !== undefined && GAP.test(ch);
}

const LETTER_AFTER = String.raw`(?![\p{L}\p{N}])`;
const TRAILER = String.raw`[\s:#°.\-–]*(?:(?:no|nr|n°)\.?\s*)?`;

/** Names of the standard: `ISO 27001`, `ISO/IEC 27002:2022`, `ISO27001`. */
const STANDARD = String.raw`iso(?:\s*\/\s*iec)?\s*2700\d(?:\s*:\s*(?:19|20)?\d\d)?`;

/** `Annex A` and its translations, before an id: the id is an Annex A control. */
const ANNEX = String.raw`(?:annexe?|anhang|anexo|allegato|bijlage)\s*a${LETTER_AFTER}`;

/** `Control` and its translations, and `§`: the id after it is meant as a control. */
const CONTROL = String.raw`(?:controls?|ctrls?|kontroll(?:e|en)?|ma(?:ß|ss)nahmen?|contr[ôo]l(?:e|es)|mesures?|measures?|control(?:es)?|controlos?|controll[oi]|maatregel(?:en)?|medidas?|misur[ae])${LETTER_AFTER}\.?|§+`;

/** `Clause` and its translations: the number after it is a clause of ISO/IEC 27001. */
const CLAUSE = String.raw`(?:clauses?|cl\.|kapitel|abschnitt|klausel|chapitre|chapter|cap[ií]tulos?|capitolo|cl[áa]usulas?|clausol[ae]|clausules?|hoofdstuk(?:ken)?)${LETTER_AFTER}`;

export const STANDARD_AT = new RegExp(`${STANDARD}${TRAILER}`, 'iyu');
export const ANNEX_AT = new RegExp(`${ANNEX}${TRAILER}`, 'iyu');
export const CONTROL_AT = new RegExp(`(?:${CONTROL})${TRAILER}`, 'iyu');
export const CLAUSE_AT = new RegExp(`${CLAUSE}${TRAILER}`, 'iyu');

/**
 * An id as typed, possibly with its own Annex A prefix: `A.5.17`, `A 8.9`, `A5.17`, `a.8.9`,
 * `Annex A.8.16`. A lone lower-case `a` is the Spanish, Portuguese or Italian "to" of a range
 * (`5.24 a 5.28`), so it is a prefix only with a dot. Group 1 is the prefix, group 2 the number.
 * The id must not run on into more digits or letters (`5.17a`, `5.1.7.2`).
 */
export const DOTTED_AT = /([Aa][Nn][Nn][Ee][Xx][Ee]?[ \t]*[Aa][ \t]*[.:]?[ \t]*|A[ \t]*\.?[ \t]*|a\.[ \t]*)?(\d{1,2}(?:\.\d{1,2}){1,2})(?![0-9A-Za-z]|\.\d)/y;

/** A clause number after a clause word: one to three levels (`Clause 10`, `Kapitel 6.1.3`). */
export const CLAUSE_NUMBER_AT = /(\d{1,2}(?:\.\d{1,2}){0,2})(?![0-9A-Za-z]|\.\d)/y;

/** What joins the two ends of a range. A capital `A` is a prefix (`5.17 A 8.9` is two ids). */
export const RANGE_AT = /(?:\s*[-–—~]\s*|\s+(?:to|through|thru|till|until|bis|à|a|t\/m|tot\s+en\s+met|tot|hasta|até|al|fino\s+al?)\s+)/iy;

/** True when the range word matched at `text` is the article-like capital `A`, not a range. */
export function isCapitalA(connector: string): boolean {
  return connector.trim() === 'A';
}

/**
 * A cell that says "no control" outright: `N/A`, `None`, `-`, `TBD`, `keine`, `aucun`,
 * `N/A — risk eliminated by design`.
 */
export const NO_CONTROL = new RegExp(
  String.raw`^\s*(?:n\s*\/\s*a|n\.a\.|na|none|nil|nothing|tbd|tbc|keine?|k\.\s?a\.|entf[äa]llt|nicht\s+anwendbar|aucune?|sans\s+objet|non\s+applicable|ningun[oa]|no\s+aplica|nenhum[a]?|n[ãa]o\s+aplic[áa]vel|nessun[oa]?|non\s+applicabile|geen|niet\s+van\s+toepassing|not\s+applicable|[-–—?]+)\s*(?:$|[-–—:;,(.])`,
  'iu',
);

/** A lone token shaped like a team's own control id (`AC-2`, `ISMS-7`, `CTRL_12`). */
export const OWN_ID_SHAPE = /^[A-Za-z]{1,8}[-_.]\d{1,4}(?:[.-]\d{1,4})*$/;

/** A lone token shaped like a dotted id but not one (`5.17a`, `A.5.1.2.3`). */
export const DOTTED_SHAPE = /^(?:A\.?\s*)?\d{1,2}(?:\.\d{1,3}){1,3}[A-Za-z]?$/i;
