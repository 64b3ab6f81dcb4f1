/**
 * Annex A ids as people type them. The 2013 and 2022 editions share section numbers (`A.8.2` was
 * information classification, `8.2` is privileged access rights), so the edition is told apart by
 * the number of levels only: two levels are 2022, three are 2013. Ids are never matched on a prefix.
 */
import { ANNEX_A_2013_TO_2022, ANNEX_A_2022 } from './catalogue-data';
import type { AnnexA2022Entry } from './catalogue-data';

/** Orders dotted ids numerically (`5.9` before `5.10`); an `A.` prefix is ignored. */
export function compareControlIds(a: string, b: string): number {
  const pa = a.replace(/^A\./i, '').split('.');
  const pb = b.replace(/^A\./i, '').split('.');
  const n = Math.max(pa.length, pb.length);
  for (let i = 0; i < n; i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
    const nx = Number(x);
    const ny = Number(y);
    const d = Number.isFinite(nx) && Number.isFinite(ny) ? nx - ny : x.localeCompare(y);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * An Annex A reference at the start of a text: `A.5.17`, `5.17`, `A 8.9`, `A5.17`, `Annex A 8.16`,
 * `Annex A.8.16`. The id must not run on into more digits or letters (`5.17a`, `5.1.7.2`).
 */
export const ANNEX_ID_AT = /(?:annex[ \t]*a[ \t]*[.:]?[ \t]*|a[ \t]*\.?[ \t]*)?(\d{1,2}(?:\.\d{1,2}){1,2})(?![0-9A-Za-z]|\.\d)/iy;

/**
 * The canonical form of a token shaped like an Annex A id: `5.17` for two levels (2022),
 * `A.9.2.3` for three (2013, written as that edition did). Null when the whole token is not an
 * id. Existence in either edition is not checked.
 */
export function normalizeControlToken(raw: string): string | null {
  const text = raw.trim();
  ANNEX_ID_AT.lastIndex = 0;
  const m = ANNEX_ID_AT.exec(text);
  if (!m || m[0].length !== text.length) return null;
  return canonicalId(m[1]!);
}

/** `05.017` → `5.17`; three levels gain the 2013 `A.` prefix. */
export function canonicalId(dotted: string): string {
  const parts = dotted.split('.').map((p) => String(Number(p)));
  return parts.length === 3 ? `A.${parts.join('.')}` : parts.join('.');
}

const BY_ID_2022: ReadonlyMap<string, AnnexA2022Entry> = new Map(ANNEX_A_2022.map((c) => [c.id, c]));

const SUCCESSORS: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const row of ANNEX_A_2013_TO_2022) {
    const list = map.get(row.id2013) ?? [];
    if (!list.includes(row.id2022)) list.push(row.id2022);
    map.set(row.id2013, list);
  }
  return map;
})();

const TITLES_2013: ReadonlyMap<string, string> = new Map(ANNEX_A_2013_TO_2022.map((r) => [r.id2013, r.title2013]));

/**
 * Short forms used by ISO/IEC 27002:2022 and most GRC tools for three 27001 titles (see
 * shared/reference/README.md). Only used to recognise a title typed after an id.
 */
const TITLE_ALIASES: Readonly<Record<string, string>> = {
  '5.21': 'Managing information security in the ICT supply chain',
  '5.34': 'Privacy and protection of PII',
  '8.1': 'User endpoint devices',
};

export function annexA2022(id: string): AnnexA2022Entry | undefined {
  return BY_ID_2022.get(id);
}

export function isAnnexA2022Id(id: string): boolean {
  return BY_ID_2022.has(id);
}

/** 2022 successors of a 2013 id in `A.9.2.3` form; empty when the id is not a 2013 control. */
export function successorsOf2013(id2013: string): readonly string[] {
  return SUCCESSORS.get(id2013) ?? [];
}

const TITLE_CACHE = new Map<string, readonly string[]>();

/**
 * Titles that may follow a canonical id in a cell, lower-cased, longest first so the longest
 * match wins.
 */
export function knownTitles(canonical: string): readonly string[] {
  const cached = TITLE_CACHE.get(canonical);
  if (cached) return cached;
  const titles: string[] = [];
  const c = BY_ID_2022.get(canonical);
  if (c) titles.push(c.title);
  const alias = TITLE_ALIASES[canonical];
  if (alias) titles.push(alias);
  const t2013 = TITLES_2013.get(canonical);
  if (t2013) titles.push(t2013);
  const result = titles.map((t) => t.toLowerCase()).sort((a, b) => b.length - a.length);
  TITLE_CACHE.set(canonical, result);
  return result;
}
