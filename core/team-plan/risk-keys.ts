/**
 * Which register risk a plan row names: by the register's id, or by its title where the plan keeps
 * no id. Ids compare as the RTP's keys do (case and spacing aside). A title compares after case,
 * accents, spacing and punctuation, first with the risks' titles, then their threats, then their
 * descriptions: a plan names a risk by whatever short text the register shows for it.
 */
import { foldAccents } from '../register/header-words';
import type { Risk } from '../register/types';

export type KeyMatch =
  | { readonly kind: 'risk'; readonly riskId: string }
  | { readonly kind: 'unknown' }
  /** Several risks of different ids share the text. */
  | { readonly kind: 'ambiguous'; readonly riskIds: readonly string[] };

export function normalizeId(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toUpperCase();
}

export function normalizeTitle(text: string): string {
  return foldAccents(text.toLowerCase()).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Separators between several risk ids typed in one cell: "R-01, R-04", "R-01; R-04", one per line. */
const ID_LIST = /\s*(?:[,;\n/&+]|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b)\s*/i;

export interface RiskKeys {
  /** The risk a whole cell names by id. */
  byId(text: string): KeyMatch;
  /**
   * The ids a cell names, one part at a time where the whole is no id ("R-01, R-04"): each part
   * with its match. A cell none of whose parts is an id is one unknown part, the whole cell.
   */
  idsIn(text: string): readonly { readonly text: string; readonly match: KeyMatch }[];
  byTitle(text: string): KeyMatch;
}

/** The lookups over a register's risks. */
export function riskKeys(risks: readonly Risk[]): RiskKeys {
  const ids = new Map<string, string>();
  for (const r of risks) {
    const id = r.id.trim();
    if (id !== '' && !ids.has(normalizeId(id))) ids.set(normalizeId(id), id);
  }
  const tiers = (['title', 'threat', 'description'] as const).map((field) => {
    const byText = new Map<string, Set<string>>();
    for (const r of risks) {
      const key = normalizeTitle(r[field]);
      if (key === '' || r.id.trim() === '') continue;
      byText.set(key, (byText.get(key) ?? new Set()).add(r.id.trim()));
    }
    return byText;
  });

  const byId = (text: string): KeyMatch => {
    const id = ids.get(normalizeId(text));
    return id === undefined ? { kind: 'unknown' } : { kind: 'risk', riskId: id };
  };
  return {
    byId,
    idsIn(text) {
      const whole = byId(text);
      if (whole.kind === 'risk') return [{ text: text.trim(), match: whole }];
      const parts = text.split(ID_LIST).map((p) => p.trim()).filter((p) => p !== '');
      const matches = parts.map((p) => ({ text: p, match: byId(p) }));
      return parts.length > 1 && matches.some((m) => m.match.kind === 'risk') ? matches : [{ text: text.trim(), match: whole }];
    },
    byTitle(text) {
      const key = normalizeTitle(text);
      if (key === '') return { kind: 'unknown' };
      for (const tier of tiers) {
        const found = tier.get(key);
        if (!found) continue;
        return found.size === 1 ? { kind: 'risk', riskId: [...found][0]! } : { kind: 'ambiguous', riskIds: [...found] };
      }
      return { kind: 'unknown' };
    },
  };
}
