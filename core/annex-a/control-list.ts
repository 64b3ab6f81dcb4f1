/**
 * Reading the controls a risk cites from one cell, as teams actually type them:
 * `A.5.17, 8.16; A 8.9`, `Control 7.1, 7.2, 7.3 and 7.4`, `5.24 to 5.28`, `Annex A 8.16 und 8.9`,
 * `5.17 Authentication information`, `Secure authentication`, `Clause 9.2`, a team's own
 * `ACME-01`, or measures in words (`Monthly Patch Management`).
 *
 * The cell is split once at its separators into items; each item is read word by word, left to
 * right, and every step tries a fixed number of patterns at a known position, so a cell with
 * hundreds of ids stays linear. Words around an id (`Control`, `ISO/IEC 27002`, `Maßnahme`) are
 * dropped; words after it are its title or a note. An id inside a sentence is read only when it
 * stands apart (in brackets, at the end of the phrase, after a prefix, before its title), so the
 * numbers of prose (`patch within 7.5 days`) are never read as controls, and prose is never cut
 * into fake ids: a cell that cites nothing is one `free-text` citation, whole.
 */
import { oncePer, oncePerText } from '../memo';
import type { DottedReading, Introduced } from './clauses';
import { looksLikeId, readDottedId } from './clauses';
import { knownTitles } from './control-ids';
import type { RangeReading } from './control-ranges';
import { readRange } from './control-ranges';
import { likelyControls, titleAt, titleNamed } from './control-titles';
import {
  ANNEX_AT,
  CLAUSE_AT,
  CLAUSE_NUMBER_AT,
  CONTROL_AT,
  DOTTED_AT,
  DOTTED_SHAPE,
  NO_CONTROL,
  OWN_ID_SHAPE,
  RANGE_AT,
  SEPARATOR,
  STANDARD_AT,
  continuesList,
  isCapitalA,
  isGap,
} from './control-words';
import type { ControlCatalogue, ControlCitation } from './types';

/** One item of the list: the text between two separators. */
interface Item {
  readonly start: number;
  readonly end: number;
  /** Where the phrase it belongs to ends: the next punctuation separator, not `and` or `&`. */
  readonly phraseEnd: number;
  /** The separator before it keeps a run of clause numbers going (`,` `and`, not `;`). */
  readonly continues: boolean;
}

function itemsOf(text: string): Item[] {
  const items: { start: number; end: number; phraseEnd: number; continues: boolean }[] = [];
  SEPARATOR.lastIndex = 0;
  let start = 0;
  let sep = '';
  // The items from `open` on are in a phrase that has not ended yet: a punctuation separator
  // ends it for all of them at once, so each item is made once, in order.
  let open = 0;
  for (let m = SEPARATOR.exec(text); m !== null; m = SEPARATOR.exec(text)) {
    items.push({ start, end: m.index, phraseEnd: text.length, continues: sep === '' || continuesList(sep) });
    sep = m[0];
    if (!isWordSeparator(sep)) {
      for (let k = open; k < items.length; k++) items[k]!.phraseEnd = m.index;
      open = items.length;
    }
    start = m.index + sep.length;
  }
  items.push({ start, end: text.length, phraseEnd: text.length, continues: sep === '' || continuesList(sep) });
  return items;
}

// Patterns used per item, word or character are made once: a pattern written inside a function
// is a new RegExp on every call.
const WORD_SEPARATOR = /^\s*(?:[&+]|\p{L}+)\s*$/u;
const AFTER_TITLE = /[\s,;.)]/;
const TRAILING_STOP = /[.:]$/;
const SPACE = /[ \t\u00a0]/;

function isWordSeparator(sep: string): boolean {
  return WORD_SEPARATOR.test(sep);
}

/** What one reference in the cell stands for, its raw text decided once notes are read. */
interface Entry {
  readonly start: number;
  end: number;
  readonly resolve: (raw: string, cellCites2013: boolean) => ControlCitation[];
  /** A lone number such as `1.5`: a mistyped id in a list of ids, prose among words. */
  readonly proseAmongWords?: true;
  /** Where the id (or both ends of a range) was typed: from its number, after any `A.` prefix. */
  readonly typed?: { readonly start: number; readonly end: number };
}

/** One id or range of ids typed in a cell: where its numbers stand, and what it cites. */
export interface ReferenceSpan {
  /** The first digit of the id, after any `A.` prefix of its own. */
  readonly start: number;
  /** Just past the id, or past the second id of a range; a title after it is not included. */
  readonly end: number;
  /** The id's own Annex A prefix as typed (`A.`, `A `), just before `start`; '' when none. */
  readonly prefix: string;
  readonly citations: readonly ControlCitation[];
}

function readingCitations(reading: DottedReading, raw: string, cellCites2013: boolean): ControlCitation[] {
  switch (reading.kind) {
    case 'control':
      return [{ kind: 'control', raw, id: reading.id }];
    case 'annex-a-2013':
      return [{ kind: 'annex-a-2013', raw, id2013: reading.id2013, successors: reading.successors }];
    case 'clause':
      return [{ kind: 'clause', raw, clause: reading.clause }];
    case 'clause-or-2013':
      // `6.1.3` beside other 2013 ids is A.6.1.3; alone or beside 2022 ids it is the clause.
      return cellCites2013
        ? [{ kind: 'annex-a-2013', raw, id2013: reading.id2013, successors: reading.successors }]
        : [{ kind: 'clause', raw, clause: reading.clause }];
    case 'unknown':
      return [{ kind: 'unknown', raw }];
  }
}

function rangeCitations(range: RangeReading, raw: string): ControlCitation[] {
  switch (range.kind) {
    case 'controls':
      return range.ids.map((id) => ({ kind: 'control', raw, id }));
    case 'controls-2013':
      return range.ids.map((c) => ({ kind: 'annex-a-2013', raw, id2013: c.id2013, successors: c.successors }));
    case 'clauses':
      return [{ kind: 'clause', raw, clause: range.clause }];
    case 'unknown':
      return [{ kind: 'unknown', raw }];
  }
}

/** After an id: its title as the catalogue spells it (which may hold commas and "and"), if present. */
const TITLE_LEAD_AT = /[ \t]*(?:[-–—:][ \t]*)?/y;

function titleEnd(text: string, pos: number, canonical: string): number | null {
  TITLE_LEAD_AT.lastIndex = pos;
  // `test` moves `lastIndex` past the lead as `exec` would, without making a match for it.
  const start = TITLE_LEAD_AT.test(text) ? TITLE_LEAD_AT.lastIndex : pos;
  if (start === pos || start >= text.length) return null;
  const titles = knownTitles(canonical);
  if (titles.length === 0) return null;
  const lower = text.slice(start, start + titles[0]!.length).toLowerCase();
  for (const title of titles) {
    if (lower.startsWith(title)) {
      const end = start + title.length;
      const next = text[end];
      if (next === undefined || AFTER_TITLE.test(next)) return end;
    }
  }
  return null;
}

function canonicalOf(reading: DottedReading): string | null {
  if (reading.kind === 'control') return reading.id;
  if (reading.kind === 'annex-a-2013') return reading.id2013;
  return null;
}

const CLOSING = /[)\]}\-–—:]/;

/** Longer than the longest title in other words: such a phrase is not read as a title. */
const MAX_TITLE_CHARS = 160;

/** The scan of one cell. */
class CellScan {
  private readonly entries: Entry[] = [];
  private cites2013 = false;
  /** Words that belong to no reference (not a title, not a note after an id). */
  private loose = false;
  private clauseRun = false;

  constructor(
    private readonly text: string,
    private readonly catalogue: ControlCatalogue,
  ) {}

  run(): ControlCitation[] {
    this.scan();
    return this.finish();
  }

  /** Every id typed in the cell, each occurrence apart, in the order typed. */
  references(): ReferenceSpan[] {
    this.scan();
    const out: ReferenceSpan[] = [];
    for (const e of this.entries) {
      if (!e.typed || (e.proseAmongWords && this.loose)) continue;
      const raw = this.text.slice(e.start, e.end).trim();
      out.push({ start: e.typed.start, end: e.typed.end, prefix: this.text.slice(e.start, e.typed.start), citations: e.resolve(raw, this.cites2013) });
    }
    return out;
  }

  private scan(): void {
    let resume = 0;
    for (const item of itemsOf(this.text)) {
      if (item.end <= resume) continue;
      if (!item.continues) this.clauseRun = false;
      resume = this.readItem(item, Math.max(item.start, resume));
    }
  }

  private finish(): ControlCitation[] {
    const out: ControlCitation[] = [];
    const seen = new Map<string, number>();
    for (const e of this.entries) {
      if (e.proseAmongWords && this.loose) continue;
      const raw = this.text.slice(e.start, e.end).trim();
      for (const c of e.resolve(raw, this.cites2013)) {
        const key = citationKey(c);
        const at = seen.get(key);
        if (at === undefined) {
          seen.set(key, out.length);
          out.push(c);
        } else if (isPlain(c) && !isPlain(out[at]!)) {
          // The id typed as an id says it best: `Logging (8.15)` cites 8.15, not a title.
          out[at] = c;
        }
      }
    }
    const cites = out.some((c) => c.kind === 'control' || c.kind === 'annex-a-2013' || c.kind === 'unknown');
    if (!cites && this.loose) {
      const raw = this.text.trim();
      return [{ kind: 'free-text', raw, likely: likelyControls(raw) }];
    }
    return out;
  }

  /** Reads one item from `from`; returns where the next item may start (a title may run past it). */
  private readItem(item: Item, from: number): number {
    const { text } = this;
    const whole = text.slice(from, item.end).trim();
    const own = this.catalogue.get(whole);
    if (own && !own.annexA && whole !== '') {
      this.entries.push({ start: from, end: item.end, resolve: (raw) => [{ kind: 'control', raw, id: own.id }] });
      return item.end;
    }

    let pos = from;
    let current: Entry | null = null;
    let first = true;
    // True at the start of the item and right after a reference, where ids follow each other.
    let inList = true;
    for (;;) {
      const w = this.skipGaps(pos, item.end);
      if (w >= item.end) return item.end;
      const ref = this.referenceAt(w, item, inList, first);
      if (ref) {
        this.entries.push(ref);
        current = ref;
        first = false;
        inList = true;
        pos = ref.end;
        if (pos > item.end) return pos;
        continue;
      }
      if (first) {
        const named = this.titleOrShape(w, item);
        if (named) {
          this.entries.push(named);
          current = named;
          first = false;
          pos = named.end;
          if (pos > item.end) return pos;
          continue;
        }
      }
      const e = this.wordEnd(w, item.end);
      if (current) current.end = e;
      else {
        this.loose = true;
        this.clauseRun = false;
      }
      first = false;
      inList = false;
      pos = e;
    }
  }

  /** At the start of an item with no id: a title (exact, or in other words), or a malformed id alone. */
  private titleOrShape(w: number, item: Item): Entry | null {
    const exact = titleAt(this.text, w);
    if (exact) return { start: w, end: exact.end, resolve: (raw) => [{ kind: 'control', raw, id: exact.id, byTitle: true }] };
    // A phrase longer than any title is a sentence; not slicing it keeps long lists linear.
    const id = item.phraseEnd - w <= MAX_TITLE_CHARS ? titleNamed(this.text.slice(w, item.phraseEnd)) : null;
    if (id) return { start: w, end: item.phraseEnd, resolve: (raw) => [{ kind: 'control', raw, id, byTitle: true }] };
    const token = this.text.slice(w, item.end).trim().replace(TRAILING_STOP, '');
    if (OWN_ID_SHAPE.test(token) || DOTTED_SHAPE.test(token)) {
      return { start: w, end: item.end, resolve: (raw) => [{ kind: 'unknown', raw }] };
    }
    return null;
  }

  /**
   * A reference starting at `w`: words that introduce it, then a team's own id, a clause number
   * or an Annex A id, a range, and the id's title. `inList`: `w` starts the item or follows
   * another reference, where ids are expected. `alone`: `w` is the item's first word.
   */
  private referenceAt(w: number, item: Item, inList: boolean, alone: boolean): Entry | null {
    const { text } = this;
    let p = w;
    let introduced: Introduced = 'bare';
    let explicit = false;
    for (let guard = 0; guard < 4; guard++) {
      const lead = leadAt(text, p);
      if (!lead) break;
      p = this.skipGaps(lead.end, item.end);
      explicit = true;
      if (lead.introduces !== 'bare') introduced = lead.introduces;
    }
    if (p >= item.end) return null;

    const word = this.wordEnd(p, item.end);
    const ownId = text.slice(p, word).replace(TRAILING_STOP, '');
    const own = this.catalogue.get(ownId);
    if (own && !own.annexA) {
      this.clauseRun = false;
      return { start: p, end: p + ownId.length, resolve: (raw) => [{ kind: 'control', raw, id: own.id }] };
    }

    const first = this.numberAt(p, introduced);
    if (!first) return null;
    if (first.prefixed) explicit = true;
    let reading = first.reading;
    let end = first.end;
    let range: RangeReading | null = null;
    RANGE_AT.lastIndex = end;
    const connector = RANGE_AT.exec(text);
    if (connector && !isCapitalA(connector[0])) {
      const second = this.numberAt(end + connector[0].length, first.introduced);
      if (second) {
        range = readRange(reading, second.reading);
        end = second.end;
        reading = second.reading;
      }
    }
    if (end > item.end) return null;

    if (!explicit) {
      const known = range ? range.kind !== 'unknown' : reading.kind !== 'unknown';
      if (!known) {
        // An unknown number is a mistyped id only where ids go and when it looks like one
        // (`12.9`), or when it is all the item holds (`1.2`); `1.5 hours` is prose.
        const solo = alone && this.skipGaps(end, item.end) >= item.end;
        const plausible = looksLikeId(text.slice(first.numberStart, first.end));
        if (!inList || !(solo || plausible)) return null;
        if (!plausible) return { start: p, end, resolve: (raw) => [{ kind: 'unknown', raw }], proseAmongWords: true, typed: { start: first.numberStart, end } };
      } else if (!inList && !this.standsApart(w, end, item, reading)) return null;
    }

    if (first.introduced === 'clause') this.clauseRun = true;
    else if (first.introduced === 'annex') this.clauseRun = false;
    const canonical = canonicalOf(reading);
    const titled = canonical && !range ? titleEnd(text, end, canonical) : null;
    const readings = range ? null : first.reading;
    if (readings?.kind === 'annex-a-2013') this.cites2013 = true;
    if (range?.kind === 'controls-2013') this.cites2013 = true;
    return {
      // Raw text starts at the id: `Control A.12.6.1` is reported as A.12.6.1.
      start: p,
      end: titled ?? end,
      resolve: (raw, cites2013) => (range ? rangeCitations(range, raw) : readingCitations(readings!, raw, cites2013)),
      typed: { start: first.numberStart, end },
    };
  }

  /** An id-shaped number at `p`: an Annex A id with its own prefix, or a clause number. */
  private numberAt(p: number, introduced: Introduced): { reading: DottedReading; end: number; numberStart: number; prefixed: boolean; introduced: Introduced } | null {
    const { text } = this;
    const how = introduced === 'bare' && this.clauseRun ? 'clause' : introduced;
    if (how === 'clause') {
      // `Clause A.8.2` is a control after all: the prefix says so.
      DOTTED_AT.lastIndex = p;
      const prefixed = DOTTED_AT.exec(text);
      if (!prefixed || !prefixed[1]) {
        CLAUSE_NUMBER_AT.lastIndex = p;
        const m = CLAUSE_NUMBER_AT.exec(text);
        if (!m) return null;
        return { reading: readDottedId(m[1]!, 'clause'), end: p + m[0].length, numberStart: p, prefixed: false, introduced: 'clause' };
      }
    }
    DOTTED_AT.lastIndex = p;
    const m = DOTTED_AT.exec(text);
    if (!m) return null;
    const prefixed = m[1] !== undefined;
    const intro: Introduced = prefixed ? 'annex' : how === 'clause' ? 'bare' : how;
    return {
      reading: readDottedId(m[2]!, intro),
      end: p + m[0].length,
      numberStart: p + (m[1]?.length ?? 0),
      prefixed,
      introduced: intro,
    };
  }

  /**
   * Whether an id met inside a sentence is meant as a reference: in brackets, at the end of the
   * phrase, before a closing bracket, dash or colon, before another id, or before its title.
   */
  private standsApart(w: number, end: number, item: Item, reading: DottedReading): boolean {
    const { text } = this;
    const before = text[w - 1];
    if (before === '(' || before === '[') return true;
    let after = end;
    while (after < item.end && SPACE.test(text[after]!)) after++;
    if (after >= item.end || CLOSING.test(text[after]!)) return true;
    DOTTED_AT.lastIndex = after;
    if (DOTTED_AT.test(text)) return true;
    const canonical = canonicalOf(reading);
    return canonical !== null && titleEnd(text, end, canonical) !== null;
  }

  private skipGaps(pos: number, end: number): number {
    let p = pos;
    while (p < end && isGap(this.text[p])) p++;
    return p;
  }

  private wordEnd(pos: number, end: number): number {
    let p = pos;
    while (p < end && !isGap(this.text[p])) p++;
    return Math.max(p, pos + 1);
  }
}

interface Lead {
  readonly end: number;
  readonly introduces: Introduced;
}

/** Words that introduce an id at `pos`: `ISO 27001`, `Annex A`, `Control`, `Clause`. */
function leadAt(text: string, pos: number): Lead | null {
  for (const [re, introduces] of LEADS) {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (m && m[0].length > 0) return { end: pos + m[0].length, introduces };
  }
  return null;
}

const LEADS: readonly (readonly [RegExp, Introduced])[] = [
  [STANDARD_AT, 'bare'],
  [ANNEX_AT, 'annex'],
  [CONTROL_AT, 'annex'],
  [CLAUSE_AT, 'clause'],
];

function isPlain(c: ControlCitation): boolean {
  return c.kind !== 'control' || (!c.byTitle && c.orMaybe === undefined);
}

function citationKey(c: ControlCitation): string {
  switch (c.kind) {
    case 'control':
      return `c:${c.id.toLowerCase()}`;
    case 'annex-a-2013':
      return `o:${c.id2013}`;
    case 'unknown':
      return `u:${c.raw.toLowerCase()}`;
    case 'clause':
      return `k:${c.clause}`;
    case 'free-text':
      return 'f:';
  }
}

/**
 * The controls a cell cites, in the order typed, each once. Two-level ids are Annex A 2022,
 * three-level ids ISO/IEC 27001:2013 (with their 2022 successors), a range stands for every
 * control between its ends, a title for its control; clause numbers are clauses; a team's own id
 * (case-insensitive) is that control; an id-shaped token that is none of these is unknown. A cell
 * that says `N/A` cites nothing; a cell of words that cite nothing is one free-text citation.
 */
export function parseControlList(text: string, catalogue: ControlCatalogue): readonly ControlCitation[] {
  return parsedWith(catalogue)(text);
}

// A register cites the same few controls in the same words on row after row: each text is read
// once per catalogue. What is read is shared, so it is read-only to every caller.
const parsedWith = oncePer((catalogue: ControlCatalogue) =>
  oncePerText<readonly ControlCitation[]>(20_000, (text) => (text.trim() === '' || NO_CONTROL.test(text) ? [] : new CellScan(text, catalogue).run())),
);

/**
 * The ids and ranges of ids typed in a cell, read exactly as `parseControlList` reads them, with
 * where each stands in the text: what a rewrite of the ids needs to leave every other character
 * as typed. Every occurrence is listed (`A.12.4.1, A.12.4.1` gives two); titles and the team's
 * own ids are not ids typed as numbers and are not listed.
 */
export function controlReferenceSpans(text: string, catalogue: ControlCatalogue): ReferenceSpan[] {
  if (text.trim() === '' || NO_CONTROL.test(text)) return [];
  return new CellScan(text, catalogue).references();
}

