/** The control catalogue in force: the 93 Annex A 2022 controls plus a team's own. */
import type { Control, ControlCatalogue } from './types';
import { ANNEX_A_2022 } from './catalogue-data';

export { compareControlIds, normalizeControlToken, successorsOf2013, isAnnexA2022Id } from './control-ids';
export { parseControlList } from './control-list';
export { parseControlCell } from './control-cell';

/** Annex A 2022 as catalogue entries, in numeric order. */
export const ANNEX_A_CONTROLS: readonly Control[] = ANNEX_A_2022.map((c) => ({
  id: c.id,
  title: c.title,
  theme: c.theme,
  annexA: true,
}));

/**
 * A catalogue of Annex A and the given own controls (in the order given). Lookups are exact and
 * ignore case and surrounding spaces; the first of two own controls with one id wins (the
 * Controls sheet reader reports the duplicate).
 */
export function createCatalogue(own: readonly Control[] = []): ControlCatalogue {
  const controls: Control[] = [...ANNEX_A_CONTROLS];
  const byId = new Map<string, Control>();
  for (const c of ANNEX_A_CONTROLS) byId.set(c.id.toLowerCase(), c);
  for (const c of own) {
    const key = c.id.trim().toLowerCase();
    if (key === '' || byId.has(key)) continue;
    byId.set(key, c);
    controls.push(c);
  }
  return {
    controls,
    get: (id: string) => byId.get(id.trim().toLowerCase()),
  };
}

/** Annex A 2022 alone, for a workbook without own controls. */
export const ANNEX_A_CATALOGUE: ControlCatalogue = createCatalogue();
