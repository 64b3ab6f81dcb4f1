/**
 * Reading the controls a risk cites from one cell, as teams actually type them:
 * `A.5.17, 8.16; A 8.9`, `5.17 Authentication information`, `Annex A 8.16 and 8.9`, one per line,
 * or a team's own ids such as `ACME-01`.
 *
 * One left-to-right scan, so a cell with hundreds of ids stays linear.
 */
import type { ControlCatalogue, ControlCitation } from './types';
import { ANNEX_ID_AT, canonicalId, isAnnexA2022Id, knownTitles, successorsOf2013 } from './control-ids';

const SEPARATOR_CHARS = new Set([',', ';', '\n', '\r']);
const AND_AT = /and(?=\s|$)/iy;
/** Space between an id and its title: `5.17 - Authentication information`, `5.17: …`. */
const TITLE_LEAD_AT = /[ \t]*(?:[-–—:][ \t]*)?/y;
const NEXT_SEPARATOR = /[,;\r\n]|\s+and(?=\s|$)/gi;

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00a0';
}

/** True when a separator (`,` `;` a line break or the word `and`) starts at `pos`. */
function separatorAt(text: string, pos: number): boolean {
  const ch = text[pos];
  if (ch !== undefined && SEPARATOR_CHARS.has(ch)) return true;
  if (pos > 0 && !isSpace(text[pos - 1])) return false;
  AND_AT.lastIndex = pos;
  return AND_AT.test(text);
}

function skipSeparators(text: string, pos: number): number {
  let p = pos;
  for (;;) {
    const ch = text[p];
    if (ch === undefined) return p;
    if (isSpace(ch) || SEPARATOR_CHARS.has(ch)) {
      p++;
      continue;
    }
    AND_AT.lastIndex = p;
    if (AND_AT.test(text)) {
      p += 3;
      continue;
    }
    return p;
  }
}

function nextSeparator(text: string, pos: number): number {
  NEXT_SEPARATOR.lastIndex = pos;
  const m = NEXT_SEPARATOR.exec(text);
  return m ? m.index : text.length;
}

interface IdMatch {
  readonly end: number;
  readonly canonical: string;
}

function idAt(text: string, pos: number): IdMatch | null {
  ANNEX_ID_AT.lastIndex = pos;
  const m = ANNEX_ID_AT.exec(text);
  return m ? { end: pos + m[0].length, canonical: canonicalId(m[1]!) } : null;
}

function isKnownAnnexId(canonical: string): boolean {
  return isAnnexA2022Id(canonical) || successorsOf2013(canonical).length > 0;
}

/**
 * Consumes free words (a title, a note, an unknown token) up to the next separator, or up to a
 * word that is a known Annex A id, so `5.17 Authentication 8.16` still yields both ids.
 */
function consumeWords(text: string, pos: number): number {
  let p = pos;
  for (;;) {
    let w = p;
    while (isSpace(text[w])) w++;
    if (w >= text.length || separatorAt(text, w)) return p;
    if (w > p) {
      const id = idAt(text, w);
      if (id && isKnownAnnexId(id.canonical)) return p;
    }
    let e = w;
    while (e < text.length && !isSpace(text[e]) && !SEPARATOR_CHARS.has(text[e]!)) e++;
    p = e;
  }
}

/** After an id: its title as the catalogue spells it (which may hold commas and "and"), if present. */
function titleEnd(text: string, pos: number, canonical: string): number | null {
  TITLE_LEAD_AT.lastIndex = pos;
  const lead = TITLE_LEAD_AT.exec(text);
  const start = pos + (lead ? lead[0].length : 0);
  if (start === pos || start >= text.length) return null;
  const titles = knownTitles(canonical);
  if (titles.length === 0) return null;
  const lower = text.slice(start, start + titles[0]!.length).toLowerCase();
  for (const title of titles) {
    if (lower.startsWith(title)) {
      const end = start + title.length;
      const next = text[end];
      if (next === undefined || isSpace(next) || SEPARATOR_CHARS.has(next) || next === '.' || next === ')') return end;
    }
  }
  return null;
}

function annexCitation(raw: string, canonical: string): ControlCitation {
  if (canonical.startsWith('A.')) {
    const successors = successorsOf2013(canonical);
    return successors.length > 0 ? { kind: 'annex-a-2013', raw, id2013: canonical, successors } : { kind: 'unknown', raw };
  }
  return isAnnexA2022Id(canonical) ? { kind: 'control', raw, id: canonical } : { kind: 'unknown', raw };
}

/** A team's own control: the exact id, the id followed by its title, or ids separated by spaces. */
function ownCitations(token: string, catalogue: ControlCatalogue): ControlCitation[] | null {
  const exact = catalogue.get(token);
  if (exact) return [{ kind: 'control', raw: token, id: exact.id }];
  const lower = token.toLowerCase();
  for (const c of catalogue.controls) {
    if (c.annexA || c.title === '') continue;
    const id = c.id.toLowerCase();
    if (lower.length > id.length && lower.startsWith(id) && !/[0-9a-z]/i.test(token[id.length]!)) {
      const rest = lower.slice(id.length).replace(/^[\s\-–—:]+/, '').trim();
      if (rest === c.title.toLowerCase().trim()) return [{ kind: 'control', raw: token, id: c.id }];
    }
  }
  const words = token.split(/\s+/);
  if (words.length > 1) {
    const found = words.map((w) => catalogue.get(w));
    if (found.every((c) => c !== undefined)) return found.map((c, i) => ({ kind: 'control', raw: words[i]!, id: c!.id }));
  }
  return null;
}

function citationKey(c: ControlCitation): string {
  switch (c.kind) {
    case 'control':
      return `c:${c.id.toLowerCase()}`;
    case 'annex-a-2013':
      return `o:${c.id2013}`;
    case 'unknown':
      return `u:${c.raw.toLowerCase()}`;
  }
}

/**
 * The controls a cell cites, in the order typed, each once. Two-level ids are Annex A 2022;
 * three-level ids are ISO/IEC 27001:2013 and carry their 2022 successors; an exact (case-
 * insensitive) match of a team's own control id is that control; anything else is unknown.
 */
export function parseControlList(text: string, catalogue: ControlCatalogue): ControlCitation[] {
  const out: ControlCitation[] = [];
  const seen = new Set<string>();
  const push = (c: ControlCitation): void => {
    const key = citationKey(c);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(c);
  };

  let pos = skipSeparators(text, 0);
  while (pos < text.length) {
    const start = pos;
    // A team's own id wins over the Annex A reading: a team may number its controls `1.2`.
    const chunkEnd = nextSeparator(text, pos);
    const chunk = text.slice(pos, chunkEnd).trim();
    const own = catalogue.get(chunk);
    if (own && !own.annexA) {
      push({ kind: 'control', raw: chunk, id: own.id });
      pos = skipSeparators(text, chunkEnd);
      continue;
    }

    const id = idAt(text, pos);
    if (id) {
      const end = titleEnd(text, id.end, id.canonical) ?? consumeWords(text, id.end);
      push(annexCitation(text.slice(start, end).trim(), id.canonical));
      pos = skipSeparators(text, end);
      continue;
    }

    const end = Math.max(consumeWords(text, pos), pos + 1);
    const token = text.slice(start, end).trim();
    const owned = ownCitations(token, catalogue);
    if (owned) owned.forEach(push);
    else if (token !== '') push({ kind: 'unknown', raw: token });
    pos = skipSeparators(text, end);
  }
  return out;
}
