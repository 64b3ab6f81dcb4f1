/** Checks on the risk bands: present, well formed, not overlapping, covering every reachable score. */
import type { Finding } from '../findings/finding';
import { finding } from '../findings/report';
import { SHEETS } from '../workbook/names';
import type { BandsAnchors } from './anchors';
import { bandAnchor } from './anchors';
import { HEADINGS, sameText } from './methodology-text';
import type { Band } from './types';
import { COLOUR_PATTERN } from '../limits';

const DECISIONS: ReadonlySet<string> = new Set(['acceptable', 'tolerable', 'unacceptable']);

function invalid(cell: string, setting: string, value: string, problem: string, expected: string): Finding {
  return finding('methodology-invalid-value', SHEETS.methodology, cell, { setting, value, problem, expected });
}

/** Each band on its own: a name, a numeric range that is not upside down, a decision, a colour. */
export function validateBandValues(bands: readonly Band[], anchors: BandsAnchors): Finding[] {
  const out: Finding[] = [];
  bands.forEach((b, i) => {
    const a = bandAnchor(anchors, i);
    if (b.name.trim() === '') out.push(invalid(a.name, 'The band name', b.name, 'it is blank', 'a name such as Low, Medium or High'));
    // The reader finds sections by these words in column A, where band names also sit.
    else if (Object.values(HEADINGS).some((h) => sameText(b.name, h))) {
      out.push(invalid(a.name, 'The band name', b.name, 'it reads as a section heading of this sheet', 'another name, such as Low, Medium or High'));
    }
    if (!Number.isFinite(b.min)) out.push(invalid(a.min, `The min score of band "${b.name}"`, String(b.min), 'it is not a number', 'a number'));
    if (!Number.isFinite(b.max)) out.push(invalid(a.max, `The max score of band "${b.name}"`, String(b.max), 'it is not a number', 'a number'));
    if (b.min > b.max) {
      out.push(invalid(a.max, `The max score of band "${b.name}"`, String(b.max), `it is below the min score ${b.min}`, `a number of at least ${b.min}`));
    }
    if (!DECISIONS.has(b.decision)) out.push(finding('methodology-band-decision', SHEETS.methodology, a.decision, { band: b.name, value: b.decision }));
    if (!COLOUR_PATTERN.test(b.colour)) out.push(finding('methodology-band-colour', SHEETS.methodology, a.colour, { band: b.name, value: b.colour }));
  });
  return out;
}

/** The lowest whole number two ranges share, or null when they share none. */
function firstSharedInteger(a: Band, b: Band): number | null {
  const lo = Math.ceil(Math.max(a.min, b.min));
  const hi = Math.floor(Math.min(a.max, b.max));
  return lo <= hi ? lo : null;
}

/**
 * How the bands fit together. `reachable` is every score the matrix gives; pass null to skip the
 * gap check (when the matrix is not the team's own, gaps would be noise).
 */
export function validateBandRanges(bands: readonly Band[], reachable: readonly number[] | null, anchors: BandsAnchors): Finding[] {
  if (bands.length === 0) return [finding('methodology-bands-missing', SHEETS.methodology, anchors.heading)];
  const out: Finding[] = [];
  for (let j = 1; j < bands.length; j++) {
    for (let i = 0; i < j; i++) {
      const score = firstSharedInteger(bands[i]!, bands[j]!);
      if (score !== null) {
        out.push(finding('methodology-band-overlap', SHEETS.methodology, bandAnchor(anchors, j).min, { first: bands[i]!.name, second: bands[j]!.name, score }));
      }
    }
  }
  for (const score of reachable ?? []) {
    if (bands.some((b) => b.min <= score && score <= b.max)) continue;
    out.push(finding('methodology-band-gap', SHEETS.methodology, gapAnchor(bands, score, anchors), { score }));
  }
  return out;
}

/** The cell to widen: the max of the highest band below the score, else the lowest band's min. */
function gapAnchor(bands: readonly Band[], score: number, anchors: BandsAnchors): string {
  let below = -1;
  bands.forEach((b, i) => {
    if (b.max < score && (below < 0 || b.max > bands[below]!.max)) below = i;
  });
  if (below >= 0) return bandAnchor(anchors, below).max;
  let lowest = 0;
  bands.forEach((b, i) => {
    if (b.min < bands[lowest]!.min) lowest = i;
  });
  return bandAnchor(anchors, lowest).min;
}
